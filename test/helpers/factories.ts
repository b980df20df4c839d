import { randomBytes } from 'node:crypto';
import assert from 'node:assert/strict';
import { AuthStore } from '../../server/connections/auth-store.js';
import type { components } from '../../server/generated/openapi.js';
import type { SecretBox } from '../../server/platform/crypto.js';
import type { Services } from '../../server/platform/services.js';
import { sessionCookieFrom, type Client } from './client.js';

type Schemas = components['schemas'];

export interface TestAccount {
  email: string;
  password: string;
  account: Schemas['Account'];
  user: Schemas['User'];
  /** The first (test-mode) key's secret. */
  key: string;
  keyId: string;
  cookie: string;
  csrf: string;
}

export const uniqueEmail = (label = 'user') => `${label}-${randomBytes(6).toString('hex')}@example.com`;

/** Signs up through the API, as a new user would. */
export async function buildAccount(
  client: Client,
  overrides: { email?: string; password?: string; account_name?: string } = {},
): Promise<TestAccount> {
  const input = {
    email: overrides.email ?? uniqueEmail(),
    password: overrides.password ?? 'correct horse battery staple',
    account_name: overrides.account_name ?? 'Test Co',
  };
  const response = await client.post<Schemas['SignupResult']>('/v1/auth/signup', input);
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return {
    email: input.email,
    password: input.password,
    account: response.body.account,
    user: response.body.user,
    key: response.body.api_key.secret,
    keyId: response.body.api_key.id,
    cookie: sessionCookieFrom(response),
    csrf: response.body.session.csrf_token,
  };
}

/** Creates an API key with a console session (which may create either mode). */
export async function buildApiKey(
  client: Client,
  owner: TestAccount,
  overrides: { name?: string; mode?: 'test' | 'live' } = {},
): Promise<Schemas['ApiKeyWithSecret']> {
  const response = await client.post<Schemas['ApiKeyWithSecret']>(
    '/v1/api-keys',
    { name: overrides.name ?? 'test key', mode: overrides.mode ?? 'test' },
    { cookie: owner.cookie, csrf: owner.csrf },
  );
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body;
}

/** Signs in through the API (with a fresh test-mode key made by that session), for users created otherwise. */
export async function signIn(client: Client, email: string, password: string): Promise<TestAccount> {
  const login = await client.post<Schemas['Session']>('/v1/auth/login', { email, password });
  assert.equal(login.status, 200, JSON.stringify(login.body));
  const cookie = sessionCookieFrom(login);
  const csrf = login.body.csrf_token;
  const key = await client.post<Schemas['ApiKeyWithSecret']>('/v1/api-keys', { name: 'signed-in key', mode: 'test' }, { cookie, csrf });
  assert.equal(key.status, 201, JSON.stringify(key.body));
  return {
    email,
    password,
    account: login.body.account,
    user: login.body.user,
    key: key.body.secret,
    keyId: key.body.id,
    cookie,
    csrf,
  };
}

/**
 * A connection row leased to `owner` for an hour, and the fenced credential store of that lease: for tests
 * of transports and stores that run without a worker.
 */
export async function buildLeasedConnection(
  server: { services: Services },
  accountId: string,
  options: { mode?: 'test' | 'live'; owner?: string; secrets?: SecretBox } = {},
): Promise<AuthStore> {
  const { mode = 'live', owner = 'test-worker', secrets = server.services.secrets } = options;
  const connectionId = `conn_${randomBytes(8).toString('hex')}`;
  await server.services.db.system((trx) =>
    trx('connections').insert({
      id: connectionId,
      account_id: accountId,
      mode,
      send_rate: 20,
      status: 'pending',
      lease_owner: owner,
      lease_epoch: 1,
      lease_expires_at: trx.raw(`now() + interval '1 hour'`),
    }),
  );
  return new AuthStore(server.services.db, secrets, { connectionId, accountId, mode, owner, epoch: 1 });
}
