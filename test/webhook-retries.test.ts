// The dispatcher's failure handling, driven step by step with an injected clock instead of sleeps: the retry
// schedule with its jitter, Retry-After, 410 and five days of failures disabling an endpoint (with its event),
// recovery, the address check at delivery time, timeouts, and a slow endpoint not holding up the others. The
// API runs without a worker (on a database of its own), so the dispatcher under test is the only one.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { components } from '../server/generated/openapi.js';
import { anyAddress, isPublicAddress, type AddressPolicy } from '../server/media/address-policy.js';
import { SecretBox } from '../server/platform/crypto.js';
import { Database } from '../server/platform/db/database.js';
import { createLogger } from '../server/platform/logger.js';
import { purgeFinishedDeliveries } from '../server/webhook-endpoints/deliveries.js';
import { WebhookDispatcher, type DispatcherOptions } from '../webhooks/dispatcher.js';
import { RETRY_AFTER_MAX_MS, RETRY_DELAYS_MS, JITTER } from '../webhooks/schedule.js';
import { assertConforms } from './helpers/contract.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { buildAccount, type TestAccount } from './helpers/factories.js';
import { startTestServer, TEST_ENCRYPTION_KEY, type TestServer } from './helpers/server.js';
import { startWebhookReceiver, type WebhookReceiver } from './helpers/webhook-receiver.js';

type Schemas = components['schemas'];
const DAY_MS = 86_400_000;

describe('webhook retries and endpoint health', () => {
  let scratch: ScratchDatabase;
  let server: TestServer;
  let receiver: WebhookReceiver;
  let db: Database;
  let owner: TestAccount;
  /** The dispatcher's clock: tests move it instead of waiting. */
  let now: number;
  const dispatchers: WebhookDispatcher[] = [];

  before(async () => {
    scratch = await createScratchDatabase();
    receiver = await startWebhookReceiver();
    server = await startTestServer({ DATABASE_URL: scratch.url, PARLEY_ROLE: 'api', WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' });
    db = new Database(scratch.url);
  });
  beforeEach(async () => {
    // A fresh account per test: a test's deliveries are the only ones due.
    owner = await buildAccount(server.client);
    now = Date.now();
  });
  after(async () => {
    await Promise.all(dispatchers.map((d) => d.stop()));
    await db?.close();
    await server?.stop();
    await receiver?.close();
    await scratch?.drop();
  });

  const dispatcher = (options: Partial<DispatcherOptions> & { policy?: AddressPolicy } = {}) => {
    const created = new WebhookDispatcher({
      db,
      secrets: new SecretBox(TEST_ENCRYPTION_KEY),
      logger: createLogger('silent'),
      policy: anyAddress,
      clock: () => new Date(now),
      random: () => 0.5,
      ...options,
    });
    dispatchers.push(created);
    return created;
  };
  let paths = 0;
  const createEndpoint = async (events: string[], url?: string) => {
    const path = `/retries/${++paths}`;
    const response = await server.client.post<Schemas['WebhookEndpoint']>('/v1/webhook-endpoints', { url: url ?? receiver.url(path), events }, { key: owner.key });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    return { ...response.body, path };
  };
  let phones = 0;
  const optOut = async () => {
    const response = await server.client.post('/v1/opt-outs', { phone_number: `+1415555${String(3000 + ++phones)}` }, { key: owner.key });
    assert.equal(response.status, 201);
    // The event's delivery is due from the moment it was written, by the database's clock.
    now = Math.max(now, Date.now());
  };
  const deliveriesOf = async (endpointId: string) =>
    (await server.client.get<Schemas['WebhookDeliveryList']>(`/v1/webhook-endpoints/${endpointId}/deliveries?limit=100`, { key: owner.key })).body.data;
  const only = async (endpointId: string) => {
    const [delivery, ...rest] = await deliveriesOf(endpointId);
    assert.equal(rest.length, 0);
    return delivery!;
  };
  const attemptsOf = async (deliveryId: string) => {
    const response = await server.client.get<Schemas['WebhookAttemptList']>(`/v1/webhook-deliveries/${deliveryId}/attempts?limit=100`, { key: owner.key });
    assertConforms('listWebhookDeliveryAttempts', response);
    return response.body.data;
  };
  const endpointOf = async (id: string) => (await server.client.get<Schemas['WebhookEndpoint']>(`/v1/webhook-endpoints/${id}`, { key: owner.key })).body;

  test('a failing endpoint is retried on the schedule (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, with jitter), then the delivery fails', async () => {
    const endpoint = await createEndpoint(['opt_out.created']);
    receiver.answer(endpoint.path, { status: 500, body: 'database down' });
    // Jitter drawn at both ends of its range, alternately.
    let draw = 0;
    const worker = dispatcher({ random: () => (draw++ % 2 === 0 ? 0 : 0.999999) });
    await optOut();
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 8; attempt += 1) {
      assert.equal(await worker.runDue(), 1, `attempt ${attempt} is due`);
      const delivery = await only(endpoint.id);
      assert.equal(delivery.attempt_count, attempt);
      if (attempt === 8) {
        assert.deepEqual([delivery.status, delivery.next_attempt_at], ['failed', null]);
        break;
      }
      assert.equal(delivery.status, 'pending');
      const wait = Date.parse(delivery.next_attempt_at!) - now;
      waits.push(wait);
      // Not early: a moment before the wait is over nothing is due.
      now += wait - 1_000;
      assert.equal(await worker.runDue(), 0, `nothing is due before retry ${attempt}`);
      now += 1_000;
    }
    assert.equal(waits.length, RETRY_DELAYS_MS.length);
    waits.forEach((wait, i) => {
      const scheduled = RETRY_DELAYS_MS[i]!;
      assert.ok(Math.abs(wait - scheduled) <= scheduled * JITTER + 1, `retry ${i + 1}: ${wait} ms is ${scheduled} ms ±${JITTER * 100} %`);
    });
    assert.ok(waits[0]! < RETRY_DELAYS_MS[0] && waits[1]! > RETRY_DELAYS_MS[1], 'jitter moves waits both ways');

    const attempts = await attemptsOf((await only(endpoint.id)).id);
    assert.equal(attempts.length, 8);
    assert.ok(attempts.every((a) => a.status_code === 500 && a.response_body === 'database down' && a.error === 'the endpoint answered 500'));
    const sent = receiver.on(endpoint.path);
    assert.equal(sent.length, 8);
    assert.equal(new Set(sent.map((w) => w.headers['webhook-id'])).size, 1, 'the same webhook-id on every retry');
    assert.equal(new Set(sent.map((w) => w.headers['webhook-timestamp'])).size, 8, 'each attempt is signed afresh');
    assert.ok((await endpointOf(endpoint.id)).enabled, 'a day of failures does not disable an endpoint');
  });

  test('Retry-After on 429 and 503 replaces the scheduled wait, within 5 s and 10 h', async () => {
    const endpoint = await createEndpoint(['opt_out.created']);
    const worker = dispatcher();
    await optOut();
    const answers = [
      { answer: { status: 429, headers: { 'retry-after': '120' } }, wait: 120_000 },
      { answer: { status: 503, headers: { 'retry-after': '999999' } }, wait: RETRY_AFTER_MAX_MS },
      { answer: { status: 429, headers: { 'retry-after': '0' } }, wait: 5_000 },
      { answer: { status: 503, headers: { 'retry-after': 'in an hour' } }, wait: 3_600_000 },
      // Only 429 and 503 are asked to wait: a 500's Retry-After is ignored and the schedule (5 h ±10 %) applies.
      { answer: { status: 500, headers: { 'retry-after': '10' } }, wait: RETRY_DELAYS_MS[4] },
    ];
    for (const { answer, wait } of answers) {
      if (answer.headers['retry-after'] === 'in an hour') answer.headers['retry-after'] = new Date(now + 3_600_000).toUTCString();
      receiver.answer(endpoint.path, answer);
      assert.equal(await worker.runDue(), 1);
      const delivery = await only(endpoint.id);
      const actual = Date.parse(delivery.next_attempt_at!) - now;
      // The HTTP date has whole seconds.
      assert.ok(Math.abs(actual - wait) <= 1_000, `${answer.status} ${answer.headers['retry-after']}: waits ${actual} ms, not ${wait}`);
      now += actual;
    }
  });

  test('410 Gone disables the endpoint at once: its pending deliveries fail, webhook_endpoint.disabled goes to the others; recover after enabling redelivers', async () => {
    const gone = await createEndpoint(['opt_out.created']);
    const watcher = await createEndpoint(['webhook_endpoint.disabled']);
    receiver.answer(gone.path, { status: 410 });
    const worker = dispatcher({ maxInFlight: 1 });
    await optOut();
    await optOut();
    // One attempt at a time: the first answers 410, the second is still pending when the endpoint is disabled,
    // and is not attempted.
    assert.equal(await worker.runDue(), 1);
    const disabled = await endpointOf(gone.id);
    assert.deepEqual([disabled.enabled, disabled.disabled_reason], [false, 'endpoint_gone']);
    const deliveries = await deliveriesOf(gone.id);
    assert.deepEqual(deliveries.map((d) => d.status), ['failed', 'failed']);
    assert.equal(receiver.on(gone.path).length, 1, 'nothing more is sent to an endpoint that is gone');
    assert.ok(deliveries.some((d) => d.attempt_count === 0 && /disabled/.test(d.last_error ?? '')));

    now = Date.now();
    await worker.runDue();
    const [notice] = receiver.on(watcher.path);
    assert.ok(notice, 'the account\'s other endpoint hears of it');
    const event = JSON.parse(notice.body) as Schemas['WebhookEndpointDisabledEvent'];
    assert.equal(event.type, 'webhook_endpoint.disabled');
    assert.deepEqual([event.data.object.id, event.data.object.disabled_reason], [gone.id, 'endpoint_gone']);

    // Fixed: the owner enables it and asks for what it missed.
    receiver.answer(gone.path, { status: 200 });
    const enabled = await server.client.request<Schemas['WebhookEndpoint']>('PATCH', `/v1/webhook-endpoints/${gone.id}`, { enabled: true }, { key: owner.key });
    assert.deepEqual([enabled.body.enabled, enabled.body.disabled_reason, enabled.body.failing_since], [true, null, null]);
    const recovered = await server.client.post<Schemas['WebhookRecovery']>(`/v1/webhook-endpoints/${gone.id}/recover`, { since: new Date(Date.now() - 60_000).toISOString() }, { key: owner.key });
    assertConforms('recoverWebhookEndpoint', recovered);
    assert.equal(recovered.status, 202);
    assert.equal(recovered.body.requeued, 2);
    now = Date.now();
    assert.equal(await worker.runDue(), 2);
    assert.deepEqual((await deliveriesOf(gone.id)).map((d) => d.status), ['succeeded', 'succeeded']);
    assert.equal(new Set(receiver.on(gone.path).slice(1).map((w) => w.headers['webhook-id'])).size, 2, 'both events arrived');
  });

  test('an endpoint failing every attempt for 5 days is disabled; a success in between resets the count', async () => {
    const endpoint = await createEndpoint(['opt_out.created']);
    const worker = dispatcher();
    receiver.answer(endpoint.path, { status: 500 });
    await optOut();
    const start = now;
    await worker.runDue();
    assert.equal((await endpointOf(endpoint.id)).failing_since, new Date(start).toISOString());

    // Four days on, one success: the streak is over.
    now = start + 4 * DAY_MS;
    receiver.answer(endpoint.path, { status: 200 });
    await optOut();
    await worker.runDue();
    assert.equal((await endpointOf(endpoint.id)).failing_since, null);

    // Failing again from day 4: on day 8 it has failed for 4 days and stays enabled; past day 9 it is disabled.
    receiver.answer(endpoint.path, { status: 500 });
    await optOut();
    await worker.runDue();
    now = start + 8 * DAY_MS;
    await optOut();
    await worker.runDue();
    assert.equal((await endpointOf(endpoint.id)).enabled, true);
    now = start + 9 * DAY_MS + 60_000;
    await optOut();
    await worker.runDue();
    const disabled = await endpointOf(endpoint.id);
    assert.deepEqual([disabled.enabled, disabled.disabled_reason], [false, 'endpoint_failing']);
    assert.ok((await deliveriesOf(endpoint.id)).every((d) => d.status !== 'pending'));
    const events = await server.client.get<Schemas['EventList']>('/v1/events?type=webhook_endpoint.disabled', { key: owner.key });
    assert.deepEqual(events.body.data.map((e) => (e.data.object as Schemas['WebhookEndpoint']).id), [endpoint.id]);
  });

  test('the address is checked again at delivery: a name or IP that is private now is refused, and nothing is sent', async () => {
    // Saved while the deployment allowed private networks; delivered by a dispatcher that does not.
    const byName = await createEndpoint(['opt_out.created'], receiver.url('/by-name').replace('127.0.0.1', 'localhost'));
    const byAddress = await createEndpoint(['opt_out.created'], receiver.url('/by-address'));
    const worker = dispatcher({ policy: isPublicAddress });
    await optOut();
    assert.equal(await worker.runDue(), 2);
    for (const endpoint of [byName, byAddress]) {
      const delivery = await only(endpoint.id);
      assert.equal(delivery.status, 'pending');
      assert.equal(delivery.last_status_code, null);
      assert.match(delivery.last_error!, /private, loopback, link-local or reserved network/);
    }
    assert.equal(receiver.on('/by-name').length + receiver.on('/by-address').length, 0);
  });

  test('no answer within the timeout is a failed attempt; a slow endpoint does not hold up the others', async () => {
    const slow = await createEndpoint(['opt_out.created']);
    const fast = await createEndpoint(['opt_out.created']);
    receiver.answer(slow.path, 'hang');
    now = Date.now();
    const worker = dispatcher({ clock: () => new Date(), requestTimeoutMs: 1_000, claimTimeoutMs: 5_000, maxPerEndpoint: 2, pollMs: 50 });
    await worker.start();
    for (let i = 0; i < 5; i += 1) await optOut();
    await receiver.waitFor(fast.path, 5, 5_000);
    assert.equal(receiver.on(slow.path).length, 2, 'at most 2 attempts at once to one endpoint');
    await receiver.waitFor(slow.path, 5, 10_000);
    const [timedOut] = (await deliveriesOf(slow.id)).filter((d) => d.last_error !== null);
    assert.ok(timedOut, 'attempts that got no answer are recorded');
    assert.equal(timedOut.last_error, 'no answer within 1 s');
    const [attempt] = await attemptsOf(timedOut.id);
    assert.ok(attempt!.latency_ms >= 1_000 && attempt!.latency_ms < 3_000, `${attempt!.latency_ms} ms`);
    await worker.stop();
    receiver.release();
  });

  test('a retry asked for while an attempt is under way is kept: the delivery is attempted again afterwards', async () => {
    const endpoint = await createEndpoint(['opt_out.created']);
    receiver.answer(endpoint.path, 'hang');
    const worker = dispatcher();
    await optOut();
    const running = worker.runDue();
    await receiver.waitFor(endpoint.path, 1);
    const delivery = await only(endpoint.id);
    const retry = await server.client.post<Schemas['WebhookDeliveryRetry']>(`/v1/webhook-deliveries/${delivery.id}/retry`, {}, { key: owner.key });
    assert.equal(retry.body.previous_status, 'pending');
    now = Date.now();
    receiver.answer(endpoint.path, { status: 200 });
    receiver.release({ status: 500 });
    // The attempt under way fails; the retry stands and is attempted (and succeeds) in the same run.
    assert.equal(await running, 2);
    const done = await only(endpoint.id);
    assert.deepEqual([done.status, done.attempt_count, done.last_status_code], ['succeeded', 2, 200]);
    assert.deepEqual((await attemptsOf(done.id)).map((a) => a.status_code), [200, 500]);
  });

  test('finished deliveries and their attempts are kept 30 days, then purged; pending ones stay', async () => {
    const endpoint = await createEndpoint(['opt_out.created']);
    const worker = dispatcher();
    await optOut();
    await optOut();
    await worker.runDue();
    await optOut();
    const [pending, recent, old] = await deliveriesOf(endpoint.id);
    assert.deepEqual([pending!.status, recent!.status, old!.status], ['pending', 'succeeded', 'succeeded']);
    await db.system((trx) => trx('webhook_deliveries').where({ id: old!.id }).update({ finished_at: new Date(Date.now() - 31 * DAY_MS) }));
    assert.equal(await purgeFinishedDeliveries(db), 1);
    assert.deepEqual((await deliveriesOf(endpoint.id)).map((d) => d.id), [pending!.id, recent!.id]);
    const attempts = await db.system((trx) => trx('webhook_attempts').where({ delivery_id: old!.id }).count({ n: '*' }).first());
    assert.equal(Number(attempts?.n), 0);    // Every test's dispatcher sees every account's deliveries: leave none due behind.
    assert.equal(await worker.runDue(), 1);
  });

  test('an endpoint deleted while an attempt is under way: the attempt ends quietly and leaves nothing behind', async () => {
    const endpoint = await createEndpoint(['opt_out.created']);
    receiver.answer(endpoint.path, 'hang');
    const worker = dispatcher();
    await optOut();
    const running = worker.runDue();
    await receiver.waitFor(endpoint.path, 1);
    const deleted = await server.client.request('DELETE', `/v1/webhook-endpoints/${endpoint.id}`, undefined, { key: owner.key });
    assert.equal(deleted.status, 200);
    receiver.release();
    assert.equal(await running, 1);
    const left = await db.system((trx) => trx('webhook_attempts').where({ endpoint_id: endpoint.id }).count({ n: '*' }).first());
    assert.equal(Number(left?.n), 0);
  });
});
