import { ApiError, forbidden, invalidRequest } from '../platform/http/errors.js';

/**
 * Group operations of a linked number, as both transports implement them. A group is named by WhatsApp's own
 * id, "120363…@g.us" (older groups: "<creator digits>-<time>@g.us"); participants by E.164 phone number.
 */

/** WhatsApp's group ids: "120363012345678901@g.us", or the older "14155550100-1600000000@g.us". */
export const GROUP_ID_PATTERN = /^\d{6,24}(-\d{6,12})?@g\.us$/;

export const isGroupId = (value: string) => GROUP_ID_PATTERN.test(value);

export type GroupRole = 'member' | 'admin' | 'superadmin';

export interface GroupMember {
  /** E.164, when WhatsApp told it (a group in LID addressing may name a member by LID alone). */
  phoneNumber: string | null;
  /** "123456789@lid", when known. */
  lid: string | null;
  role: GroupRole;
}

export interface GroupInfo {
  id: string;
  subject: string;
  description: string | null;
  /** The creator, as far as WhatsApp said. */
  owner: { phoneNumber: string | null; lid: string | null } | null;
  createdAt: Date | null;
  /** Only admins may send messages. */
  announce: boolean;
  /** Only admins may change the subject, description and settings. */
  locked: boolean;
  participants: GroupMember[];
}

export interface GroupUpdate {
  subject?: string;
  /** Null removes it. */
  description?: string | null;
  announce?: boolean;
  locked?: boolean;
}

export type ParticipantAction = 'add' | 'remove' | 'promote' | 'demote';

/** One participant's outcome of an add, remove, promote or demote: WhatsApp answers each one on its own. */
export interface ParticipantResult {
  phoneNumber: string;
  status: 'ok' | 'failed';
  /** With `failed`: a stable code and a sentence. */
  error: { code: string; message: string } | null;
}

/** A change to a group that this number saw (made by it or by someone else), for events and the cache. */
export type GroupChange =
  | { kind: 'created'; group: GroupInfo }
  | { kind: 'joined'; group: GroupInfo }
  | { kind: 'left'; groupId: string }
  | { kind: 'updated'; groupId: string; changes: GroupUpdate; by: { phoneNumber: string | null; lid: string | null } | null }
  | {
      kind: 'participants_changed';
      groupId: string;
      action: ParticipantAction;
      participants: Array<{ phoneNumber: string | null; lid: string | null }>;
      by: { phoneNumber: string | null; lid: string | null } | null;
    };

export interface GroupOperations {
  /** The groups this number is in. */
  list(): Promise<GroupInfo[]>;
  /** One group; 404 when it does not exist or this number is not in it. */
  get(groupId: string): Promise<GroupInfo>;
  /** Creates a group with this number as its creator; each participant asked for gets a result. */
  create(subject: string, participants: string[]): Promise<{ group: GroupInfo; results: ParticipantResult[] }>;
  update(groupId: string, update: GroupUpdate): Promise<GroupInfo>;
  participants(groupId: string, action: ParticipantAction, phoneNumbers: string[]): Promise<ParticipantResult[]>;
  /** The group's current invite code (admins only). */
  inviteCode(groupId: string): Promise<string>;
  /** Revokes the invite code and answers the new one (admins only). */
  revokeInvite(groupId: string): Promise<string>;
  /** Joins by an invite code and answers the group joined. */
  join(inviteCode: string): Promise<GroupInfo>;
  leave(groupId: string): Promise<void>;
}

/** The longest subject and description WhatsApp takes. */
export const SUBJECT_MAX = 100;
export const DESCRIPTION_MAX = 2048;

export const groupNotFound = (groupId: string, param = 'group_id') =>
  new ApiError(404, 'not_found_error', 'group_not_found', `This connection's number is not in a group ${groupId} (or no such group exists).`, { param });

export const groupAdminRequired = (groupId: string) =>
  forbidden('group_admin_required', `Only admins of group ${groupId} may do this, and this connection's number is not one. Ask an admin to promote it.`);

export const inviteCodeInvalid = () =>
  invalidRequest('group_invite_invalid', 'That invite code is not valid, was revoked, or its group is full. Ask an admin for a new link.', 'invite_code');

/** The per-participant failure codes, by WhatsApp's status for the participant, per action. */
export function participantFailure(action: ParticipantAction, status: number, phoneNumber: string): { code: string; message: string } {
  switch (status) {
    case 403:
      return action === 'add'
        ? { code: 'participant_privacy_restricted', message: `${phoneNumber}'s privacy settings do not let this number add them; send them the invite link instead.` }
        : { code: 'not_authorized', message: `WhatsApp refused to ${action} ${phoneNumber}.` };
    case 404:
      return action === 'add'
        ? { code: 'participant_not_on_whatsapp', message: `${phoneNumber} is not on WhatsApp.` }
        : { code: 'participant_not_in_group', message: `${phoneNumber} is not in the group.` };
    case 408:
      return { code: 'participant_recently_left', message: `${phoneNumber} left the group recently; WhatsApp lets them be added back only later, or through the invite link.` };
    case 409:
      return action === 'add'
        ? { code: 'participant_already_in_group', message: `${phoneNumber} is already in the group.` }
        : { code: 'participant_conflict', message: `${phoneNumber} cannot be changed that way right now.` };
    default:
      return { code: 'participant_update_failed', message: `WhatsApp did not ${action} ${phoneNumber} (status ${status}).` };
  }
}

/** A group operation sent from an API node to the worker running the connection (ConnectionCommand `group`). */
export type GroupCall =
  | { op: 'list' }
  | { op: 'get'; groupId: string }
  | { op: 'create'; subject: string; participants: string[] }
  | { op: 'update'; groupId: string; update: GroupUpdate }
  | { op: 'participants'; groupId: string; action: ParticipantAction; phoneNumbers: string[] }
  | { op: 'invite_code'; groupId: string }
  | { op: 'revoke_invite'; groupId: string }
  | { op: 'join'; inviteCode: string }
  | { op: 'leave'; groupId: string };

/** The worker side of a GroupCall. */
export function runGroupCall(groups: GroupOperations, call: GroupCall): Promise<unknown> {
  switch (call.op) {
    case 'list':
      return groups.list();
    case 'get':
      return groups.get(call.groupId);
    case 'create':
      return groups.create(call.subject, call.participants);
    case 'update':
      return groups.update(call.groupId, call.update);
    case 'participants':
      return groups.participants(call.groupId, call.action, call.phoneNumbers);
    case 'invite_code':
      return groups.inviteCode(call.groupId);
    case 'revoke_invite':
      return groups.revokeInvite(call.groupId);
    case 'join':
      return groups.join(call.inviteCode);
    case 'leave':
      return groups.leave(call.groupId);
  }
}
