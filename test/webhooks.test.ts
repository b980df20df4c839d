// Webhook delivery end to end: a real Parley (API and worker in one process, on a database of its own) delivers
// events to a real HTTP receiver, which verifies every delivery with svix's Webhook.verify. Covers the payload
// and headers, subscriptions, test events, secret rotation (two valid signatures), the attempt log, manual
// retry, and the bad input around them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Webhook } from 'svix';
import type { components } from '../server/generated/openapi.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { buildAccount, buildApiKey, type TestAccount } from './helpers/factories.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { startWebhookReceiver, type ReceivedWebhook, type WebhookReceiver } from './helpers/webhook-receiver.js';

type Schemas = components['schemas'];

describe('webhook delivery', () => {
  let scratch: ScratchDatabase;
  let server: TestServer;
  let receiver: WebhookReceiver;
  let owner: TestAccount;

  before(async () => {
    scratch = await createScratchDatabase();
    receiver = await startWebhookReceiver();
    server = await startTestServer({ DATABASE_URL: scratch.url, PARLEY_ROLE: 'all', WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' });
    owner = await buildAccount(server.client);
  });
  after(async () => {
    await server?.stop();
    await receiver?.close();
    await scratch?.drop();
  });

  let paths = 0;
  const createEndpoint = async (events: string[], key = owner.key) => {
    const path = `/hooks/${++paths}`;
    const response = await server.client.post<Schemas['WebhookEndpoint']>('/v1/webhook-endpoints', { url: receiver.url(path), events }, { key });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    return { ...response.body, secret: response.body.secret!, path };
  };
  let phones = 0;
  const optOut = async (key = owner.key) => {
    const response = await server.client.post<Schemas['OptOut']>('/v1/opt-outs', { phone_number: `+1415555${String(2000 + ++phones)}` }, { key });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    return response.body;
  };
  const eventOf = async (type: string, objectId: string, key = owner.key) => {
    const list = await server.client.get<Schemas['EventList']>(`/v1/events?type=${type}&limit=100`, { key });
    const event = list.body.data.find((e) => (e.data.object as { id?: string }).id === objectId);
    assert.ok(event, `no ${type} event for ${objectId}`);
    return event;
  };
  const verify = (secret: string, webhook: ReceivedWebhook) => new Webhook(secret).verify(webhook.body, webhook.headers);
  const deliveriesOf = async (endpointId: string, query = '') => {
    const response = await server.client.get<Schemas['WebhookDeliveryList']>(`/v1/webhook-endpoints/${endpointId}/deliveries${query}`, { key: owner.key });
    assertConforms('listWebhookDeliveries', response);
    return response.body.data;
  };
  const waitForDelivery = async (endpointId: string, done: (delivery: Schemas['WebhookDelivery']) => boolean, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = (await deliveriesOf(endpointId)).find(done);
      if (found) return found;
      if (Date.now() > deadline) assert.fail(`no matching delivery for ${endpointId}: ${JSON.stringify(await deliveriesOf(endpointId))}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  test('an event reaches each subscribed endpoint once, signed, as GET /v1/events/{id} shows it; others get nothing', async () => {
    const subscribed = await createEndpoint(['opt_out.created']);
    const everything = await createEndpoint(['*']);
    const elsewhere = await createEndpoint(['message.received']);
    const optOutRow = await optOut();
    const [webhook] = await receiver.waitFor(subscribed.path, 1);
    const [other] = await receiver.waitFor(everything.path, 1);
    const event = await eventOf('opt_out.created', optOutRow.id);

    assert.deepEqual(verify(subscribed.secret, webhook!), event);
    assert.deepEqual(JSON.parse(webhook!.body), event);
    assert.equal(webhook!.headers['webhook-id'], event.id);
    assert.equal(webhook!.headers['content-type'], 'application/json');
    assert.ok(Math.abs(Number(webhook!.headers['webhook-timestamp']) * 1000 - Date.now()) < 10_000);
    assert.match(webhook!.headers['webhook-signature']!, /^v1,[A-Za-z0-9+/]+=*$/);
    assert.deepEqual(verify(everything.secret, other!), event);
    // Each endpoint's own secret: one endpoint's signature does not verify as another's.
    assert.throws(() => verify(everything.secret, webhook!), /signature/i);

    const delivery = await waitForDelivery(subscribed.id, (d) => d.status === 'succeeded');
    assert.deepEqual(
      { event_id: delivery.event_id, event_type: delivery.event_type, attempt_count: delivery.attempt_count, last_status_code: delivery.last_status_code, next_attempt_at: delivery.next_attempt_at, last_error: delivery.last_error },
      { event_id: event.id, event_type: 'opt_out.created', attempt_count: 1, last_status_code: 200, next_attempt_at: null, last_error: null },
    );
    const attempts = await server.client.get<Schemas['WebhookAttemptList']>(`/v1/webhook-deliveries/${delivery.id}/attempts`, { key: owner.key });
    assertConforms('listWebhookDeliveryAttempts', attempts);
    assert.equal(attempts.body.data.length, 1);
    const [attempt] = attempts.body.data;
    assert.deepEqual(
      { status_code: attempt!.status_code, response_body: attempt!.response_body, error: attempt!.error, url: attempt!.url, endpoint_id: attempt!.endpoint_id },
      { status_code: 200, response_body: 'ok', error: null, url: receiver.url(subscribed.path), endpoint_id: subscribed.id },
    );
    assert.ok(attempt!.latency_ms >= 0 && attempt!.latency_ms < 10_000);
    const found = await server.client.get<Schemas['WebhookDelivery']>(`/v1/webhook-deliveries/${delivery.id}`, { key: owner.key });
    assertConforms('getWebhookDelivery', found);
    assert.deepEqual(found.body, delivery);

    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    const succeeded = /^parley_webhook_attempt_duration_seconds_count\{outcome="succeeded"\} (\d+)$/m.exec(metrics);
    assert.ok(succeeded && Number(succeeded[1]) >= 2, 'the worker counts its attempts in /metrics');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(receiver.on(subscribed.path).length, 1, 'delivered once');
    assert.equal(receiver.on(elsewhere.path).length, 0, 'an endpoint not subscribed to the type gets nothing');
    assert.deepEqual(await deliveriesOf(elsewhere.id), []);
  });

  test('the receiver side of the signature: a tampered body or a stale timestamp fails svix verification', async () => {
    const endpoint = await createEndpoint(['opt_out.created']);
    await optOut();
    const [webhook] = await receiver.waitFor(endpoint.path, 1);
    assert.ok(verify(endpoint.secret, webhook!));
    const tampered = { ...webhook!, body: webhook!.body.replace('"opt_out.created"', '"opt_out.deleted"') };
    assert.throws(() => verify(endpoint.secret, tampered), /signature/i);
    // A replay ten minutes later: the signature is still the endpoint's, but svix refuses the old timestamp.
    const stale = { ...webhook!, headers: { ...webhook!.headers, 'webhook-timestamp': String(Number(webhook!.headers['webhook-timestamp']) - 600) } };
    assert.throws(() => verify(endpoint.secret, stale), /timestamp/i);
  });

  test('after a rotation each delivery carries two signatures, one verifying with each secret', async () => {
    const endpoint = await createEndpoint(['opt_out.created']);
    const rotated = await server.client.post<Schemas['WebhookEndpointSecret']>(`/v1/webhook-endpoints/${endpoint.id}/rotate-secret`, {}, { key: owner.key });
    assert.equal(rotated.status, 200);
    assert.equal(rotated.body.previous_secret, endpoint.secret);
    await optOut();
    const [webhook] = await receiver.waitFor(endpoint.path, 1);
    const signatures = webhook!.headers['webhook-signature']!.split(' ');
    assert.equal(signatures.length, 2);
    assert.ok(verify(rotated.body.secret, webhook!), 'the new secret verifies');
    assert.ok(verify(endpoint.secret, webhook!), 'the old secret verifies during the overlap');
    for (const signature of signatures) {
      const single = { ...webhook!, headers: { ...webhook!.headers, 'webhook-signature': signature } };
      const verifiedBy = [rotated.body.secret, endpoint.secret].filter((secret) => {
        try {
          verify(secret, single);
          return true;
        } catch {
          return false;
        }
      });
      assert.equal(verifiedBy.length, 1, 'each signature is one secret\'s');
    }
  });

  test('POST /test delivers a webhook.test event to that endpoint only', async () => {
    const endpoint = await createEndpoint(['message.failed']);
    const bystander = await createEndpoint(['*']);
    const response = await server.client.post<Schemas['WebhookDelivery']>(`/v1/webhook-endpoints/${endpoint.id}/test`, {}, { key: owner.key });
    assertConforms('testWebhookEndpoint', response);
    assert.equal(response.status, 202);
    assert.deepEqual([response.body.status, response.body.event_type, response.body.endpoint_id], ['pending', 'webhook.test', endpoint.id]);
    const [webhook] = await receiver.waitFor(endpoint.path, 1);
    const payload = verify(endpoint.secret, webhook!) as Schemas['WebhookTestEvent'];
    assert.equal(payload.type, 'webhook.test');
    assert.equal(payload.id, response.body.event_id);
    assert.deepEqual([payload.data.object.object, payload.data.object.endpoint_id], ['webhook_test', endpoint.id]);
    await waitForDelivery(endpoint.id, (d) => d.id === response.body.id && d.status === 'succeeded');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(receiver.on(bystander.path).length, 0);
  });

  test('retrying a delivery that succeeded is allowed, says so, and sends it again under the same webhook-id', async () => {
    const endpoint = await createEndpoint(['opt_out.created']);
    await optOut();
    const [first] = await receiver.waitFor(endpoint.path, 1);
    const delivery = await waitForDelivery(endpoint.id, (d) => d.status === 'succeeded');
    const retry = await server.client.post<Schemas['WebhookDeliveryRetry']>(`/v1/webhook-deliveries/${delivery.id}/retry`, {}, { key: owner.key });
    assertConforms('retryWebhookDelivery', retry);
    assert.equal(retry.status, 202);
    assert.equal(retry.body.previous_status, 'succeeded');
    assert.match(retry.body.message, /already succeeded/);
    assert.equal(retry.body.delivery.status, 'pending');
    const [, second] = await receiver.waitFor(endpoint.path, 2);
    assert.equal(second!.headers['webhook-id'], first!.headers['webhook-id']);
    assert.deepEqual(verify(endpoint.secret, second!), JSON.parse(first!.body));
    const done = await waitForDelivery(endpoint.id, (d) => d.id === delivery.id && d.status === 'succeeded' && d.attempt_count === 2);
    assert.equal(done.last_status_code, 200);
  });

  test('an answer is logged: its status, the first 1 KB of its body; a redirect is not followed', async () => {
    const endpoint = await createEndpoint(['opt_out.created']);
    const big = 'x'.repeat(5000);
    receiver.answer(endpoint.path, { status: 302, headers: { location: receiver.url('/elsewhere') }, body: big });
    await optOut();
    const delivery = await waitForDelivery(endpoint.id, (d) => d.attempt_count === 1 && d.last_status_code !== null);
    assert.equal(delivery.status, 'pending');
    assert.equal(delivery.last_status_code, 302);
    assert.match(delivery.last_error!, /redirect.*not followed/);
    const attempts = await server.client.get<Schemas['WebhookAttemptList']>(`/v1/webhook-deliveries/${delivery.id}/attempts`, { key: owner.key });
    assert.equal(attempts.body.data[0]!.response_body, 'x'.repeat(1024));
    assert.equal(receiver.on('/elsewhere').length, 0, 'the redirect was not followed');
    const retryAt = Date.parse(delivery.next_attempt_at!) - Date.parse(delivery.last_attempt_at!);
    assert.ok(retryAt >= 4_500 && retryAt <= 5_500, `first retry after about 5 s, not ${retryAt} ms`);
  });

  test('bad input: another account\'s delivery or endpoint is 404; disabled endpoints refuse retry, recover and test; since is bounded', async () => {
    const endpoint = await createEndpoint(['opt_out.created']);
    await optOut();
    const delivery = await waitForDelivery(endpoint.id, (d) => d.status === 'succeeded');
    const stranger = await buildAccount(server.client);
    assertError(await server.client.get(`/v1/webhook-deliveries/${delivery.id}`, { key: stranger.key }), 404, 'resource_missing');
    assertError(await server.client.get(`/v1/webhook-deliveries/${delivery.id}/attempts`, { key: stranger.key }), 404, 'resource_missing');
    assertError(await server.client.post(`/v1/webhook-deliveries/${delivery.id}/retry`, {}, { key: stranger.key }), 404, 'resource_missing');
    assertError(await server.client.get(`/v1/webhook-endpoints/${endpoint.id}/deliveries`, { key: stranger.key }), 404, 'resource_missing');
    assertError(await server.client.post(`/v1/webhook-endpoints/${endpoint.id}/test`, {}, { key: stranger.key }), 404, 'resource_missing');

    const since = (ms: number) => ({ since: new Date(Date.now() + ms).toISOString() });
    assertError(await server.client.post(`/v1/webhook-endpoints/${endpoint.id}/recover`, since(-31 * 86_400_000), { key: owner.key }), 400, 'since_too_old');
    assertError(await server.client.post(`/v1/webhook-endpoints/${endpoint.id}/recover`, since(3_600_000), { key: owner.key }), 400, 'since_in_future');
    assertError(await server.client.post(`/v1/webhook-endpoints/${endpoint.id}/recover`, { since: 'yesterday' }, { key: owner.key }), 400, 'parameter_invalid');
    const none = await server.client.post<Schemas['WebhookRecovery']>(`/v1/webhook-endpoints/${endpoint.id}/recover`, since(-3_600_000), { key: owner.key });
    assertConforms('recoverWebhookEndpoint', none);
    assert.equal(none.body.requeued, 0, 'nothing failed, nothing to recover');

    const paused = await server.client.request<Schemas['WebhookEndpoint']>('PATCH', `/v1/webhook-endpoints/${endpoint.id}`, { enabled: false }, { key: owner.key });
    assert.equal(paused.body.enabled, false);
    assert.equal(paused.body.disabled_reason, null, 'disabled by its owner, not by Parley');
    assertError(await server.client.post(`/v1/webhook-deliveries/${delivery.id}/retry`, {}, { key: owner.key }), 409, 'webhook_endpoint_disabled');
    assertError(await server.client.post(`/v1/webhook-endpoints/${endpoint.id}/recover`, since(-60_000), { key: owner.key }), 409, 'webhook_endpoint_disabled');
    assertError(await server.client.post(`/v1/webhook-endpoints/${endpoint.id}/test`, {}, { key: owner.key }), 409, 'webhook_endpoint_disabled');
    const filtered = await deliveriesOf(endpoint.id, '?status=failed');
    assert.deepEqual(filtered, []);
    assertError(await server.client.get(`/v1/webhook-endpoints/${endpoint.id}/deliveries?status=lost`, { key: owner.key }), 400, 'parameter_invalid');
  });
});

describe('test-mode endpoints on this machine (WEBHOOK_ALLOW_LOOPBACK_IN_TEST_MODE, the embedded default)', () => {
  let scratch: ScratchDatabase;
  let server: TestServer;
  let receiver: WebhookReceiver;

  before(async () => {
    scratch = await createScratchDatabase();
    receiver = await startWebhookReceiver();
    server = await startTestServer({ DATABASE_URL: scratch.url, PARLEY_ROLE: 'all', WEBHOOK_ALLOW_LOOPBACK_IN_TEST_MODE: 'true' });
  });
  after(async () => {
    await server?.stop();
    await receiver?.close();
    await scratch?.drop();
  });

  test('a test-mode endpoint on 127.0.0.1 is saved and receives signed deliveries', async () => {
    const owner = await buildAccount(server.client);
    const created = await server.client.post<Schemas['WebhookEndpoint']>('/v1/webhook-endpoints', { url: receiver.url('/local'), events: ['webhook.test'] }, { key: owner.key });
    assertConforms('createWebhookEndpoint', created);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal((await server.client.post(`/v1/webhook-endpoints/${created.body.id}/test`, {}, { key: owner.key })).status, 202);
    const [webhook] = await receiver.waitFor('/local', 1);
    const event = new Webhook(created.body.secret!).verify(webhook!.body, webhook!.headers) as { type: string };
    assert.equal(event.type, 'webhook.test');
  });

  test('live mode, private networks and metadata addresses stay refused', async () => {
    const owner = await buildAccount(server.client);
    const live = await buildApiKey(server.client, owner, { mode: 'live' });
    const refused = (response: Awaited<ReturnType<TestServer['client']['post']>>) => assert.equal(assertError(response, 400, 'url_not_allowed').param, 'url');
    refused(await server.client.post('/v1/webhook-endpoints', { url: receiver.url('/live'), events: ['*'] }, { key: live.secret }));
    refused(await server.client.post('/v1/webhook-endpoints', { url: 'http://[::1]:9/live', events: ['*'] }, { key: live.secret }));
    for (const url of ['http://10.0.0.1/in', 'http://192.168.1.20/in', 'http://169.254.169.254/latest/meta-data/', 'http://0.0.0.0:9/in']) {
      refused(await server.client.post('/v1/webhook-endpoints', { url, events: ['*'] }, { key: owner.key }));
    }
    // Moving a live endpoint onto this machine is refused as creating one is.
    const endpoint = await server.client.post<Schemas['WebhookEndpoint']>('/v1/webhook-endpoints', { url: 'https://93.184.215.14/in', events: ['*'] }, { key: live.secret });
    assert.equal(endpoint.status, 201, JSON.stringify(endpoint.body));
    refused(await server.client.request('PATCH', `/v1/webhook-endpoints/${endpoint.body.id}`, { url: receiver.url('/live') }, { key: live.secret }));
    assert.deepEqual(receiver.on('/live'), []);
  });
});
