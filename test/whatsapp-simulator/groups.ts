// Groups on the simulated WhatsApp: the `w:g2` iqs Baileys sends (lib/Socket/groups.js: participating, query,
// create, subject, description, settings, participant changes, invite codes, join, leave), answered as WhatsApp
// does, and the `w:gp2` notifications each change sends to the linked devices of the group's participants.
import { randomBytes, randomInt } from 'node:crypto';
import { generateMessageIDV2, getBinaryNodeChild, getBinaryNodeChildren, type BinaryNode } from '@whiskeysockets/baileys';
import { now } from './messaging.js';
import type { SimAccount, SimConnection, WhatsAppSimulator } from './server.js';

export type SimRole = 'member' | 'admin' | 'superadmin';

export interface SimGroup {
  id: string;
  subject: string;
  description: string | undefined;
  descriptionId: string | undefined;
  creator: string;
  creation: number;
  announce: boolean;
  locked: boolean;
  inviteCode: string;
  /** Role by phone number (digits), in joining order. */
  participants: Map<string, SimRole>;
}

type IqAnswer = { content: BinaryNode[] } | { error: { code: string; text: string } };

const error = (code: string, text: string): IqAnswer => ({ error: { code, text } });
const NOT_FOUND = error('404', 'item-not-found');
const FORBIDDEN = error('403', 'forbidden');
const NOT_AUTHORIZED = error('401', 'not-authorized');

const phoneOfJid = (jid: string | undefined) => (jid ?? '').split('@')[0]!.split(':')[0]!;
const inviteCode = () => randomBytes(16).toString('base64url').slice(0, 22);

export class SimGroups {
  readonly groups = new Map<string, SimGroup>();
  /** Numbers whose privacy settings refuse being added to groups (WhatsApp answers 403 for each). */
  readonly privacyRestricted = new Set<string>();
  /** Numbers that left recently: adding them answers 408 for them (WhatsApp lets them back later, or by invite). */
  readonly recentlyLeft = new Set<string>();
  /** Metadata queries answered, by group id (for measurements). */
  readonly metadataQueries = new Map<string, number>();

  constructor(private readonly sim: WhatsAppSimulator) {}

  /** A group made directly on the simulated WhatsApp (as if a phone created it): `creator` is superadmin. */
  create(creator: string, subject: string, members: string[]): SimGroup {
    const group: SimGroup = {
      id: `120363${String(randomInt(0, 1e9)).padStart(9, '0')}${String(randomInt(0, 1e3)).padStart(3, '0')}@g.us`,
      subject,
      description: undefined,
      descriptionId: undefined,
      creator,
      creation: Math.floor(Date.now() / 1000),
      announce: false,
      locked: false,
      inviteCode: inviteCode(),
      participants: new Map([[creator, 'superadmin' as SimRole], ...members.map((m) => [m, 'member' as SimRole] as const)]),
    };
    for (const phone of [creator, ...members]) this.sim.account(phone);
    this.groups.set(group.id, group);
    this.sim.record({ type: 'group-created', id: group.id, creator, size: group.participants.size });
    return group;
  }

  /** `<group>` as WhatsApp describes one (what Baileys' extractGroupMetadata reads). */
  groupNode(group: SimGroup): BinaryNode {
    const content: BinaryNode[] = [...group.participants].map(([phone, role]) => {
      const account = this.sim.account(phone);
      return { tag: 'participant', attrs: { jid: `${phone}@s.whatsapp.net`, lid: `${account.lid}@lid`, ...(role === 'member' ? {} : { type: role }) } };
    });
    if (group.description !== undefined) {
      content.push({
        tag: 'description',
        attrs: { id: group.descriptionId ?? '', t: now(), participant: `${group.creator}@s.whatsapp.net` },
        content: [{ tag: 'body', attrs: {}, content: Buffer.from(group.description) }],
      });
    }
    if (group.announce) content.push({ tag: 'announcement', attrs: {} });
    if (group.locked) content.push({ tag: 'locked', attrs: {} });
    return {
      tag: 'group',
      attrs: {
        id: group.id.split('@')[0]!,
        subject: group.subject,
        s_t: String(group.creation),
        s_o: `${group.creator}@s.whatsapp.net`,
        creation: String(group.creation),
        creator: `${group.creator}@s.whatsapp.net`,
        size: String(group.participants.size),
        addressing_mode: 'pn',
      },
      content,
    };
  }

  /** Answers a `w:g2` iq from a linked device of `me`. */
  iq(conn: SimConnection, node: BinaryNode): IqAnswer {
    const me = conn.device?.phone ?? '';
    const to = node.attrs.to ?? '';
    const child = (Array.isArray(node.content) ? (node.content as BinaryNode[]) : [])[0];
    if (!child) return error('400', 'bad-request');
    if (to === '@g.us') return this.#onServer(me, node.attrs.type ?? '', child);
    const group = this.groups.get(to);
    if (!group) return NOT_FOUND;
    if (!group.participants.has(me)) return FORBIDDEN;
    if (child.tag === 'query') {
      this.metadataQueries.set(group.id, (this.metadataQueries.get(group.id) ?? 0) + 1);
      this.sim.record({ type: 'group-metadata-query', id: group.id, phone: me });
      return { content: [this.groupNode(group)] };
    }
    return this.#onGroup(me, group, node.attrs.type ?? '', child);
  }

  #isAdmin = (group: SimGroup, phone: string) => (group.participants.get(phone) ?? 'member') !== 'member';

  #onServer(me: string, type: string, child: BinaryNode): IqAnswer {
    switch (child.tag) {
      case 'participating': {
        const mine = [...this.groups.values()].filter((g) => g.participants.has(me));
        return { content: [{ tag: 'groups', attrs: {}, content: mine.map((g) => this.groupNode(g)) }] };
      }
      case 'create': {
        const wanted = getBinaryNodeChildren(child, 'participant').map((p) => phoneOfJid(p.attrs.jid));
        const group = this.create(me, child.attrs.subject ?? '', []);
        const statuses = this.#apply(group, 'add', wanted);
        this.#notifyAll(group, me, { tag: 'create', attrs: {}, content: [this.groupNode(group)] }, [...group.participants.keys()]);
        // The creator's answer also lists each participant WhatsApp did not add, with its status as `error`.
        const answer = this.groupNode(group);
        const refused = wanted.flatMap((phone, i) => (statuses[i] === 200 ? [] : [{ tag: 'participant', attrs: { jid: `${phone}@s.whatsapp.net`, error: String(statuses[i]) } }]));
        return { content: [{ ...answer, content: [...(answer.content as BinaryNode[]), ...refused] }] };
      }
      case 'invite': {
        if (type !== 'set') return error('400', 'bad-request');
        const group = [...this.groups.values()].find((g) => g.inviteCode === child.attrs.code);
        if (!group) return error('406', 'not-acceptable');
        if (!group.participants.has(me)) {
          group.participants.set(me, 'member');
          this.#notifyAll(group, me, this.#participantsNode('add', [me]));
        }
        return { content: [{ tag: 'group', attrs: { jid: group.id } }] };
      }
      case 'leave': {
        const ids = getBinaryNodeChildren(child, 'group').map((g) => g.attrs.id ?? '');
        for (const id of ids) {
          const group = this.groups.get(id);
          if (!group?.participants.has(me)) continue;
          const notified = [...group.participants.keys()];
          group.participants.delete(me);
          if (group.participants.size > 0 && ![...group.participants.values()].some((r) => r !== 'member')) {
            const [first] = group.participants.keys();
            group.participants.set(first!, 'admin');
          }
          this.#notifyAll(group, me, this.#participantsNode('remove', [me]), notified);
        }
        return { content: [{ tag: 'leave', attrs: {}, content: ids.map((id) => ({ tag: 'group', attrs: { id } })) }] };
      }
      default:
        return error('400', 'bad-request');
    }
  }

  #onGroup(me: string, group: SimGroup, type: string, child: BinaryNode): IqAnswer {
    const admin = this.#isAdmin(group, me);
    switch (child.tag) {
      case 'subject':
        if (group.locked && !admin) return NOT_AUTHORIZED;
        group.subject = Buffer.from((child.content as Uint8Array | undefined) ?? []).toString();
        this.#notifyAll(group, me, { tag: 'subject', attrs: { subject: group.subject, s_t: now(), s_o: `${me}@s.whatsapp.net` } });
        return { content: [] };
      case 'description': {
        if (group.locked && !admin) return NOT_AUTHORIZED;
        if (child.attrs.prev !== group.descriptionId && !(child.attrs.prev === undefined && group.descriptionId === undefined)) return error('409', 'conflict');
        const body = getBinaryNodeChild(child, 'body');
        group.description = child.attrs.delete === 'true' ? undefined : Buffer.from((body?.content as Uint8Array | undefined) ?? []).toString();
        group.descriptionId = child.attrs.delete === 'true' ? undefined : child.attrs.id;
        this.#notifyAll(group, me, {
          tag: 'description',
          attrs: { id: child.attrs.id ?? generateMessageIDV2() },
          ...(body ? { content: [{ tag: 'body', attrs: {}, content: body.content as Uint8Array }] } : {}),
        });
        return { content: [] };
      }
      case 'announcement':
      case 'not_announcement':
      case 'locked':
      case 'unlocked':
        if (!admin) return NOT_AUTHORIZED;
        if (child.tag.endsWith('announcement')) group.announce = child.tag === 'announcement';
        else group.locked = child.tag === 'locked';
        this.#notifyAll(group, me, { tag: child.tag, attrs: {} });
        return { content: [] };
      case 'add':
      case 'remove':
      case 'promote':
      case 'demote': {
        if (!admin) return NOT_AUTHORIZED;
        const asked = getBinaryNodeChildren(child, 'participant').map((p) => p.attrs.jid ?? '');
        const statuses = this.#change(me, group, child.tag, asked.map(phoneOfJid));
        return {
          content: [
            {
              tag: child.tag,
              attrs: {},
              content: asked.map((jid, i) => ({ tag: 'participant', attrs: { jid, ...(statuses[i] === 200 ? {} : { error: String(statuses[i]) }) } })),
            },
          ],
        };
      }
      case 'invite':
        if (!admin) return NOT_AUTHORIZED;
        if (type === 'set') group.inviteCode = inviteCode();
        return { content: [{ tag: 'invite', attrs: { code: group.inviteCode } }] };
      default:
        return error('400', 'bad-request');
    }
  }

  /**
   * The phone of `actor` (an admin) adds, removes, promotes or demotes participants from its own phone, as an admin
   * on another device would: every participant's linked devices get the notification. WhatsApp's status for each.
   */
  changeParticipants(actor: string, groupId: string, action: 'add' | 'remove' | 'promote' | 'demote', phones: string[]): number[] {
    const group = this.groups.get(groupId);
    if (!group || !this.#isAdmin(group, actor)) throw new Error(`simulator: ${actor} is not an admin of ${groupId}`);
    return this.#change(actor, group, action, phones);
  }

  /** Applies a participant action and notifies everyone it concerns (those in the group before and after). */
  #change(actor: string, group: SimGroup, action: string, phones: string[]): number[] {
    const before = [...group.participants.keys()];
    const statuses = this.#apply(group, action, phones);
    const changed = phones.filter((_, i) => statuses[i] === 200);
    if (changed.length > 0) this.#notifyAll(group, actor, this.#participantsNode(action, changed), [...new Set([...before, ...group.participants.keys()])]);
    return statuses;
  }

  /** Applies one participant action to each phone; WhatsApp's status for each (200, or the failure). */
  #apply(group: SimGroup, action: string, phones: string[]): number[] {
    return phones.map((phone) => {
      const role = group.participants.get(phone);
      if (action === 'add') {
        const account = this.sim.accounts.get(phone);
        if (!account || account.banned) return 404;
        if (role) return 409;
        if (this.privacyRestricted.has(phone)) return 403;
        if (this.recentlyLeft.has(phone)) return 408;
        group.participants.set(phone, 'member');
        return 200;
      }
      if (!role) return 404;
      if (role === 'superadmin' && action !== 'promote') return 403;
      if (action === 'remove') group.participants.delete(phone);
      else if (role !== 'superadmin') group.participants.set(phone, action === 'promote' ? 'admin' : 'member');
      return 200;
    });
  }

  #participantsNode(tag: string, phones: string[]): BinaryNode {
    return {
      tag,
      attrs: {},
      content: phones.map((phone) => ({ tag: 'participant', attrs: { jid: `${phone}@s.whatsapp.net`, lid: `${this.sim.account(phone).lid}@lid` } })),
    };
  }

  /** The `w:gp2` notification of a change, to every connected linked device of `phones` (the participants by default). */
  #notifyAll(group: SimGroup, actor: string, child: BinaryNode, phones: string[] = [...group.participants.keys()]): void {
    const author: SimAccount = this.sim.account(actor);
    for (const device of this.sim.devices.values()) {
      if (!phones.includes(device.phone)) continue;
      const conn = this.sim.connectionOf(device.jid);
      if (!conn) continue;
      conn.send({
        tag: 'notification',
        attrs: { from: group.id, type: 'w:gp2', id: generateMessageIDV2(), t: now(), participant: `${actor}@s.whatsapp.net`, participant_lid: `${author.lid}@lid` },
        content: [child],
      });
    }
    this.sim.record({ type: 'group-notified', id: group.id, change: child.tag, actor });
  }
}
