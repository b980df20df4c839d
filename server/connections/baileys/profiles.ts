import { isLidUser, jidNormalizedUser, type Contact, type WASocket } from '@whiskeysockets/baileys';
import { conflict, invalidRequest } from '../../platform/http/errors.js';
import type { Logger } from '../../platform/logger.js';
import { digitsOf } from '../../platform/phone.js';
import {
  notOnWhatsApp,
  profileQueryFailed,
  type BlockedNumber,
  type BusinessProfile,
  type ContactProfile,
  type OwnProfile,
  type ProfileLink,
} from '../profiles.js';
import { notConnected } from '../transport.js';
import { checkNumbers } from './number-check.js';
import { phoneNumberOfJid, type BaileysSocket } from './socket.js';

/** The part of Baileys' socket that profiles use (the real socket has it all; test fakes need not). */
export type ProfileSocket = BaileysSocket &
  Pick<
    WASocket,
    | 'profilePictureUrl'
    | 'fetchStatus'
    | 'getBusinessProfile'
    | 'updateProfileName'
    | 'updateProfileStatus'
    | 'updateProfilePicture'
    | 'removeProfilePicture'
    | 'fetchBlocklist'
    | 'updateBlockStatus'
  > & { signalRepository: { lidMapping: { getPNForLID(lid: string): Promise<string | null>; getLIDForPN(pn: string): Promise<string | null> } } };

export interface BaileysProfilesDeps {
  /** The socket while it is logged in; throws connection_not_connected otherwise. */
  openSocket(): ProfileSocket;
  /** Who the linked account is (Baileys' creds.me). */
  me(): Contact | undefined;
  connectionId: string;
  log: Logger;
}

/** WhatsApp answers a picture query with 404 when there is none and 401 when its owner hides it from this number. */
const PICTURE_ABSENT = new Set([401, 404]);

/** Baileys' errors are Booms (`isBoom`), with WhatsApp's error code in `data` or the status in `output`. */
interface BoomLike extends Error {
  isBoom: true;
  data?: unknown;
  output: { statusCode: number };
}
const isBoom = (error: unknown): error is BoomLike => error instanceof Error && (error as Partial<BoomLike>).isBoom === true;
const statusOf = (error: unknown): number | undefined => {
  if (!isBoom(error)) return undefined;
  return typeof error.data === 'number' ? error.data : error.output.statusCode;
};

/** Live mode: profile queries and changes as WhatsApp Web makes them, through Baileys. */
export class BaileysProfiles implements ProfileLink {
  constructor(private readonly deps: BaileysProfilesDeps) {}

  async contactProfile(phoneNumber: string): Promise<ContactProfile> {
    const jid = await this.#jidOf(phoneNumber);
    if (!jid) throw notOnWhatsApp(phoneNumber);
    const [lid, status, pictureUrl, picturePreviewUrl, business] = await Promise.all([
      this.#ask('LID look-up', (socket) => socket.signalRepository.lidMapping.getLIDForPN(jid)).catch(() => null),
      this.#about(jid),
      this.#picture(jid, 'image'),
      this.#picture(jid, 'preview'),
      this.#ask('business profile query', (socket) => socket.getBusinessProfile(jid)),
    ]);
    return {
      phoneNumber,
      jid,
      lid: lid ? jidNormalizedUser(lid) : null,
      about: status.about,
      aboutSetAt: status.setAt,
      pictureUrl,
      picturePreviewUrl,
      business: business ? businessOf(business) : null,
    };
  }

  async ownProfile(): Promise<OwnProfile> {
    const jid = this.#ownJid();
    const [status, pictureUrl] = await Promise.all([this.#about(jid), this.#picture(jid, 'image')]);
    const name = this.deps.me()?.name;
    return { phoneNumber: phoneNumberOfJid(jid), name: name && name !== '~' ? name : null, about: status.about, pictureUrl };
  }

  async updateOwnProfile(change: { name?: string; about?: string }): Promise<void> {
    if (change.about !== undefined) await this.#ask('about change', (socket) => socket.updateProfileStatus(change.about!));
    if (change.name !== undefined) {
      await this.#ask('name change', (socket) => socket.updateProfileName(change.name!)).catch((error: unknown) => {
        // The name lives in WhatsApp's synced app state, whose keys the phone shares after linking.
        if (isBoom(error) && /app state key/i.test(error.message)) {
          throw conflict(
            'profile_sync_pending',
            `Connection ${this.deps.connectionId} has not received its app-state keys from the phone yet, so its name cannot change; retry in a minute.`,
          );
        }
        throw error;
      });
    }
  }

  async setOwnPicture(image: Buffer): Promise<void> {
    const jid = this.#ownJid();
    const socket = this.deps.openSocket();
    try {
      await socket.updateProfilePicture(jid, image);
    } catch (error) {
      // Baileys decodes and crops the image before anything is sent: a file it cannot read fails there.
      if (!isBoom(error)) {
        throw invalidRequest('media_invalid_image', 'The picture could not be read as an image; upload a JPEG, PNG or WebP.', 'media_id');
      }
      throw this.#failed('profile picture change', error);
    }
  }

  async removeOwnPicture(): Promise<void> {
    const jid = this.#ownJid();
    await this.#ask('profile picture removal', (socket) => socket.removeProfilePicture(jid));
  }

  async blocklist(): Promise<BlockedNumber[]> {
    const jids = await this.#ask('blocklist query', (socket) => socket.fetchBlocklist());
    return Promise.all(
      jids.filter((jid): jid is string => typeof jid === 'string').map(async (jid) => {
        if (!isLidUser(jid)) return { phoneNumber: phoneNumberOfJid(jid), lid: null };
        const lid = jidNormalizedUser(jid);
        const pn = await this.#ask('LID look-up', (socket) => socket.signalRepository.lidMapping.getPNForLID(lid)).catch(() => null);
        return { phoneNumber: pn ? phoneNumberOfJid(pn) : null, lid };
      }),
    );
  }

  async setBlocked(phoneNumber: string, blocked: boolean): Promise<void> {
    const jid = await this.#jidOf(phoneNumber);
    if (!jid) {
      // Nobody without WhatsApp can be on the blocklist: there is nothing to unblock.
      if (blocked) throw notOnWhatsApp(phoneNumber);
      return;
    }
    await this.#ask(blocked ? 'block' : 'unblock', (socket) => socket.updateBlockStatus(jid, blocked ? 'block' : 'unblock'));
  }

  async phoneNumberOfLid(lid: string): Promise<string | null> {
    const me = this.deps.me();
    if (me?.lid && jidNormalizedUser(me.lid) === lid) return phoneNumberOfJid(me.id);
    const pn = await this.#ask('LID look-up', (socket) => socket.signalRepository.lidMapping.getPNForLID(lid));
    return pn ? phoneNumberOfJid(pn) : null;
  }

  async lidOfPhoneNumber(phoneNumber: string): Promise<string | null> {
    // WhatsApp answers a LID query for a number without WhatsApp with no LID.
    const lid = await this.#ask('LID look-up', (socket) => socket.signalRepository.lidMapping.getLIDForPN(`${digitsOf(phoneNumber)}@s.whatsapp.net`));
    return lid ? jidNormalizedUser(lid) : null;
  }

  #ownJid(): string {
    this.deps.openSocket();
    const me = this.deps.me();
    if (!me?.id) throw notConnected(this.deps.connectionId);
    return jidNormalizedUser(me.id);
  }

  /** The number's WhatsApp id, or undefined when it is not on WhatsApp. */
  async #jidOf(phoneNumber: string): Promise<string | undefined> {
    const [check] = await checkNumbers(() => this.deps.openSocket(), [phoneNumber], this.deps.log);
    return check?.jid ?? undefined;
  }

  async #about(jid: string): Promise<{ about: string | null; setAt: string | null }> {
    const list = await this.#ask('about query', (socket) => socket.fetchStatus(jid));
    const status = (list?.[0] as { status?: { status?: string | null; setAt?: Date } } | undefined)?.status;
    const setAt = status?.setAt && status.setAt.getTime() > 0 ? status.setAt.toISOString() : null;
    return { about: status?.status ? status.status : null, setAt: status?.status ? setAt : null };
  }

  async #picture(jid: string, type: 'image' | 'preview'): Promise<string | null> {
    try {
      return (await this.deps.openSocket().profilePictureUrl(jid, type)) ?? null;
    } catch (error) {
      if (PICTURE_ABSENT.has(statusOf(error) ?? 0)) return null;
      throw this.#failed('profile picture query', error);
    }
  }

  /** Runs one query on the open socket; WhatsApp's failures become errors a caller can act on. */
  async #ask<T>(what: string, query: (socket: ProfileSocket) => Promise<T>): Promise<T> {
    const socket = this.deps.openSocket();
    try {
      return await query(socket);
    } catch (error) {
      throw this.#failed(what, error);
    }
  }

  #failed(what: string, error: unknown): Error {
    if (!isBoom(error)) return error instanceof Error ? error : new Error(String(error));
    this.deps.log.warn({ err: error, what }, 'a WhatsApp profile query failed');
    // The link dropped while WhatsApp was being asked.
    if (error.output.statusCode === 428) return notConnected(this.deps.connectionId);
    return profileQueryFailed(what);
  }
}

function businessOf(profile: Awaited<ReturnType<WASocket['getBusinessProfile']>> & object): BusinessProfile {
  return {
    description: profile.description || null,
    category: profile.category ?? null,
    email: profile.email ?? null,
    website: profile.website ?? [],
    address: profile.address ?? null,
  };
}
