import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { listOperations, loadDocument } from '../server/platform/http/spec.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { buildAccount, uniqueEmail, type TestAccount } from './helpers/factories.js';
import { startTestServer, type TestServer } from './helpers/server.js';

const keyCount = (server: TestServer, accountId: string) =>
  server.services.db.system(async (trx) => Number((await trx('api_keys').where({ account_id: accountId }).count({ n: '*' }))[0]?.n));

describe('errors and bad input', () => {
  let server: TestServer;
  let owner: TestAccount;
  before(async () => {
    server = await startTestServer({ MAX_BODY_BYTES: '2048' });
    owner = await buildAccount(server.client);
  });
  after(() => server.stop());

  test('every response carries a Request-Id, matching the request_id of errors', async () => {
    for (const response of [await server.client.get('/healthz'), await server.client.get('/v1/account', { key: owner.key })]) {
      assert.match(response.headers.get('request-id') ?? '', /^req_[0-9A-Z]{26}$/);
    }
    const error = await server.client.get('/v1/account');
    assertError(error, 401, 'authentication_required');
  });

  test('unknown routes are 404 and wrong methods 405 with Allow, in the envelope', async () => {
    assertError(await server.client.get('/v1/nothing-here', { key: owner.key }), 404, 'route_not_found');
    const wrongMethod = await server.client.request('PUT', '/v1/account', {}, { key: owner.key });
    assertError(wrongMethod, 405, 'method_not_allowed');
    assert.match(wrongMethod.headers.get('allow') ?? '', /GET.*PATCH|PATCH.*GET/);
  });

  test('malformed JSON, a wrong content type and an oversized body are refused and change nothing', async () => {
    const before = await keyCount(server, owner.account.id);
    const malformed = await server.client.request('POST', '/v1/api-keys', undefined, {
      key: owner.key,
      raw: '{"name": "x", "mode": ',
      headers: { 'content-type': 'application/json' },
    });
    assertConforms('createApiKey', malformed);
    assertError(malformed, 400, 'invalid_json');

    const form = await server.client.request('POST', '/v1/api-keys', undefined, {
      key: owner.key,
      raw: 'name=x&mode=test',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assertConforms('createApiKey', form);
    assertError(form, 415, 'unsupported_media_type');

    const huge = await server.client.post('/v1/api-keys', { name: 'x'.repeat(5000), mode: 'test' }, { key: owner.key });
    assertConforms('createApiKey', huge);
    assertError(huge, 413, 'body_too_large');

    const array = await server.client.post('/v1/api-keys', [{ name: 'x', mode: 'test' }], { key: owner.key });
    assertError(array, 400, 'parameter_invalid');
    const wrongType = await server.client.post('/v1/api-keys', { name: 'x', mode: 'prod' }, { key: owner.key });
    assert.equal(assertError(wrongType, 400, 'parameter_invalid').param, 'mode');
    assert.equal(await keyCount(server, owner.account.id), before);
  });

  test('SQL-looking strings are stored and returned literally', async () => {
    const name = `Robert'); DROP TABLE api_keys; -- \\x00 " OR 1=1`;
    const created = await server.client.post('/v1/api-keys', { name, mode: 'test' }, { key: owner.key });
    assert.equal(created.status, 201);
    assert.equal(created.body.name, name);
    const listed = await server.client.get('/v1/api-keys?limit=1', { key: owner.key });
    assert.equal(listed.body.data[0].name, name);
    const injected = await server.client.get(`/v1/api-keys?starting_after=${encodeURIComponent("key_' OR '1'='1")}`, { key: owner.key });
    assert.equal(injected.status, 200);
  });

  test('an unexpected failure is a 500 envelope without internals', async () => {
    const broken = await startTestServer();
    try {
      await broken.services.db.knex.destroy();
      const response = await broken.client.get('/v1/account', { key: owner.key });
      assertConforms('getAccount', response);
      const error = assertError(response, 500, 'internal_error');
      assert.equal(error.type, 'api_error');
      assert.doesNotMatch(error.message, /knex|pool|sql|Error:/i);
    } finally {
      await broken.stop().catch(() => undefined);
    }
  });
});

describe('Idempotency-Key', () => {
  let server: TestServer;
  let owner: TestAccount;
  before(async () => {
    server = await startTestServer();
    owner = await buildAccount(server.client);
  });
  after(() => server.stop());

  test('every operation that takes an Idempotency-Key declares the 409 and 422 a key can bring', () => {
    const missing = listOperations(loadDocument()).flatMap((operation) => {
      const takesKey = (operation.definition.parameters ?? []).some((parameter) => '$ref' in parameter && parameter.$ref === '#/components/parameters/IdempotencyKey');
      return takesKey ? ['409', '422'].filter((status) => !(status in operation.definition.responses)).map((status) => `${operation.id} ${status}`) : [];
    });
    assert.deepEqual(missing, []);
  });

  test('a retry with the same key and body replays the first response and creates nothing new', async () => {
    const body = { name: 'replayed', mode: 'test' };
    const first = await server.client.post('/v1/api-keys', body, { key: owner.key, idempotencyKey: 'idem-replay' });
    const count = await keyCount(server, owner.account.id);
    const second = await server.client.post('/v1/api-keys', body, { key: owner.key, idempotencyKey: 'idem-replay' });
    assertConforms('createApiKey', second);
    assert.equal(second.status, 201);
    assert.deepEqual(second.body, first.body, 'including the secret, shown again to the same caller');
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    assert.equal(first.headers.get('idempotent-replayed'), null);
    assert.equal(await keyCount(server, owner.account.id), count);
  });

  test('the stored response is encrypted at rest', async () => {
    const first = await server.client.post('/v1/api-keys', { name: 'sealed', mode: 'test' }, { key: owner.key, idempotencyKey: 'idem-sealed' });
    const row = await server.services.db.system((trx) => trx('idempotency_keys').where({ key: 'idem-sealed' }).first());
    assert.ok(row);
    assert.ok(!row.response_sealed.includes(first.body.secret));
    assert.ok(!row.response_sealed.includes('sealed'));
  });

  test('the same key with a different body is refused with 422 idempotency_key_reused', async () => {
    await server.client.post('/v1/api-keys', { name: 'one', mode: 'test' }, { key: owner.key, idempotencyKey: 'idem-reuse' });
    const count = await keyCount(server, owner.account.id);
    const reused = await server.client.post('/v1/api-keys', { name: 'two', mode: 'test' }, { key: owner.key, idempotencyKey: 'idem-reuse' });
    assertConforms('createApiKey', reused);
    const error = assertError(reused, 422, 'idempotency_key_reused');
    assert.equal(error.type, 'idempotency_error');
    assert.equal(await keyCount(server, owner.account.id), count);
  });

  test('keys are scoped per account: another account may use the same key', async () => {
    const other = await buildAccount(server.client);
    await server.client.post('/v1/api-keys', { name: 'mine', mode: 'test' }, { key: owner.key, idempotencyKey: 'idem-shared' });
    const theirs = await server.client.post('/v1/api-keys', { name: 'theirs', mode: 'test' }, { key: other.key, idempotencyKey: 'idem-shared' });
    assert.equal(theirs.status, 201);
    assert.equal(theirs.body.name, 'theirs');
    assert.equal(theirs.headers.get('idempotent-replayed'), null);
  });

  test('a duplicate that arrives while the first is still running gets 409 idempotency_key_in_use', async () => {
    const idempotencyKey = 'idem-concurrent';
    const lockName = `${owner.account.id}:test:${owner.keyId}\n${idempotencyKey}`;
    // Hold the very lock the first request would hold, as if it were still running.
    const held = await server.services.db.knex.transaction();
    try {
      await held.raw('select pg_advisory_xact_lock(hashtextextended(?, 0))', [lockName]);
      const duplicate = await server.client.post('/v1/api-keys', { name: 'c', mode: 'test' }, { key: owner.key, idempotencyKey });
      assertConforms('createApiKey', duplicate);
      assertError(duplicate, 409, 'idempotency_key_in_use');
    } finally {
      await held.rollback();
    }
    const after = await server.client.post('/v1/api-keys', { name: 'c', mode: 'test' }, { key: owner.key, idempotencyKey });
    assert.equal(after.status, 201);
  });

  test('simultaneous duplicates create exactly one object', async () => {
    const before = await keyCount(server, owner.account.id);
    const responses = await Promise.all(
      Array.from({ length: 8 }, () =>
        server.client.post('/v1/api-keys', { name: 'race', mode: 'test' }, { key: owner.key, idempotencyKey: 'idem-race' }),
      ),
    );
    for (const response of responses) assert.ok([201, 409].includes(response.status), String(response.status));
    const ids = new Set(responses.filter((r) => r.status === 201).map((r) => r.body.id));
    assert.equal(ids.size, 1);
    assert.equal(await keyCount(server, owner.account.id), before + 1);
  });

  test('an error from the handler is stored and replayed; the 24-hour record then expires', async () => {
    const idempotencyKey = 'idem-error';
    const forbidden = await server.client.post('/v1/api-keys', { name: 'l', mode: 'live' }, { key: owner.key, idempotencyKey });
    assertError(forbidden, 403, 'mode_mismatch');
    const replay = await server.client.post('/v1/api-keys', { name: 'l', mode: 'live' }, { key: owner.key, idempotencyKey });
    assert.equal(assertError(replay, 403, 'mode_mismatch').request_id, forbidden.headers.get('request-id'));
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.equal(replay.headers.get('original-request'), forbidden.headers.get('request-id'));

    const row = await server.services.db.system((trx) => trx('idempotency_keys').where({ key: idempotencyKey }).first());
    assert.ok(Date.parse(row.expires_at) - Date.parse(row.created_at) >= 24 * 3_600_000 - 1000);
    await server.services.db.system((trx) =>
      trx('idempotency_keys').where({ key: idempotencyKey }).update({ expires_at: trx.raw(`now() - interval '1 second'`) }),
    );
    const fresh = await server.client.post('/v1/api-keys', { name: 'l', mode: 'test' }, { key: owner.key, idempotencyKey });
    assert.equal(fresh.status, 201, 'an expired key may be used for a new request');
  });

  test('a 500 is not stored: the retry with the same key runs', async () => {
    const broken = await startTestServer();
    try {
      await broken.services.db.knex.destroy();
      const failed = await broken.client.post('/v1/api-keys', { name: 'after-500', mode: 'test' }, { key: owner.key, idempotencyKey: 'idem-500' });
      assert.equal(failed.status, 500);
    } finally {
      await broken.stop().catch(() => undefined);
    }
    const retried = await server.client.post('/v1/api-keys', { name: 'after-500', mode: 'test' }, { key: owner.key, idempotencyKey: 'idem-500' });
    assert.equal(retried.status, 201);
    assert.equal(retried.headers.get('idempotent-replayed'), null);
  });

  test('sign-up honours Idempotency-Key too, replaying the session cookie', async () => {
    const body = { email: uniqueEmail(), password: 'a long enough password', account_name: 'Idem' };
    const first = await server.client.post('/v1/auth/signup', body, { idempotencyKey: 'idem-signup' });
    const second = await server.client.post('/v1/auth/signup', body, { idempotencyKey: 'idem-signup' });
    assert.equal(second.status, 201);
    assert.equal(second.body.account.id, first.body.account.id);
    assert.deepEqual(second.headers.getSetCookie(), first.headers.getSetCookie());
    const tooLong = await server.client.post('/v1/auth/signup', body, { idempotencyKey: 'k'.repeat(256) });
    assert.equal(assertError(tooLong, 400, 'idempotency_key_invalid').param, 'Idempotency-Key');
  });
});

describe('rate limits', () => {
  test('each credential has a budget; the 429 carries Retry-After and RateLimit headers', async () => {
    const server = await startTestServer({ API_RATE_LIMIT: '3', API_RATE_LIMIT_WINDOW_SECONDS: '60' });
    try {
      const owner = await buildAccount(server.client);
      const other = await buildAccount(server.client);
      const seen = [];
      for (let i = 0; i < 4; i++) seen.push(await server.client.get('/v1/account', { key: owner.key }));
      assert.deepEqual(seen.map((r) => r.headers.get('ratelimit-remaining')), ['2', '1', '0', '0']);
      assert.equal(seen[0]?.headers.get('ratelimit-limit'), '3');
      const limited = seen[3];
      assert.ok(limited);
      assertConforms('getAccount', limited);
      const error = assertError(limited, 429, 'rate_limited');
      assert.equal(error.type, 'rate_limit_error');
      const retryAfter = Number(limited.headers.get('retry-after'));
      assert.ok(retryAfter >= 1 && retryAfter <= 60, String(retryAfter));
      assert.ok(Number(limited.headers.get('ratelimit-reset')) <= 60);
      assert.equal((await server.client.get('/v1/account', { key: other.key })).status, 200, 'another key has its own budget');
    } finally {
      await server.stop();
    }
  });

  test('with Redis the budget is shared by every API node', async () => {
    const prefix = `parley-test-shared-${Date.now()}:`;
    const settings = { API_RATE_LIMIT: '4', API_RATE_LIMIT_WINDOW_SECONDS: '60', REDIS_KEY_PREFIX: prefix };
    const [a, b] = await Promise.all([startTestServer(settings), startTestServer(settings)]);
    try {
      const owner = await buildAccount(a.client);
      const statuses = [];
      for (const node of [a, b, a, b, a]) statuses.push((await node.client.get('/v1/account', { key: owner.key })).status);
      assert.deepEqual(statuses, [200, 200, 200, 200, 429]);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  test('without Redis the limit is enforced in process', async () => {
    const server = await startTestServer({ REDIS_URL: '', API_RATE_LIMIT: '2', API_RATE_LIMIT_WINDOW_SECONDS: '60' });
    try {
      const owner = await buildAccount(server.client);
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await server.client.get('/v1/account', { key: owner.key })).status);
      assert.deepEqual(statuses, [200, 200, 429]);
    } finally {
      await server.stop();
    }
  });
});

describe('review hardening', () => {
  test('a stored reply replays only to the credential that made it, never to another key of the account', async () => {
    const server = await startTestServer();
    try {
      const owner = await buildAccount(server.client);
      const body = { name: 'live one', mode: 'live' };
      const first = await server.client.post('/v1/api-keys', body, { cookie: owner.cookie, csrf: owner.csrf, idempotencyKey: 'idem-cross' });
      assert.equal(first.status, 201);
      // The test-mode key sends the same key and body: it must be judged itself (403), not handed the live secret.
      const other = await server.client.post('/v1/api-keys', body, { key: owner.key, idempotencyKey: 'idem-cross' });
      assertError(other, 403, 'mode_mismatch');
      assert.equal(other.headers.get('idempotent-replayed'), null);
      assert.ok(!JSON.stringify(other.body).includes(first.body.secret));
    } finally {
      await server.stop();
    }
  });

  test('failed authentications spend the client address budget', async () => {
    const server = await startTestServer({ PUBLIC_RATE_LIMIT: '3', PUBLIC_RATE_LIMIT_WINDOW_SECONDS: '60' });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await server.client.get('/v1/account', { key: `parley_test_guess${i}` })).status);
      assert.deepEqual(statuses, [401, 401, 401, 429]);
    } finally {
      await server.stop();
    }
  });

  test('behind a trusted proxy, a spoofed X-Forwarded-For does not escape per-address limits', async () => {
    const server = await startTestServer({ TRUST_PROXY: 'true', LOGIN_ATTEMPTS_PER_IP: '3' });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) {
        const response = await server.client.post(
          '/v1/auth/login',
          { email: uniqueEmail(), password: 'wrong guess' },
          // The proxy appends the real client address; what comes before it is the client's own claim.
          { headers: { 'x-forwarded-for': `10.0.0.${i}, 192.0.2.7` } },
        );
        statuses.push(response.status);
      }
      assert.deepEqual(statuses, [401, 401, 401, 429]);
    } finally {
      await server.stop();
    }
  });

  test('while Redis is unreachable, requests are still served and limited in process', async () => {
    const server = await startTestServer({ API_RATE_LIMIT: '3', API_RATE_LIMIT_WINDOW_SECONDS: '60' });
    try {
      const owner = await buildAccount(server.client);
      server.services.redis?.disconnect();
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await server.client.get('/v1/account', { key: owner.key })).status);
      assert.deepEqual(statuses, [200, 200, 200, 429]);
    } finally {
      await server.stop();
    }
  });

  test('a name of only spaces is refused', async () => {
    const server = await startTestServer();
    try {
      const response = await server.client.post('/v1/auth/signup', { email: uniqueEmail(), password: 'a long enough password', account_name: '   ' });
      assert.equal(assertError(response, 400, 'parameter_invalid').param, 'account_name');
    } finally {
      await server.stop();
    }
  });

  test('a suspended account cannot sign in', async () => {
    const server = await startTestServer();
    try {
      const owner = await buildAccount(server.client);
      await server.services.db.system((trx) => trx('accounts').where({ id: owner.account.id }).update({ status: 'suspended' }));
      const login = await server.client.post('/v1/auth/login', { email: owner.email, password: owner.password });
      assertConforms('login', login);
      assertError(login, 403, 'account_suspended');
      assertError(await server.client.get('/v1/account', { key: owner.key }), 403, 'account_suspended');
    } finally {
      await server.stop();
    }
  });
});
