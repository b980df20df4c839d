import { assertCommandable, commandConnection, findConnection } from '../connections/service.js';
import type { ConnectionRow } from '../connections/models.js';
import { notConnected } from '../connections/transport.js';
import { isGroupId, type GroupCall } from '../connections/groups.js';
import type { Transaction } from '../platform/db/database.js';
import { invalidRequest } from '../platform/http/errors.js';
import { normalizePhoneNumber } from '../platform/phone.js';
import type { Services } from '../platform/services.js';
import { INVITE_URL_PREFIX } from './presenters.js';

/** Group requests wait for WhatsApp (a create or a participant change can take a few seconds). */
const GROUP_TIMEOUT_MS = 20_000;

/** The connection, checked to be able to carry out a group request now: running and connected. */
export async function groupConnection(trx: Transaction, connectionId: string): Promise<ConnectionRow> {
  const connection = await findConnection(trx, connectionId);
  assertCommandable(connection);
  if (connection.status !== 'connected') throw notConnected(connection.id);
  return connection;
}

export function assertGroupId(groupId: string, param = 'group_id'): string {
  if (!isGroupId(groupId)) {
    throw invalidRequest('group_id_invalid', `${groupId} is not a WhatsApp group id; group ids look like 120363012345678901@g.us.`, param);
  }
  return groupId;
}

/** E.164 numbers, each checked, without repeats (in the order first given). */
export function participantNumbers(inputs: string[]): string[] {
  return [...new Set(inputs.map((input, index) => normalizePhoneNumber(input, `participants[${index}]`)))];
}

/** "https://chat.whatsapp.com/AbC…" or "AbC…" → "AbC…". */
export function inviteCodeOf(input: string): string {
  const code = input.trim().startsWith(INVITE_URL_PREFIX) ? input.trim().slice(INVITE_URL_PREFIX.length) : input.trim();
  if (!/^[A-Za-z0-9_-]{6,64}$/.test(code)) {
    throw invalidRequest('group_invite_invalid', 'invite_code must be an invite code or a https://chat.whatsapp.com/ link.', 'invite_code');
  }
  return code;
}

export function callGroups(services: Services, connection: ConnectionRow, call: GroupCall): Promise<unknown> {
  return commandConnection(services, connection, { name: 'group', call }, GROUP_TIMEOUT_MS);
}
