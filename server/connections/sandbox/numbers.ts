import { sha256Hex } from '../../platform/crypto.js';
import { digitsOf } from '../../platform/phone.js';

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
  /** A WhatsApp Business account: its profile has business details. */
  business: '+14155550107',
  /** Hides its picture and about from everyone, and lets nobody add it to a group (WhatsApp's privacy settings). */
  privateProfile: '+14155550108',
} as const;

/** A sandbox number's LID: WhatsApp LIDs are opaque numbers unrelated to the phone number; a hash keeps it stable. */
export function sandboxLidOf(phoneNumber: string): string {
  return `${BigInt(`0x${sha256Hex(digitsOf(phoneNumber)).slice(0, 12)}`)}@lid`;
}

/** A number for a scan that names none: +1 202 555 plus four random digits. */
export function randomSandboxNumber(): string {
  return `+1202555${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`;
}
