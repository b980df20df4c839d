import type { Config } from '../config.js';
import { admitCount } from '../usage/limits.js';
import type { Knex } from 'knex';
import type { components } from '../generated/openapi.js';
import type { Actor } from '../platform/actor.js';
import { randomToken, sha256Hex } from '../platform/crypto.js';
import { afterCommit, type Mode, type Transaction } from '../platform/db/database.js';
import type { Services } from '../platform/services.js';
import { ApiError, forbidden, notFound } from '../platform/http/errors.js';
import { paginate, type PageParams } from '../platform/http/pagination.js';
import { newId } from '../platform/ids.js';
import { ApiKeyRow } from './models.js';
import type { KeyScope } from '../auth/roles.js';

type Schemas = components['schemas'];

/** 40 base62 characters ≈ 238 bits: far beyond guessing, so a fast hash is the right one to store. */
const SECRET_LENGTH = 40;
export const keyPrefix = (mode: Mode) => `parley_${mode}_`;

export function presentApiKey(row: ApiKeyRow): Schemas['ApiKey'] {
  return {
    id: row.id,
    object: 'api_key',
    name: row.name,
    mode: row.mode,
    scope: row.scope,
    prefix: row.prefix,
    last4: row.last4,
    created_at: row.created_at.toISOString(),
    last_used_at: row.last_used_at?.toISOString() ?? null,
  };
}

/** Creates a key for `accountId`; the returned secret exists only in this return value. */
export async function createApiKey(
  trx: Transaction,
  accountId: string,
  input: { name: string; mode: Mode; scope?: KeyScope },
): Promise<Schemas['ApiKeyWithSecret']> {
  const prefix = keyPrefix(input.mode);
  const secret = prefix + randomToken(SECRET_LENGTH);
  const row = await ApiKeyRow.query(trx).insertAndFetch({
    id: newId('apiKey'),
    account_id: accountId,
    name: input.name,
    mode: input.mode,
    scope: input.scope ?? 'full',
    prefix,
    last4: secret.slice(-4),
    secret_hash: sha256Hex(secret),
  });
  return { ...presentApiKey(row), secret };
}

/** An API key acts within its own mode only; a console session (a person) may manage both. */
function assertMayManage(actor: Actor, mode: Mode): void {
  if (actor.kind === 'api_key' && actor.mode !== mode) {
    throw forbidden(
      'mode_mismatch',
      `A ${actor.mode}-mode API key cannot manage ${mode}-mode keys. Use a ${mode}-mode key or the console.`,
    );
  }
}

export async function createApiKeyAs(trx: Transaction, config: Config, actor: Actor, input: { name: string; mode: Mode; scope?: KeyScope }) {
  assertMayManage(actor, input.mode);
  await admitCount(trx, config, { accountId: actor.accountId, mode: input.mode }, 'api_keys', async () =>
    Number((await trx('api_keys').where({ mode: input.mode }).whereNull('revoked_at').count({ n: '*' }).first())?.n ?? 0), {
    remedy: 'Revoke a key you no longer use, or',
  });
  return createApiKey(trx, actor.accountId, input);
}

export async function listApiKeys(trx: Transaction, actor: Actor, page: PageParams) {
  const query = ApiKeyRow.query(trx).whereNull('revoked_at');
  if (actor.kind === 'api_key') query.where('mode', actor.mode);
  return paginate(query, page, presentApiKey);
}

export async function revokeApiKey(trx: Transaction, services: Services, actor: Actor, id: string): Promise<Schemas['DeletedApiKey']> {
  const key = await ApiKeyRow.query(trx).findById(id).whereNull('revoked_at').forUpdate();
  if (!key || (actor.kind === 'api_key' && key.mode !== actor.mode)) throw notFound('API key', id);
  await ApiKeyRow.query(trx).findById(id).patch({ revoked_at: new Date() });
  await refuseCachedKeys(trx, services, key.account_id);
  return { id, object: 'api_key', deleted: true };
}

export type KeyForAuthentication = ApiKeyRow & { account_status: string };

/**
 * Makes every API node stop serving the account's keys from its credential cache (see CredentialCache), so a key
 * this transaction refuses is refused on the very next request, on every node. The account's generation moves
 * twice: now, before the commit, so that if Redis cannot take it the change fails with nothing changed (a
 * revocation that other nodes could not hear of must not be reported done); and again once `trx` has committed,
 * before its request answers, for a node that read the key from PostgreSQL between the two.
 */
export async function refuseCachedKeys(trx: Transaction, services: Pick<Services, 'credentials' | 'logger'>, accountId: string): Promise<void> {
  try {
    await services.credentials.invalidateAccount(accountId);
  } catch (error) {
    services.logger.error({ err: error, account_id: accountId }, 'could not move the credential generation; the change is refused');
    throw new ApiError(503, 'api_error', 'credential_cache_unavailable', 'Parley could not tell its API servers to stop accepting this account\'s keys, so nothing was changed. Retry shortly.', {
      headers: { 'Retry-After': '1' },
    });
  }
  afterCommit(trx, () =>
    services.credentials.invalidateAccount(accountId).catch((error: unknown) => {
      // Only a node that read the key from PostgreSQL before the commit can still serve it, for up to a minute.
      services.logger.error({ err: error, account_id: accountId }, 'could not move the credential generation after the commit; a key read just before it may be served for up to a minute');
    }),
  );
}

/**
 * Authentication: one unique-index probe on the hash of the secret, with the account's status, in one statement.
 * Runs as the system role (no tenant is known yet).
 */
export async function findKeyByHash(system: Knex, secretHash: string): Promise<KeyForAuthentication | undefined> {
  return (await ApiKeyRow.query(system)
    .select('api_keys.*', 'accounts.status as account_status')
    .join('accounts', 'accounts.id', 'api_keys.account_id')
    .findOne({ secret_hash: secretHash })) as KeyForAuthentication | undefined;
}

const TOUCH_INTERVAL_MS = 60_000;

/** Records use at most once a minute per key, so authentication is not a write on every request. True if it wrote. */
export async function touchApiKey(system: Knex, key: ApiKeyRow): Promise<boolean> {
  if (key.last_used_at && Date.now() - key.last_used_at.getTime() < TOUCH_INTERVAL_MS) return false;
  await ApiKeyRow.query(system)
    .findById(key.id)
    .where((q) => q.whereNull('last_used_at').orWhere('last_used_at', '<', system.raw(`now() - interval '1 minute'`)))
    .patch({ last_used_at: system.fn.now() as unknown as Date });
  return true;
}
