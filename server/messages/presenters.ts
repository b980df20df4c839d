import type { components } from '../generated/openapi.js';
import { isGroupId } from '../connections/groups.js';
import type { MessageRow } from './models.js';

type Schemas = components['schemas'];
type Message = Schemas['Message'];

const iso = (at: Date | null) => at?.toISOString() ?? null;

/**
 * Failure details belong to messages that ended badly, and to received ones whose file Parley did not keep;
 * a retry's passing error stays internal.
 */
const ENDED_BADLY = new Set(['failed', 'expired']);
const showsError = (row: MessageRow) => ENDED_BADLY.has(row.status) || row.direction === 'inbound';

export function presentMessage(row: MessageRow): Message {
  const message: Message = {
    id: row.id,
    object: 'message',
    connection_id: row.connection_id,
    chat_id: row.chat_id,
    direction: row.direction,
    type: row.type,
    status: row.status,
    from: row.from_phone,
    from_lid: row.from_lid,
    to: row.to_phone,
    reply_to: row.reply_to,
    mentions: row.mentions,
    metadata: row.metadata,
    send_at: iso(row.send_at),
    wa_message_id: row.wa_message_id,
    error: showsError(row) && row.error_code ? { code: row.error_code, message: row.error_message ?? '' } : null,
    created_at: row.created_at.toISOString(),
    sent_at: iso(row.sent_at),
    delivered_at: iso(row.delivered_at),
    read_at: iso(row.read_at),
    failed_at: iso(row.failed_at),
    canceled_at: iso(row.canceled_at),
    expired_at: iso(row.expired_at),
    received_at: iso(row.received_at),
    edited_at: iso(row.edited_at),
    deleted_at: iso(row.deleted_at),
    deleted_for: row.deleted_for ?? null,
    template: row.template_id !== null && row.template_version !== null ? { id: row.template_id, version: row.template_version } : null,
    bulk_job_id: row.bulk_job_id ?? null,
  };
  // Only group messages carry it, so 1:1 messages look as they always did.
  if (row.peer_phone !== null && isGroupId(row.peer_phone)) {
    message.group_id = row.peer_phone;
    if (row.direction === 'outbound') {
      message.receipts = { recipients: row.receipts_recipients ?? null, delivered: row.receipts_delivered ?? 0, read: row.receipts_read ?? 0 };
    }
  }
  if (row.type !== 'unsupported' && row.content !== null) {
    // The stored content was checked against the type's schema when it was accepted or received.
    (message as Record<string, unknown>)[row.type] = row.content;
  }
  return message;
}
