import { isLidUser, isPnUser, jidNormalizedUser, type WAPresence } from '@whiskeysockets/baileys';
import { conflict } from '../../platform/http/errors.js';
import type { Logger } from '../../platform/logger.js';
import { digitsOf } from '../../platform/phone.js';
import type { Availability, ChatState, Peer, PresenceState, PresenceUpdate } from '../interactions.js';
import { phoneNumberOfJid, type BaileysSocket } from './socket.js';

/** How WhatsApp addresses the other party of a 1:1 chat: by number when known, else by LID. */
export function jidOfPeer(peer: Peer): string {
  if (peer.phoneNumber) return `${digitsOf(peer.phoneNumber)}@s.whatsapp.net`;
  if (peer.lid) return jidNormalizedUser(peer.lid);
  throw new Error('a peer needs a phone number or a LID');
}

/**
 * The party a JID names: a LID is resolved to its number through `pnHint` (WhatsApp sometimes sends it alongside)
 * or the LID mapping Baileys keeps; null when it names no person (a group, a broadcast).
 */
export async function peerOfJid(socket: BaileysSocket, jid: string, pnHint?: string): Promise<Peer | null> {
  if (isPnUser(jid)) return { phoneNumber: phoneNumberOfJid(jid), lid: null };
  if (!isLidUser(jid)) return null;
  const lid = jidNormalizedUser(jid);
  const pn = pnHint ?? (await socket.signalRepository.lidMapping.getPNForLID(lid).catch(() => null));
  return { phoneNumber: pn ? phoneNumberOfJid(pn) : null, lid };
}

const CHAT_STATE: Record<ChatState, WAPresence> = { typing: 'composing', recording: 'recording', paused: 'paused' };
const REPORTED: Record<WAPresence, PresenceState> = {
  available: 'available',
  unavailable: 'unavailable',
  composing: 'typing',
  recording: 'recording',
  paused: 'paused',
};

/**
 * The presence side of one Baileys session. WhatsApp forgets a socket's presence subscriptions and availability
 * when it closes, so both are kept here and applied again on every socket that opens (Baileys itself announces
 * the number unavailable on each connect, since Parley connects offline).
 */
export class BaileysPresence {
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

  async subscribe(peer: Peer): Promise<void> {
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
  async readMessages(peer: Peer, waMessageIds: string[]): Promise<void> {
    const remoteJid = jidOfPeer(peer);
    await this.open().readMessages(waMessageIds.map((id) => ({ remoteJid, id, fromMe: false })));
  }
}

/** Reports the presence of 1:1 contacts WhatsApp sends (group presence is not reported). */
export function reportPresence(socket: BaileysSocket, deps: { presence(update: PresenceUpdate): void; log: Logger }): void {
  socket.ev.on('presence.update', ({ id, presences }) => {
    if (!isPnUser(id) && !isLidUser(id)) return;
    void (async () => {
      for (const [participant, data] of Object.entries(presences)) {
        try {
          const from = await peerOfJid(socket, participant);
          const state = REPORTED[data.lastKnownPresence];
          if (!from || !state) continue;
          deps.presence({ from, state, lastSeen: data.lastSeen ? new Date(data.lastSeen * 1000) : null, at: new Date() });
        } catch (error) {
          deps.log.warn({ err: error, jid: participant }, 'could not read a presence update');
        }
      }
    })();
  });
}
