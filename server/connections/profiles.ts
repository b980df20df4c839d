import { ApiError, invalidRequest } from '../platform/http/errors.js';

/**
 * WhatsApp profiles through a connection's own link: what WhatsApp shows for a number (picture, about, business
 * details), the linked number's own profile, its blocklist, and LID ↔ phone-number look-ups. Nothing here is
 * stored by Parley: each call asks WhatsApp (or the sandbox) through the worker that runs the connection.
 * (Parley's own address book is another thing: server/contacts.)
 */

export interface BusinessProfile {
  description: string | null;
  category: string | null;
  email: string | null;
  website: string[];
  address: string | null;
}

export interface ContactProfile {
  /** E.164. */
  phoneNumber: string;
  jid: string;
  lid: string | null;
  /** The about text; null when it is hidden from this number or never set. */
  about: string | null;
  /** ISO 8601, when WhatsApp says. */
  aboutSetAt: string | null;
  /** The full-size picture's URL; null when there is none or it is hidden from this number. */
  pictureUrl: string | null;
  picturePreviewUrl: string | null;
  /** Present for WhatsApp Business accounts. */
  business: BusinessProfile | null;
}

export interface OwnProfile {
  phoneNumber: string;
  /** The name people see (WhatsApp's push name). */
  name: string | null;
  about: string | null;
  pictureUrl: string | null;
}

export interface BlockedNumber {
  /** E.164; null when WhatsApp names the number by LID only and its phone number is not known. */
  phoneNumber: string | null;
  lid: string | null;
}

/** The linked number's profile and blocklist, and look-ups, as a transport carries them out. */
export interface ProfileLink {
  /** Throws `phone_number_not_on_whatsapp` (400) for a number without WhatsApp. */
  contactProfile(phoneNumber: string): Promise<ContactProfile>;
  ownProfile(): Promise<OwnProfile>;
  updateOwnProfile(change: { name?: string; about?: string }): Promise<void>;
  /** A JPEG, PNG or WebP; WhatsApp keeps a square crop. */
  setOwnPicture(image: Buffer): Promise<void>;
  removeOwnPicture(): Promise<void>;
  blocklist(): Promise<BlockedNumber[]>;
  setBlocked(phoneNumber: string, blocked: boolean): Promise<void>;
  /** E.164, or null when the LID is unknown to this connection. */
  phoneNumberOfLid(lid: string): Promise<string | null>;
  /** "123@lid", or null when WhatsApp has none for the number. */
  lidOfPhoneNumber(phoneNumber: string): Promise<string | null>;
}

/** What the API asks the worker to do (server/connections/commands.ts carries it as `{ name: 'profiles', call }`). */
export type ProfileCall =
  | { op: 'contact'; phoneNumber: string }
  | { op: 'own' }
  | { op: 'update_own'; name?: string; about?: string }
  | { op: 'set_picture'; storageKey: string }
  | { op: 'remove_picture' }
  | { op: 'blocklist' }
  | { op: 'block' | 'unblock'; phoneNumber: string }
  | { op: 'lid_to_phone'; lid: string }
  | { op: 'phone_to_lid'; phoneNumber: string };

/** Carries out a call on the worker; `readMedia` loads a picture's bytes from the media store. */
export async function runProfileCall(link: ProfileLink, call: ProfileCall, readMedia: (storageKey: string) => Promise<Buffer>): Promise<unknown> {
  switch (call.op) {
    case 'contact':
      return link.contactProfile(call.phoneNumber);
    case 'own':
      return link.ownProfile();
    case 'update_own':
      await link.updateOwnProfile({ ...(call.name === undefined ? {} : { name: call.name }), ...(call.about === undefined ? {} : { about: call.about }) });
      return link.ownProfile();
    case 'set_picture':
      await link.setOwnPicture(await readMedia(call.storageKey));
      return link.ownProfile();
    case 'remove_picture':
      await link.removeOwnPicture();
      return link.ownProfile();
    case 'blocklist':
      return link.blocklist();
    case 'block':
    case 'unblock':
      await link.setBlocked(call.phoneNumber, call.op === 'block');
      return { phoneNumber: call.phoneNumber, lid: await link.lidOfPhoneNumber(call.phoneNumber).catch(() => null) } satisfies BlockedNumber;
    case 'lid_to_phone':
      return link.phoneNumberOfLid(call.lid);
    case 'phone_to_lid':
      return link.lidOfPhoneNumber(call.phoneNumber);
  }
}

export const notOnWhatsApp = (phoneNumber: string, param = 'phone_number') =>
  invalidRequest('phone_number_not_on_whatsapp', `${phoneNumber} is not on WhatsApp, so it has no WhatsApp profile and cannot be blocked.`, param);

/** WhatsApp did not answer a profile query, or answered with an error Parley cannot act on. */
export const profileQueryFailed = (what: string) =>
  new ApiError(503, 'api_error', 'whatsapp_query_failed', `WhatsApp did not answer the ${what}; retry in a moment.`, {
    headers: { 'Retry-After': '5' },
  });

/** "123456789@lid" (a device suffix is dropped); anything else is refused. */
export function normalizeLid(input: string, param = 'lid'): string {
  const match = /^(\d{1,20})(?::\d+)?(?:@lid)?$/.exec(input.trim());
  if (!match) {
    throw invalidRequest('lid_invalid', `${param} must be a WhatsApp LID: its digits, optionally followed by @lid, e.g. 123456789012345@lid.`, param);
  }
  return `${match[1]}@lid`;
}

/** WhatsApp's limits on the linked number's own profile. */
export const PROFILE_NAME_MAX = 25;
export const PROFILE_ABOUT_MAX = 139;
