import type { Config } from '../config.js';
import { messageKind, recordUsage } from '../usage/ledger.js';
import { recordEvent } from '../events/record.js';
import type { TenantScope, Transaction } from '../platform/db/database.js';
import type { MessageStatusUpdate } from '../connections/transport.js';
import { touchChat } from '../chats/chats.js';
import { MessageRow, patchMessage } from './models.js';
import { presentMessage } from './presenters.js';

type UsageConfig = Pick<Config, 'USAGE_LEDGER'>;

export const EXPIRED_MESSAGE = 'The message could not be sent before it expired (the connection stayed away).';

/** Ends a message badly (failed or expired) with its stable code, and writes its event. */
export async function endMessage(
  trx: Transaction,
  scope: TenantScope,
  id: string,
  outcome: { status: 'failed' | 'expired'; code: string; message: string },
): Promise<void> {
  const at = new Date();
  const row = await patchMessage(trx, id, {
    status: outcome.status,
    [`${outcome.status}_at`]: at,
    error_code: outcome.code,
    error_message: outcome.message,
    next_attempt_at: null,
    updated_at: at,
  });
  await recordEvent(trx, scope, `message.${outcome.status}`, presentMessage(row));
}

/** Counts a message WhatsApp took, once: the change that first sets its `sent_at`. */
function countSent(trx: Transaction, config: UsageConfig, scope: TenantScope, row: MessageRow): Promise<void> {
  return recordUsage(trx, config, scope, [{ category: `messages_sent_${messageKind(row)}`, quantity: 1, subjectId: row.id }]);
}

/** WhatsApp has the message. A receipt that overtook this (Baileys folds events) already moved it further. */
export async function markSent(trx: Transaction, config: UsageConfig, scope: TenantScope, id: string): Promise<void> {
  const at = new Date();
  const [row] = await MessageRow.query(trx)
    .where({ id, status: 'sending' })
    // A message accepted before its connection was linked learns its sender's number now.
    .patch({ status: 'sent', sent_at: at, updated_at: at, from_phone: trx.raw('coalesce(from_phone, (select phone_number from connections c where c.id = messages.connection_id))') as unknown as string })
    .returning('*');
  if (!row) return;
  if (row.chat_id) await touchChat(trx, row.chat_id, { id: row.id, at, inbound: false });
  await recordEvent(trx, scope, 'message.sent', presentMessage(row));
  // Statuses only move forward, so a message still `sending` was never sent before: this is its first sent_at
  // (a receipt that overtook the send moved it on, and counted it, in applyStatus).
  await countSent(trx, config, scope, row);
}

/**
 * Applies a receipt or a late refusal. Statuses only move forward: sending → sent → delivered → read; a
 * refusal (error 463 arrives after the send) can fail a message that is not yet delivered. A message queued
 * again after an attempt may have reached WhatsApp all the same, so its receipts count too.
 */
export async function applyStatus(trx: Transaction, config: UsageConfig, scope: TenantScope, connectionId: string, update: MessageStatusUpdate): Promise<void> {
  const before: Record<MessageStatusUpdate['status'], string[]> = {
    delivered: ['queued', 'sending', 'sent'],
    read: ['queued', 'sending', 'sent', 'delivered'],
    failed: ['queued', 'sending', 'sent'],
  };
  const at = update.at;
  const patch =
    update.status === 'failed'
      ? {
          status: 'failed',
          failed_at: at,
          error_code: update.error?.code ?? 'whatsapp_rejected',
          error_message: update.error?.message ?? 'WhatsApp refused the message.',
          next_attempt_at: null,
        }
      : {
          status: update.status,
          sent_at: trx.raw('coalesce(sent_at, ?)', [at]),
          delivered_at: trx.raw('coalesce(delivered_at, ?)', [at]),
          ...(update.status === 'read' ? { read_at: at } : {}),
        };
  const rows = (await trx('messages')
    .where({ connection_id: connectionId, direction: 'outbound', wa_message_id: update.waMessageId })
    .whereIn('status', before[update.status])
    .where((q) => q.whereNot('status', 'queued').orWhere('attempts', '>', 0))
    .update({ ...patch, updated_at: new Date() })
    // A subquery in RETURNING reads the row as it was before this statement: was it sent before?
    .returning(['*', trx.raw('(select before.sent_at is null from messages before where before.id = messages.id) as newly_sent')])) as Array<Record<string, unknown> & { newly_sent: boolean }>;
  const [found] = rows;
  if (!found) return;
  const { newly_sent: newlySent, ...raw } = found;
  const row = MessageRow.fromDatabaseJson(raw);
  if (newlySent && row.sent_at !== null) await countSent(trx, config, scope, row);
  if (row.chat_id && update.status !== 'failed') await touchChat(trx, row.chat_id, { id: row.id, at: row.sent_at ?? at, inbound: false });
  await recordEvent(trx, scope, `message.${update.status}`, presentMessage(row));
}
