// The accept path's statements are prepared once per database connection. Under row-level security a prepared
// statement's plan is reused across transactions of different accounts; these tests make PostgreSQL use the
// generic plan from the first run (plan_cache_mode = force_generic_plan), so every request below runs on a
// plan made for another account's values, and check that tenancy and the messages limit hold.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import knexFactory from 'knex';
import type { components } from '../server/generated/openapi.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { assertError } from './helpers/contract.js';
import { buildAccount, signIn, uniqueEmail } from './helpers/factories.js';
import { linkSandbox, send } from './helpers/sandbox-messaging.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';

type Schemas = components['schemas'];

let numbers = 0;
const number = () => `+1202558${String(++numbers).padStart(4, '0')}`;

describe('prepared statements on the accept path', () => {
  let database: ScratchDatabase;
  let server: TestServer;
  const adminEmail = uniqueEmail('admin');

  before(async () => {
    database = await createScratchDatabase();
    const owner = knexFactory({ client: 'pg', connection: database.url });
    const name = new URL(database.url).pathname.slice(1);
    await owner.raw(`alter database ${name} set plan_cache_mode = force_generic_plan`);
    await owner.destroy();
    server = await startTestServer({
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: `${testEnv().redisPrefix}prepared-${randomBytes(4).toString('hex')}:`,
      PARLEY_ROLE: 'all',
      MESSAGE_PACING: 'false',
      ADMIN_EMAIL: adminEmail,
      ADMIN_PASSWORD: 'admin password for prepared statements',
    });
    const mode = await server.services.db.system((trx) => trx.raw<{ rows: Array<{ plan_cache_mode: string }> }>('show plan_cache_mode'));
    assert.equal(mode.rows[0]!.plan_cache_mode, 'force_generic_plan');
  });
  after(async () => {
    await server?.stop();
    await database?.drop();
  });

  test("a generic plan made for one account never reaches another's connection or counts", async () => {
    const [a, b] = [await buildAccount(server.client), await buildAccount(server.client)];
    const [senderA, senderB] = [await linkSandbox(server.client, a.key, number()), await linkSandbox(server.client, b.key, number())];
    // Enough sends from both, interleaved, that every connection of the pool has run the statements for both.
    for (let i = 0; i < 15; i++) {
      await send(server.client, a.key, { connection_id: senderA.id, to: number(), type: 'text', text: { body: `a${i}` } });
      await send(server.client, b.key, { connection_id: senderB.id, to: number(), type: 'text', text: { body: `b${i}` } });
    }
    for (let i = 0; i < 10; i++) {
      const crossing = await server.client.post('/v1/messages', { connection_id: senderA.id, to: number(), type: 'text', text: { body: 'not mine' } }, { key: b.key });
      assertError(crossing, 404, 'resource_missing');
    }
    const counts = await server.services.db.system(async (trx) => {
      const of = async (accountId: string) => ({
        messages: Number((await trx('messages').where({ account_id: accountId, direction: 'outbound' }).count({ n: '*' }))[0]!.n),
        counted: Number((await trx('usage_periods').where({ account_id: accountId }).sum({ n: 'messages' }))[0]!.n),
        ledger: Number((await trx('usage_entries').where({ account_id: accountId, category: 'messages_accepted_text' }).count({ n: '*' }))[0]!.n),
      });
      return { a: await of(a.account.id), b: await of(b.account.id) };
    });
    assert.deepEqual(counts, { a: { messages: 15, counted: 15, ledger: 15 }, b: { messages: 15, counted: 15, ledger: 15 } });
    const usageB = await server.client.get<Schemas['Usage']>('/v1/usage', { key: b.key });
    assert.equal(usageB.body.totals.messages_accepted_text, 15);
  });

  test('the messages limit holds at its edge on a generic plan', async () => {
    const owner = await buildAccount(server.client);
    const admin = await signIn(server.client, adminEmail, 'admin password for prepared statements');
    const limited = await server.client.request('PATCH', `/v1/admin/accounts/${owner.account.id}`, { limits: { messages_per_period: 7 } }, { cookie: admin.cookie, csrf: admin.csrf });
    assert.equal(limited.status, 200, JSON.stringify(limited.body));
    const sender = await linkSandbox(server.client, owner.key, number());
    const attempts = await Promise.all(
      Array.from({ length: 20 }, (_, i) => server.client.post('/v1/messages', { connection_id: sender.id, to: number(), type: 'text', text: { body: `n${i}` } }, { key: owner.key })),
    );
    assert.equal(attempts.filter((response) => response.status === 202).length, 7);
    for (const refused of attempts.filter((response) => response.status !== 202)) assertError(refused, 403, 'plan_limit_reached');
  });
});
