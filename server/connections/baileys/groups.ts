import { isLidUser, jidNormalizedUser, type BaileysEventMap, type BinaryNode, type GroupMetadata, type GroupParticipant } from '@whiskeysockets/baileys';
import { ApiError } from '../../platform/http/errors.js';
import type { Logger } from '../../platform/logger.js';
import { digitsOf } from '../../platform/phone.js';
import {
  groupAdminRequired,
  groupNotFound,
  inviteCodeInvalid,
  participantFailure,
  type GroupChange,
  type GroupInfo,
  type GroupOperations,
  type GroupUpdate,
  type ParticipantAction,
  type ParticipantResult,
} from '../groups.js';
import { CoalescingCache } from './group-cache.js';
import { createGroup } from './group-iqs.js';
import { forgetSenderKey, type SenderKeyOwner } from './group-sender-keys.js';
import { phoneNumberOfJid, type BaileysSocket } from './socket.js';

/** The group calls of a Baileys socket (lib/Socket/groups.js) that Parley uses. */
export interface GroupSocket extends SenderKeyOwner {
  groupFetchAllParticipating(): Promise<Record<string, GroupMetadata>>;
  groupMetadata(jid: string): Promise<GroupMetadata>;
  query(node: BinaryNode): Promise<BinaryNode>;
  groupUpdateSubject(jid: string, subject: string): Promise<void>;
  groupUpdateDescription(jid: string, description?: string): Promise<void>;
  groupSettingUpdate(jid: string, setting: 'announcement' | 'not_announcement' | 'locked' | 'unlocked'): Promise<void>;
  groupParticipantsUpdate(jid: string, participants: string[], action: ParticipantAction): Promise<Array<{ status: string; jid: string | undefined }>>;
  groupInviteCode(jid: string): Promise<string | undefined>;
  groupRevokeInvite(jid: string): Promise<string | undefined>;
  groupAcceptInvite(code: string): Promise<string | undefined>;
  groupLeave(id: string): Promise<void>;
}

type Person = { phoneNumber: string | null; lid: string | null };

const isPn = (jid: string | undefined): jid is string => !!jid && jid.endsWith('@s.whatsapp.net');

/** A participant as Baileys gives it: its id is a phone-number jid or a LID, with the other one beside it when known. */
export function personOf(participant: { id: string; phoneNumber?: string | undefined; lid?: string | undefined }): Person {
  const { id } = participant;
  if (isLidUser(id)) return { phoneNumber: isPn(participant.phoneNumber) ? phoneNumberOfJid(participant.phoneNumber) : null, lid: jidNormalizedUser(id) };
  return { phoneNumber: isPn(id) ? phoneNumberOfJid(id) : null, lid: participant.lid && isLidUser(participant.lid) ? jidNormalizedUser(participant.lid) : null };
}

const personOfJids = (jid: string | undefined, pn: string | undefined): Person | null =>
  jid ? personOf({ id: jid, ...(pn ? { phoneNumber: pn } : {}) }) : null;

export function groupInfoOf(metadata: GroupMetadata): GroupInfo {
  return {
    id: metadata.id,
    subject: metadata.subject ?? '',
    description: metadata.desc ?? null,
    owner: personOfJids(metadata.owner, metadata.ownerPn),
    createdAt: metadata.creation ? new Date(metadata.creation * 1000) : null,
    announce: !!metadata.announce,
    locked: !!metadata.restrict,
    participants: metadata.participants.map((p: GroupParticipant) => ({
      ...personOf(p),
      role: p.admin === 'superadmin' ? 'superadmin' : p.admin === 'admin' ? 'admin' : 'member',
    })),
  };
}

const statusOf = (error: unknown): number | undefined => {
  const data = (error as { data?: unknown } | null)?.data;
  return typeof data === 'number' ? data : undefined;
};

const whatsappFailed = () =>
  new ApiError(503, 'api_error', 'whatsapp_request_failed', 'WhatsApp did not carry out the group request; retry in a moment.', {
    headers: { 'Retry-After': '5' },
  });

const pnJid = (phoneNumber: string) => `${digitsOf(phoneNumber)}@s.whatsapp.net`;

/**
 * Groups through Baileys. Metadata is cached per group (also for Baileys' own group sends, as its
 * cachedGroupMetadata) and refreshed on WhatsApp's group notifications; concurrent look-ups share one query.
 */
export class BaileysGroups implements GroupOperations {
  readonly metadata: CoalescingCache<GroupMetadata>;

  constructor(
    private readonly open: () => BaileysSocket,
    private readonly me: () => Person,
    private readonly log: Logger,
  ) {
    this.metadata = new CoalescingCache((jid) => this.#socket().groupMetadata(jid));
  }

  // The real Baileys socket has every group call; the transport's narrower socket type leaves them out.
  #socket(): GroupSocket {
    return this.open() as unknown as GroupSocket;
  }

  /** Runs one group request, turning WhatsApp's error codes into Parley's. */
  async #ask<T>(groupId: string | null, work: (socket: GroupSocket) => Promise<T>, admin = true): Promise<T> {
    const socket = this.#socket();
    try {
      return await work(socket);
    } catch (error) {
      if (error instanceof ApiError) throw error;
      const status = statusOf(error);
      if (groupId === null) {
        if (status !== undefined && status >= 400 && status < 500) throw inviteCodeInvalid();
      } else if (status === 404 || status === 403 || (!admin && status === 401)) {
        // WhatsApp: 404 item-not-found (no such group), 403 forbidden (not a participant), 401 not-authorized (not an admin).
        throw groupNotFound(groupId);
      } else if (status === 401) {
        throw groupAdminRequired(groupId);
      }
      this.log.warn({ err: error, group: groupId }, 'a group request to WhatsApp failed');
      throw whatsappFailed();
    }
  }

  /** For Baileys' group sends: the cached metadata, fetched (once for concurrent callers) when missing. */
  cached(jid: string): Promise<GroupMetadata | undefined> {
    return this.metadata.get(jid).catch(() => undefined);
  }

  /** A participant of a group, by either of its ids, from the cached metadata (one query for concurrent callers). */
  async member(groupId: string, jid: string): Promise<Person | undefined> {
    const wanted = jidNormalizedUser(jid);
    const metadata = await this.metadata.get(groupId);
    const found = metadata.participants.find((p) => [p.id, p.lid, p.phoneNumber].some((id) => id && jidNormalizedUser(id) === wanted));
    return found && personOf(found);
  }

  async list(): Promise<GroupInfo[]> {
    const all = await this.#ask('@g.us', (socket) => socket.groupFetchAllParticipating(), false);
    for (const metadata of Object.values(all)) this.metadata.set(metadata.id, metadata);
    return Object.values(all).map(groupInfoOf);
  }

  async get(groupId: string): Promise<GroupInfo> {
    return groupInfoOf(await this.#ask(groupId, () => this.metadata.get(groupId), false));
  }

  async create(subject: string, phoneNumbers: string[]): Promise<{ group: GroupInfo; results: ParticipantResult[] }> {
    const created = await this.#ask('@g.us', (socket) => createGroup(socket, subject, phoneNumbers.map(pnJid)));
    // WhatsApp's answer gives the status of each participant it refused; the group's own metadata says who is in.
    this.metadata.delete(created.id);
    const group = await this.get(created.id);
    const members = new Set(group.participants.map((p) => p.phoneNumber));
    const results: ParticipantResult[] = phoneNumbers.map((phoneNumber) =>
      members.has(phoneNumber)
        ? { phoneNumber, status: 'ok', error: null }
        : { phoneNumber, status: 'failed', error: participantFailure('add', created.refused.get(phoneNumber) ?? 0, phoneNumber) },
    );
    return { group, results };
  }

  async update(groupId: string, update: GroupUpdate): Promise<GroupInfo> {
    await this.#ask(groupId, async (socket) => {
      if (update.subject !== undefined) await socket.groupUpdateSubject(groupId, update.subject);
      if (update.description !== undefined) await socket.groupUpdateDescription(groupId, update.description ?? undefined);
      if (update.announce !== undefined) await socket.groupSettingUpdate(groupId, update.announce ? 'announcement' : 'not_announcement');
      if (update.locked !== undefined) await socket.groupSettingUpdate(groupId, update.locked ? 'locked' : 'unlocked');
    });
    this.metadata.delete(groupId);
    return this.get(groupId);
  }

  async participants(groupId: string, action: ParticipantAction, phoneNumbers: string[]): Promise<ParticipantResult[]> {
    const answers = await this.#ask(groupId, (socket) => socket.groupParticipantsUpdate(groupId, phoneNumbers.map(pnJid), action));
    this.metadata.delete(groupId);
    // Whoever was removed keeps the old sender key: the next message goes out under a new one.
    if (action === 'remove' && answers.some((answer) => Number(answer.status) === 200)) await this.#forgetSenderKey(groupId);
    return phoneNumbers.map((phoneNumber, index) => {
      const answer = answers.find((a) => isPn(a.jid) && phoneNumberOfJid(a.jid) === phoneNumber) ?? answers[index];
      const status = Number(answer?.status ?? 0);
      return status === 200
        ? { phoneNumber, status: 'ok', error: null }
        : { phoneNumber, status: 'failed', error: participantFailure(action, status, phoneNumber) };
    });
  }

  async inviteCode(groupId: string): Promise<string> {
    const code = await this.#ask(groupId, (socket) => socket.groupInviteCode(groupId));
    if (!code) throw whatsappFailed();
    return code;
  }

  async revokeInvite(groupId: string): Promise<string> {
    const code = await this.#ask(groupId, (socket) => socket.groupRevokeInvite(groupId));
    if (!code) throw whatsappFailed();
    return code;
  }

  async join(inviteCode: string): Promise<GroupInfo> {
    const jid = await this.#ask(null, (socket) => socket.groupAcceptInvite(inviteCode));
    if (!jid) throw inviteCodeInvalid();
    this.metadata.delete(jid);
    return this.get(jid);
  }

  async leave(groupId: string): Promise<void> {
    await this.get(groupId);
    await this.#ask(groupId, (socket) => socket.groupLeave(groupId), false);
    this.metadata.delete(groupId);
  }

  /** Follows WhatsApp's group notifications on `socket`: the cache is refreshed, and each change is reported. */
  attach(socket: BaileysSocket, report: (change: GroupChange) => void): void {
    socket.ev.on('groups.upsert', (groups) => this.#onUpsert(groups, report));
    socket.ev.on('groups.update', (updates) => this.#onUpdate(updates, report));
    socket.ev.on('group-participants.update', (update) => this.#onParticipants(update, report));
  }

  /** A new sender key for the group's next message (see group-sender-keys.ts); a failure is logged, never thrown. */
  async #forgetSenderKey(groupId: string): Promise<void> {
    try {
      await forgetSenderKey(this.#socket(), groupId);
    } catch (error) {
      this.log.warn({ err: error, group: groupId }, 'could not renew the sender key of a group after a removal');
    }
  }

  #isMe(person: Person | null): boolean {
    const me = this.me();
    return !!person && ((!!person.phoneNumber && person.phoneNumber === me.phoneNumber) || (!!person.lid && person.lid === me.lid));
  }

  #onUpsert(groups: BaileysEventMap['groups.upsert'], report: (change: GroupChange) => void): void {
    for (const metadata of groups) {
      this.metadata.set(metadata.id, metadata);
      const group = groupInfoOf(metadata);
      report(this.#isMe(group.owner) ? { kind: 'created', group } : { kind: 'joined', group });
    }
  }

  #onUpdate(updates: BaileysEventMap['groups.update'], report: (change: GroupChange) => void): void {
    for (const update of updates) {
      const { id } = update;
      if (!id) continue;
      // A full listing (groupFetchAllParticipating re-emits every group): a refresh, not a change.
      if (update.participants) {
        this.metadata.set(id, update as GroupMetadata);
        continue;
      }
      this.metadata.delete(id);
      const changes: GroupUpdate = {
        ...(update.subject !== undefined ? { subject: update.subject } : {}),
        ...(update.desc !== undefined ? { description: update.desc || null } : {}),
        ...(update.announce !== undefined ? { announce: update.announce } : {}),
        ...(update.restrict !== undefined ? { locked: update.restrict } : {}),
      };
      if (Object.keys(changes).length === 0) continue;
      const author = update as { author?: string; authorPn?: string };
      report({ kind: 'updated', groupId: id, changes, by: personOfJids(author.author, author.authorPn) });
    }
  }

  #onParticipants(update: BaileysEventMap['group-participants.update'], report: (change: GroupChange) => void): void {
    if (update.action === 'modify') return;
    this.metadata.delete(update.id);
    const participants = update.participants.map(personOf);
    const by = personOfJids(update.author, update.authorPn);
    report({ kind: 'participants_changed', groupId: update.id, action: update.action, participants, by });
    if (update.action === 'remove' && participants.some((p) => this.#isMe(p))) {
      report({ kind: 'left', groupId: update.id });
      return;
    }
    if (update.action === 'remove') void this.#forgetSenderKey(update.id);
    if (update.action === 'add' && participants.some((p) => this.#isMe(p))) {
      this.metadata.get(update.id).then(
        (metadata) => report({ kind: 'joined', group: groupInfoOf(metadata) }),
        (error: unknown) => this.log.warn({ err: error, group: update.id }, 'could not read a group this number joined'),
      );
    }
  }
}
