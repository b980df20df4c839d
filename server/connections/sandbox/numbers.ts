import { sha256Hex } from '../../platform/crypto.js';

/**
 * Reserved sandbox numbers: each makes the simulated network behave like real WhatsApp in one particular
 * way, so integrations can test their handling of it. Documented in openapi.yaml (tag Sandbox).
 */
export const SANDBOX_NUMBERS = {
  notOnWhatsApp: '+14155550101',
  banned: '+14155550102',
  replaced: '+14155550103',
  loggedOutFromPhone: '+14155550104',
  dropsOnce: '+14155550105',
  /** As a recipient: WhatsApp refuses new chats from the sender for a while (error 463). */
  reachOutTimelocked: '+14155550106',
} as const;

/** A number for a scan that names none: +1 202 555 plus four random digits. */
export function randomSandboxNumber(): string {
  return `+1202555${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`;
}

/** A sandbox number's LID: WhatsApp LIDs are opaque numbers unrelated to the phone number; a hash keeps this one stable. */
export function sandboxLidOf(phoneNumber: string): string {
  const digits = phoneNumber.replace(/\D/g, '');
  return `${BigInt(`0x${sha256Hex(digits).slice(0, 12)}`)}@lid`;
}
