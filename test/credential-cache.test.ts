// The credential cache: an API key that authenticated is served without a database read on later requests, and
// is refused on the very next request on every API node once it is revoked, or its account suspended or erased.
// Two API nodes share the run's PostgreSQL and one Redis prefix, as two processes of a deployment do.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { CredentialCache, LocalGenerations, type CredentialGenerations } from '../server/auth/credential-cache.js';
import type { KeyForAuthentication } from '../server/keys/api-keys.js';
import { assertError } from './helpers/contract.js';
import { buildAccount, buildApiKey, signIn, uniqueEmail, type TestAccount } from './helpers/factories.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';

const ADMIN_PASSWORD = 'credential cache admin password';

describe('API keys across two API nodes', () => {
  const adminEmail = uniqueEmail('cache-admin');
  let a: TestServer;
  let b: TestServer;
  let admin: TestAccount;
  /** SQL that node B's authentication pool ran. */
  const bAuthStatements: string[] = [];

  before(async () => {
    const shared = { REDIS_KEY_PREFIX: `${testEnv().redisPrefix}credentials-${randomBytes(4).toString('hex')}:`, ADMIN_EMAIL: adminEmail, ADMIN_PASSWORD };
    a = await startTestServer(shared);
    b = await startTestServer(shared);
    b.services.db.systemPool.on('query', (query: { sql: string }) => bAuthStatements.push(query.sql));
    admin = await signIn(a.client, adminEmail, ADMIN_PASSWORD);
  });
  after(async () => {
    await a?.stop();
    await b?.stop();
  });

  /** Uses `key` on node B until B serves it from its cache (the first two requests read it from PostgreSQL). */
  async function warm(key: string): Promise<void> {
    for (let i = 0; i < 3; i++) assert.equal((await b.client.get('/v1/account', { key })).status, 200);
  }

  const keyLookups = () => bAuthStatements.filter((sql) => sql.includes('from "api_keys"')).length;

  test('a key that authenticated is served from the cache: no read of api_keys on later requests', async () => {
    const owner = await buildAccount(a.client);
    await warm(owner.key);
    const before = keyLookups();
    for (let i = 0; i < 5; i++) assert.equal((await b.client.get('/v1/account', { key: owner.key })).status, 200);
    assert.equal(keyLookups(), before, 'node B read api_keys for a cached key');
  });

  test('a key revoked on node A is refused by node B on the very next request, every time', async () => {
    const owner = await buildAccount(a.client);
    for (let round = 0; round < 5; round++) {
      const key = await buildApiKey(a.client, owner, { name: `revoked ${round}` });
      await warm(key.secret);
      const revoked = await a.client.delete(`/v1/api-keys/${key.id}`, { cookie: owner.cookie, csrf: owner.csrf });
      assert.equal(revoked.status, 200, JSON.stringify(revoked.body));
      assertError(await b.client.get('/v1/account', { key: key.secret }), 401, 'api_key_revoked');
    }
    // The account's other keys go on working (read again once, then cached again).
    await warm(owner.key);
  });

  test('a revocation Redis cannot carry to the other nodes is refused with nothing changed, and works once Redis is back', async () => {
    const owner = await buildAccount(a.client);
    const key = await buildApiKey(a.client, owner, { name: 'revoked while Redis is away' });
    await warm(key.secret);
    const redis = a.services.redis!;
    redis.disconnect();
    try {
      const refused = await a.client.delete(`/v1/api-keys/${key.id}`, { cookie: owner.cookie, csrf: owner.csrf });
      assertError(refused, 503, 'credential_cache_unavailable');
      assert.equal(refused.headers.get('retry-after'), '1');
    } finally {
      await redis.connect();
    }
    // Nothing changed: the key works on both nodes and is still listed.
    assert.equal((await b.client.get('/v1/account', { key: key.secret })).status, 200);
    assert.equal((await a.client.get('/v1/account', { key: key.secret })).status, 200);
    const listed = await a.client.get('/v1/api-keys', { cookie: owner.cookie });
    assert.ok((listed.body as { data: Array<{ id: string }> }).data.some((k) => k.id === key.id), 'the key was revoked although the request failed');

    const revoked = await a.client.delete(`/v1/api-keys/${key.id}`, { cookie: owner.cookie, csrf: owner.csrf });
    assert.equal(revoked.status, 200, JSON.stringify(revoked.body));
    assertError(await b.client.get('/v1/account', { key: key.secret }), 401, 'api_key_revoked');
  });

  test('an account suspended on node A has its cached keys refused by node B on the very next request', async () => {
    const owner = await buildAccount(a.client);
    await warm(owner.key);
    // With an Idempotency-Key the change runs in a savepoint: its after-commit work must still run, after the commit.
    const suspended = await a.client.post(
      `/v1/admin/accounts/${owner.account.id}/suspend`,
      { reason: 'credential cache test' },
      { cookie: admin.cookie, csrf: admin.csrf, idempotencyKey: `suspend-${randomBytes(6).toString('hex')}` },
    );
    assert.equal(suspended.status, 200, JSON.stringify(suspended.body));
    assertError(await b.client.get('/v1/account', { key: owner.key }), 403, 'account_suspended');

    const lifted = await a.client.post(`/v1/admin/accounts/${owner.account.id}/unsuspend`, {}, { cookie: admin.cookie, csrf: admin.csrf });
    assert.equal(lifted.status, 200, JSON.stringify(lifted.body));
    assert.equal((await b.client.get('/v1/account', { key: owner.key })).status, 200);
  });

  test('an unknown key is never cached: each attempt is looked up and refused', async () => {
    const before = keyLookups();
    for (let i = 0; i < 3; i++) assertError(await b.client.get('/v1/account', { key: `parley_test_${randomBytes(20).toString('hex')}` }), 401, 'invalid_api_key');
    assert.equal(keyLookups(), before + 3);
  });
});

describe('CredentialCache', () => {
  const key = (overrides: Partial<KeyForAuthentication> = {}) =>
    ({ id: 'key_1', account_id: 'acct_1', revoked_at: null, account_status: 'active', last_used_at: null, ...overrides }) as KeyForAuthentication;
  const usable = (k: KeyForAuthentication) => !k.revoked_at && k.account_status === 'active';

  test('a change that commits while a key is being read makes the next request read it again', async () => {
    const generations = new LocalGenerations();
    const cache = new CredentialCache(generations);
    let loads = 0;
    let stored = key();
    const load = async () => {
      loads += 1;
      return stored;
    };
    await cache.authenticate('h', load, usable); // first look-up: learns the account
    // The second look-up reads the generation, then the key; the revocation commits in between.
    const racing = async () => {
      loads += 1;
      const before = stored;
      stored = key({ revoked_at: new Date() });
      await generations.bump('acct_1');
      return before;
    };
    await cache.authenticate('h', racing, usable);
    const next = await cache.authenticate('h', load, usable);
    assert.ok(next?.key.revoked_at, 'the revoked key was served from the cache');
    assert.equal(loads, 3);
  });

  test('while the generation cannot be read, every request reads the key from the database', async () => {
    const unreadable: CredentialGenerations = { read: async () => undefined, bump: async () => undefined };
    const cache = new CredentialCache(unreadable);
    let loads = 0;
    const load = async () => (loads += 1, key());
    for (let i = 0; i < 4; i++) assert.ok(await cache.authenticate('h', load, usable));
    assert.equal(loads, 4);
  });

  test('serves a key from the third request on, and reads it again after a change', async () => {
    const generations = new LocalGenerations();
    const cache = new CredentialCache(generations);
    let loads = 0;
    const load = async () => (loads += 1, key());
    for (let i = 0; i < 5; i++) await cache.authenticate('h', load, usable);
    assert.equal(loads, 2);
    await cache.invalidateAccount('acct_1');
    await cache.authenticate('h', load, usable);
    assert.equal(loads, 3);
  });
});
