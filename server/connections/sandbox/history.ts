import { sha256Hex } from '../../platform/crypto.js';
import type { HistoryBatch, HistoryMessage } from '../status-history.js';

/** The people of the sandbox's simulated past: +1 415 555 0180 and 0181 (no reserved behaviour). */
export const SANDBOX_HISTORY_CONTACTS = [
  { phoneNumber: '+14155550180', name: 'Ada (sandbox history)' },
  { phoneNumber: '+14155550181', name: 'Grace (sandbox history)' },
] as const;

const LINES: Array<{ contact: 0 | 1; fromMe: boolean; text: string; daysAgo: number }> = [
  { contact: 0, fromMe: false, text: 'Hi! Is my order on its way?', daysAgo: 3 },
  { contact: 0, fromMe: true, text: 'Yes, it ships tomorrow.', daysAgo: 3 },
  { contact: 1, fromMe: true, text: 'Your appointment is confirmed for Friday.', daysAgo: 2 },
  { contact: 1, fromMe: false, text: 'Thank you!', daysAgo: 2 },
];

/**
 * The small history the sandbox syncs when a number links: two chats of two messages each, the same for every
 * link of the same number (their WhatsApp ids derive from it), so a second link syncs nothing new. Times are
 * whole minutes in the past days, relative to the link.
 */
export function sandboxHistory(phoneNumber: string, now = new Date()): HistoryBatch {
  const messages: HistoryMessage[] = LINES.map((line, i) => {
    const contact = SANDBOX_HISTORY_CONTACTS[line.contact];
    const at = new Date(Math.floor(now.getTime() / 86_400_000 - line.daysAgo) * 86_400_000 + (9 * 60 + i) * 60_000);
    return {
      waMessageId: `3EB0${sha256Hex(`${phoneNumber}:history:${i}`).slice(0, 18).toUpperCase()}`,
      fromMe: line.fromMe,
      peer: { phoneNumber: contact.phoneNumber, lid: null, name: contact.name },
      at,
      content: { type: 'text', body: line.text },
    };
  });
  return { chats: SANDBOX_HISTORY_CONTACTS.map((c) => ({ phoneNumber: c.phoneNumber, lid: null, name: c.name })), messages };
}
