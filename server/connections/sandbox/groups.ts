import { randomBytes, randomInt } from 'node:crypto';
import type { Database, TenantScope, Transaction } from '../../platform/db/database.js';
import {
  groupAdminRequired,
  groupNotFound,
  inviteCodeInvalid,
  participantFailure,
  type GroupChange,
  type GroupInfo,
  type GroupOperations,
  type GroupRole,
  type GroupUpdate,
  type ParticipantAction,
  type ParticipantResult,
} from '../groups.js';
import { GROUP_EVENT_TYPES, presentGroupChange } from '../../groups/events.js';
import { recordEvent } from '../../events/record.js';
import { STOPPED } from '../models.js';
import { PermanentSendError } from '../transport.js';
import { SANDBOX_NUMBERS, sandboxLidOf } from './numbers.js';

interface StoredMember {
  phone_number: string;
  lid: string;
  role: GroupRole;
}

interface GroupRecord {
  id: string;
  subject: string;
  description: string | null;
  announce: boolean;
  locked: boolean;
  invite_code: string;
  creator_phone_number: string;
  participants: StoredMember[];
  created_at: Date;
}

const INVITE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const newInviteCode = () => Array.from({ length: 22 }, () => INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)]).join('');
const newGroupId = () => `120363${BigInt(`0x${randomBytes(6).toString('hex')}`).toString().padStart(12, '0').slice(0, 12)}@g.us`;

const member = (phoneNumber: string, role: GroupRole): StoredMember => ({ phone_number: phoneNumber, lid: sandboxLidOf(phoneNumber), role });
const identity = (phoneNumber: string) => ({ phoneNumber, lid: sandboxLidOf(phoneNumber) });

export function presentRecord(record: GroupRecord): GroupInfo {
  return {
    id: record.id,
    subject: record.subject,
    description: record.description,
    owner: identity(record.creator_phone_number),
    createdAt: new Date(record.created_at),
    announce: record.announce,
    locked: record.locked,
    participants: record.participants.map((p) => ({ phoneNumber: p.phone_number, lid: p.lid, role: p.role })),
  };
}

/** What the sandbox does to one participant, as WhatsApp would answer: 200 or the failure's status. */
function applyParticipant(record: GroupRecord, action: ParticipantAction, phoneNumber: string): number {
  const index = record.participants.findIndex((p) => p.phone_number === phoneNumber);
  const current = record.participants[index];
  if (action === 'add') {
    if (phoneNumber === SANDBOX_NUMBERS.notOnWhatsApp) return 404;
    if (phoneNumber === SANDBOX_NUMBERS.privateProfile) return 403;
    if (current) return 409;
    record.participants.push(member(phoneNumber, 'member'));
    return 200;
  }
  if (!current) return 404;
  // Nobody removes or demotes the group's creator.
  if (current.role === 'superadmin' && action !== 'promote') return 403;
  if (action === 'remove') record.participants.splice(index, 1);
  else if (current.role !== 'superadmin') current.role = action === 'promote' ? 'admin' : 'member';
  return 200;
}

/**
 * The sandbox's groups, in the account's sandbox_groups rows: every sandbox connection of the account sees the
 * groups its number is in, so two of them can share a group. Rules as on WhatsApp: settings, participants and
 * the invite link are for admins; the subject and description too once the group is locked.
 */
export class SandboxGroups implements GroupOperations {
  constructor(
    private readonly db: Database | undefined,
    private readonly scope: TenantScope,
    /** This connection's number; throws while it is not linked. */
    private readonly me: () => string,
  ) {}

  #tx<T>(work: (trx: Transaction, me: string) => Promise<T>): Promise<T> {
    const me = this.me();
    if (!this.db) throw new Error('the sandbox has no database for groups');
    return this.db.tenant(this.scope, (trx) => work(trx, me));
  }

  async #find(trx: Transaction, me: string, groupId: string, forUpdate = false): Promise<GroupRecord> {
    const query = trx<GroupRecord>('sandbox_groups').where({ id: groupId }).first();
    const record = (await (forUpdate ? query.forUpdate() : query)) as GroupRecord | undefined;
    if (!record || !record.participants.some((p) => p.phone_number === me)) throw groupNotFound(groupId);
    return record;
  }

  /**
   * Each change's event, for every sandbox connection of the account linked to one of its numbers, in the
   * change's own transaction: each member sees the change from its side, as on WhatsApp.
   */
  async #announce(trx: Transaction, notices: Array<{ phones: string[]; change: GroupChange }>): Promise<void> {
    const phones = [...new Set(notices.flatMap((notice) => notice.phones))];
    const connections = (await trx('connections')
      .whereIn('phone_number', phones)
      .whereNotNull('linked_at')
      .whereNotIn('status', STOPPED)
      .orderBy('id')
      .select('id', 'phone_number', 'wa_lid')) as Array<{ id: string; phone_number: string; wa_lid: string | null }>;
    for (const { phones: to, change } of notices) {
      for (const connection of connections.filter((c) => to.includes(c.phone_number))) {
        await recordEvent(trx, this.scope, GROUP_EVENT_TYPES[change.kind], presentGroupChange(connection, change));
      }
    }
  }

  /** The events of a participant change: every member before or after sees it; who came in joined, who went out left. */
  #participantNotices(before: string[], after: GroupRecord, action: ParticipantAction, changed: string[], by: string): Array<{ phones: string[]; change: GroupChange }> {
    const afterPhones = after.participants.map((p) => p.phone_number);
    const notices: Array<{ phones: string[]; change: GroupChange }> = [
      {
        phones: [...new Set([...before, ...afterPhones])],
        change: { kind: 'participants_changed', groupId: after.id, action, participants: changed.map(identity), by: identity(by) },
      },
    ];
    const joined = afterPhones.filter((p) => !before.includes(p));
    const left = before.filter((p) => !afterPhones.includes(p));
    if (joined.length > 0) notices.push({ phones: joined, change: { kind: 'joined', group: presentRecord(after) } });
    if (left.length > 0) notices.push({ phones: left, change: { kind: 'left', groupId: after.id } });
    return notices;
  }

  static #isAdmin(record: GroupRecord, me: string): boolean {
    return record.participants.some((p) => p.phone_number === me && p.role !== 'member');
  }

  async #save(trx: Transaction, record: GroupRecord, patch: Partial<GroupRecord>): Promise<GroupRecord> {
    const next = { ...record, ...patch };
    if (next.participants.length === 0) {
      await trx('sandbox_groups').where({ id: record.id }).delete();
      return next;
    }
    await trx('sandbox_groups')
      .where({ id: record.id })
      .update({ ...patch, ...(patch.participants ? { participants: JSON.stringify(patch.participants) } : {}) });
    return next;
  }

  list(): Promise<GroupInfo[]> {
    return this.#tx(async (trx, me) => {
      const rows = (await trx('sandbox_groups')
        .whereRaw(`participants @> ?::jsonb`, [JSON.stringify([{ phone_number: me }])])
        .orderBy('created_at')) as GroupRecord[];
      return rows.map(presentRecord);
    });
  }

  get(groupId: string): Promise<GroupInfo> {
    return this.#tx(async (trx, me) => presentRecord(await this.#find(trx, me, groupId)));
  }

  create(subject: string, phoneNumbers: string[]): Promise<{ group: GroupInfo; results: ParticipantResult[] }> {
    return this.#tx(async (trx, me) => {
      const record: GroupRecord = {
        id: newGroupId(),
        subject,
        description: null,
        announce: false,
        locked: false,
        invite_code: newInviteCode(),
        creator_phone_number: me,
        participants: [member(me, 'superadmin')],
        created_at: new Date(),
      };
      const results = phoneNumbers.map((phoneNumber) => this.#result('add', phoneNumber, applyParticipant(record, 'add', phoneNumber)));
      await trx('sandbox_groups').insert({ ...record, account_id: this.scope.accountId, participants: JSON.stringify(record.participants) });
      const group = presentRecord(record);
      const added = record.participants.map((p) => p.phone_number).filter((p) => p !== me);
      await this.#announce(trx, [
        { phones: [me], change: { kind: 'created', group } },
        { phones: added, change: { kind: 'joined', group } },
      ]);
      return { group, results };
    });
  }

  update(groupId: string, update: GroupUpdate): Promise<GroupInfo> {
    return this.#tx(async (trx, me) => {
      const record = await this.#find(trx, me, groupId, true);
      const settings = update.announce !== undefined || update.locked !== undefined;
      if ((settings || record.locked) && !SandboxGroups.#isAdmin(record, me)) throw groupAdminRequired(groupId);
      const updated = await this.#save(trx, record, update);
      const phones = updated.participants.map((p) => p.phone_number);
      await this.#announce(trx, [{ phones, change: { kind: 'updated', groupId, changes: update, by: identity(me) } }]);
      return presentRecord(updated);
    });
  }

  #result(action: ParticipantAction, phoneNumber: string, status: number): ParticipantResult {
    return status === 200
      ? { phoneNumber, status: 'ok', error: null }
      : { phoneNumber, status: 'failed', error: participantFailure(action, status, phoneNumber) };
  }

  participants(groupId: string, action: ParticipantAction, phoneNumbers: string[]): Promise<ParticipantResult[]> {
    return this.#tx(async (trx, me) => {
      const record = await this.#find(trx, me, groupId, true);
      if (!SandboxGroups.#isAdmin(record, me)) throw groupAdminRequired(groupId);
      const participants = record.participants.map((p) => ({ ...p }));
      const working = { ...record, participants };
      const results = phoneNumbers.map((phoneNumber) => this.#result(action, phoneNumber, applyParticipant(working, action, phoneNumber)));
      const updated = await this.#save(trx, record, { participants });
      const changed = results.filter((r) => r.status === 'ok').map((r) => r.phoneNumber);
      const before = record.participants.map((p) => p.phone_number);
      if (changed.length > 0) await this.#announce(trx, this.#participantNotices(before, updated, action, changed, me));
      return results;
    });
  }

  /**
   * The members a message to the group goes to; refused as WhatsApp refuses it when this number is not in the
   * group, or the group lets only admins send and this number is not one.
   */
  forSend(groupId: string): Promise<{ id: string; members: string[] }> {
    return this.#tx(async (trx, me) => {
      const record = (await trx<GroupRecord>('sandbox_groups').where({ id: groupId }).first()) as GroupRecord | undefined;
      if (!record || !record.participants.some((p) => p.phone_number === me)) {
        throw new PermanentSendError('group_not_found', `This number is not in group ${groupId}, so the message was not sent.`);
      }
      if (record.announce && !SandboxGroups.#isAdmin(record, me)) {
        throw new PermanentSendError('group_admins_only', `Only admins may send messages in group ${groupId}, and this number is not one.`);
      }
      return { id: groupId, members: record.participants.map((p) => p.phone_number) };
    });
  }

  inviteCode(groupId: string): Promise<string> {
    return this.#tx(async (trx, me) => {
      const record = await this.#find(trx, me, groupId);
      if (!SandboxGroups.#isAdmin(record, me)) throw groupAdminRequired(groupId);
      return record.invite_code;
    });
  }

  revokeInvite(groupId: string): Promise<string> {
    return this.#tx(async (trx, me) => {
      const record = await this.#find(trx, me, groupId, true);
      if (!SandboxGroups.#isAdmin(record, me)) throw groupAdminRequired(groupId);
      const code = newInviteCode();
      await this.#save(trx, record, { invite_code: code });
      return code;
    });
  }

  join(inviteCode: string): Promise<GroupInfo> {
    return this.#tx(async (trx, me) => {
      const record = (await trx<GroupRecord>('sandbox_groups').where({ invite_code: inviteCode }).forUpdate().first()) as GroupRecord | undefined;
      if (!record) throw inviteCodeInvalid();
      if (record.participants.some((p) => p.phone_number === me)) return presentRecord(record);
      const updated = await this.#save(trx, record, { participants: [...record.participants, member(me, 'member')] });
      const before = record.participants.map((p) => p.phone_number);
      await this.#announce(trx, this.#participantNotices(before, updated, 'add', [me], me));
      return presentRecord(updated);
    });
  }

  async leave(groupId: string): Promise<void> {
    await this.#tx(async (trx, me) => {
      const record = await this.#find(trx, me, groupId, true);
      const participants = record.participants.filter((p) => p.phone_number !== me);
      // As on WhatsApp, a group never stays without an admin while it has members.
      if (participants.length > 0 && !participants.some((p) => p.role !== 'member')) participants[0] = { ...participants[0]!, role: 'admin' };
      const updated = await this.#save(trx, record, { participants });
      const before = record.participants.map((p) => p.phone_number);
      await this.#announce(trx, this.#participantNotices(before, updated, 'remove', [me], me));
    });
  }
}
