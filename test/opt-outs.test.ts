// The suppression list through HTTP: add (once per number, any spelling), list and find, remove; each change
// is an event; entries stay inside their account and mode.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import knexFactory, { type Knex } from 'knex';
import type { components } from '../server/generated/openapi.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { buildAccount, buildApiKey, type TestAccount } from './helpers/factories.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';

type OptOut = components['schemas']['OptOut'];
type OptOutList = components['schemas']['OptOutList'];

describe('opt-outs', () => {
  let server: TestServer;
  let owner: TestAccount;
  /** The run's database as its owner: reads events past row-level security. */
  let superuser: Knex;

  before(async () => {
    server = await startTestServer();
    superuser = knexFactory({ client: 'pg', connection: testEnv().databaseUrl, pool: { min: 0, max: 1 } });
  });
  after(async () => {
    await server.stop();
    await superuser.destroy();
  });

  const add = async (key: string, phoneNumber: string) => {
    const response = await server.client.post<OptOut>('/v1/opt-outs', { phone_number: phoneNumber }, { key });
    assertConforms('createOptOut', response);
    return response;
  };
  const eventsOf = async (accountId: string, type: string) =>
    (await superuser('events').where({ account_id: accountId, type }).orderBy('id').select('data')).map((row: { data: { object: OptOut } }) => row.data.object);

  test('a number is added once, whatever its spelling: 201 the first time, then 200 with the same entry, and one event', async () => {
    owner = await buildAccount(server.client, { account_name: 'Quiet Co' });
    const first = await add(owner.key, '+1 (415) 555-0142');
    assert.equal(first.status, 201, JSON.stringify(first.body));
    const { id, created_at: createdAt, ...fields } = first.body;
    assert.match(id, /^opt_[0-9A-Za-z]+$/);
    assert.ok(Math.abs(Date.parse(createdAt) - Date.now()) < 60_000);
    assert.deepEqual(fields, { object: 'opt_out', phone_number: '+14155550142', source: 'api', keyword: null, connection_id: null });

    const again = await add(owner.key, '0014155550142');
    assert.equal(again.status, 200);
    assert.deepEqual(again.body, first.body);
    assert.deepEqual(await eventsOf(owner.account.id, 'opt_out.created'), [first.body]);
  });

  test('the list is newest first, pages by cursor, and finds one number by any spelling', async () => {
    const account = await buildAccount(server.client, { account_name: 'List Co' });
    const added: OptOut[] = [];
    for (const n of ['0101', '0102', '0103']) added.push((await add(account.key, `+1415555${n}`)).body);
    const page = await server.client.get<OptOutList>('/v1/opt-outs?limit=2', { key: account.key });
    assertConforms('listOptOuts', page);
    assert.deepEqual(page.body.data.map((o) => o.phone_number), ['+14155550103', '+14155550102']);
    assert.equal(page.body.has_more, true);
    const next = await server.client.get<OptOutList>(`/v1/opt-outs?limit=2&starting_after=${page.body.data[1]!.id}`, { key: account.key });
    assert.deepEqual(next.body.data.map((o) => o.phone_number), ['+14155550101']);
    assert.equal(next.body.has_more, false);
    const one = await server.client.get<OptOutList>(`/v1/opt-outs?phone_number=${encodeURIComponent('+1 415 555 0102')}`, { key: account.key });
    assert.deepEqual(one.body.data, [added[1]]);
    const fetched = await server.client.get<OptOut>(`/v1/opt-outs/${added[0]!.id}`, { key: account.key });
    assertConforms('getOptOut', fetched);
    assert.deepEqual(fetched.body, added[0]);
  });

  test('removing a number deletes its entry and writes an event; it can then be added anew', async () => {
    const account = await buildAccount(server.client, { account_name: 'Forgiving Co' });
    const entry = (await add(account.key, '+14155550177')).body;
    const removed = await server.client.delete(`/v1/opt-outs/${entry.id}`, { key: account.key });
    assertConforms('deleteOptOut', removed);
    assert.deepEqual(removed.body, { id: entry.id, object: 'opt_out', deleted: true });
    assert.deepEqual(await eventsOf(account.account.id, 'opt_out.deleted'), [entry]);
    assertError(await server.client.get(`/v1/opt-outs/${entry.id}`, { key: account.key }), 404, 'resource_missing');
    assertError(await server.client.delete(`/v1/opt-outs/${entry.id}`, { key: account.key }), 404, 'resource_missing');
    const readded = await add(account.key, '+14155550177');
    assert.equal(readded.status, 201);
    assert.notEqual(readded.body.id, entry.id);
  });

  test('entries stay in their account and mode: others see nothing and get 404', async () => {
    const account = await buildAccount(server.client, { account_name: 'Private Co' });
    const entry = (await add(account.key, '+14155550188')).body;
    const live = await buildApiKey(server.client, account, { name: 'live', mode: 'live' });
    const stranger = await buildAccount(server.client, { account_name: 'Nosy Co' });
    for (const key of [live.secret, stranger.key]) {
      assertError(await server.client.get(`/v1/opt-outs/${entry.id}`, { key }), 404, 'resource_missing');
      assertError(await server.client.delete(`/v1/opt-outs/${entry.id}`, { key }), 404, 'resource_missing');
      const list = await server.client.get<OptOutList>('/v1/opt-outs', { key });
      assert.deepEqual(list.body.data, []);
    }
    // the same number in live mode is a separate entry
    assert.equal((await add(live.secret, '+14155550188')).status, 201);
  });

  test('bad input is refused with a typed error and adds nothing', async () => {
    const account = await buildAccount(server.client, { account_name: 'Careful Co' });
    const invalid = await add(account.key, 'not a number');
    assert.equal(assertError(invalid, 400, 'phone_number_invalid').param, 'phone_number');
    const unknown = await server.client.post('/v1/opt-outs', { phone_number: '+14155550199', reason: 'x' }, { key: account.key });
    assertConforms('createOptOut', unknown);
    assert.equal(assertError(unknown, 400, 'parameter_unknown').param, 'reason');
    const badFilter = await server.client.get('/v1/opt-outs?phone_number=nope', { key: account.key });
    assertConforms('listOptOuts', badFilter);
    assert.equal(assertError(badFilter, 400, 'phone_number_invalid').param, 'phone_number');
    assertError(await server.client.get('/v1/opt-outs/conn_123', { key: account.key }), 400, 'parameter_invalid');
    const list = await server.client.get<OptOutList>('/v1/opt-outs', { key: account.key });
    assert.deepEqual(list.body.data, []);
    assert.deepEqual(await eventsOf(account.account.id, 'opt_out.created'), []);
  });
});
