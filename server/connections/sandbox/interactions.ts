import { randomBytes } from 'node:crypto';
import { digitsOf } from '../../platform/phone.js';
import type { Availability, ChatState, InboundCall, InteractiveSession, Peer, PresenceUpdate } from '../interactions.js';
import { notConnected, type TransportListener } from '../transport.js';

/** How soon a sandbox contact reports its presence after the connection subscribes to it. */
const PRESENCE_AFTER_MS = 100;
/** How many placed calls the sandbox remembers for ending them. */
const PLACED_CALLS = 1_000;

const peerKey = (peer: Peer) => peer.group ?? peer.phoneNumber ?? peer.lid ?? '';

/**
 * The sandbox's side of chat interactions: what the connection showed each chat, its availability, whose presence
 * it follows, the read receipts and rejected calls, all kept in memory like WhatsApp keeps them for a session.
 * A subscribed contact reports `available` a moment after the subscription, and whatever a test reports for it
 * (POST /v1/sandbox/connections/{id}/presence); calls are placed by tests (POST /v1/sandbox/connections/{id}/calls).
 */
export class SandboxInteractions implements InteractiveSession {
  readonly chatStates = new Map<string, ChatState>();
  availability: Availability = 'offline';
  readonly subscribed = new Set<string>();
  readonly readReceipts = new Map<string, string[]>();
  readonly rejectedCalls = new Set<string>();
  /** The calls tests placed, newest last (bounded), so a test can end one. */
  readonly placedCalls = new Map<string, InboundCall>();

  constructor(
    private readonly connectionId: string,
    private readonly connected: () => boolean,
    private readonly listener: TransportListener,
    private readonly later: (ms: number, work: () => void) => void,
  ) {}

  #assertConnected(): void {
    if (!this.connected()) throw notConnected(this.connectionId);
  }

  async sendChatState(peer: Peer, state: ChatState): Promise<void> {
    this.#assertConnected();
    this.chatStates.set(peerKey(peer), state);
  }

  async setAvailability(availability: Availability): Promise<void> {
    this.#assertConnected();
    this.availability = availability;
  }

  async subscribePresence(peer: Peer): Promise<void> {
    this.#assertConnected();
    this.subscribed.add(peerKey(peer));
    // A group has no presence of its own: only its participants' chat states come, as they type.
    if (peer.group) return;
    this.later(PRESENCE_AFTER_MS, () => this.listener.presence?.({ from: peer, state: 'available', lastSeen: null, at: new Date() }));
  }

  async readMessages(peer: Peer, waMessageIds: string[], _participants?: Array<string | null>): Promise<void> {
    this.#assertConnected();
    this.readReceipts.set(peerKey(peer), [...(this.readReceipts.get(peerKey(peer)) ?? []), ...waMessageIds]);
  }

  async rejectCall(call: InboundCall): Promise<void> {
    this.#assertConnected();
    this.rejectedCalls.add(call.id);
  }

  /** A sandbox contact's presence changes: reported only when the connection follows it, as WhatsApp does. */
  reportPresence(update: PresenceUpdate): boolean {
    this.#assertConnected();
    // A participant's chat state in a group comes when the connection follows the group's presence.
    if (!this.subscribed.has(update.group ?? peerKey(update.from))) return false;
    this.listener.presence?.(update);
    return true;
  }

  /** A sandbox contact calls the connection's number. */
  placeCall(from: Peer, video: boolean): InboundCall {
    this.#assertConnected();
    const call: InboundCall = {
      id: randomBytes(16).toString('hex').toUpperCase(),
      from,
      video,
      offline: false,
      at: new Date(),
      callerRef: from.phoneNumber ? `${digitsOf(from.phoneNumber)}@s.whatsapp.net` : (from.lid ?? ''),
    };
    this.placedCalls.set(call.id, call);
    if (this.placedCalls.size > PLACED_CALLS) this.placedCalls.delete(this.placedCalls.keys().next().value!);
    this.listener.call?.(call);
    return call;
  }

  /** A call a test placed, by id (to end it). */
  placedCall(callId: string): InboundCall | undefined {
    return this.placedCalls.get(callId);
  }
}
