import { Model } from 'objection';
import { recordEvent } from '../events/record.js';
import type { components } from '../generated/openapi.js';
import type { Config } from '../config.js';
import type { GroupReceipt } from '../connections/transport.js';
import type { Mode, TenantScope, Transaction } from '../platform/db/database.js';
import { paginate, type PageParams } from '../platform/http/pagination.js';
import { newId } from '../platform/ids.js';
import { MessageRow } from './models.js';
import { findMessage } from './queries.js';
import { applyStatuses } from './status.js';

type Schemas = components['schemas'];

/** One group participant's receipt of a message this connection sent to the group. */
export class MessageReceiptRow extends Model {
  static override tableName = 'message_receipts';
  declare id: string;
  declare account_id: string;
  declare mode: Mode;
  declare message_id: string;
  declare participant: string;
  declare phone_number: string | null;
  declare lid: string | null;
  declare delivered_at: Date | null;
  declare read_at: Date | null;
  declare created_at: Date;
  declare updated_at: Date;
}

export function presentReceipt(row: MessageReceiptRow): Schemas['MessageReceipt'] {
  return {
    id: row.id,
    object: 'message_receipt',
    message_id: row.message_id,
    participant: { phone_number: row.phone_number, lid: row.lid },
    delivered_at: row.delivered_at?.toISOString() ?? null,
    read_at: row.read_at?.toISOString() ?? null,
    updated_at: row.updated_at.toISOString(),
  };
}

/** The counts a group message carries; see the message's `receipts`. */
export const receiptSummaryOf = (row: Pick<MessageRow, 'receipts_recipients' | 'receipts_delivered' | 'receipts_read'>): Schemas['MessageReceiptSummary'] => ({
  recipients: row.receipts_recipients ?? null,
  delivered: row.receipts_delivered ?? 0,
  read: row.receipts_read ?? 0,
});

/** A message's receipts, newest first; 404 for a message that does not exist (in this account and mode). */
export async function listReceipts(trx: Transaction, messageId: string, page: PageParams) {
  await findMessage(trx, messageId);
  return paginate(MessageReceiptRow.query(trx).where('message_id', messageId), page, presentReceipt);
}

/** The earlier of two times (a missing one is later than any). */
const earlier = (a: Date | null, b: Date) => (a === null || a.getTime() > b.getTime() ? b : a);

/**
 * Records one participant's receipt of a message this connection sent to a group, once: a receipt that tells
 * nothing new (a repeat, or a delivery after the read) changes nothing and writes no event. A read implies
 * delivered. The message's counts move with it, and once every recipient has the message (has read it) the
 * message itself becomes delivered (read), with its usual event.
 */
export async function applyGroupReceipt(
  trx: Transaction,
  config: Pick<Config, 'USAGE_LEDGER'>,
  scope: TenantScope,
  connectionId: string,
  receipt: GroupReceipt,
): Promise<void> {
  const key = receipt.participant.phoneNumber ?? receipt.participant.lid;
  if (!key) return;
  // Locked first, so two receipts of one message count one after the other.
  const message = await MessageRow.query(trx)
    .findOne({ connection_id: connectionId, direction: 'outbound', wa_message_id: receipt.waMessageId })
    .forUpdate();
  if (!message) return;
  const before = await MessageReceiptRow.query(trx).findOne({ message_id: message.id, participant: key });
  const deliveredAt = before?.delivered_at ?? receipt.at;
  const readAt = receipt.status === 'read' ? (before?.read_at ?? receipt.at) : (before?.read_at ?? null);
  const newlyDelivered = !before?.delivered_at;
  const newlyRead = readAt !== null && !before?.read_at;
  if (!newlyDelivered && !newlyRead) return;
  const now = new Date();
  const values = {
    phone_number: receipt.participant.phoneNumber ?? before?.phone_number ?? null,
    lid: receipt.participant.lid ?? before?.lid ?? null,
    delivered_at: earlier(deliveredAt, readAt ?? deliveredAt),
    read_at: readAt,
    updated_at: now,
  };
  const row = before
    ? (await MessageReceiptRow.query(trx).patch(values).where('id', before.id).returning('*'))[0]!
    : await MessageReceiptRow.query(trx)
        .insert({ id: newId('messageReceipt'), account_id: scope.accountId, mode: scope.mode, message_id: message.id, participant: key, ...values, created_at: now })
        .returning('*');
  const counts = {
    receipts_recipients: message.receipts_recipients ?? receipt.recipients,
    receipts_delivered: (message.receipts_delivered ?? 0) + (newlyDelivered ? 1 : 0),
    receipts_read: (message.receipts_read ?? 0) + (newlyRead ? 1 : 0),
  };
  await MessageRow.query(trx).patch(counts).where('id', message.id);
  await recordEvent(trx, scope, 'message.receipt_updated', { ...presentReceipt(row), summary: receiptSummaryOf(counts) });
  const recipients = counts.receipts_recipients;
  if (recipients === null || recipients === 0) return;
  const reached: Array<'delivered' | 'read'> = [];
  if (newlyDelivered && counts.receipts_delivered >= recipients) reached.push('delivered');
  if (newlyRead && counts.receipts_read >= recipients) reached.push('read');
  if (reached.length > 0) {
    await applyStatuses(trx, config, scope, reached.map((status) => ({ connectionId, update: { waMessageId: receipt.waMessageId, status, at: receipt.at } })));
  }
}
