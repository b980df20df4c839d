import { conflict, forbidden, notFound } from '../platform/http/errors.js';
import type { Availability, CallEnd, CallEndReason, ChatState, InboundCall, Peer, PresenceState, PresenceUpdate } from './interactions.js';
import type { SandboxInteractions } from './sandbox/interactions.js';
import { SandboxSession } from './sandbox/transport.js';
import type { TransportSession } from './transport.js';

/** The longest a typing or recording indicator may be asked to last before Parley clears it. */
export const MAX_CHAT_STATE_SECONDS = 60;

/** What the API asks the worker running a connection to do in a chat (the `interaction` command). */
export type InteractionOp =
  | { kind: 'chat_state'; peer: Peer; state: ChatState; durationMs?: number }
  | { kind: 'availability'; availability: Availability }
  | { kind: 'subscribe'; peer: Peer }
  /** `participants`: in a group, the sender's JID of each message (WhatsApp's read receipt names them). */
  | { kind: 'read'; peer: Peer; waMessageIds: string[]; participants?: Array<string | null> }
  | { kind: 'sandbox_presence'; from: Peer; state: PresenceState; lastSeen: string | null; group?: string }
  | { kind: 'sandbox_call'; from: Peer; video: boolean }
  | { kind: 'sandbox_call_end'; callId: string; reason: CallEndReason };

const peerKey = (peer: Peer) => peer.group ?? peer.phoneNumber ?? peer.lid ?? '';

const sandboxOnly = (session: TransportSession): SandboxInteractions => {
  if (!(session instanceof SandboxSession)) throw forbidden('sandbox_test_mode_only', 'Sandbox endpoints work on test-mode connections only.');
  return session.interactions;
};

/**
 * Carries out interaction commands on the worker that runs the connection. A chat state with a duration ends with
 * `paused` when the duration is up, unless another state for the same chat came first.
 */
export class Interactions {
  readonly #timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly session: () => TransportSession | undefined,
    /** How an inbound call's handling ends, by WhatsApp's call id (for the sandbox to answer with it). */
    private readonly callOutcome: (call: InboundCall) => Promise<unknown>,
    /** How a call's end is recorded (for the sandbox to answer with it), and whether it was already. */
    private readonly callEnds: { ended(end: CallEnd): Promise<unknown>; hasEnded(callId: string): boolean },
    private readonly onError: (error: unknown, what: string) => void,
  ) {}

  async run(session: TransportSession, op: InteractionOp): Promise<unknown> {
    switch (op.kind) {
      case 'chat_state':
        return this.#chatState(session, op.peer, op.state, op.durationMs);
      case 'availability':
        await session.interactions.setAvailability(op.availability);
        return undefined;
      case 'subscribe':
        await session.interactions.subscribePresence(op.peer);
        return undefined;
      case 'read':
        await session.interactions.readMessages(op.peer, op.waMessageIds, op.participants);
        return undefined;
      case 'sandbox_presence': {
        const update: PresenceUpdate = { from: op.from, state: op.state, lastSeen: op.lastSeen ? new Date(op.lastSeen) : null, at: new Date(), ...(op.group ? { group: op.group } : {}) };
        if (!sandboxOnly(session).reportPresence(update)) {
          throw conflict(
            'presence_not_subscribed',
            'The connection has not subscribed to this contact\'s presence, so WhatsApp would not report it. Subscribe first (POST /v1/chats/{id}/presence/subscribe).',
          );
        }
        return undefined;
      }
      case 'sandbox_call':
        return this.callOutcome(sandboxOnly(session).placeCall(op.from, op.video));
      case 'sandbox_call_end': {
        const call = sandboxOnly(session).placedCall(op.callId);
        if (!call) throw notFound('call', op.callId, 'call_id');
        if (this.callEnds.hasEnded(op.callId)) throw conflict('call_ended', `Call ${op.callId} has ended already.`);
        return this.callEnds.ended({ id: call.id, from: call.from, video: call.video, reason: op.reason, at: new Date() });
      }
    }
  }

  async #chatState(session: TransportSession, peer: Peer, state: ChatState, durationMs: number | undefined): Promise<void> {
    const key = peerKey(peer);
    clearTimeout(this.#timers.get(key));
    this.#timers.delete(key);
    await session.interactions.sendChatState(peer, state);
    if (state === 'paused' || durationMs === undefined) return;
    const timer = setTimeout(() => {
      this.#timers.delete(key);
      // The session may have been restarted meanwhile: pause on the current one.
      const current = this.session();
      current?.interactions.sendChatState(peer, 'paused').catch((error: unknown) => this.onError(error, 'clearing a chat state'));
    }, durationMs);
    timer.unref();
    this.#timers.set(key, timer);
  }

  stop(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }
}
