import type { components } from '../generated/openapi.js';
import { MAX_CHAT_STATE_SECONDS, type InteractionOp } from '../connections/interaction-commands.js';
import type { Peer } from '../connections/interactions.js';
import { isStopped, type ConnectionRow } from '../connections/models.js';
import { assertCommandable, commandConnection, findConnection } from '../connections/service.js';
import { notConnected } from '../connections/transport.js';
import { groupNotFound, isGroupId } from '../connections/groups.js';
import type { Actor } from '../platform/actor.js';
import type { Transaction } from '../platform/db/database.js';
import { forbidden, invalidRequest, notFound } from '../platform/http/errors.js';
import { normalizePhoneNumber } from '../platform/phone.js';
import type { Services } from '../platform/services.js';

type Schemas = components['schemas'];

export interface ChatPeerRecord {
  id: string;
  connection_id: string;
  /** The chat's other party: a number, a LID, or a group's id. */
  peer: string;
  phone_number: string | null;
  wa_lid: string | null;
  unread_count: number;
}

export const peerOfChat = (chat: Pick<ChatPeerRecord, 'peer' | 'phone_number' | 'wa_lid'>): Peer =>
  isGroupId(chat.peer) ? { phoneNumber: null, lid: null, group: chat.peer } : { phoneNumber: chat.phone_number, lid: chat.wa_lid };

export async function findChatPeer(trx: Transaction, id: string): Promise<ChatPeerRecord> {
  const chat = (await trx('chats').where({ id }).first('id', 'connection_id', 'peer', 'phone_number', 'wa_lid', 'unread_count')) as ChatPeerRecord | undefined;
  if (!chat) throw notFound('chat', id);
  return chat;
}

/** Refuses, before anything is sent, an interaction on a connection that is not connected to WhatsApp right now. */
export function assertConnected(connection: ConnectionRow): void {
  if (!isStopped(connection) && connection.status !== 'connected') throw notConnected(connection.id);
  assertCommandable(connection);
}

/** Runs an interaction on the connection's worker; the connection must be connected. */
async function interact(services: Services, connection: ConnectionRow, op: InteractionOp): Promise<unknown> {
  assertConnected(connection);
  return commandConnection(services, connection, { name: 'interaction', op });
}

export async function sendChatPresence(trx: Transaction, services: Services, id: string, body: Schemas['ChatPresenceRequest']): Promise<Schemas['ChatPresence']> {
  if (body.duration !== undefined && body.state === 'paused') {
    throw invalidRequest('parameter_invalid', 'duration applies to typing and recording; paused clears the chat state at once.', 'duration');
  }
  if (body.duration !== undefined && (body.duration < 1 || body.duration > MAX_CHAT_STATE_SECONDS)) {
    throw invalidRequest('parameter_invalid', `duration is in seconds, from 1 to ${MAX_CHAT_STATE_SECONDS}.`, 'duration');
  }
  const chat = await findChatPeer(trx, id);
  const connection = await findConnection(trx, chat.connection_id);
  const durationMs = body.duration === undefined ? undefined : body.duration * 1000;
  await interact(services, connection, { kind: 'chat_state', peer: peerOfChat(chat), state: body.state, ...(durationMs === undefined ? {} : { durationMs }) });
  return {
    object: 'chat_presence',
    chat_id: chat.id,
    connection_id: connection.id,
    state: body.state,
    expires_at: durationMs === undefined ? null : new Date(Date.now() + durationMs).toISOString(),
  };
}

export async function subscribeChatPresence(trx: Transaction, services: Services, id: string): Promise<Schemas['PresenceSubscription']> {
  const chat = await findChatPeer(trx, id);
  const connection = await findConnection(trx, chat.connection_id);
  await interact(services, connection, { kind: 'subscribe', peer: peerOfChat(chat) });
  return { object: 'presence_subscription', chat_id: chat.id, connection_id: connection.id, phone_number: chat.phone_number, wa_lid: chat.wa_lid };
}

export async function setConnectionPresence(
  trx: Transaction,
  services: Services,
  id: string,
  body: Schemas['ConnectionPresenceRequest'],
): Promise<Schemas['ConnectionPresence']> {
  const connection = await findConnection(trx, id);
  await interact(services, connection, { kind: 'availability', availability: body.availability });
  return { object: 'connection_presence', connection_id: connection.id, availability: body.availability };
}

const sandboxOnly = (actor: Actor) => {
  if (actor.mode !== 'test') throw forbidden('sandbox_test_mode_only', 'Sandbox endpoints work with test-mode keys only.');
};

/** A chat state in a sandbox group: only typing, recording or paused, by one of the group's participants. */
async function assertSandboxParticipant(trx: Transaction, groupId: string, from: string, state: Schemas['PresenceState']): Promise<void> {
  if (state === 'available' || state === 'unavailable') {
    throw invalidRequest('parameter_invalid', 'In a group only chat states apply: typing, recording or paused.', 'state');
  }
  const group = (await trx('sandbox_groups').where({ id: groupId }).first('participants')) as { participants: Array<{ phone_number: string }> } | undefined;
  if (!group) throw groupNotFound(groupId);
  if (!group.participants.some((p) => p.phone_number === from)) {
    throw invalidRequest('participant_not_in_group', `${from} is not in group ${groupId}.`, 'from');
  }
}

export async function sandboxPresence(
  trx: Transaction,
  services: Services,
  actor: Actor,
  id: string,
  body: Schemas['SandboxPresenceRequest'],
): Promise<Schemas['SandboxPresenceReport']> {
  sandboxOnly(actor);
  const from = normalizePhoneNumber(body.from, 'from');
  const connection = await findConnection(trx, id);
  if (body.group_id !== undefined) await assertSandboxParticipant(trx, body.group_id, from, body.state);
  await interact(services, connection, {
    kind: 'sandbox_presence',
    from: { phoneNumber: from, lid: null },
    state: body.state,
    lastSeen: body.last_seen_at ?? null,
    ...(body.group_id === undefined ? {} : { group: body.group_id }),
  });
  return { object: 'sandbox_presence_report', connection_id: connection.id, phone_number: from, state: body.state };
}

export async function sandboxEndCall(
  trx: Transaction,
  services: Services,
  actor: Actor,
  id: string,
  callId: string,
  body: Schemas['SandboxCallEndRequest'],
): Promise<Schemas['Call']> {
  sandboxOnly(actor);
  const connection = await findConnection(trx, id);
  const call = (await interact(services, connection, { kind: 'sandbox_call_end', callId, reason: body.reason })) as Schemas['Call'] | undefined;
  if (!call) throw new Error('the worker lost the connection while recording the call\'s end');
  return call;
}

export async function sandboxCall(trx: Transaction, services: Services, actor: Actor, id: string, body: Schemas['SandboxCallRequest']): Promise<Schemas['Call']> {
  sandboxOnly(actor);
  const from = normalizePhoneNumber(body.from, 'from');
  const connection = await findConnection(trx, id);
  const call = (await interact(services, connection, { kind: 'sandbox_call', from: { phoneNumber: from, lid: null }, video: body.video ?? false })) as Schemas['Call'] | undefined;
  if (!call) throw new Error('the worker lost the connection while recording the call');
  return call;
}
