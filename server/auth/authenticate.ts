import { isPlatformAdmin } from '../accounts/presenters.js';
import { findKeyByHash, touchApiKey } from '../keys/api-keys.js';
import type { Actor } from '../platform/actor.js';
import { safeEqual, sha256Hex } from '../platform/crypto.js';
import type { Mode } from '../platform/db/database.js';
import { forbidden, invalidRequest, unauthenticated } from '../platform/http/errors.js';
import type { SecurityScheme } from '../platform/http/spec.js';
import type { Services } from '../platform/services.js';
import { keyRole } from './roles.js';
import { csrfTokenFor, findSessionByToken } from './sessions.js';

export interface Credentials {
  authorization: string | undefined;
  sessionToken: string | undefined;
  csrfToken: string | undefined;
  modeHeader: string | undefined;
  /** Writes made with a session cookie must prove they come from Parley's own pages. */
  isWrite: boolean;
}

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * Turns the request's credential into an Actor, or refuses it. A Bearer key wins over a cookie, and needs
 * no CSRF token: browsers never attach it on their own.
 */
export async function authenticate(services: Services, credentials: Credentials, allowed: SecurityScheme[]): Promise<Actor> {
  if (credentials.authorization !== undefined) {
    const secret = BEARER.exec(credentials.authorization)?.[1];
    if (!secret) {
      throw unauthenticated('invalid_authorization_header', 'The Authorization header must be `Bearer <API key>`.');
    }
    if (!allowed.includes('ApiKeyAuth')) {
      throw unauthenticated('session_required', 'This endpoint is for console sessions; sign in instead of using an API key.');
    }
    return authenticateKey(services, secret);
  }
  if (credentials.sessionToken !== undefined) {
    if (!allowed.includes('SessionAuth')) {
      throw unauthenticated('api_key_required', 'This endpoint needs an API key: send `Authorization: Bearer <API key>`.');
    }
    return authenticateSession(services, credentials);
  }
  throw unauthenticated(
    'authentication_required',
    allowed.includes('ApiKeyAuth')
      ? 'No API key was sent. Send `Authorization: Bearer <API key>`; the console shows your keys.'
      : 'You are not signed in. Sign in through POST /v1/auth/login.',
  );
}

async function authenticateKey(services: Services, secret: string): Promise<Actor> {
  const hash = sha256Hex(secret);
  const found = await services.credentials.authenticate(
    hash,
    () => findKeyByHash(services.db.systemPool, hash),
    (key) => !key.revoked_at && key.account_status === 'active',
  );
  if (!found) {
    throw unauthenticated('invalid_api_key', 'The API key is not valid. Check that you copied the whole key.');
  }
  const { key } = found;
  if (key.revoked_at) {
    throw unauthenticated('api_key_revoked', `The API key ${key.id} was revoked. Use another key or create one.`);
  }
  assertActive(key.account_status);
  if (await touchApiKey(services.db.systemPool, key)) found.touched(new Date());
  return { kind: 'api_key', keyId: key.id, accountId: key.account_id, mode: key.mode, role: keyRole(key.scope) };
}

async function authenticateSession(services: Services, credentials: Credentials): Promise<Actor> {
  const session = await findSessionByToken(services.db.systemPool, credentials.sessionToken ?? '');
  if (!session || session.revoked_at) {
    throw unauthenticated('invalid_session', 'The session is not valid; sign in again.');
  }
  if (session.expires_at <= new Date()) {
    throw unauthenticated('session_expired', 'The session has expired; sign in again.');
  }
  assertActive(session.account_status);
  if (credentials.isWrite) {
    const expected = csrfTokenFor(services.secrets, session.id);
    if (!credentials.csrfToken || !safeEqual(credentials.csrfToken, expected)) {
      throw forbidden(
        'csrf_token_invalid',
        "Cookie-authenticated writes must send the session's csrf_token in the X-CSRF-Token header.",
      );
    }
  }
  return {
    kind: 'session',
    role: session.role,
    sessionId: session.id,
    userId: session.user_id,
    accountId: session.account_id,
    mode: parseMode(credentials.modeHeader),
    isPlatformAdmin: isPlatformAdmin(session.user_email, services.config.ADMIN_EMAIL, session.user_named_admin),
    twoFactor: session.user_two_factor,
    twoFactorMissing: session.account_requires_owner_two_factor && session.role === 'owner' && !session.user_two_factor,
  };
}

function assertActive(accountStatus: string): void {
  if (accountStatus !== 'active') {
    throw forbidden('account_suspended', 'This account is suspended. Contact the platform operator.');
  }
}

function parseMode(header: string | undefined): Mode {
  if (header === undefined || header === 'test') return 'test';
  if (header === 'live') return 'live';
  throw invalidRequest('parameter_invalid', 'The Parley-Mode header must be `test` or `live`.', 'Parley-Mode');
}
