import type { components } from '../generated/openapi.js';
import { ID_PREFIX } from '../platform/ids.js';
import type { BulkJobRow, RecipientRow } from './models.js';

type Schemas = components['schemas'];
export type BulkJobCounts = Schemas['BulkJobCounts'];

const iso = (at: Date | null) => at?.toISOString() ?? null;

export function presentBulkJob(row: BulkJobRow, counts: BulkJobCounts): Schemas['BulkJob'] {
  return {
    id: row.id,
    object: 'bulk_job',
    status: row.status,
    connection_ids: row.connection_ids,
    template: row.message.template ?? null,
    type: row.message.type ?? null,
    send_at: iso(row.send_at),
    rate: row.rate,
    metadata: row.metadata,
    counts,
    created_at: row.created_at.toISOString(),
    started_at: iso(row.started_at),
    paused_at: iso(row.paused_at),
    completed_at: iso(row.completed_at),
    canceled_at: iso(row.canceled_at),
  };
}

/**
 * A recipient is its job's (job_id, position), so its id is built from them: stable, and a cursor that pages in
 * the order the recipients were given.
 */
export const recipientId = (jobId: string, position: number) =>
  `${ID_PREFIX.bulkJobRecipient}_${jobId.slice(ID_PREFIX.bulkJob.length + 1)}_${position}`;

export function presentRecipient(row: RecipientRow & { message_status: Schemas['MessageStatus'] | null }): Schemas['BulkJobRecipient'] {
  return {
    id: recipientId(row.job_id, row.position),
    object: 'bulk_job_recipient',
    position: row.position,
    to: row.to,
    line: row.line,
    phone_number: row.phone_number,
    status: row.status,
    reason: row.reason_code === null ? null : { code: row.reason_code, message: row.reason_message ?? '' },
    connection_id: row.connection_id,
    message_id: row.message_id,
    message_status: row.message_status,
  };
}
