import { isJidGroup, isLidUser, isPnUser, jidNormalizedUser, type WAPresence } from '@whiskeysockets/baileys';
import type { Logger } from '../../platform/logger.js';
import { digitsOf } from '../../platform/phone.js';
import type { ChatState, Peer, PresenceState, PresenceUpdate } from '../interactions.js';
import { phoneNumberOfJid, type BaileysSocket } from './socket.js';

/** How WhatsApp addresses the other party of a 1:1 chat: by number when known, else by LID. */
export function jidOfPeer(peer: Peer): string {
  if (peer.group) return peer.group;
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

export const CHAT_STATE: Record<ChatState, WAPresence> = { typing: 'composing', recording: 'recording', paused: 'paused' };
const REPORTED: Record<WAPresence, PresenceState> = {
  available: 'available',
  unavailable: 'unavailable',
  composing: 'typing',
  recording: 'recording',
  paused: 'paused',
};

/**
 * Reports the presence WhatsApp sends: of 1:1 contacts, and participants' chat states in groups (with the group), in the order it came:
 * reading one may wait (a LID lookup), so they are read one after the other, and "typing" never overtakes the
 * "online" before it.
 */
export function reportPresence(socket: BaileysSocket, deps: { presence(update: PresenceUpdate): void; log: Logger }): void {
  let reading = Promise.resolve();
  socket.ev.on('presence.update', ({ id, presences }) => {
    const group = isJidGroup(id) ? id : undefined;
    if (!group && !isPnUser(id) && !isLidUser(id)) return;
    reading = reading.then(async () => {
      for (const [participant, data] of Object.entries(presences)) {
        try {
          const from = await peerOfJid(socket, participant);
          const state = REPORTED[data.lastKnownPresence];
          if (!from || !state) continue;
          deps.presence({ from, state, lastSeen: data.lastSeen ? new Date(data.lastSeen * 1000) : null, at: new Date(), ...(group ? { group } : {}) });
        } catch (error) {
          deps.log.warn({ err: error, jid: participant }, 'could not read a presence update');
        }
      }
    });
  });
}
