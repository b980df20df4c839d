import type { Config } from '../config.js';
import { messageKind, recordUsage } from '../usage/ledger.js';
import { recordEvent, recordEvents } from '../events/record.js';
import type { TenantScope, Transaction } from '../platform/db/database.js';
import type { MessageStatusUpdate } from '../connections/transport.js';
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

/** Counts messages WhatsApp took, once each: the change that first sets a message's `sent_at`. */
function countSent(trx: Transaction, config: UsageConfig, scope: TenantScope, rows: MessageRow[]): Promise<void> {
  return recordUsage(
    trx,
    config,
    scope,
    rows.map((row) => ({ category: `messages_sent_${messageKind(row)}` as const, quantity: 1, subjectId: row.id })),
  );
}

/**
 * Moves the last message of each chat forward (never back), as touchChat does for one message: for several
 * messages of one chat, the latest wins (the later one given on a tie), as if they had been applied in order.
 */
async function touchChatsOutbound(trx: Transaction, touches: Array<{ chatId: string; id: string; at: Date }>): Promise<void> {
  const latest = new Map<string, { chatId: string; id: string; at: Date }>();
  for (const touch of touches) {
    const seen = latest.get(touch.chatId);
    if (!seen || seen.at.getTime() <= touch.at.getTime()) latest.set(touch.chatId, touch);
  }
  if (latest.size === 0) return;
  // Outbound messages leave the unread count alone. In chat id order, so two writers never lock chats crosswise.
  const rows = [...latest.values()].sort((a, b) => (a.chatId < b.chatId ? -1 : a.chatId > b.chatId ? 1 : 0));
  await trx.raw(
    `update chats set
        last_message_id = case when chats.last_message_at is null or chats.last_message_at <= t.at then t.message_id else chats.last_message_id end,
        last_message_at = greatest(chats.last_message_at, t.at)
       from (select * from jsonb_to_recordset(?::jsonb) as t(chat_id text, message_id text, at timestamptz)) t
      where chats.id = t.chat_id`,
    [JSON.stringify(rows.map((row) => ({ chat_id: row.chatId, message_id: row.id, at: row.at.toISOString() })))],
  );
}

/**
 * WhatsApp took these messages, each at its `at` (several connections' of one tenant at once): each one still
 * `sending` becomes `sent`, its chat is touched, its `message.sent` event written (in the order given) and it is
 * counted. A receipt that overtook the send (Baileys folds events) already moved a message further: it is left alone.
 */
export async function markSent(trx: Transaction, config: UsageConfig, scope: TenantScope, sends: Array<{ id: string; at: Date }>): Promise<void> {
  if (sends.length === 0) return;
  const updated = await trx.raw<{ rows: Array<Record<string, unknown>> }>(
    // A message accepted before its connection was linked learns its sender's number now.
    `update messages m set status = 'sent', sent_at = s.at, updated_at = s.at,
            from_phone = coalesce(m.from_phone, (select c.phone_number from connections c where c.id = m.connection_id))
       from (select * from jsonb_to_recordset(?::jsonb) as s(id text, at timestamptz)) s
      where m.id = s.id and m.status = 'sending'
      returning m.*`,
    [JSON.stringify(sends.map((send) => ({ id: send.id, at: send.at.toISOString() })))],
  );
  if (updated.rows.length === 0) return;
  const byId = new Map(updated.rows.map((raw) => [raw.id as string, MessageRow.fromDatabaseJson(raw)]));
  const rows = sends.map((send) => byId.get(send.id)).filter((row): row is MessageRow => row !== undefined);
  await touchChatsOutbound(trx, rows.filter((row) => row.chat_id !== null).map((row) => ({ chatId: row.chat_id!, id: row.id, at: row.sent_at! })));
  await recordEvents(trx, scope, rows.map((row) => ({ type: 'message.sent' as const, object: presentMessage(row) })));
  // Statuses only move forward, so a message still `sending` was never sent before: this is its first sent_at
  // (a receipt that overtook the send moved it on, and counted it, in applyStatuses).
  await countSent(trx, config, scope, rows);
}

/** A receipt of one connection's message. */
export interface ConnectionStatusUpdate {
  connectionId: string;
  update: MessageStatusUpdate;
}

/** Which statuses each receipt may move a message on from. */
const MOVES_FROM: Record<MessageStatusUpdate['status'], string[]> = {
  delivered: ['queued', 'sending', 'sent'],
  read: ['queued', 'sending', 'sent', 'delivered'],
  failed: ['queued', 'sending', 'sent'],
};
const MOVES_SQL = Object.entries(MOVES_FROM)
  .map(([status, from]) => `(u.status = '${status}' and m.status in (${from.map((s) => `'${s}'`).join(', ')}))`)
  .join(' or ');

/**
 * Applies receipts and late refusals, in the order given (several connections' of one tenant at once).
 * Statuses only move forward: sending → sent → delivered → read; a refusal (error 463 arrives after the send) can
 * fail a message that is not yet delivered. A message queued again after an attempt may have reached WhatsApp all
 * the same, so its receipts count too. Each message's receipts apply in their order: the first of each message in
 * one statement, then the second of each, and so on; the events follow the same order.
 */
export async function applyStatuses(trx: Transaction, config: UsageConfig, scope: TenantScope, updates: ConnectionStatusUpdate[]): Promise<void> {
  const rounds: Array<Array<ConnectionStatusUpdate & { i: number }>> = [];
  const seen = new Map<string, number>();
  updates.forEach((update, i) => {
    const key = `${update.connectionId}\u0000${update.update.waMessageId}`;
    const round = seen.get(key) ?? 0;
    seen.set(key, round + 1);
    (rounds[round] ??= []).push({ ...update, i });
  });
  const events: Array<{ type: `message.${MessageStatusUpdate['status']}`; object: unknown }> = [];
  const touches: Array<{ chatId: string; id: string; at: Date }> = [];
  const counted: MessageRow[] = [];
  for (const round of rounds) {
    const given = round.map(({ connectionId, update, i }) => ({
      i,
      connection_id: connectionId,
      wa: update.waMessageId,
      status: update.status,
      at: update.at.toISOString(),
      error_code: update.status === 'failed' ? (update.error?.code ?? 'whatsapp_rejected') : null,
      error_message: update.status === 'failed' ? (update.error?.message ?? 'WhatsApp refused the message.') : null,
    }));
    // A subquery in RETURNING reads the row as it was before this statement: was it sent before it?
    const result = await trx.raw<{ rows: Array<Record<string, unknown> & { receipt: number; newly_sent: boolean }> }>(
      `update messages m set
          status = u.status,
          sent_at = case when u.status = 'failed' then m.sent_at else coalesce(m.sent_at, u.at) end,
          delivered_at = case when u.status = 'failed' then m.delivered_at else coalesce(m.delivered_at, u.at) end,
          read_at = case when u.status = 'read' then u.at else m.read_at end,
          failed_at = case when u.status = 'failed' then u.at else m.failed_at end,
          error_code = case when u.status = 'failed' then u.error_code else m.error_code end,
          error_message = case when u.status = 'failed' then u.error_message else m.error_message end,
          next_attempt_at = case when u.status = 'failed' then null else m.next_attempt_at end,
          updated_at = ?
         from (select * from jsonb_to_recordset(?::jsonb)
                 as u(i integer, connection_id text, wa text, status text, at timestamptz, error_code text, error_message text)) u
        where m.connection_id = u.connection_id and m.direction = 'outbound' and m.wa_message_id = u.wa
          and (${MOVES_SQL})
          and (m.status <> 'queued' or m.attempts > 0)
        returning m.*, u.i as receipt, (select before.sent_at is null from messages before where before.id = m.id) as newly_sent`,
      [new Date(), JSON.stringify(given)],
    );
    const byReceipt = new Map(result.rows.map((found) => [found.receipt, found]));
    for (const { update, i } of round) {
      const found = byReceipt.get(i);
      if (!found) continue;
      const { newly_sent: newlySent, receipt: _receipt, ...raw } = found;
      const row = MessageRow.fromDatabaseJson(raw);
      if (newlySent && row.sent_at !== null) counted.push(row);
      if (row.chat_id && update.status !== 'failed') touches.push({ chatId: row.chat_id, id: row.id, at: row.sent_at ?? update.at });
      events.push({ type: `message.${update.status}`, object: presentMessage(row) });
    }
  }
  await countSent(trx, config, scope, counted);
  await touchChatsOutbound(trx, touches);
  await recordEvents(trx, scope, events);
}
