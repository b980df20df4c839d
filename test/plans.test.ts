// Plans, limits, the usage ledger and usage alerts, through the API as an account and the platform admin use
// them, on a Parley with a worker (the sandbox) in a database of its own.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { components } from '../server/generated/openapi.js';
import { countConnectionDays } from '../server/usage/ledger.js';
import { USAGE_SLOTS } from '../server/usage/slots.js';
import { reachMissedThresholds } from '../server/usage/worker.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { buildAccount, buildApiKey, signIn, uniqueEmail, type TestAccount } from './helpers/factories.js';
import { jobsOf } from './helpers/bulk-jobs.js';
import { hasStatus, linkSandbox, send, waitForMessage } from './helpers/sandbox-messaging.js';
import { eventually } from './helpers/eventually.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';

type Schemas = components['schemas'];

let numbers = 0;
const number = () => `+1202557${String(++numbers).padStart(4, '0')}`;
const ADMIN_PASSWORD = 'admin password for plans';
const today = () => new Date().toISOString().slice(0, 10);

describe('plans, limits and usage', () => {
  let database: ScratchDatabase;
  let server: TestServer;
  let admin: TestAccount;

  before(async () => {
    database = await createScratchDatabase();
    const adminEmail = uniqueEmail('admin');
    server = await startTestServer({
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: `${testEnv().redisPrefix}plans-${randomBytes(4).toString('hex')}:`,
      PARLEY_ROLE: 'all',
      MESSAGE_PACING: 'false',
      PARLEY_DEFAULT_PLAN: 'free',
      // The free plan as shipped, with room for a sandbox peer to send to.
      PARLEY_PLANS: JSON.stringify({ free: { limits: { connections: 2 } } }),
      ADMIN_EMAIL: adminEmail,
      ADMIN_PASSWORD,
    });
    admin = await signIn(server.client, adminEmail, ADMIN_PASSWORD);
  });
  after(async () => {
    await server?.stop();
    await database?.drop();
  });

  const adminUpdate = (accountId: string, body: Record<string, unknown>) =>
    server.client.request<Schemas['Account']>('PATCH', `/v1/admin/accounts/${accountId}`, body, { cookie: admin.cookie, csrf: admin.csrf });
  const setLimits = async (account: TestAccount, limits: Record<string, number | null>) => {
    const response = await adminUpdate(account.account.id, { limits });
    assert.equal(response.status, 200, JSON.stringify(response.body));
    return response.body;
  };
  const eventsOf = (account: TestAccount, type: string) =>
    server.services.db.system((trx) => trx('events').where({ account_id: account.account.id, type }).orderBy('id'));
  const usage = (account: TestAccount, query = '', key = account.key) => server.client.get<Schemas['Usage']>(`/v1/usage${query}`, { key });

  test('GET /v1/plans lists the catalog; PARLEY_PLANS changes a plan; an account starts on the default plan', async () => {
    const owner = await buildAccount(server.client);
    const plans = await server.client.get<Schemas['PlanList']>('/v1/plans', { key: owner.key });
    assertConforms('listPlans', plans);
    assert.deepEqual(plans.body.data.map((plan) => plan.id), ['free', 'pro', 'business', 'enterprise']);
    const [free, pro] = plans.body.data;
    assert.equal(free!.limits.connections, 2, 'PARLEY_PLANS changed one limit');
    assert.equal(free!.limits.messages_per_period, 1_000, 'and kept the others');
    assert.equal(pro!.price_monthly, 4_900);
    assert.equal(pro!.checkout_available, false, 'no Stripe price is configured');
    const account = await server.client.get<Schemas['CurrentAccount']>('/v1/account', { key: owner.key });
    assert.equal(account.body.plan.id, 'free');
    assert.deepEqual(account.body.limits, free!.limits);
  });

  test('messages per period: concurrent sends at the edge never overshoot; the refusal names the limit and writes nothing', async () => {
    const owner = await buildAccount(server.client);
    await setLimits(owner, { messages_per_period: 5 });
    const sender = await linkSandbox(server.client, owner.key, number());
    const attempts = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        server.client.post<Schemas['Message']>('/v1/messages', { connection_id: sender.id, to: number(), type: 'text', text: { body: `n${i}` } }, { key: owner.key }),
      ),
    );
    for (const response of attempts) assertConforms('createMessage', response);
    const accepted = attempts.filter((response) => response.status === 202);
    assert.equal(accepted.length, 5, 'exactly the limit is accepted');
    for (const refused of attempts.filter((response) => response.status !== 202)) {
      const error = assertError(refused, 403, 'plan_limit_reached');
      assert.equal(error.param, 'messages_per_period');
      assert.deepEqual(error.limit, { name: 'messages_per_period', value: 5, used: 5, plan: 'free' });
      assert.match(error.message, /Free plan allows 5 messages per billing period in test mode, and 5 have been accepted/);
      assert.match(error.message, /POST \/v1\/billing\/checkout-sessions/);
    }
    const stored = await server.services.db.system((trx) => trx('messages').where({ account_id: owner.account.id, direction: 'outbound' }));
    assert.equal(stored.length, 5, 'a refused send stores no message');
    assert.equal((await eventsOf(owner, 'message.queued')).length, 5, 'and no event');
    const ledger = await server.services.db.system((trx) => trx('usage_entries').where({ account_id: owner.account.id, category: 'messages_accepted_text' }));
    assert.equal(ledger.length, 5, 'and no ledger entry');

    // The alerts: 80 % (the 4th message) and 100 % (the 5th), once each. The sends committed together, so
    // none saw the others: each near a threshold checks again once committed, and the alerts follow.
    const alerts = (await eventually(() => eventsOf(owner, 'usage.threshold_reached'), (rows) => rows.length >= 2)).map((row) => row.data.object);
    assert.deepEqual(alerts.map((alert) => [alert.limit, alert.percent, alert.threshold, alert.value]), [
      ['messages_per_period', 80, 4, 5],
      ['messages_per_period', 100, 5, 5],
    ]);
    for (const alert of alerts) assert.ok(alert.used >= alert.threshold && alert.used <= 5, JSON.stringify(alert));
    await reachMissedThresholds(server.services);
    assert.equal((await eventsOf(owner, 'usage.threshold_reached')).length, 2, 'the usage worker finds nothing more to raise');
    // Raising the limit lets sends through again; an alert already reached this period does not fire twice.
    await setLimits(owner, { messages_per_period: 6 });
    await send(server.client, owner.key, { connection_id: sender.id, to: number(), type: 'text', text: { body: 'one more' } });
    assert.equal((await eventsOf(owner, 'usage.threshold_reached')).length, 2);
    // Live mode counts apart: its own period counter, the same limit.
    const live = await buildApiKey(server.client, owner, { mode: 'live' });
    const liveUsage = await usage(owner, '', live.secret);
    assert.equal(liveUsage.body.mode, 'live');
    assert.equal(liveUsage.body.totals.messages_accepted_text, 0);
  });

  test('messages per period over many slots: 60 concurrent sends at a limit of 40 admit exactly 40, no slot past its share', async () => {
    const owner = await buildAccount(server.client);
    await setLimits(owner, { messages_per_period: 40 });
    const sender = await linkSandbox(server.client, owner.key, number());
    const attempts = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        server.client.post<Schemas['Message']>('/v1/messages', { connection_id: sender.id, to: number(), type: 'text', text: { body: `m${i}` } }, { key: owner.key }),
      ),
    );
    assert.deepEqual(
      [attempts.filter((response) => response.status === 202).length, attempts.filter((response) => response.status === 403).length],
      [40, 20],
      JSON.stringify(attempts.filter((response) => response.status !== 202 && response.status !== 403).map((response) => response.body)),
    );
    const slots = (await server.services.db.system((trx) => trx('usage_periods').where({ account_id: owner.account.id, mode: 'test' }).orderBy('slot'))) as Array<{
      slot: number;
      messages: string;
    }>;
    assert.equal(slots.length, USAGE_SLOTS);
    for (const { slot, messages } of slots) {
      const share = Math.floor(40 / USAGE_SLOTS) + (slot < 40 % USAGE_SLOTS ? 1 : 0);
      assert.equal(Number(messages), share, `slot ${slot} is full at its share`);
    }
    const stored = await server.services.db.system((trx) => trx('messages').where({ account_id: owner.account.id, direction: 'outbound' }));
    assert.equal(stored.length, 40);
    assert.equal((await usage(owner)).body.totals.messages_accepted_text, 40, 'the daily totals, summed over their slots');
    await eventually(() => eventsOf(owner, 'usage.threshold_reached'), (rows) => rows.length === 2);
  });

  test('the usage worker raises a messages threshold that no send saw, once', async () => {
    const owner = await buildAccount(server.client);
    await setLimits(owner, { messages_per_period: 10 });
    const sender = await linkSandbox(server.client, owner.key, number());
    await send(server.client, owner.key, { connection_id: sender.id, to: number(), type: 'text', text: { body: 'first' } });
    // As if nine more had committed together, each unseen by the others, and the process had stopped before
    // checking again: the counter is at the limit and no alert was raised.
    await server.services.db.system((trx) => trx('usage_periods').where({ account_id: owner.account.id, mode: 'test' }).where('slot', '<', 10).update({ messages: 1 }));
    assert.equal((await eventsOf(owner, 'usage.threshold_reached')).length, 0);
    await reachMissedThresholds(server.services);
    const alerts = (await eventsOf(owner, 'usage.threshold_reached')).map((row) => row.data.object);
    assert.deepEqual(alerts.map((alert) => [alert.percent, alert.threshold, alert.used, alert.value, alert.mode]), [
      [80, 8, 10, 10, 'test'],
      [100, 10, 10, 10, 'test'],
    ]);
    await reachMissedThresholds(server.services);
    assert.equal((await eventsOf(owner, 'usage.threshold_reached')).length, 2, 'each once per period');
    const refused = await server.client.post('/v1/messages', { connection_id: sender.id, to: number(), type: 'text', text: { body: 'over' } }, { key: owner.key });
    assert.equal(assertError(refused, 403, 'plan_limit_reached').limit?.used, 10);
  });

  test('connections, API keys, webhook endpoints and contacts: each limit holds at its edge under concurrent requests', async () => {
    const owner = await buildAccount(server.client);
    await setLimits(owner, { connections: 2, api_keys: 3, webhook_endpoints: 2, contacts: 4 });
    const at = async (limit: string, requests: Array<() => Promise<{ status: number; body: unknown }>>, created: number, success: number) => {
      const responses = await Promise.all(requests.map((request) => request()));
      assert.equal(responses.filter((response) => response.status === success).length, created, `${limit}: ${JSON.stringify(responses.map((r) => r.status))}`);
      for (const refused of responses.filter((response) => response.status !== success)) {
        const error = assertError(refused as never, 403, 'plan_limit_reached');
        assert.equal(error.param, limit);
        assert.equal(error.limit?.name, limit);
      }
    };
    const times = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));
    await at('connections', times(5, () => () => server.client.post('/v1/connections', {}, { key: owner.key })), 2, 201);
    // The signup's key is one of the three test-mode keys.
    await at('api_keys', times(5, (i) => () => server.client.post('/v1/api-keys', { name: `k${i}`, mode: 'test' }, { cookie: owner.cookie, csrf: owner.csrf })), 2, 201);
    await at('webhook_endpoints', times(4, (i) => () => server.client.post('/v1/webhook-endpoints', { url: `https://1.1.1.1/hook/${i}`, events: ['*'] }, { key: owner.key })), 2, 201);
    await at('contacts', times(6, () => () => server.client.post('/v1/contacts', { phone_number: number() }, { key: owner.key })), 4, 201);
    // Revoking a key frees its place; live mode has places of its own.
    assert.equal((await server.client.post('/v1/api-keys', { name: 'live', mode: 'live' }, { cookie: owner.cookie, csrf: owner.csrf })).status, 201);
    const counts = await server.services.db.system(async (trx) => ({
      connections: Number((await trx('connections').where({ account_id: owner.account.id }).count({ n: '*' }))[0]!.n),
      contacts: Number((await trx('contacts').where({ account_id: owner.account.id }).count({ n: '*' }))[0]!.n),
    }));
    assert.deepEqual(counts, { connections: 2, contacts: 4 });
    const alerts = (await eventsOf(owner, 'usage.threshold_reached')).map((row) => `${row.data.object.limit}:${row.data.object.percent}`);
    for (const expected of ['connections:80', 'connections:100', 'api_keys:80', 'api_keys:100', 'webhook_endpoints:100', 'contacts:80', 'contacts:100']) {
      assert.ok(alerts.includes(expected), `${expected} in ${alerts.join(', ')}`);
    }
  });

  test('an import that would pass the contacts limit is refused whole, with the counts', async () => {
    const owner = await buildAccount(server.client);
    await setLimits(owner, { contacts: 3 });
    assert.equal((await server.client.post('/v1/contacts', { phone_number: number() }, { key: owner.key })).status, 201);
    const csv = `phone\n${[number(), number(), number()].join('\n')}\n`;
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'contacts.csv');
    const refused = await server.client.request('POST', '/v1/contacts/import', undefined, { key: owner.key, raw: form });
    const error = assertError(refused, 403, 'plan_limit_reached');
    assert.deepEqual(error.limit, { name: 'contacts', value: 3, used: 1, plan: 'free' });
    assert.match(error.message, /this would add 3/);
    assert.match(error.message, /Nothing was imported/);
    const stored = await server.services.db.system((trx) => trx('contacts').where({ account_id: owner.account.id }));
    assert.equal(stored.length, 1);
  });

  test('a bulk job at the messages limit: the recipients past it fail with plan_limit_reached and leave no message behind', async () => {
    const owner = await buildAccount(server.client);
    await setLimits(owner, { messages_per_period: 3 });
    const sender = await linkSandbox(server.client, owner.key, number());
    const jobs = jobsOf(server, owner.key);
    const created = await jobs.create({ connection_ids: [sender.id], type: 'text', text: { body: 'hi' }, recipients: [1, 2, 3, 4, 5].map(() => ({ to: number() })) });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const job = await jobs.waitFor(created.body.id, (j) => j.status === 'completed');
    assert.equal(job.counts.failed, 2);
    const failed = (await jobs.recipients(job.id)).filter((recipient) => recipient.status === 'failed');
    assert.deepEqual(failed.map((recipient) => recipient.reason?.code), ['plan_limit_reached', 'plan_limit_reached']);
    const stored = await server.services.db.system((trx) => trx('messages').where({ account_id: owner.account.id, direction: 'outbound' }));
    assert.equal(stored.length, 3);
    const totals = (await usage(owner)).body.totals;
    assert.equal(totals.messages_accepted_bulk, 3);
  });

  test('the ledger counts each billable thing once, by category, and GET /v1/usage reads it by day and month', async () => {
    const owner = await buildAccount(server.client);
    const [sender, peer] = [await linkSandbox(server.client, owner.key, number()), await linkSandbox(server.client, owner.key, number())];
    const template = await server.client.post('/v1/templates', { name: 'usage_hello', language: 'en', category: 'utility', body: 'Hello {{name}}' }, { key: owner.key });
    assert.equal(template.status, 201, JSON.stringify(template.body));
    const text = await send(server.client, owner.key, { connection_id: sender.id, to: peer.phone_number, type: 'text', text: { body: 'hi' } });
    const fromTemplate = await send(server.client, owner.key, { connection_id: sender.id, to: peer.phone_number, template: { name: 'usage_hello', language: 'en' }, variables: { name: 'Ada' } });
    const poll = await send(server.client, owner.key, { connection_id: sender.id, to: peer.phone_number, type: 'poll', poll: { question: 'Tea?', options: ['yes', 'no'] } });
    for (const message of [text, fromTemplate, poll]) await waitForMessage(server.client, owner.key, message.id, hasStatus('read', 'delivered'));
    // The peer is a connection of the same account: what it received counts as inbound messages.
    const inbound = await server.client.post('/v1/sandbox/inbound', { connection_id: sender.id, from: number(), type: 'text', text: { body: 'hello back' } }, { key: owner.key });
    assert.equal(inbound.status, 201, JSON.stringify(inbound.body));
    const checked = await server.client.post('/v1/contacts/check', { connection_id: sender.id, phone_numbers: [number(), number(), 'not a number'] }, { key: owner.key });
    assert.equal(checked.status, 200, JSON.stringify(checked.body));

    const response = await usage(owner);
    assertConforms('getUsage', response);
    const { totals } = response.body;
    assert.equal(totals.messages_accepted_text, 2, 'a poll is a session message, as a text is');
    assert.equal(totals.messages_accepted_template, 1);
    assert.equal(totals.messages_accepted_media, 0);
    assert.equal(totals.messages_sent_text, 2);
    assert.equal(totals.messages_sent_template, 1);
    assert.equal(totals.messages_inbound, 4, "the three the peer connection received, and the sandbox's inbound one");
    assert.equal(totals.number_checks, 2, 'the numbers looked up, not the invalid input');
    assert.equal(totals.connection_days, 2);
    // The workers' minute-by-minute count (for connections that stay connected past midnight) adds nothing today.
    assert.equal(await server.services.db.system((trx) => countConnectionDays(trx, server.services.config)), 0);
    assert.equal((await usage(owner)).body.totals.connection_days, 2, 'a connection counts once a day');
    const day = response.body.data.find((bucket) => bucket.start === today());
    assert.deepEqual(day?.totals, totals, 'everything happened today');

    // The same by month, one category, and live apart from test.
    const month = await usage(owner, `?start=${today()}&end=${today()}&granularity=month&category=messages_sent_text`);
    assertConforms('getUsage', month);
    assert.deepEqual(month.body.totals, { messages_sent_text: 2 });
    assert.deepEqual(month.body.data, [{ start: today(), end: today(), totals: { messages_sent_text: 2 } }]);
    const year = await usage(owner, '?start=2026-01-01&end=2026-12-31&granularity=month');
    assert.deepEqual(year.body.data.map((bucket) => [bucket.start, bucket.end]).slice(0, 2), [['2026-01-01', '2026-01-31'], ['2026-02-01', '2026-02-28']]);
    assert.equal(year.body.data.length, 12);

    // Bad ranges: typed errors.
    assertError(await usage(owner, '?start=2026-12-02&end=2026-12-01'), 400, 'usage_range_invalid');
    assertError(await usage(owner, '?start=2025-01-01&end=2026-01-02'), 400, 'usage_range_too_long');
    assertError(await usage(owner, '?start=yesterday'), 400, 'parameter_invalid');
    assertError(await usage(owner, '?category=bananas'), 400, 'parameter_invalid');
  });

  test('usage thresholds: the account adds its own, the defaults cannot be added or removed, and each fires once', async () => {
    const owner = await buildAccount(server.client);
    const create = (body: Record<string, unknown>) => server.client.post<Schemas['UsageThreshold']>('/v1/usage/thresholds', body, { key: owner.key });
    const half = await create({ limit: 'messages_per_period', percent: 50 });
    assertConforms('createUsageThreshold', half);
    assert.equal(half.status, 201);
    assertError(await create({ limit: 'messages_per_period', percent: 50 }), 409, 'usage_threshold_exists');
    assertError(await create({ limit: 'messages_per_period', percent: 80 }), 409, 'usage_threshold_exists');
    assertError(await create({ limit: 'bananas', percent: 10 }), 400, 'parameter_invalid');
    assertError(await create({ limit: 'contacts', percent: 0 }), 400, 'parameter_invalid');
    const list = await server.client.get<Schemas['UsageThresholdList']>('/v1/usage/thresholds', { key: owner.key });
    assertConforms('listUsageThresholds', list);
    assert.deepEqual(list.body.defaults, [80, 100]);
    assert.deepEqual(list.body.data.map((threshold) => threshold.id), [half.body.id]);

    await setLimits(owner, { messages_per_period: 4 });
    const sender = await linkSandbox(server.client, owner.key, number());
    for (let i = 0; i < 2; i++) await send(server.client, owner.key, { connection_id: sender.id, to: number(), type: 'text', text: { body: 'x' } });
    const alerts = await eventsOf(owner, 'usage.threshold_reached');
    assert.deepEqual(alerts.map((row) => row.data.object.percent), [50]);
    assert.equal(alerts[0].mode, 'test');

    const removed = await server.client.delete(`/v1/usage/thresholds/${half.body.id}`, { key: owner.key });
    assertConforms('deleteUsageThreshold', removed);
    assertError(await server.client.delete(`/v1/usage/thresholds/${half.body.id}`, { key: owner.key }), 404, 'resource_missing');
  });

  test('the platform admin moves an account to a plan: its limits follow, account.plan_changed is written, a bad plan changes nothing', async () => {
    const owner = await buildAccount(server.client);
    await setLimits(owner, { contacts: 7 });
    assertError(await adminUpdate(owner.account.id, { plan: 'platinum', limits: { contacts: 9 } }), 400, 'plan_unknown');
    assert.equal((await server.client.get<Schemas['CurrentAccount']>('/v1/account', { key: owner.key })).body.limits.contacts, 7, 'nothing changed');
    assertError(await server.client.request('PATCH', `/v1/admin/accounts/${owner.account.id}`, { plan: 'pro' }, { cookie: owner.cookie, csrf: owner.csrf }), 403, 'platform_admin_required');

    const moved = await adminUpdate(owner.account.id, { plan: 'pro', limits: { contacts: null } });
    assertConforms('adminUpdateAccount', moved);
    assert.equal(moved.body.plan.id, 'pro');
    assert.equal(moved.body.limits.connections, 5);
    assert.equal(moved.body.limits.contacts, 50_000, "the override is gone: the plan's");
    const [changed] = await eventsOf(owner, 'account.plan_changed');
    assert.equal(changed.mode, 'live');
    assert.equal(changed.data.object.previous_plan, 'free');
    assert.equal(changed.data.object.plan.id, 'pro');
    assert.equal(changed.data.object.cause, 'admin');
    // The same plan again changes nothing and writes nothing.
    await adminUpdate(owner.account.id, { plan: 'pro' });
    assert.equal((await eventsOf(owner, 'account.plan_changed')).length, 1);
  });
});
