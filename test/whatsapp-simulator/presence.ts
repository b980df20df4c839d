// Presence and calls between companion devices (Baileys) and simulated phones: a device's availability and chat
// states (`<presence>`, `<chatstate>`), presence subscriptions answered with the contact's presence and followed by
// its changes, and phones that place calls (`<call><offer>`) that a device may reject (`<call><reject>`).
import { randomBytes } from 'node:crypto';
import { getBinaryNodeChild, type BinaryNode } from '@whiskeysockets/baileys';
import { now } from './messaging.js';
import type { SimConnection, WhatsAppSimulator } from './server.js';

/** What a phone's contact can show: online or offline (with when it was last seen), typing, recording, or neither. */
export type SimPresenceState = 'available' | 'unavailable' | 'composing' | 'recording' | 'paused';

export interface PlaceCallOptions {
  video?: boolean;
  /** Address the caller by LID with `caller_pn` beside it, as WhatsApp now does (default), or by number. */
  byLid?: boolean;
}

export class SimPresence {
  /** Who follows whose presence: the followed account's number → device JIDs that subscribed. */
  readonly #subscribers = new Map<string, Set<string>>();
  /** Each phone's own presence, as it answers a new subscription: unavailable, last seen an hour ago, by default. */
  readonly #presence = new Map<string, { state: 'available' | 'unavailable'; lastSeen: number }>();

  /** Calls placed and not yet ended: who called whom, and how the caller was named. */
  readonly #calls = new Map<string, { from: string; to: string; creator: string }>();

  constructor(private readonly sim: WhatsAppSimulator) {}

  /** `<presence>`, `<chatstate>` and `<call>` stanzas a companion sends. */
  onNode(conn: SimConnection, node: BinaryNode): void {
    const jid = conn.device?.jid;
    switch (node.tag) {
      case 'presence':
        return this.#onPresence(conn, node);
      case 'chatstate': {
        const [state] = Array.isArray(node.content) ? (node.content as BinaryNode[]) : [];
        const recording = state?.tag === 'composing' && state.attrs.media === 'audio';
        this.sim.record({ type: 'chatstate-received', jid, to: node.attrs.to, state: recording ? 'recording' : state?.tag });
        return;
      }
      case 'call': {
        const reject = getBinaryNodeChild(node, 'reject');
        if (reject) this.sim.record({ type: 'call-rejected', jid, to: node.attrs.to, callId: reject.attrs['call-id'], creator: reject.attrs['call-creator'] });
        // The server acknowledges every call stanza (Baileys waits for it).
        conn.send({ tag: 'ack', attrs: { id: node.attrs.id ?? '', class: 'call', from: node.attrs.to ?? '', ...(reject ? { type: 'reject' } : {}) } });
        return;
      }
    }
  }

  #onPresence(conn: SimConnection, node: BinaryNode): void {
    const jid = conn.device?.jid;
    if (node.attrs.type === 'subscribe' && node.attrs.to?.endsWith('@g.us')) {
      // Following a group's presence: its participants' chat states come to this device (typeInGroup).
      const group = this.sim.groups.groups.get(node.attrs.to);
      this.sim.record({ type: 'presence-subscribed', jid, to: node.attrs.to, known: !!group });
      if (!group || !jid) return;
      const subscribers = this.#subscribers.get(group.id) ?? new Set<string>();
      subscribers.add(jid);
      this.#subscribers.set(group.id, subscribers);
      return;
    }
    if (node.attrs.type === 'subscribe') {
      const account = this.sim.accountOfJid(node.attrs.to);
      this.sim.record({ type: 'presence-subscribed', jid, to: node.attrs.to, known: !!account });
      if (!account || !jid) return;
      const subscribers = this.#subscribers.get(account.phone) ?? new Set<string>();
      subscribers.add(jid);
      this.#subscribers.set(account.phone, subscribers);
      // WhatsApp answers a subscription with the contact's presence as it is now.
      const current = this.#presence.get(account.phone) ?? { state: 'unavailable', lastSeen: Number(now()) - 3600 };
      conn.send(presenceNode(account.phone, current.state, current.lastSeen));
      return;
    }
    this.sim.record({ type: 'presence-received', jid, presence: node.attrs.type, name: node.attrs.name });
  }

  /**
   * The phone of `phone` changes its presence: sent to every connected device that subscribed to it. Returns how
   * many devices it reached.
   */
  set(phone: string, state: SimPresenceState, lastSeen?: Date): number {
    const seconds = Math.floor((lastSeen?.getTime() ?? Date.now()) / 1000);
    if (state === 'available' || state === 'unavailable') this.#presence.set(phone, { state, lastSeen: seconds });
    const node: BinaryNode =
      state === 'available' || state === 'unavailable'
        ? presenceNode(phone, state, state === 'unavailable' ? seconds : undefined)
        : {
            tag: 'chatstate',
            attrs: { from: `${phone}@s.whatsapp.net` },
            content: [{ tag: state === 'recording' ? 'composing' : state, attrs: state === 'recording' ? { media: 'audio' } : {} }],
          };
    let reached = 0;
    for (const deviceJid of this.#subscribers.get(phone) ?? []) {
      const conn = this.sim.connectionOf(deviceJid);
      if (!conn) continue;
      conn.send({ ...node, attrs: { ...node.attrs } });
      reached += 1;
    }
    this.sim.record({ type: 'presence-sent', phone, state, reached });
    return reached;
  }

  /**
   * The phone of `phone` types (records, stops) in a group it is in: the chat state, naming the group and the
   * participant, goes to every connected device of the other participants that follows the group's presence.
   * Returns how many devices it reached.
   */
  typeInGroup(phone: string, groupId: string, state: 'composing' | 'recording' | 'paused'): number {
    const group = this.sim.groups.groups.get(groupId);
    if (!group?.participants.has(phone)) throw new Error(`simulator: ${phone} is not in ${groupId}`);
    const node: BinaryNode = {
      tag: 'chatstate',
      attrs: { from: groupId, participant: `${phone}@s.whatsapp.net` },
      content: [{ tag: state === 'recording' ? 'composing' : state, attrs: state === 'recording' ? { media: 'audio' } : {} }],
    };
    let reached = 0;
    for (const deviceJid of this.#subscribers.get(groupId) ?? []) {
      const conn = this.sim.connectionOf(deviceJid);
      const device = this.sim.devices.get(deviceJid);
      if (!conn || !device || device.phone === phone || !group.participants.has(device.phone)) continue;
      conn.send({ ...node, attrs: { ...node.attrs } });
      reached += 1;
    }
    this.sim.record({ type: 'group-chatstate-sent', phone, group: groupId, state, reached });
    return reached;
  }

  /** The phone of `from` calls `to`: the offer goes to every connected linked device of `to`. Returns the call id. */
  placeCall(from: string, to: string, options: PlaceCallOptions = {}): string {
    const caller = this.sim.account(from);
    const callId = randomBytes(16).toString('hex').toUpperCase();
    const pn = `${from}@s.whatsapp.net`;
    const creator = options.byLid === false ? pn : `${caller.lid}@lid`;
    const media: BinaryNode[] = [
      { tag: 'audio', attrs: { enc: 'opus', rate: '16000' } },
      { tag: 'audio', attrs: { enc: 'opus', rate: '8000' } },
      ...(options.video ? [{ tag: 'video', attrs: { enc: 'vp8', dec: 'vp8', orientation: '0', screen_width: '1080', screen_height: '2340' } }] : []),
      { tag: 'net', attrs: { medium: '3' } },
      { tag: 'encopt', attrs: { keygen: '2' } },
    ];
    const offer: BinaryNode = {
      tag: 'offer',
      attrs: { 'call-id': callId, 'call-creator': creator, ...(options.byLid === false ? {} : { caller_pn: pn }) },
      content: media,
    };
    let reached = 0;
    for (const device of this.sim.devices.values()) {
      if (device.phone !== to) continue;
      const conn = this.sim.connectionOf(device.jid);
      if (!conn) continue;
      conn.send({ tag: 'call', attrs: { from: creator, id: this.sim.nextTag(), t: now(), notify: caller.name }, content: [offer] });
      reached += 1;
    }
    this.#calls.set(callId, { from, to, creator });
    this.sim.record({ type: 'call-offered', from, to, callId, video: !!options.video, reached });
    return callId;
  }

  /**
   * A call placed with placeCall ends, as WhatsApp tells the callee's devices: `timeout` (it rang out: a
   * `<terminate reason="timeout">`), `hangup` (the caller hung up first: `<terminate>`), or `answered` (taken on
   * the phone, an `<accept>`, then hung up: `<terminate>`). Returns how many devices it reached.
   */
  endCall(callId: string, how: 'timeout' | 'hangup' | 'answered'): number {
    const call = this.#calls.get(callId);
    if (!call) throw new Error(`simulator: no call ${callId}`);
    this.#calls.delete(callId);
    const attrs = { 'call-id': callId, 'call-creator': call.creator };
    const nodes: BinaryNode[] = [
      ...(how === 'answered' ? [{ tag: 'accept', attrs }] : []),
      { tag: 'terminate', attrs: { ...attrs, ...(how === 'timeout' ? { reason: 'timeout' } : {}) } },
    ];
    let reached = 0;
    for (const device of this.sim.devices.values()) {
      if (device.phone !== call.to) continue;
      const conn = this.sim.connectionOf(device.jid);
      if (!conn) continue;
      for (const node of nodes) conn.send({ tag: 'call', attrs: { from: call.creator, id: this.sim.nextTag(), t: now() }, content: [node] });
      reached += 1;
    }
    this.sim.record({ type: 'call-ended', callId, how, reached });
    return reached;
  }
}

function presenceNode(phone: string, state: 'available' | 'unavailable', lastSeen?: number): BinaryNode {
  return { tag: 'presence', attrs: { from: `${phone}@s.whatsapp.net`, type: state, ...(lastSeen !== undefined && state === 'unavailable' ? { last: String(lastSeen) } : {}) } };
}
