// Webhook endpoint management through HTTP: create (the secret shown once), list, find, update, delete; the
// signing secret, its rotation with a 24-hour overlap, and that svix accepts it; refused URLs and event types
// leave nothing behind; endpoints stay inside their account and mode; secrets are sealed at rest.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import knexFactory, { type Knex } from 'knex';
import { Webhook } from 'svix';
import type { components } from '../server/generated/openapi.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { buildAccount, buildApiKey, type TestAccount } from './helpers/factories.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';

type Endpoint = components['schemas']['WebhookEndpoint'];
type EndpointList = components['schemas']['WebhookEndpointList'];
type Secret = components['schemas']['WebhookEndpointSecret'];

const SECRET_FORMAT = /^whsec_[A-Za-z0-9+/]{43}=$/;
const DAY_MS = 24 * 60 * 60 * 1000;
// A literal public address: no name server is needed to accept it.
const PUBLIC_URL = 'https://1.1.1.1/parley/hooks';

describe('webhook endpoints', () => {
  let server: TestServer;
  /** The run's database as its owner: reads rows past row-level security. */
  let superuser: Knex;

  before(async () => {
    server = await startTestServer();
    superuser = knexFactory({ client: 'pg', connection: testEnv().databaseUrl, pool: { min: 0, max: 1 } });
  });
  after(async () => {
    await server.stop();
    await superuser.destroy();
  });

  const create = async (key: string, body: Record<string, unknown>, idempotencyKey?: string) => {
    const response = await server.client.post<Endpoint>('/v1/webhook-endpoints', body, { key, ...(idempotencyKey ? { idempotencyKey } : {}) });
    assertConforms('createWebhookEndpoint', response);
    return response;
  };
  const patch = async (key: string, id: string, body: Record<string, unknown>) => {
    const response = await server.client.request<Endpoint>('PATCH', `/v1/webhook-endpoints/${id}`, body, { key });
    assertConforms('updateWebhookEndpoint', response);
    return response;
  };
  const secretOf = async (key: string, id: string) => {
    const response = await server.client.get<Secret>(`/v1/webhook-endpoints/${id}/secret`, { key });
    assertConforms('getWebhookEndpointSecret', response);
    return response;
  };
  const rowsOf = (accountId: string) => superuser('webhook_endpoints').where({ account_id: accountId }).orderBy('id');

  test('create answers 201 with the endpoint and its secret once; get, list, update and delete work on it', async () => {
    const owner = await buildAccount(server.client, { account_name: 'Hooks Co' });
    const created = await create(owner.key, { url: PUBLIC_URL, events: ['message.received', 'message.failed'], description: 'CRM sync' });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const { id, secret, created_at: createdAt, updated_at: updatedAt, ...fields } = created.body;
    assert.match(id, /^we_[0-9A-Za-z]+$/);
    assert.match(secret!, SECRET_FORMAT);
    assert.ok(Math.abs(Date.parse(createdAt) - Date.now()) < 60_000);
    assert.equal(updatedAt, createdAt);
    assert.deepEqual(fields, {
      object: 'webhook_endpoint',
      url: PUBLIC_URL,
      description: 'CRM sync',
      events: ['message.received', 'message.failed'],
      enabled: true,
      disabled_reason: null,
      failing_since: null,
    });

    const { secret: _shownOnce, ...withoutSecret } = created.body;
    const found = await server.client.get<Endpoint>(`/v1/webhook-endpoints/${id}`, { key: owner.key });
    assertConforms('getWebhookEndpoint', found);
    assert.deepEqual(found.body, withoutSecret);

    const second = await create(owner.key, { url: 'http://1.0.0.1:8080/in', events: ['*'], enabled: false });
    assert.equal(second.status, 201);
    assert.deepEqual([second.body.events, second.body.enabled, second.body.description], [['*'], false, null]);
    const list = await server.client.get<EndpointList>('/v1/webhook-endpoints?limit=1', { key: owner.key });
    assertConforms('listWebhookEndpoints', list);
    assert.deepEqual(list.body.data.map((e) => e.id), [second.body.id]);
    assert.equal(list.body.has_more, true);
    const older = await server.client.get<EndpointList>(`/v1/webhook-endpoints?starting_after=${second.body.id}`, { key: owner.key });
    assert.deepEqual(older.body.data, [withoutSecret]);
    assert.ok(list.body.data.every((e) => !('secret' in e)));

    const updated = await patch(owner.key, id, { events: ['*'], description: null, enabled: false, url: 'https://1.0.0.1/v2' });
    assert.equal(updated.status, 200, JSON.stringify(updated.body));
    assert.deepEqual(
      { ...updated.body, updated_at: undefined },
      { ...withoutSecret, events: ['*'], description: null, enabled: false, url: 'https://1.0.0.1/v2', updated_at: undefined },
    );
    assert.ok(Date.parse(updated.body.updated_at) >= Date.parse(createdAt));
    assert.equal((await secretOf(owner.key, id)).body.secret, secret, 'an update keeps the secret');

    const deleted = await server.client.delete(`/v1/webhook-endpoints/${id}`, { key: owner.key });
    assertConforms('deleteWebhookEndpoint', deleted);
    assert.deepEqual(deleted.body, { id, object: 'webhook_endpoint', deleted: true });
    assertError(await server.client.get(`/v1/webhook-endpoints/${id}`, { key: owner.key }), 404, 'resource_missing');
    assert.deepEqual((await rowsOf(owner.account.id)).map((row: { id: string }) => row.id), [second.body.id]);
  });

  test('a create retried with its Idempotency-Key replays the first answer, secret included, and stores one endpoint', async () => {
    const owner = await buildAccount(server.client);
    const first = await create(owner.key, { url: PUBLIC_URL, events: ['opt_out.created'] }, 'hook-create-1');
    const retry = await create(owner.key, { url: PUBLIC_URL, events: ['opt_out.created'] }, 'hook-create-1');
    assert.equal(retry.status, 201);
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(retry.body, first.body);
    assert.equal((await rowsOf(owner.account.id)).length, 1);
  });

  test('the secret endpoint shows the current secret; a rotation keeps the previous one for 24 hours beside the new one', async () => {
    const owner = await buildAccount(server.client);
    const { id, secret: original } = (await create(owner.key, { url: PUBLIC_URL, events: ['*'] })).body;
    const before = await secretOf(owner.key, id);
    assert.deepEqual(before.body, { object: 'webhook_endpoint_secret', endpoint_id: id, secret: original, previous_secret: null, previous_secret_expires_at: null });

    const rotated = await server.client.post<Secret>(`/v1/webhook-endpoints/${id}/rotate-secret`, undefined, { key: owner.key });
    assertConforms('rotateWebhookEndpointSecret', rotated);
    assert.equal(rotated.status, 200, JSON.stringify(rotated.body));
    assert.match(rotated.body.secret, SECRET_FORMAT);
    assert.notEqual(rotated.body.secret, original);
    assert.equal(rotated.body.previous_secret, original);
    const overlapEnds = Date.parse(rotated.body.previous_secret_expires_at!);
    assert.ok(Math.abs(overlapEnds - (Date.now() + DAY_MS)) < 60_000, rotated.body.previous_secret_expires_at!);
    assert.deepEqual((await secretOf(owner.key, id)).body, rotated.body);

    // Once the overlap is over, only the current secret is shown.
    await superuser('webhook_endpoints').where({ id }).update({ previous_secret_expires_at: new Date(Date.now() - 1000) });
    assert.deepEqual((await secretOf(owner.key, id)).body, { ...rotated.body, previous_secret: null, previous_secret_expires_at: null });

    // Rotating again retires the oldest secret: a delivery carries at most two signatures.
    const again = await server.client.post<Secret>(`/v1/webhook-endpoints/${id}/rotate-secret`, undefined, { key: owner.key });
    assert.equal(again.body.previous_secret, rotated.body.secret);
    assert.ok(![again.body.secret, again.body.previous_secret].includes(original!));
  });

  test("svix's Webhook takes the secret, and a signature by it verifies only with that secret", async () => {
    const owner = await buildAccount(server.client);
    const { id, secret } = (await create(owner.key, { url: PUBLIC_URL, events: ['*'] })).body;
    const rotated = (await server.client.post<Secret>(`/v1/webhook-endpoints/${id}/rotate-secret`, undefined, { key: owner.key })).body;
    const payload = JSON.stringify({ type: 'message.received', data: { id: 'msg_1' } });
    const sentAt = new Date();
    const signature = new Webhook(secret!).sign('evt_1', sentAt, payload);
    const headers = { 'webhook-id': 'evt_1', 'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)), 'webhook-signature': signature };
    assert.deepEqual(new Webhook(secret!).verify(payload, headers), JSON.parse(payload));
    assert.throws(() => new Webhook(rotated.secret).verify(payload, headers));
    assert.throws(() => new Webhook(secret!).verify(`${payload} `, headers));
  });

  test('refused URLs and event types answer 400 with their code and store nothing', async () => {
    const owner = await buildAccount(server.client);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ url: 'ftp://1.1.1.1/in', events: ['*'] }, 'url_invalid', 'url'],
      [{ url: 'not a url', events: ['*'] }, 'url_invalid', 'url'],
      [{ url: 'http://user:pass@1.1.1.1/in', events: ['*'] }, 'url_invalid', 'url'],
      [{ url: 'http://127.0.0.1/in', events: ['*'] }, 'url_not_allowed', 'url'],
      [{ url: 'http://10.0.0.1/in', events: ['*'] }, 'url_not_allowed', 'url'],
      [{ url: 'http://192.168.1.20/in', events: ['*'] }, 'url_not_allowed', 'url'],
      [{ url: 'http://169.254.169.254/latest/meta-data/', events: ['*'] }, 'url_not_allowed', 'url'],
      [{ url: 'http://[::1]:8080/in', events: ['*'] }, 'url_not_allowed', 'url'],
      [{ url: 'http://[fd00:ec2::254]/in', events: ['*'] }, 'url_not_allowed', 'url'],
      [{ url: 'http://[::ffff:127.0.0.1]/in', events: ['*'] }, 'url_not_allowed', 'url'],
      [{ url: 'http://localhost:8080/in', events: ['*'] }, 'url_not_allowed', 'url'],
      [{ url: PUBLIC_URL, events: ['message.sent', 'message.teleported', 'nope'] }, 'event_type_unknown', 'events'],
      [{ url: PUBLIC_URL, events: ['*', 'message.sent'] }, 'events_invalid', 'events'],
      [{ url: PUBLIC_URL, events: [] }, 'parameter_invalid', 'events'],
    ];
    for (const [body, code, param] of cases) {
      const response = await create(owner.key, body);
      const error = assertError(response, 400, code);
      assert.equal(error.param, param, JSON.stringify(body));
      if (code === 'event_type_unknown') assert.match(error.message, /message\.teleported, nope/);
    }
    assert.deepEqual(await rowsOf(owner.account.id), []);
  });

  test('an update to a refused URL or event type answers 400 and changes nothing', async () => {
    const owner = await buildAccount(server.client);
    const created = (await create(owner.key, { url: PUBLIC_URL, events: ['message.sent'] })).body;
    const { secret: _secret, ...endpoint } = created;
    assertError(await patch(owner.key, created.id, { url: 'http://169.254.169.254/', description: 'x' }), 400, 'url_not_allowed');
    assertError(await patch(owner.key, created.id, { events: ['message.nope'], enabled: false }), 400, 'event_type_unknown');
    assert.deepEqual((await server.client.get(`/v1/webhook-endpoints/${created.id}`, { key: owner.key })).body, endpoint);
  });

  test("another account's endpoint, or the other mode's, is not found by any operation, and stays unchanged", async () => {
    const owner = await buildAccount(server.client, { account_name: 'Owner Co' });
    const stranger: TestAccount = await buildAccount(server.client, { account_name: 'Stranger Co' });
    const liveKey = (await buildApiKey(server.client, owner, { mode: 'live' })).secret;
    const { id } = (await create(owner.key, { url: PUBLIC_URL, events: ['*'] })).body;
    const rowBefore = await superuser('webhook_endpoints').where({ id }).first();
    for (const key of [stranger.key, liveKey]) {
      assertError(await server.client.get(`/v1/webhook-endpoints/${id}`, { key }), 404, 'resource_missing');
      assertError(await patch(key, id, { enabled: false }), 404, 'resource_missing');
      assertError(await server.client.get(`/v1/webhook-endpoints/${id}/secret`, { key }), 404, 'resource_missing');
      assertError(await server.client.post(`/v1/webhook-endpoints/${id}/rotate-secret`, undefined, { key }), 404, 'resource_missing');
      assertError(await server.client.delete(`/v1/webhook-endpoints/${id}`, { key }), 404, 'resource_missing');
      assert.deepEqual((await server.client.get<EndpointList>('/v1/webhook-endpoints', { key })).body.data, []);
    }
    assert.deepEqual(await superuser('webhook_endpoints').where({ id }).first(), rowBefore);
  });

  test('secrets are sealed at rest: neither the secret nor its key appears in the row', async () => {
    const owner = await buildAccount(server.client);
    const { id, secret } = (await create(owner.key, { url: PUBLIC_URL, events: ['*'] })).body;
    const rotated = (await server.client.post<Secret>(`/v1/webhook-endpoints/${id}/rotate-secret`, undefined, { key: owner.key })).body;
    const stored = JSON.stringify(await superuser('webhook_endpoints').where({ id }).first());
    for (const value of [secret!, rotated.secret]) {
      const key = value.slice('whsec_'.length);
      assert.ok(!stored.includes(key), 'a secret is stored in plaintext');
      assert.ok(!stored.includes(Buffer.from(key, 'base64').toString('hex')), 'a secret is stored as hex');
      assert.ok(!stored.includes(Buffer.from(key, 'base64').toString('base64url')), 'a secret is stored as base64url');
    }
  });

  test("an account has at most its plan's endpoints per mode (Business: 20): the 21st answers 403 plan_limit_reached", async () => {
    const owner = await buildAccount(server.client);
    await server.services.db.system((trx) => trx('accounts').where({ id: owner.account.id }).update({ plan: 'business' }));
    for (let n = 0; n < 20; n++) assert.equal((await create(owner.key, { url: `${PUBLIC_URL}/${n}`, events: ['*'] })).status, 201);
    const refused = assertError(await create(owner.key, { url: PUBLIC_URL, events: ['*'] }), 403, 'plan_limit_reached');
    assert.equal(refused.param, 'webhook_endpoints');
    assert.equal((await rowsOf(owner.account.id)).length, 20);
  });

  test('WEBHOOK_ALLOW_PRIVATE_NETWORKS=true lets an operator point endpoints at their own network', async () => {
    const intranet = await startTestServer({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' });
    try {
      const owner = await buildAccount(intranet.client);
      const response = await intranet.client.post<Endpoint>('/v1/webhook-endpoints', { url: 'http://127.0.0.1:9/in', events: ['*'] }, { key: owner.key });
      assertConforms('createWebhookEndpoint', response);
      assert.equal(response.status, 201, JSON.stringify(response.body));
      // The scheme and credential rules still hold.
      assertError(await intranet.client.post('/v1/webhook-endpoints', { url: 'ftp://127.0.0.1/in', events: ['*'] }, { key: owner.key }), 400, 'url_invalid');
    } finally {
      await intranet.stop();
    }
  });
});
