// POST /v1/contacts/check on sandbox connections, through HTTP: which numbers are on WhatsApp, per-number
// answers for bad input, the per-connection hourly budget, and connections that cannot answer.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { components } from '../server/generated/openapi.js';
import { waitForStatus } from './helpers/connection-status.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { buildAccount, buildApiKey, type TestAccount } from './helpers/factories.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';

type Connection = components['schemas']['Connection'];
type ContactCheck = components['schemas']['ContactCheck'];

const NOT_ON_WHATSAPP = '+14155550101';
const BUDGET = 100;

describe('number checks (sandbox)', () => {
  let database: ScratchDatabase;
  let server: TestServer;
  let owner: TestAccount;

  before(async () => {
    // A worker claims every free connection in its database: this file gets its own.
    database = await createScratchDatabase();
    server = await startTestServer({
      PARLEY_ROLE: 'all',
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: `${testEnv().redisPrefix}contacts-${randomBytes(4).toString('hex')}:`,
      NUMBER_CHECKS_PER_HOUR: String(BUDGET),
    });
    owner = await buildAccount(server.client, { account_name: 'Checks Co' });
  });
  after(async () => {
    await server?.stop();
    await database?.drop();
  });

  async function linkedConnection(): Promise<Connection> {
    const created = await server.client.post<Connection>('/v1/connections', {}, { key: owner.key });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    await waitForStatus(server.client, owner.key, created.body.id, 'qr');
    const scanned = await server.client.post(`/v1/sandbox/connections/${created.body.id}/scan`, {}, { key: owner.key });
    assert.equal(scanned.status, 200, JSON.stringify(scanned.body));
    return waitForStatus(server.client, owner.key, created.body.id, 'connected');
  }

  const check = (key: string, body: unknown) => server.client.post<ContactCheck>('/v1/contacts/check', body, { key });

  test('answers each number in the order given: on WhatsApp with its id, not on WhatsApp, or invalid; duplicates are asked once', async () => {
    const connection = await linkedConnection();
    const response = await check(owner.key, {
      connection_id: connection.id,
      phone_numbers: ['+1 415 555 0199', NOT_ON_WHATSAPP, 'call me maybe', '0014155550199'],
    });
    assertConforms('checkContacts', response);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.deepEqual(response.body, {
      object: 'contact_check',
      connection_id: connection.id,
      results: [
        { input: '+1 415 555 0199', phone_number: '+14155550199', status: 'on_whatsapp', wa_jid: '14155550199@s.whatsapp.net' },
        { input: NOT_ON_WHATSAPP, phone_number: NOT_ON_WHATSAPP, status: 'not_on_whatsapp', wa_jid: null },
        { input: 'call me maybe', phone_number: null, status: 'invalid', wa_jid: null },
        { input: '0014155550199', phone_number: '+14155550199', status: 'on_whatsapp', wa_jid: '14155550199@s.whatsapp.net' },
      ],
    });
  });

  test('each connection has an hourly budget of numbers; a request that would exceed it is refused whole with Retry-After', async () => {
    const connection = await linkedConnection();
    const numbers = (from: number, count: number) => Array.from({ length: count }, (_, i) => `+1415555${String(from + i).padStart(4, '0')}`);
    const first = await check(owner.key, { connection_id: connection.id, phone_numbers: numbers(1000, BUDGET - 3) });
    // duplicates, in any spelling, are counted once (twice would leave too little for `rest` below)
    const respelled = await check(owner.key, { connection_id: connection.id, phone_numbers: ['+1 415 555 1000', '0014155551000'] });
    assert.equal(respelled.status, 200);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    // invalid inputs are not asked, so they cost nothing
    const free = await check(owner.key, { connection_id: connection.id, phone_numbers: ['nope', 'also nope'] });
    assert.equal(free.status, 200);
    const over = await check(owner.key, { connection_id: connection.id, phone_numbers: numbers(2000, 3) });
    assertConforms('checkContacts', over);
    assertError(over, 429, 'rate_limited');
    assert.ok(Number(over.headers.get('retry-after')) > 0);
    const rest = await check(owner.key, { connection_id: connection.id, phone_numbers: numbers(3000, 2) });
    assert.equal(rest.status, 200, 'the refused request spent nothing of the budget');
    // another connection of the same account has a budget of its own
    const other = await linkedConnection();
    const fresh = await check(owner.key, { connection_id: other.id, phone_numbers: numbers(4000, 3) });
    assert.equal(fresh.status, 200, JSON.stringify(fresh.body));
  });

  test('a connection that is not connected, stopped, of another mode or of another account cannot answer', async () => {
    const pending = await server.client.post<Connection>('/v1/connections', {}, { key: owner.key });
    await waitForStatus(server.client, owner.key, pending.body.id, 'qr');
    assertError(await check(owner.key, { connection_id: pending.body.id, phone_numbers: ['+14155550199'] }), 409, 'connection_not_connected');

    const connection = await linkedConnection();
    const loggedOut = await server.client.post(`/v1/connections/${connection.id}/logout`, undefined, { key: owner.key });
    assert.equal(loggedOut.status, 200);
    assertError(await check(owner.key, { connection_id: connection.id, phone_numbers: ['+14155550199'] }), 409, 'connection_stopped');

    const live = await buildApiKey(server.client, owner, { name: 'live', mode: 'live' });
    const linked = await linkedConnection();
    assertError(await check(live.secret, { connection_id: linked.id, phone_numbers: ['+14155550199'] }), 404, 'resource_missing');
    const stranger = await buildAccount(server.client, { account_name: 'Stranger Co' });
    assertError(await check(stranger.key, { connection_id: linked.id, phone_numbers: ['+14155550199'] }), 404, 'resource_missing');
  });

  test('malformed requests are refused before anything is asked', async () => {
    const connection = await linkedConnection();
    const refused = async (body: unknown, code: string, param: string) => {
      const response = await check(owner.key, body);
      assertConforms('checkContacts', response);
      assert.equal(assertError(response, 400, code).param, param);
    };
    await refused({ connection_id: connection.id, phone_numbers: [] }, 'parameter_invalid', 'phone_numbers');
    const tooMany = Array.from({ length: 101 }, (_, i) => `+1415555${String(i).padStart(4, '0')}`);
    await refused({ connection_id: connection.id, phone_numbers: tooMany }, 'parameter_invalid', 'phone_numbers');
    await refused({ phone_numbers: ['+14155550199'] }, 'parameter_missing', 'connection_id');
  });
});
