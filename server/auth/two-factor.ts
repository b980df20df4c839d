import { randomInt } from 'node:crypto';
import * as OTPAuth from 'otpauth';
import type { components } from '../generated/openapi.js';
import { UserRow } from '../accounts/models.js';
import { sha256Hex, type SecretBox } from '../platform/crypto.js';
import type { Transaction } from '../platform/db/database.js';
import { conflict, invalidRequest, unauthenticated } from '../platform/http/errors.js';

type Schemas = components['schemas'];

const SEAL_PURPOSE = 'totp-secret';
const PERIOD = 30;
const RECOVERY_CODES = 10;
/** Base32 without look-alikes: recovery codes are read off paper. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

const totp = (secret: string, label: string) =>
  new OTPAuth.TOTP({ issuer: 'Parley', label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: OTPAuth.Secret.fromBase32(secret) });

/** The time step a code belongs to, if it is valid now (one step either way for clock drift). */
function stepOf(secret: string, label: string, code: string, now: number): number | undefined {
  const delta = totp(secret, label).validate({ token: code.replace(/\s/g, ''), timestamp: now, window: 1 });
  return delta === null ? undefined : Math.floor(now / 1000 / PERIOD) + delta;
}

const normalizeRecovery = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, '');

function recoveryCode(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/** Step one: a new secret to put in an authenticator app; it counts only once a code from it is confirmed. */
export async function setupTwoFactor(trx: Transaction, secrets: SecretBox, userId: string): Promise<Schemas['TwoFactorSetup']> {
  const user = await UserRow.query(trx).findById(userId).throwIfNotFound();
  if (user.totp_enabled_at) throw conflict('two_factor_enabled', 'Two-factor authentication is already on; turn it off first to use a new authenticator.');
  const secret = new OTPAuth.Secret({ size: 20 }).base32;
  await trx('users').where({ id: userId }).update({ totp_pending_sealed: secrets.encrypt(SEAL_PURPOSE, secret) });
  return { object: 'two_factor_setup', secret, otpauth_url: totp(secret, user.email).toString() };
}

/** Step two: a code from the app turns it on, and the recovery codes are shown this once. */
export async function enableTwoFactor(trx: Transaction, secrets: SecretBox, userId: string, code: string, now = Date.now()): Promise<Schemas['TwoFactorEnabled']> {
  const user = await UserRow.query(trx).findById(userId).forUpdate().throwIfNotFound();
  if (user.totp_enabled_at) throw conflict('two_factor_enabled', 'Two-factor authentication is already on.');
  if (!user.totp_pending_sealed) throw conflict('two_factor_setup_missing', 'Start with POST /v1/auth/2fa/setup and add the secret to an authenticator app.');
  const secret = secrets.decrypt(SEAL_PURPOSE, user.totp_pending_sealed).toString('utf8');
  const step = stepOf(secret, user.email, code, now);
  if (step === undefined) throw invalidRequest('otp_invalid', 'The code does not match: check the app shows Parley for this email and that the device clock is right.', 'otp');
  const codes = Array.from({ length: RECOVERY_CODES }, recoveryCode);
  await trx('users').where({ id: userId }).update({ totp_secret_sealed: user.totp_pending_sealed, totp_pending_sealed: null, totp_enabled_at: new Date(now), totp_last_step: step });
  await trx('user_recovery_codes').where({ user_id: userId }).delete();
  await trx('user_recovery_codes').insert(codes.map((c) => ({ user_id: userId, code_hash: sha256Hex(normalizeRecovery(c)) })));
  return { object: 'two_factor', enabled: true, recovery_codes: codes };
}

/**
 * Checks a second factor: a code from the app (each works once: a step already used is refused) or an unused
 * recovery code (then used up). Throws `otp_invalid`; the caller counts the attempt.
 */
export async function verifySecondFactor(trx: Transaction, secrets: SecretBox, user: UserRow, otp: string, now = Date.now()): Promise<'code' | 'recovery_code'> {
  if (!user.totp_secret_sealed) throw new Error('two-factor authentication is off for this user');
  const secret = secrets.decrypt(SEAL_PURPOSE, user.totp_secret_sealed).toString('utf8');
  const step = stepOf(secret, user.email, otp, now);
  if (step !== undefined) {
    const used = await trx('users').where({ id: user.id }).where((q) => q.whereNull('totp_last_step').orWhere('totp_last_step', '<', step)).update({ totp_last_step: step });
    if (used === 1) return 'code';
  } else {
    const used = await trx('user_recovery_codes').where({ user_id: user.id, code_hash: sha256Hex(normalizeRecovery(otp)) }).whereNull('used_at').update({ used_at: new Date(now) });
    if (used === 1) return 'recovery_code';
  }
  throw unauthenticated('otp_invalid', 'The two-factor code is wrong or was used already. Use the next code from your app, or a recovery code.');
}

/** Turns it off, with a current code or a recovery code: a stolen session alone cannot. */
export async function disableTwoFactor(trx: Transaction, secrets: SecretBox, userId: string, otp: string): Promise<Schemas['TwoFactorStatus']> {
  const user = await UserRow.query(trx).findById(userId).forUpdate().throwIfNotFound();
  if (!user.totp_enabled_at) throw conflict('two_factor_disabled', 'Two-factor authentication is already off.');
  await verifySecondFactor(trx, secrets, user, otp);
  await trx('users').where({ id: userId }).update({ totp_secret_sealed: null, totp_pending_sealed: null, totp_enabled_at: null, totp_last_step: null });
  await trx('user_recovery_codes').where({ user_id: userId }).delete();
  return { object: 'two_factor', enabled: false };
}
