import { ApiError } from '../../platform/http/errors.js';
import type { Logger } from '../../platform/logger.js';
import { digitsOf } from '../../platform/phone.js';
import type { NumberCheck } from '../transport.js';
import { phoneNumberOfJid, type BaileysSocket } from './socket.js';

/** Numbers per USync query in a number check. */
const NUMBER_CHECK_BATCH = 50;

const lookupFailed = () =>
  new ApiError(503, 'api_error', 'whatsapp_lookup_failed', 'WhatsApp did not answer the number check; retry in a moment.', {
    headers: { 'Retry-After': '5' },
  });

/**
 * Which of `phoneNumbers` (E.164) are on WhatsApp. One USync query per batch, one batch after the other:
 * WhatsApp treats bursts of lookups as scraping. (The per-connection hourly budget is the API's.)
 * `openSocket` is read before every query, since the link can drop between them.
 */
export async function checkNumbers(openSocket: () => BaileysSocket, phoneNumbers: string[], log: Logger): Promise<NumberCheck[]> {
  const lookUp = async (numbers: string[]): Promise<string[]> => {
    const results = await openSocket()
      .onWhatsApp(...numbers.map(digitsOf))
      .catch((error: unknown) => {
        log.warn({ err: error }, 'number check failed');
        throw lookupFailed();
      });
    // Baileys answers undefined when WhatsApp's reply is not a result.
    if (!results) throw lookupFailed();
    return results.filter((result) => result.exists).map((result) => result.jid);
  };

  const found = new Map<string, string>();
  for (let i = 0; i < phoneNumbers.length; i += NUMBER_CHECK_BATCH) {
    const batch = phoneNumbers.slice(i, i + NUMBER_CHECK_BATCH);
    let unmatched = false;
    for (const jid of await lookUp(batch)) {
      const phoneNumber = phoneNumberOfJid(jid);
      if (batch.includes(phoneNumber)) found.set(phoneNumber, jid);
      else unmatched = true;
    }
    // WhatsApp answered with an id that is not a number asked (Brazilian ids without the mobile 9, for one):
    // ask the unresolved numbers one at a time, so that each answer belongs to its number.
    if (!unmatched) continue;
    for (const phoneNumber of batch.filter((n) => !found.has(n))) {
      const [jid] = await lookUp([phoneNumber]);
      if (jid) found.set(phoneNumber, jid);
    }
  }
  return phoneNumbers.map((phoneNumber) => ({ phoneNumber, onWhatsApp: found.has(phoneNumber), jid: found.get(phoneNumber) ?? null }));
}
