import { hasLiveOwner } from '../connections/service.js';
import { ConnectionRow } from '../connections/models.js';
import type { Transaction } from '../platform/db/database.js';
import { digitsOf } from '../platform/phone.js';
import type { Services } from '../platform/services.js';
import { peerOfChat, type ChatPeerRecord } from './interactions.js';

/** The most messages one mark-read sends receipts for: the newest of the unread ones. */
export const MAX_READ_RECEIPTS = 250;

/**
 * After marking a chat read: sends WhatsApp read receipts for the unread messages the other party sent (the
 * newest MAX_READ_RECEIPTS), once the transaction commits, through the connection's worker. Best effort: a
 * connection that is not connected right then sends none, and the chat stays read in Parley.
 */
export async function sendReadReceiptsAfterCommit(trx: Transaction, services: Services, chat: ChatPeerRecord): Promise<void> {
  if (chat.unread_count <= 0) return;
  const connection = await ConnectionRow.query(trx).findById(chat.connection_id);
  if (!connection || connection.status !== 'connected' || !hasLiveOwner(connection)) return;
  const rows = (await trx('messages')
    .where({ chat_id: chat.id, direction: 'inbound' })
    .whereNot('type', 'reaction')
    .whereNotNull('wa_message_id')
    .orderBy('id', 'desc')
    .limit(Math.min(chat.unread_count, MAX_READ_RECEIPTS))
    .select('wa_message_id', 'from_phone', 'from_lid')) as Array<{ wa_message_id: string; from_phone: string | null; from_lid: string | null }>;
  if (rows.length === 0) return;
  const peer = peerOfChat(chat);
  // In a group, a read receipt names each message's sender.
  const participants = peer.group ? rows.map((row) => (row.from_phone ? `${digitsOf(row.from_phone)}@s.whatsapp.net` : row.from_lid)) : undefined;
  const op = { kind: 'read' as const, peer, waMessageIds: rows.map((row) => row.wa_message_id), ...(participants ? { participants } : {}) };
  trx.executionPromise
    .then(() => services.commands.send(connection.id, { name: 'interaction', op }))
    .catch((error: unknown) => services.logger.info({ err: error, chat_id: chat.id }, 'read receipts were not sent'));
}
