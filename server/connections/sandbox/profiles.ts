import { createHash } from 'node:crypto';
import { digitsOf } from '../../platform/phone.js';
import { notOnWhatsApp, type BlockedNumber, type ContactProfile, type OwnProfile, type ProfileLink } from '../profiles.js';
import { SANDBOX_NUMBERS, sandboxLidOf } from './numbers.js';

/** Where sandbox profile pictures "are": a host that never resolves, since the sandbox stores no pictures. */
const PICTURE_HOST = 'https://pps.sandbox.parley.invalid';
/** What WhatsApp shows for a number whose owner never changed their about. */
export const SANDBOX_DEFAULT_ABOUT = 'Hey there! I am using WhatsApp.';

/** What a sandbox connection keeps about its own profile, beside its credentials. */
export interface SandboxProfileState {
  phoneNumber: string;
  lid: string;
  profile?: { name: string | null; about: string | null; pictureUrl: string | null };
  /** E.164 numbers this number blocked, in the order blocked. */
  blocked?: string[];
  /** LIDs this connection has learned (LID → E.164), as WhatsApp's LID mapping store does. */
  lids?: Record<string, string>;
}

/**
 * The simulated network's profiles: every number on WhatsApp has the default about and a picture; the reserved
 * business number has business details; the private one hides its picture and about. The connection's own
 * profile, blocklist and learned LIDs persist with its credentials, so they survive a restart.
 */
export class SandboxProfiles implements ProfileLink {
  constructor(
    /** The linked credentials; throws connection_not_connected when there are none. */
    private readonly creds: () => SandboxProfileState,
    private readonly save: (creds: SandboxProfileState) => Promise<void>,
  ) {}

  async contactProfile(phoneNumber: string): Promise<ContactProfile> {
    this.creds();
    if (phoneNumber === SANDBOX_NUMBERS.notOnWhatsApp) throw notOnWhatsApp(phoneNumber);
    const lid = await this.#learn(phoneNumber);
    const hidden = phoneNumber === SANDBOX_NUMBERS.privateProfile;
    const digits = digitsOf(phoneNumber);
    return {
      phoneNumber,
      jid: `${digits}@s.whatsapp.net`,
      lid,
      about: hidden ? null : SANDBOX_DEFAULT_ABOUT,
      aboutSetAt: null,
      pictureUrl: hidden ? null : `${PICTURE_HOST}/v/${digits}/image.jpg`,
      picturePreviewUrl: hidden ? null : `${PICTURE_HOST}/v/${digits}/preview.jpg`,
      business:
        phoneNumber === SANDBOX_NUMBERS.business
          ? {
              description: 'Fresh flowers, delivered the same day.',
              category: 'Florist',
              email: 'hello@flowers.example',
              website: ['https://flowers.example'],
              address: '1 Market Street, San Francisco',
            }
          : null,
    };
  }

  async ownProfile(): Promise<OwnProfile> {
    const creds = this.creds();
    const profile = creds.profile ?? { name: null, about: SANDBOX_DEFAULT_ABOUT, pictureUrl: null };
    return { phoneNumber: creds.phoneNumber, ...profile };
  }

  async updateOwnProfile(change: { name?: string; about?: string }): Promise<void> {
    const creds = this.creds();
    creds.profile = { ...(await this.ownProfile()), ...change };
    await this.save(creds);
  }

  async setOwnPicture(image: Buffer): Promise<void> {
    const creds = this.creds();
    creds.profile = { ...(await this.ownProfile()), pictureUrl: `${PICTURE_HOST}/v/${digitsOf(creds.phoneNumber)}/${createHash('sha256').update(image).digest('hex').slice(0, 16)}.jpg` };
    await this.save(creds);
  }

  async removeOwnPicture(): Promise<void> {
    const creds = this.creds();
    creds.profile = { ...(await this.ownProfile()), pictureUrl: null };
    await this.save(creds);
  }

  async blocklist(): Promise<BlockedNumber[]> {
    return (this.creds().blocked ?? []).map((phoneNumber) => ({ phoneNumber, lid: sandboxLidOf(phoneNumber) }));
  }

  async setBlocked(phoneNumber: string, blocked: boolean): Promise<void> {
    const creds = this.creds();
    const list = creds.blocked ?? [];
    if (blocked && phoneNumber === SANDBOX_NUMBERS.notOnWhatsApp) throw notOnWhatsApp(phoneNumber);
    if (blocked === list.includes(phoneNumber)) return;
    creds.blocked = blocked ? [...list, phoneNumber] : list.filter((n) => n !== phoneNumber);
    await this.save(creds);
  }

  async phoneNumberOfLid(lid: string): Promise<string | null> {
    const creds = this.creds();
    if (lid === creds.lid) return creds.phoneNumber;
    return creds.lids?.[lid] ?? null;
  }

  async lidOfPhoneNumber(phoneNumber: string): Promise<string | null> {
    this.creds();
    if (phoneNumber === SANDBOX_NUMBERS.notOnWhatsApp) return null;
    return this.#learn(phoneNumber);
  }

  /** A number's LID, remembered so that the reverse look-up knows it from then on. */
  async #learn(phoneNumber: string): Promise<string> {
    const creds = this.creds();
    const lid = sandboxLidOf(phoneNumber);
    if (creds.lids?.[lid] !== phoneNumber && lid !== creds.lid) {
      creds.lids = { ...creds.lids, [lid]: phoneNumber };
      await this.save(creds);
    }
    return lid;
  }
}
