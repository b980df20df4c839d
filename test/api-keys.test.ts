import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertConforms, assertError } from './helpers/contract.js';
import { buildAccount, buildApiKey } from './helpers/factories.js';
import { startTestServer, type TestServer } from './helpers/server.js';

describe('API keys', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  test('a new key carries a readable mode prefix, is returned once, and is stored only as a hash', async () => {
    const owner = await buildAccount(server.client);
    const created = await server.client.post('/v1/api-keys', { name: 'Production', mode: 'live' }, { cookie: owner.cookie, csrf: owner.csrf });
    assertConforms('createApiKey', created);
    assert.equal(created.status, 201);
    assert.match(created.body.secret, /^parley_live_[0-9A-Za-z]{40}$/);
    assert.equal(created.body.prefix, 'parley_live_');

    const listed = await server.client.get('/v1/api-keys', { cookie: owner.cookie });
    assertConforms('listApiKeys', listed);
    const entry = listed.body.data.find((k: { id: string }) => k.id === created.body.id);
    assert.deepEqual(Object.keys(entry).sort(), ['created_at', 'id', 'last4', 'last_used_at', 'mode', 'name', 'object', 'prefix', 'scope']);
    assert.ok(!JSON.stringify(listed.body).includes(created.body.secret));

    const row = await server.services.db.system((trx) => trx('api_keys').where({ id: created.body.id }).first());
    assert.ok(!JSON.stringify(row).includes(created.body.secret.slice(12)), 'the secret is not stored');
    assert.match(row.secret_hash, /^[0-9a-f]{64}$/);
  });

  test('authentication finds a key through the unique index on its hash, not a scan', async () => {
    const plan = await server.services.db.system(async (trx) => {
      await trx.raw('set local enable_seqscan = off');
      const result = await trx.raw(`explain select * from api_keys where secret_hash = 'x'`);
      return result.rows.map((r: Record<string, string>) => Object.values(r)[0]).join('\n');
    });
    assert.match(plan, /Index Scan using api_keys_secret_hash_unique/);
  });

  test('a used key shows last_used_at', async () => {
    const owner = await buildAccount(server.client);
    await server.client.get('/v1/account', { key: owner.key });
    const listed = await server.client.get('/v1/api-keys', { key: owner.key });
    const entry = listed.body.data.find((k: { id: string }) => k.id === owner.keyId);
    assert.ok(entry.last_used_at, 'last_used_at is set after use');
    assert.ok(Date.now() - Date.parse(entry.last_used_at) < 60_000);
  });

  test('a revoked key is refused from the next request on, and disappears from the list', async () => {
    const owner = await buildAccount(server.client);
    const spare = await buildApiKey(server.client, owner, { name: 'spare' });
    const revoked = await server.client.delete(`/v1/api-keys/${spare.id}`, { key: owner.key });
    assertConforms('revokeApiKey', revoked);
    assert.deepEqual(revoked.body, { id: spare.id, object: 'api_key', deleted: true });

    const refused = await server.client.get('/v1/account', { key: spare.secret });
    assertConforms('getAccount', refused);
    assertError(refused, 401, 'api_key_revoked');
    const listed = await server.client.get('/v1/api-keys', { key: owner.key });
    assert.ok(!listed.body.data.some((k: { id: string }) => k.id === spare.id));
    assertError(await server.client.delete(`/v1/api-keys/${spare.id}`, { key: owner.key }), 404, 'resource_missing');
  });

  test('a key may revoke itself', async () => {
    const owner = await buildAccount(server.client);
    assert.equal((await server.client.delete(`/v1/api-keys/${owner.keyId}`, { key: owner.key })).status, 200);
    assertError(await server.client.get('/v1/account', { key: owner.key }), 401, 'api_key_revoked');
  });

  test('a test-mode key can neither create, see nor revoke live-mode keys; a console session can', async () => {
    const owner = await buildAccount(server.client);
    const live = await buildApiKey(server.client, owner, { mode: 'live' });
    const refused = await server.client.post('/v1/api-keys', { name: 'escalate', mode: 'live' }, { key: owner.key });
    assertConforms('createApiKey', refused);
    assertError(refused, 403, 'mode_mismatch');
    const listed = await server.client.get('/v1/api-keys', { key: owner.key });
    assert.ok(listed.body.data.every((k: { mode: string }) => k.mode === 'test'));
    assertError(await server.client.delete(`/v1/api-keys/${live.id}`, { key: owner.key }), 404, 'resource_missing');
    const consoleList = await server.client.get('/v1/api-keys', { cookie: owner.cookie });
    assert.ok(consoleList.body.data.some((k: { id: string }) => k.id === live.id));
    // The live key itself sees live keys and reports live mode.
    assert.equal((await server.client.get('/v1/account', { key: live.secret })).body.mode, 'live');
  });

  test('lists paginate newest first with limit, starting_after and ending_before', async () => {
    const owner = await buildAccount(server.client);
    const created = [owner.keyId];
    for (let i = 0; i < 11; i++) created.push((await buildApiKey(server.client, owner, { name: `k${i}` })).id);
    const newestFirst = [...created].reverse();

    const first = await server.client.get('/v1/api-keys?limit=5', { key: owner.key });
    assertConforms('listApiKeys', first);
    assert.deepEqual(first.body.data.map((k: { id: string }) => k.id), newestFirst.slice(0, 5));
    assert.equal(first.body.has_more, true);

    const second = await server.client.get(`/v1/api-keys?limit=5&starting_after=${newestFirst[4]}`, { key: owner.key });
    assert.deepEqual(second.body.data.map((k: { id: string }) => k.id), newestFirst.slice(5, 10));
    const third = await server.client.get(`/v1/api-keys?limit=5&starting_after=${newestFirst[9]}`, { key: owner.key });
    assert.deepEqual(third.body.data.map((k: { id: string }) => k.id), newestFirst.slice(10));
    assert.equal(third.body.has_more, false);

    const back = await server.client.get(`/v1/api-keys?limit=3&ending_before=${newestFirst[5]}`, { key: owner.key });
    assert.deepEqual(back.body.data.map((k: { id: string }) => k.id), newestFirst.slice(2, 5));
    assert.equal(back.body.has_more, true);

    const defaults = await server.client.get('/v1/api-keys', { key: owner.key });
    assert.equal(defaults.body.data.length, 10);
  });

  test('out-of-range and conflicting list parameters are refused by name', async () => {
    const owner = await buildAccount(server.client);
    for (const query of ['limit=0', 'limit=101', 'limit=100000', 'limit=ten', 'colour=blue']) {
      const response = await server.client.get(`/v1/api-keys?${query}`, { key: owner.key });
      assertConforms('listApiKeys', response);
      assert.equal(response.status, 400, query);
      assert.equal(response.body.error.param, query.split('=')[0]);
    }
    const both = await server.client.get('/v1/api-keys?starting_after=key_a&ending_before=key_b', { key: owner.key });
    assertError(both, 400, 'parameter_conflict');
  });

  test('a malformed key id is a 400 naming id; an unknown one is a 404', async () => {
    const owner = await buildAccount(server.client);
    assert.equal(assertError(await server.client.delete('/v1/api-keys/nope', { key: owner.key }), 400, 'parameter_invalid').param, 'id');
    assertError(await server.client.delete('/v1/api-keys/key_0000000000', { key: owner.key }), 404, 'resource_missing');
  });
});
