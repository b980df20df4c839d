import { conflict } from '../../platform/http/errors.js';
import type { Logger } from '../../platform/logger.js';
import type { Availability, ChatState, InboundCall, InteractiveSession, Peer } from '../interactions.js';
import { CHAT_STATE, jidOfPeer } from './presence.js';
import type { BaileysSocket } from './socket.js';

/**
 * Chat interactions of one Baileys session: chat states, availability, presence subscriptions, read receipts and
 * call rejection. WhatsApp forgets a socket's presence subscriptions and availability
 * when it closes, so both are kept here and applied again on every socket that opens (Baileys itself announces
 * the number unavailable on each connect, since Parley connects offline).
 */
export class BaileysInteractions implements InteractiveSession {
  readonly #subscribed = new Set<string>();
  #availability: Availability = 'offline';

  constructor(
    private readonly open: () => BaileysSocket,
    /** WhatsApp needs the number's profile name to announce it online; Baileys learns it after linking. */
    private readonly profileName: () => string | undefined,
    private readonly log: Logger,
  ) {}

  async sendChatState(peer: Peer, state: ChatState): Promise<void> {
    await this.open().sendPresenceUpdate(CHAT_STATE[state], jidOfPeer(peer));
  }

  async setAvailability(availability: Availability): Promise<void> {
    const socket = this.open();
    if (!this.profileName()) {
      throw conflict(
        'profile_name_unknown',
        'WhatsApp has not yet told Parley the profile name of this number, which it needs to change its availability. Retry in a minute.',
      );
    }
    await socket.sendPresenceUpdate(availability === 'online' ? 'available' : 'unavailable');
    this.#availability = availability;
  }

  async subscribePresence(peer: Peer): Promise<void> {
    const jid = jidOfPeer(peer);
    await this.open().presenceSubscribe(jid);
    this.#subscribed.add(jid);
  }

  /** A socket opened: subscribe again and, when the number was set online, announce it online again. */
  reapply(socket: BaileysSocket): void {
    for (const jid of this.#subscribed) {
      socket.presenceSubscribe(jid).catch((error: unknown) => this.log.warn({ err: error, jid }, 'could not renew a presence subscription'));
    }
    if (this.#availability === 'online' && this.profileName()) {
      socket.sendPresenceUpdate('available').catch((error: unknown) => this.log.warn({ err: error }, 'could not announce the number online again'));
    }
  }

  /** Read receipts for messages `peer` sent, in one receipt stanza. */
  async readMessages(peer: Peer, waMessageIds: string[], participants?: Array<string | null>): Promise<void> {
    const remoteJid = jidOfPeer(peer);
    await this.open().readMessages(
      waMessageIds.map((id, i) => ({ remoteJid, id, fromMe: false, ...(peer.group && participants?.[i] ? { participant: participants[i] } : {}) })),
    );
  }

  rejectCall(call: InboundCall): Promise<void> {
    return this.open().rejectCall(call.id, call.callerRef);
  }
}
