// Blocked numbers are not sent to (sandbox connections, through HTTP): once a connection's number blocks someone,
// a message to them is accepted and then fails with `recipient_blocked` (nothing goes to WhatsApp); once
// unblocked, messages reach them again. The blocklist is each connection's own. The stored list follows
// WhatsApp's when the blocklist is listed.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { components } from '../server/generated/openapi.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { assertConforms } from './helpers/contract.js';
import { buildAccount, type TestAccount } from './helpers/factories.js';
import { hasStatus, linkSandbox, send, waitForMessage } from './helpers/sandbox-messaging.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';

type Schemas = components['schemas'];

const number = () => `+1202558${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`;

describe('blocked numbers are not sent to (sandbox)', () => {
  let database: ScratchDatabase;
  let server: TestServer;
  let owner: TestAccount;
  let line: Schemas['Connection'];
  let other: Schemas['Connection'];
  const pest = number();

  before(async () => {
    database = await createScratchDatabase();
    server = await startTestServer({
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: `${testEnv().redisPrefix}blocked-${randomBytes(4).toString('hex')}:`,
      PARLEY_ROLE: 'all',
      MESSAGE_PACING: 'false',
    });
    owner = await buildAccount(server.client, { account_name: 'Blocking Co' });
    line = await linkSandbox(server.client, owner.key, number());
    other = await linkSandbox(server.client, owner.key, number());
  });
  after(async () => {
    await server?.stop();
    await database?.drop();
  });

  const text = (connectionId: string, body: string) => send(server.client, owner.key, { connection_id: connectionId, to: pest, type: 'text', text: { body } });

  test('a blocked number\'s messages fail with recipient_blocked; unblocked, they go again', async () => {
    const blocked = await server.client.post<Schemas['BlockedNumber']>(`/v1/connections/${line.id}/blocklist`, { phone_number: pest }, { key: owner.key });
    assert.equal(blocked.status, 200, JSON.stringify(blocked.body));
    const refused = await waitForMessage(server.client, owner.key, (await text(line.id, 'Still there?')).id, hasStatus('failed'));
    assert.deepEqual([refused.error?.code, refused.sent_at], ['recipient_blocked', null]);
    assert.match(refused.error!.message, /unblock/);

    // The other connection has not blocked them: its message goes.
    await waitForMessage(server.client, owner.key, (await text(other.id, 'Hello from the other line')).id, hasStatus('sent', 'delivered', 'read'));

    const unblocked = await server.client.delete<Schemas['BlockedNumber']>(`/v1/connections/${line.id}/blocklist/${encodeURIComponent(pest)}`, { key: owner.key });
    assert.equal(unblocked.status, 200, JSON.stringify(unblocked.body));
    await waitForMessage(server.client, owner.key, (await text(line.id, 'Sorry, that was a mistake')).id, hasStatus('sent', 'delivered', 'read'));
  });

  test('listing the blocklist brings Parley\'s stored copy in line with WhatsApp\'s', async () => {
    // A stale row (as if blocked on a device Parley never heard from) goes once the listing says otherwise.
    const stale = number();
    await server.services.db.system((trx) => trx('blocked_numbers').insert({ account_id: owner.account.id, mode: 'test', connection_id: line.id, phone_number: stale }));
    await server.client.post(`/v1/connections/${line.id}/blocklist`, { phone_number: pest }, { key: owner.key });
    const listed = await server.client.get<Schemas['Blocklist']>(`/v1/connections/${line.id}/blocklist`, { key: owner.key });
    assertConforms('listBlockedNumbers', listed);
    assert.deepEqual(listed.body.data.map((entry) => entry.phone_number), [pest]);
    const stored = await server.services.db.system((trx) => trx('blocked_numbers').where({ connection_id: line.id }).pluck('phone_number'));
    assert.deepEqual(stored, [pest]);
  });
});
