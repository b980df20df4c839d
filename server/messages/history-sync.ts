import { ulid } from 'ulidx';
import { chatFor, touchChat } from '../chats/chats.js';
import type { HistoryBatch } from '../connections/status-history.js';
import { recordEvent } from '../events/record.js';
import type { components } from '../generated/openapi.js';
import type { TenantScope, Transaction } from '../platform/db/database.js';
import { ID_PREFIX } from '../platform/ids.js';
import { contentOf } from './inbound.js';
import { HISTORY_MEDIA_PENDING } from './history-media.js';

type HistorySync = components['schemas']['HistorySync'];

/** Why a synced media message has no file: its history gave nothing to download it from. */
const MEDIA_NOT_SYNCED = {
  code: 'history_media_not_synced',
  message: 'This file came with WhatsApp\'s history sync without what Parley needs to download it.',
};

/** A message id that sorts at the message's own time, so a synced past reads in order among later messages. */
const idAt = (at: Date) => `${ID_PREFIX.message}_${ulid(at.getTime())}`;

/**
 * Stores one batch of WhatsApp's history sync for a connection whose `sync_history` is on, in the caller's
 * transaction: its chats, and its messages as inbound or outbound with their original times. A message already
 * stored (by WhatsApp id) is left as it was, so a repeated sync stores nothing twice. No message events and no
 * unread counts: one `history.synced` event counts the batch. Returns null when the setting is off.
 */
export async function storeHistory(trx: Transaction, scope: TenantScope, connectionId: string, batch: HistoryBatch): Promise<HistorySync | null> {
  const connection = (await trx('connections').where({ id: connectionId }).first('id', 'phone_number', 'sync_history')) as
    | { id: string; phone_number: string | null; sync_history: boolean }
    | undefined;
  if (!connection?.sync_history) return null;
  const chats = new Set<string>();
  for (const party of batch.chats) {
    if (party.phoneNumber ?? party.lid) chats.add(await chatFor(trx, scope, connectionId, party));
  }
  let stored = 0;
  let duplicates = 0;
  const times: number[] = [];
  for (const message of [...batch.messages].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const { peer, fromMe, at } = message;
    if (!(peer.phoneNumber ?? peer.lid)) continue;
    const chatId = await chatFor(trx, scope, connectionId, fromMe ? { ...peer, name: null } : peer);
    chats.add(chatId);
    const mapped = contentOf(message.content, undefined);
    const mediaMissing = mapped.type === 'unsupported' && 'download' in message.content;
    // A file the worker can fetch afterwards is pending; one it cannot (no wire form) is not synced.
    const why = message.wire ? HISTORY_MEDIA_PENDING : MEDIA_NOT_SYNCED;
    const [row] = (await trx('messages')
      .insert({
        id: idAt(at),
        account_id: scope.accountId,
        mode: scope.mode,
        connection_id: connectionId,
        chat_id: chatId,
        direction: fromMe ? 'outbound' : 'inbound',
        type: mapped.type,
        status: fromMe ? 'sent' : 'received',
        from_phone: fromMe ? connection.phone_number : peer.phoneNumber,
        from_lid: fromMe ? null : peer.lid,
        to_phone: fromMe ? peer.phoneNumber : connection.phone_number,
        peer_phone: peer.phoneNumber,
        content: mapped.content === null ? null : JSON.stringify(mapped.content),
        error_code: mediaMissing ? why.code : null,
        error_message: mediaMissing ? why.message : null,
        wa_message_id: message.waMessageId,
        ...(fromMe ? { sent_at: at } : { received_at: at }),
        created_at: at,
      })
      .onConflict(['connection_id', 'direction', 'wa_message_id'])
      .ignore()
      .returning('id')) as Array<{ id: string }>;
    if (!row) {
      duplicates += 1;
      continue;
    }
    stored += 1;
    times.push(at.getTime());
    if (mediaMissing && message.wire) {
      await trx('history_media_downloads').insert({ message_id: row.id, account_id: scope.accountId, mode: scope.mode, connection_id: connectionId, wa_message: Buffer.from(message.wire) });
    }
    await touchChat(trx, chatId, { id: row.id, at, inbound: false });
  }
  const summary: HistorySync = {
    object: 'history_sync',
    connection_id: connectionId,
    chats: chats.size,
    messages: stored,
    duplicates,
    oldest_message_at: times.length ? new Date(Math.min(...times)).toISOString() : null,
    newest_message_at: times.length ? new Date(Math.max(...times)).toISOString() : null,
  };
  await recordEvent(trx, scope, 'history.synced', summary);
  return summary;
}
