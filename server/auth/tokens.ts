import { randomToken, sha256Hex } from '../platform/crypto.js';
import type { Transaction } from '../platform/db/database.js';
import { invalidRequest } from '../platform/http/errors.js';
import { newId } from '../platform/ids.js';

export type TokenPurpose = 'password_reset' | 'email_verification';

export interface UserTokenRow {
  id: string;
  user_id: string;
  purpose: TokenPurpose;
  email: string;
  expires_at: Date;
  used_at: Date | null;
}

/**
 * A single-use token emailed to a person. Only its SHA-256 hash is stored, so the table cannot be used to
 * reset anyone's password. Returns the token itself, for the link.
 */
export async function issueToken(trx: Transaction, input: { userId: string; purpose: TokenPurpose; email: string; ttlMs: number }): Promise<string> {
  const token = randomToken(43);
  await trx('user_tokens').insert({
    id: newId('userToken'),
    user_id: input.userId,
    purpose: input.purpose,
    email: input.email,
    token_hash: sha256Hex(token),
    expires_at: new Date(Date.now() + input.ttlMs),
  });
  return token;
}

const WHAT: Record<TokenPurpose, { link: string; again: string }> = {
  password_reset: { link: 'password reset link', again: 'Ask for a new one with POST /v1/auth/password-reset.' },
  email_verification: { link: 'verification link', again: 'Ask for a new one with POST /v1/auth/email-verification.' },
};

/**
 * Uses a token up: it must exist for this purpose, be unused and unexpired. The row is locked, so two
 * requests with one token cannot both use it. Typed errors say what happened and how to get a new one.
 */
export async function redeemToken(trx: Transaction, purpose: TokenPurpose, token: string): Promise<UserTokenRow> {
  const row = (await trx('user_tokens').where({ token_hash: sha256Hex(token), purpose }).forUpdate().first()) as UserTokenRow | undefined;
  const what = WHAT[purpose];
  if (!row) throw invalidRequest('token_invalid', `This ${what.link} is not valid: check it was copied whole. ${what.again}`, 'token');
  if (row.used_at) throw invalidRequest('token_used', `This ${what.link} was already used; each works once. ${what.again}`, 'token');
  if (row.expires_at.getTime() <= Date.now()) throw invalidRequest('token_expired', `This ${what.link} expired at ${row.expires_at.toISOString()}. ${what.again}`, 'token');
  await trx('user_tokens').where({ id: row.id }).update({ used_at: new Date() });
  return row;
}

/** Ends the other unused tokens of a user for a purpose (a new password makes older reset links void). */
export async function voidTokens(trx: Transaction, userId: string, purpose: TokenPurpose): Promise<void> {
  await trx('user_tokens').where({ user_id: userId, purpose }).whereNull('used_at').update({ used_at: new Date() });
}
