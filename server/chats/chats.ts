import type { components } from '../generated/openapi.js';
import type { TenantScope, Transaction } from '../platform/db/database.js';
import { invalidRequest, notFound } from '../platform/http/errors.js';
import type { Page, PageParams } from '../platform/http/pagination.js';
import { newId } from '../platform/ids.js';
import { isGroupId } from '../connections/groups.js';
import { MessageRow } from '../messages/models.js';
import { presentMessage } from '../messages/presenters.js';
import type { Services } from '../platform/services.js';
import { findChatPeer } from './interactions.js';
import { sendReadReceiptsAfterCommit } from './read-receipts.js';

type Chat = components['schemas']['Chat'];

interface ChatRecord {
  id: string;
  connection_id: string;
  peer: string;
  phone_number: string | null;
  wa_lid: string | null;
  name: string | null;
  last_message_id: string | null;
  last_message_at: Date | null;
  unread_count: number;
  created_at: Date;
}

export interface Party {
  phoneNumber: string | null;
  lid: string | null;
  name?: string | null;
  /** A group's id: the chat is the group's, not the person's. */
  group?: string;
}

/**
 * The chat of a connection with a party, created on first contact. A party is known by number when WhatsApp
 * says it, else by LID; what is learned later (a LID, a name) is kept.
 */
export async function chatFor(trx: Transaction, scope: TenantScope, connectionId: string, party: Party): Promise<string> {
  const peer = party.group ?? party.phoneNumber ?? party.lid;
  if (!peer) throw new Error('a chat needs a phone number or a LID');
  if (party.group) party = { phoneNumber: null, lid: null, name: null };
  const [row] = (await trx('chats')
    .insert({
      id: newId('chat'),
      account_id: scope.accountId,
      mode: scope.mode,
      connection_id: connectionId,
      peer,
      phone_number: party.phoneNumber,
      wa_lid: party.lid,
      name: party.name ?? null,
    })
    .onConflict(['connection_id', 'peer'])
    .merge({
      wa_lid: trx.raw('coalesce(excluded.wa_lid, chats.wa_lid)'),
      name: trx.raw('coalesce(excluded.name, chats.name)'),
    })
    .returning('id')) as Array<{ id: string }>;
  return row!.id;
}

/** Moves the chat's last message forward (never back), and counts an inbound one as unread. */
export async function touchChat(trx: Transaction, chatId: string, message: { id: string; at: Date; inbound: boolean }): Promise<void> {
  await trx('chats')
    .where({ id: chatId })
    .update({
      last_message_id: trx.raw('case when last_message_at is null or last_message_at <= ? then ? else last_message_id end', [message.at, message.id]),
      last_message_at: trx.raw('greatest(last_message_at, ?)', [message.at]),
      unread_count: message.inbound ? trx.raw('unread_count + 1') : trx.raw('unread_count'),
    });
}

async function present(trx: Transaction, rows: ChatRecord[]): Promise<Chat[]> {
  const lastIds = rows.map((row) => row.last_message_id).filter((id): id is string => id !== null);
  const messages = lastIds.length ? await MessageRow.query(trx).findByIds(lastIds) : [];
  const byId = new Map(messages.map((message) => [message.id, message]));
  return rows.map((row) => {
    const last = row.last_message_id ? byId.get(row.last_message_id) : undefined;
    const chat: Chat = {
      id: row.id,
      object: 'chat',
      connection_id: row.connection_id,
      phone_number: row.phone_number,
      wa_lid: row.wa_lid,
      name: row.name,
      last_message: last ? presentMessage(last) : null,
      last_message_at: row.last_message_at?.toISOString() ?? null,
      unread_count: row.unread_count,
      created_at: row.created_at.toISOString(),
    };
    // Only a group's chat carries it, so 1:1 chats look as they always did.
    if (isGroupId(row.peer)) chat.group_id = row.peer;
    return chat;
  });
}

export async function findChat(trx: Transaction, id: string): Promise<Chat> {
  const row = (await trx('chats').where({ id }).first()) as ChatRecord | undefined;
  if (!row) throw notFound('chat', id);
  const [chat] = await present(trx, [row]);
  return chat!;
}

/**
 * Most recently active first, so cursors walk (last_message_at, id) rather than the id alone; a chat with
 * no message yet (a scheduled first message) sorts last.
 */
export async function listChats(trx: Transaction, params: PageParams & { connection_id?: string }): Promise<Page<Chat>> {
  const limit = params.limit ?? 10;
  if (params.starting_after !== undefined && params.ending_before !== undefined) {
    throw invalidRequest('parameter_conflict', 'Pass starting_after or ending_before, not both.', 'ending_before');
  }
  const cursorId = params.starting_after ?? params.ending_before;
  const activity = trx.raw(`coalesce(last_message_at, '-infinity'::timestamptz)`);
  const query = trx('chats').select('*');
  if (params.connection_id !== undefined) query.where({ connection_id: params.connection_id });
  if (cursorId !== undefined) {
    const cursor = (await trx('chats').where({ id: cursorId }).first()) as ChatRecord | undefined;
    if (!cursor) throw invalidRequest('parameter_invalid', `No chat ${cursorId} to page from.`, params.starting_after ? 'starting_after' : 'ending_before');
    const at = cursor.last_message_at ?? '-infinity';
    query.whereRaw(`(coalesce(last_message_at, '-infinity'::timestamptz), id) ${params.ending_before ? '>' : '<'} (?::timestamptz, ?)`, [at, cursor.id]);
  }
  const direction = params.ending_before ? 'asc' : 'desc';
  const rows = (await query.orderBy([{ column: activity as unknown as string, order: direction }, { column: 'id', order: direction }]).limit(limit + 1)) as ChatRecord[];
  const page = rows.slice(0, limit);
  if (params.ending_before) page.reverse();
  return { object: 'list', data: await present(trx, page), has_more: rows.length > limit };
}

/** Sets the unread count to 0; with `services`, also sends WhatsApp read receipts for what was unread (read-receipts.ts). */
export async function markChatRead(trx: Transaction, id: string, services?: Services): Promise<Chat> {
  const before = await findChatPeer(trx, id);
  await trx('chats').where({ id }).update({ unread_count: 0 });
  if (services) await sendReadReceiptsAfterCommit(trx, services, before);
  return findChat(trx, id);
}
