import { recordEvent } from '../events/record.js';
import type { components } from '../generated/openapi.js';
import type { TenantScope, Transaction } from '../platform/db/database.js';
import type { Peer, PresenceUpdate } from './interactions.js';

type Presence = components['schemas']['Presence'];

/** The connection's chat with `peer`, when there is one (by number, or by LID when WhatsApp gave only that). */
export async function chatIdOf(trx: Transaction, connectionId: string, peer: Peer): Promise<string | null> {
  if (!peer.phoneNumber && !peer.lid) return null;
  const row = (await trx('chats')
    .where({ connection_id: connectionId })
    .where((q) => {
      if (peer.phoneNumber) q.orWhere('phone_number', peer.phoneNumber);
      if (peer.lid) q.orWhere('wa_lid', peer.lid);
    })
    .orderBy('created_at')
    .first('id')) as { id: string } | undefined;
  return row?.id ?? null;
}

/** The connection's chat of a group, when there is one. */
async function groupChatIdOf(trx: Transaction, connectionId: string, groupId: string): Promise<string | null> {
  const row = (await trx('chats').where({ connection_id: connectionId, peer: groupId }).first('id')) as { id: string } | undefined;
  return row?.id ?? null;
}

/** Records a contact's presence as WhatsApp reported it: a `presence.updated` event. */
export async function recordPresence(trx: Transaction, scope: TenantScope, connectionId: string, update: PresenceUpdate): Promise<void> {
  const presence: Presence = {
    object: 'presence',
    connection_id: connectionId,
    chat_id: update.group ? await groupChatIdOf(trx, connectionId, update.group) : await chatIdOf(trx, connectionId, update.from),
    phone_number: update.from.phoneNumber,
    wa_lid: update.from.lid,
    state: update.state,
    last_seen_at: update.lastSeen?.toISOString() ?? null,
    updated_at: update.at.toISOString(),
  };
  if (update.group) presence.group_id = update.group;
  await recordEvent(trx, scope, 'presence.updated', presence);
}
