import type { components } from '../generated/openapi.js';
import { findMedia } from '../media/media.js';
import { checkMediaForType } from '../media/limits.js';
import type { Transaction } from '../platform/db/database.js';
import { ApiError, invalidRequest } from '../platform/http/errors.js';
import { consume } from '../platform/http/rate-limit.js';
import { normalizePhoneNumber } from '../platform/phone.js';
import type { Services } from '../platform/services.js';
import type { ConnectionRow } from './models.js';
import {
  normalizeLid,
  PROFILE_ABOUT_MAX,
  PROFILE_NAME_MAX,
  type BlockedNumber,
  type ContactProfile,
  type OwnProfile,
  type ProfileCall,
} from './profiles.js';
import { assertCommandable, commandConnection, findConnection } from './service.js';
import { notConnected } from './transport.js';
import { recordBlocklist } from './blocked-numbers.js';

type Schemas = components['schemas'];

/** A picture upload goes through the worker to WhatsApp and back: longer than a quick command. */
const PICTURE_TIMEOUT_MS = 30_000;
/** A contact's profile is up to five queries to WhatsApp. */
const PROFILE_TIMEOUT_MS = 20_000;

/** The connection, refused before anything is asked unless its link to WhatsApp is up. */
export async function connectedConnection(trx: Transaction, id: string): Promise<ConnectionRow> {
  const row = await findConnection(trx, id);
  assertCommandable(row);
  if (row.status !== 'connected') throw notConnected(row.id);
  return row;
}

const ask = (services: Services, row: ConnectionRow, call: ProfileCall, timeoutMs?: number) =>
  commandConnection(services, row, { name: 'profiles', call }, timeoutMs);

/**
 * Looking a number up on WhatsApp counts against the connection's hourly budget of number checks, like
 * POST /v1/contacts/check: WhatsApp bans numbers that look many others up. The budget comes back when the worker
 * had no link to ask through (after a timeout it may still be asking, so that stays charged).
 */
async function lookUp<T>(services: Services, row: ConnectionRow, run: () => Promise<T>): Promise<T> {
  await consume(
    services.limiters.numberChecks,
    row.id,
    `Connection ${row.id} has used its hourly budget of number look-ups (${services.config.NUMBER_CHECKS_PER_HOUR}); WhatsApp bans numbers that look up many others. Retry later.`,
    undefined,
    { refundRefused: true },
  );
  try {
    return await run();
  } catch (error) {
    if (error instanceof ApiError && (error.code === 'connection_not_running' || error.code === 'connection_not_connected')) {
      await services.limiters.numberChecks.reward(row.id, 1).catch(() => undefined);
    }
    throw error;
  }
}

export function presentOwnProfile(row: ConnectionRow, profile: OwnProfile): Schemas['ConnectionProfile'] {
  return {
    object: 'connection_profile',
    connection_id: row.id,
    phone_number: profile.phoneNumber,
    name: profile.name,
    about: profile.about,
    picture_url: profile.pictureUrl,
  };
}

export async function getOwnProfile(trx: Transaction, services: Services, id: string) {
  const row = await connectedConnection(trx, id);
  return presentOwnProfile(row, (await ask(services, row, { op: 'own' })) as OwnProfile);
}

export async function updateOwnProfile(trx: Transaction, services: Services, id: string, input: { name?: string; about?: string }) {
  const change: { name?: string; about?: string } = {};
  if (input.name !== undefined) {
    const name = input.name.trim();
    if (name === '' || [...name].length > PROFILE_NAME_MAX) {
      throw invalidRequest('profile_name_invalid', `name must be 1 to ${PROFILE_NAME_MAX} characters (WhatsApp's limit), not only spaces.`, 'name');
    }
    change.name = name;
  }
  if (input.about !== undefined) {
    if ([...input.about].length > PROFILE_ABOUT_MAX) {
      throw invalidRequest('profile_about_too_long', `about may be at most ${PROFILE_ABOUT_MAX} characters (WhatsApp's limit).`, 'about');
    }
    change.about = input.about;
  }
  if (change.name === undefined && change.about === undefined) {
    throw invalidRequest('parameter_missing', 'Give name, about, or both.', 'name');
  }
  const row = await connectedConnection(trx, id);
  return presentOwnProfile(row, (await ask(services, row, { op: 'update_own', ...change })) as OwnProfile);
}

/** Sets the picture from an upload (media_id) or a media fetched from a URL (its row given as `fetchedId`). */
export async function setOwnPicture(trx: Transaction, services: Services, id: string, mediaId: string, param: string) {
  const row = await connectedConnection(trx, id);
  const media = await findMedia(trx, mediaId, param);
  checkMediaForType('image', { mimeType: media.mime_type, size: media.size }, param);
  return presentOwnProfile(row, (await ask(services, row, { op: 'set_picture', storageKey: media.storage_key }, PICTURE_TIMEOUT_MS)) as OwnProfile);
}

export async function removeOwnPicture(trx: Transaction, services: Services, id: string) {
  const row = await connectedConnection(trx, id);
  return presentOwnProfile(row, (await ask(services, row, { op: 'remove_picture' })) as OwnProfile);
}

export async function getContactProfile(trx: Transaction, services: Services, id: string, input: string): Promise<Schemas['WhatsAppProfile']> {
  const phoneNumber = normalizePhoneNumber(input, 'phone_number');
  const row = await connectedConnection(trx, id);
  const profile = (await lookUp(services, row, () => ask(services, row, { op: 'contact', phoneNumber }, PROFILE_TIMEOUT_MS))) as ContactProfile;
  return {
    object: 'whatsapp_profile',
    connection_id: row.id,
    phone_number: profile.phoneNumber,
    wa_jid: profile.jid,
    wa_lid: profile.lid,
    about: profile.about,
    about_set_at: profile.aboutSetAt,
    picture_url: profile.pictureUrl,
    picture_preview_url: profile.picturePreviewUrl,
    business: profile.business,
  };
}

const presentBlocked = (row: ConnectionRow, entry: BlockedNumber, blocked: boolean): Schemas['BlockedNumber'] => ({
  object: 'blocked_number',
  connection_id: row.id,
  phone_number: entry.phoneNumber,
  wa_lid: entry.lid,
  blocked,
});

export async function listBlocked(trx: Transaction, services: Services, id: string): Promise<Schemas['Blocklist']> {
  const row = await connectedConnection(trx, id);
  const entries = (await ask(services, row, { op: 'blocklist' })) as BlockedNumber[];
  // WhatsApp's list is the truth: Parley's stored copy (what it refuses to send to) follows it.
  const all = entries.map((entry) => entry.phoneNumber).filter((phone): phone is string => phone !== null);
  await recordBlocklist(trx, { accountId: row.account_id, mode: row.mode }, row.id, { all });
  return { object: 'blocklist', connection_id: row.id, data: entries.map((entry) => presentBlocked(row, entry, true)) };
}

export async function setBlocked(trx: Transaction, services: Services, id: string, input: string, blocked: boolean, param: string) {
  const phoneNumber = normalizePhoneNumber(input, param);
  const row = await connectedConnection(trx, id);
  const entry = (await ask(services, row, { op: blocked ? 'block' : 'unblock', phoneNumber })) as BlockedNumber;
  await recordBlocklist(trx, { accountId: row.account_id, mode: row.mode }, row.id, { phoneNumbers: [phoneNumber], blocked });
  return presentBlocked(row, entry, blocked);
}

const lidNotFound = (row: ConnectionRow, lid: string) =>
  new ApiError(
    404,
    'not_found_error',
    'lid_not_found',
    `No phone number is known for ${lid} on connection ${row.id}: WhatsApp names a LID's number only to those who have met it (a message, a group, a look-up by number).`,
    { param: 'lid' },
  );
const phoneLidNotFound = (phoneNumber: string) =>
  new ApiError(404, 'not_found_error', 'lid_not_found', `WhatsApp has no LID for ${phoneNumber}: the number is not on WhatsApp.`, { param: 'phone_number' });

/** What Parley already knows from its chats of this connection: pairs of phone number and LID WhatsApp gave. */
async function knownLid(trx: Transaction, row: ConnectionRow, phoneNumber: string): Promise<string | null> {
  const chat = (await trx('chats').where({ connection_id: row.id, phone_number: phoneNumber }).whereNotNull('wa_lid').first('wa_lid')) as { wa_lid: string } | undefined;
  return chat?.wa_lid ?? null;
}

const presentMapping = (row: ConnectionRow, lid: string, phoneNumber: string): Schemas['LidMapping'] => ({
  object: 'lid_mapping',
  connection_id: row.id,
  lid,
  phone_number: phoneNumber,
});

/** LID → phone number: from Parley's chats when known, else from the connection's WhatsApp (its LID mapping store). */
export async function phoneNumberOfLid(trx: Transaction, services: Services, id: string, input: string) {
  const lid = normalizeLid(input);
  const row = await findConnection(trx, id);
  if (row.wa_lid === lid && row.phone_number) return presentMapping(row, lid, row.phone_number);
  const chat = (await trx('chats').where({ connection_id: row.id, wa_lid: lid }).whereNotNull('phone_number').first('phone_number')) as
    | { phone_number: string }
    | undefined;
  if (chat) return presentMapping(row, lid, chat.phone_number);
  const connected = await connectedConnection(trx, row.id);
  const phoneNumber = (await ask(services, connected, { op: 'lid_to_phone', lid })) as string | null;
  if (!phoneNumber) throw lidNotFound(row, lid);
  return presentMapping(row, lid, phoneNumber);
}

/** Phone number → LID: from Parley's chats when known, else asked of WhatsApp (a look-up, counted as one). */
export async function lidOfPhoneNumber(trx: Transaction, services: Services, id: string, input: string) {
  const phoneNumber = normalizePhoneNumber(input, 'phone_number');
  const row = await findConnection(trx, id);
  if (row.phone_number === phoneNumber && row.wa_lid) return presentMapping(row, row.wa_lid, phoneNumber);
  const known = await knownLid(trx, row, phoneNumber);
  if (known) return presentMapping(row, known, phoneNumber);
  const connected = await connectedConnection(trx, row.id);
  const lid = (await lookUp(services, connected, () => ask(services, connected, { op: 'phone_to_lid', phoneNumber }))) as string | null;
  if (!lid) throw phoneLidNotFound(phoneNumber);
  return presentMapping(row, lid, phoneNumber);
}
