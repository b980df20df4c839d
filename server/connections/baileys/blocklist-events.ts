import { isLidUser, isPnUser, jidNormalizedUser, type BaileysEventMap } from '@whiskeysockets/baileys';
import type { Logger } from '../../platform/logger.js';
import type { BlocklistChange } from '../blocked-numbers.js';
import { phoneNumberOfJid, type BaileysSocket } from './socket.js';

/**
 * Reports WhatsApp's notices that the number blocked or unblocked someone (on the phone, or on another device):
 * each person by phone number, a LID being looked up in Baileys' LID mapping. A person whose number is not known
 * is left out (logged): Parley refuses sends by number.
 */
export function reportBlocklist(socket: BaileysSocket, deps: { blocklist(change: BlocklistChange): void; log: Logger }): void {
  socket.ev.on('blocklist.update', ({ blocklist, type }: BaileysEventMap['blocklist.update']) => {
    void Promise.all(
      blocklist.map(async (jid) => {
        if (isPnUser(jid)) return phoneNumberOfJid(jid);
        if (!isLidUser(jid)) return null;
        const pn = await socket.signalRepository.lidMapping.getPNForLID(jidNormalizedUser(jid)).catch(() => null);
        if (!pn) deps.log.info({ jid }, 'a blocklist change names a LID whose number is not known; left out');
        return pn ? phoneNumberOfJid(pn) : null;
      }),
    ).then((phones) => {
      const phoneNumbers = phones.filter((phone): phone is string => phone !== null);
      if (phoneNumbers.length > 0) deps.blocklist({ phoneNumbers, blocked: type === 'add' });
    });
  });
}
