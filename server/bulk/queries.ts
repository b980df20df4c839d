import type { components } from '../generated/openapi.js';
import type { Transaction } from '../platform/db/database.js';
import { conflict, invalidRequest, notFound } from '../platform/http/errors.js';
import type { PageParams } from '../platform/http/pagination.js';
import type { BulkJobRow, BulkJobStatus, RecipientRow, RecipientStatus } from './models.js';
import { presentBulkJob, presentRecipient, recipientId, type BulkJobCounts } from './presenters.js';

type Schemas = components['schemas'];

const EMPTY: BulkJobCounts = { total: 0, pending: 0, queued: 0, sent: 0, delivered: 0, read: 0, failed: 0, skipped: 0, canceled: 0 };

/**
 * Counted live from the recipients and their messages, so the numbers follow deliveries without the drain
 * having to know about jobs. Each recipient lands in exactly one bucket.
 */
export async function countsOf(trx: Transaction, jobIds: string[]): Promise<Map<string, BulkJobCounts>> {
  const result = await trx.raw<{ rows: Array<Record<string, string>> }>(
    `select r.job_id,
            count(*) as total,
            count(*) filter (where r.status = 'pending') as pending,
            count(*) filter (where r.status = 'queued' and m.status in ('scheduled', 'queued', 'sending')) as queued,
            count(*) filter (where r.status = 'queued' and m.status = 'sent') as sent,
            count(*) filter (where r.status = 'queued' and m.status = 'delivered') as delivered,
            count(*) filter (where r.status = 'queued' and m.status = 'read') as read,
            count(*) filter (where r.status = 'failed' or (r.status = 'queued' and m.status in ('failed', 'expired'))) as failed,
            count(*) filter (where r.status = 'skipped') as skipped,
            count(*) filter (where r.status = 'canceled' or (r.status = 'queued' and m.status = 'canceled')) as canceled
       from bulk_job_recipients r left join messages m on m.id = r.message_id
      where r.job_id = any(?)
      group by r.job_id`,
    [jobIds],
  );
  const counts = new Map<string, BulkJobCounts>();
  for (const { job_id: jobId, ...row } of result.rows) {
    counts.set(jobId!, Object.fromEntries(Object.entries(row).map(([key, value]) => [key, Number(value)])) as unknown as BulkJobCounts);
  }
  return counts;
}

export async function presentJobs(trx: Transaction, rows: BulkJobRow[]): Promise<Schemas['BulkJob'][]> {
  const counts = await countsOf(trx, rows.map((row) => row.id));
  return rows.map((row) => presentBulkJob(row, counts.get(row.id) ?? EMPTY));
}

/** Row-level security confines the lookup to the caller's account and mode: anything else is a 404. */
export async function findJobRow(trx: Transaction, id: string, options: { lock?: boolean } = {}): Promise<BulkJobRow> {
  const query = trx<BulkJobRow>('bulk_jobs').where({ id }).first();
  if (options.lock) query.forUpdate();
  const row = (await query) as BulkJobRow | undefined;
  if (!row) throw notFound('bulk job', id);
  return row;
}

export async function findBulkJob(trx: Transaction, id: string): Promise<Schemas['BulkJob']> {
  return (await presentJobs(trx, [await findJobRow(trx, id)]))[0]!;
}

export async function listBulkJobs(trx: Transaction, params: PageParams): Promise<Schemas['BulkJobList']> {
  const limit = params.limit ?? 10;
  if (params.starting_after !== undefined && params.ending_before !== undefined) {
    throw invalidRequest('parameter_conflict', 'Pass starting_after or ending_before, not both.', 'ending_before');
  }
  const query = trx<BulkJobRow>('bulk_jobs').limit(limit + 1);
  if (params.ending_before !== undefined) query.where('id', '>', params.ending_before).orderBy('id', 'asc');
  else {
    if (params.starting_after !== undefined) query.where('id', '<', params.starting_after);
    query.orderBy('id', 'desc');
  }
  const rows = (await query) as BulkJobRow[];
  const page = rows.slice(0, limit);
  if (params.ending_before !== undefined) page.reverse();
  return { object: 'list', data: await presentJobs(trx, page), has_more: rows.length > limit };
}

/** The position a recipient id names; the id must be one of this job's (its form is checked by the spec). */
function positionOf(jobId: string, cursor: string, param: string): number {
  const position = Number(cursor.slice(cursor.lastIndexOf('_') + 1));
  if (recipientId(jobId, position) !== cursor) {
    throw invalidRequest('parameter_invalid', `${cursor} is not a recipient of bulk job ${jobId}; page with the ids of this job's recipients.`, param);
  }
  return position;
}

/**
 * In the order the recipients were given. Cursors are recipient ids, that is positions: `starting_after` walks
 * forward, `ending_before` back. `after` (a bare position) is the older form of `starting_after`.
 */
export async function listRecipients(
  trx: Transaction,
  id: string,
  params: PageParams & { after?: number; status?: RecipientStatus },
): Promise<Schemas['BulkJobRecipientList']> {
  await findJobRow(trx, id);
  const limit = params.limit ?? 10;
  const cursors = (['starting_after', 'ending_before', 'after'] as const).filter((name) => params[name] !== undefined);
  if (cursors.length > 1) {
    throw invalidRequest('parameter_conflict', `Pass one of starting_after, ending_before and after, not ${cursors.join(' and ')}.`, cursors[1]);
  }
  const query = trx('bulk_job_recipients as r')
    .leftJoin('messages as m', 'm.id', 'r.message_id')
    .where('r.job_id', id)
    .select('r.*', 'm.status as message_status')
    .limit(limit + 1);
  if (params.status !== undefined) query.where('r.status', params.status);
  const { starting_after: startingAfter, ending_before: endingBefore } = params;
  if (endingBefore !== undefined) query.where('r.position', '<', positionOf(id, endingBefore, 'ending_before')).orderBy('r.position', 'desc');
  else {
    const after = startingAfter !== undefined ? positionOf(id, startingAfter, 'starting_after') : params.after;
    if (after !== undefined) query.where('r.position', '>', after);
    query.orderBy('r.position', 'asc');
  }
  const rows = (await query) as Array<RecipientRow & { message_status: Schemas['MessageStatus'] | null }>;
  const page = rows.slice(0, limit);
  if (endingBefore !== undefined) page.reverse();
  return { object: 'list', data: page.map(presentRecipient), has_more: rows.length > limit };
}

export const stateInvalid = (job: BulkJobRow, action: string, allowed: BulkJobStatus[]) =>
  conflict('bulk_job_state_invalid', `Bulk job ${job.id} is ${job.status}; only a ${allowed.join(' or ')} job can be ${action}.`);
export const nothingToPause = (job: BulkJobRow) =>
  conflict(
    'bulk_job_state_invalid',
    `Bulk job ${job.id} has nothing left to pause: every recipient has an outcome or a message already being sent, and the job completes when those finish. Nothing was changed.`,
  );
