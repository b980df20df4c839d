import type { Config } from '../config.js';
import type { Knex } from 'knex';
import { Model } from 'objection';
import type { components } from '../generated/openapi.js';
import type { AccountRow, UserRow } from '../accounts/models.js';
import { presentAccount, presentUser } from '../accounts/presenters.js';
import { randomToken, sha256Hex, type SecretBox } from '../platform/crypto.js';
import type { Mode, Transaction } from '../platform/db/database.js';
import type { Role } from './roles.js';
import type { CookieInstruction } from '../platform/http/route.js';
import { newId } from '../platform/ids.js';

export const SESSION_COOKIE = 'parley_session';
const CSRF_PURPOSE = 'csrf';

export class SessionRow extends Model {
  static override tableName = 'sessions';
  declare id: string;
  declare account_id: string;
  declare user_id: string;
  declare token_hash: string;
  declare created_at: Date;
  declare expires_at: Date;
  declare revoked_at: Date | null;
}

/** Derived from the session id, so it needs no storage and dies with the session. */
export const csrfTokenFor = (secrets: SecretBox, sessionId: string) => secrets.mac(CSRF_PURPOSE, sessionId);

export async function createSession(
  trx: Transaction,
  input: { accountId: string; userId: string; ttlHours: number },
): Promise<{ session: SessionRow; cookie: CookieInstruction }> {
  const token = randomToken(43);
  const session = await SessionRow.query(trx).insertAndFetch({
    id: newId('session'),
    account_id: input.accountId,
    user_id: input.userId,
    token_hash: sha256Hex(token),
    expires_at: new Date(Date.now() + input.ttlHours * 3_600_000),
  });
  return { session, cookie: { name: SESSION_COOKIE, value: token, expires: session.expires_at.toISOString() } };
}

export const clearSessionCookie: CookieInstruction = { name: SESSION_COOKIE, value: null };

export type SessionForAuthentication = SessionRow & { user_email: string; user_two_factor: boolean; user_named_admin: boolean; account_status: string; account_requires_owner_two_factor: boolean; role: Role };

/**
 * Authentication: one unique-index probe on the hash, with the user's email, the account's status and the member's role,
 * in one statement. Runs as the system role (no tenant is known yet).
 */
export async function findSessionByToken(system: Knex, token: string): Promise<SessionForAuthentication | undefined> {
  return (await SessionRow.query(system)
    .select('sessions.*', 'users.email as user_email', SessionRow.raw('users.totp_enabled_at is not null as user_two_factor'), SessionRow.raw('users.platform_admin_at is not null as user_named_admin'), 'accounts.status as account_status', 'accounts.require_owner_two_factor as account_requires_owner_two_factor', 'memberships.role')
    .join('users', 'users.id', 'sessions.user_id')
    .join('accounts', 'accounts.id', 'sessions.account_id')
    // A session is good only while its user is a member of its account, with the role they have now.
    .join('memberships', (on) => on.on('memberships.account_id', '=', 'sessions.account_id').andOn('memberships.user_id', '=', 'sessions.user_id'))
    .findOne({ token_hash: sha256Hex(token) })) as SessionForAuthentication | undefined;
}

export async function revokeSession(trx: Transaction, sessionId: string): Promise<void> {
  await SessionRow.query(trx).findById(sessionId).patch({ revoked_at: new Date() });
}

export function presentSession(
  parts: { session: SessionRow; user: UserRow; account: AccountRow; mode: Mode; role: Role },
  services: { secrets: SecretBox; config: Config },
): components['schemas']['Session'] {
  return {
    id: parts.session.id,
    object: 'session',
    user: presentUser(parts.user, services.config.ADMIN_EMAIL),
    account: presentAccount(parts.account, services.config),
    role: parts.role,
    mode: parts.mode,
    csrf_token: csrfTokenFor(services.secrets, parts.session.id),
    created_at: parts.session.created_at.toISOString(),
    expires_at: parts.session.expires_at.toISOString(),
  };
}
