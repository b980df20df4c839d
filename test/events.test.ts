// The event log through HTTP against real PostgreSQL: list, filter, page and retrieve an account's events,
// the webhook catalog in openapi.yaml matching the types the code writes, and the live stream (events arrive
// once committed, only the caller's account and mode, never a rolled-back one; resume with Last-Event-ID).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import knexFactory, { type Knex } from 'knex';
import { EVENT_TYPES } from '../server/events/types.js';
import type { components } from '../server/generated/openapi.js';
import { newId } from '../server/platform/ids.js';
import { loadDocument } from '../server/platform/http/spec.js';
import { EventStream } from './helpers/connections-sse.js';
import { assertConforms, assertError, assertMessagesConform } from './helpers/contract.js';
import { buildAccount, buildApiKey, type TestAccount } from './helpers/factories.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';

type Event = components['schemas']['Event'];
type EventList = components['schemas']['EventList'];
type OptOut = components['schemas']['OptOut'];

describe('the event catalog', () => {
  const document = loadDocument() as ReturnType<typeof loadDocument> & { webhooks: Record<string, { post: any }> };
  const schemas = document.components.schemas as Record<string, any>;
  const refName = (ref: string) => ref.replace('#/components/schemas/', '');

  test('the webhooks section, the EventType enum and the Event union list exactly the types the code can write', () => {
    const written = [...EVENT_TYPES].sort();
    assert.deepEqual(Object.keys(document.webhooks).sort(), written);
    assert.deepEqual([...schemas.EventType.enum].sort(), written);
    assert.deepEqual(Object.keys(schemas.Event.discriminator.mapping).sort(), written);
    assert.equal(schemas.Event.oneOf.length, written.length);
  });

  test("each webhook's payload is the event envelope with its own type and the object of its resource", () => {
    // By the type's resource (its first part), or by the type where one resource has events of other objects.
    const resources: Record<string, string> = {
      connection: 'ConnectionEventData',
      message: 'MessageEventData',
      presence: 'PresenceEventData',
      call: 'CallEventData',
      opt_out: 'OptOutEventData',
      webhook_endpoint: 'WebhookEndpointEventData',
      webhook: 'WebhookTestEventData',
      bulk_job: 'BulkJobEventData',
      account: 'PlanChangeEventData',
      'account.export_ready': 'AccountExportEventData',
      'message.receipt_updated': 'MessageReceiptEventData',
      usage: 'UsageThresholdEventData',
      billing: 'PaymentFailureEventData',
      group: 'GroupEventData',
      status: 'StatusEventData',
      history: 'HistorySyncEventData',
    };
    for (const type of EVENT_TYPES) {
      const ref = document.webhooks[type]!.post.requestBody.content['application/json'].schema.$ref as string;
      assert.equal(schemas.Event.discriminator.mapping[type], ref, type);
      assert.ok(schemas.Event.oneOf.some((variant: { $ref: string }) => variant.$ref === ref), `${type} is in the Event union`);
      const payload = schemas[refName(ref)];
      assert.equal(payload.properties.type.const, type);
      assert.equal(payload.properties.object.const, 'event');
      assert.equal(payload.properties.data.$ref, `#/components/schemas/${resources[type] ?? resources[type.split('.')[0]!]}`, type);
    }
  });
});

describe('events', () => {
  let server: TestServer;
  /** The run's database as its owner: writes past the API, to prove what the stream must not send. */
  let superuser: Knex;

  before(async () => {
    server = await startTestServer();
    superuser = knexFactory({ client: 'pg', connection: testEnv().databaseUrl, pool: { min: 0, max: 2 } });
  });
  after(async () => {
    await server.stop();
    await superuser.destroy();
  });

  const addOptOut = async (key: string, phoneNumber: string) => {
    const response = await server.client.post<OptOut>('/v1/opt-outs', { phone_number: phoneNumber }, { key });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    return response.body;
  };
  const list = async (key: string, query = '') => {
    const response = await server.client.get<EventList>(`/v1/events${query}`, { key });
    assertConforms('listEvents', response);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    return response.body;
  };

  describe('the list', () => {
    let owner: TestAccount;
    const made: OptOut[] = [];
    let connectionId: string;

    before(async () => {
      owner = await buildAccount(server.client, { account_name: 'Events Co' });
      for (const n of ['0111', '0112', '0113']) made.push(await addOptOut(owner.key, `+1415555${n}`));
      const removed = await server.client.delete(`/v1/opt-outs/${made[0]!.id}`, { key: owner.key });
      assert.equal(removed.status, 200, JSON.stringify(removed.body));
      const connection = await server.client.post('/v1/connections', { name: 'Front desk' }, { key: owner.key });
      assert.equal(connection.status, 201, JSON.stringify(connection.body));
      connectionId = connection.body.id;
    });

    test('lists the account’s events newest first, each carrying the object as it was at the change', async () => {
      const page = await list(owner.key);
      assert.deepEqual(
        page.data.map((e) => e.type),
        ['connection.created', 'opt_out.deleted', 'opt_out.created', 'opt_out.created', 'opt_out.created'],
      );
      assert.equal(page.has_more, false);
      const [connectionCreated, deleted, ...created] = page.data;
      assert.equal((connectionCreated!.data.object as { id: string }).id, connectionId);
      assert.deepEqual(deleted!.data.object, made[0]);
      assert.deepEqual(created.map((e) => e.data.object), [...made].reverse());
      for (const event of page.data) {
        assert.match(event.id, /^evt_[0-9A-Za-z]+$/);
        assert.equal(event.object, 'event');
        assert.ok(Math.abs(Date.parse(event.created_at) - Date.now()) < 60_000);
      }
    });

    test('pages by cursor in both directions', async () => {
      const all = (await list(owner.key)).data.map((e) => e.id);
      const first = await list(owner.key, '?limit=2');
      assert.deepEqual(first.data.map((e) => e.id), all.slice(0, 2));
      assert.equal(first.has_more, true);
      const second = await list(owner.key, `?limit=2&starting_after=${first.data[1]!.id}`);
      assert.deepEqual(second.data.map((e) => e.id), all.slice(2, 4));
      const back = await list(owner.key, `?limit=2&ending_before=${second.data[0]!.id}`);
      assert.deepEqual(back.data.map((e) => e.id), all.slice(0, 2));
    });

    test('filters by one type, by several (a repeated parameter), and by creation time', async () => {
      const one = await list(owner.key, '?type=opt_out.created');
      assert.deepEqual(one.data.map((e) => e.type), ['opt_out.created', 'opt_out.created', 'opt_out.created']);
      const several = await list(owner.key, '?type=opt_out.deleted&type=connection.created');
      assert.deepEqual(several.data.map((e) => e.type), ['connection.created', 'opt_out.deleted']);

      const all = (await list(owner.key)).data;
      const pivot = all[2]!.created_at;
      const since = await list(owner.key, `?created_after=${encodeURIComponent(pivot)}`);
      assert.deepEqual(since.data.map((e) => e.id), all.slice(0, 3).map((e) => e.id));
      const until = await list(owner.key, `?created_before=${encodeURIComponent(pivot)}`);
      assert.deepEqual(until.data.map((e) => e.id), all.slice(3).map((e) => e.id));
    });

    test('an unknown type is refused with 400 naming every unknown one', async () => {
      const response = await server.client.get('/v1/events?type=message.sent&type=message.snet&type=opt_out.updated', { key: owner.key });
      assertConforms('listEvents', response);
      const error = assertError(response, 400, 'event_type_unknown');
      assert.equal(error.param, 'type');
      assert.match(error.message, /^Unknown event types: message\.snet, opt_out\.updated\. /);
      // A comma is not a separator: the whole value is one (unknown) type.
      assertError(await server.client.get('/v1/events?type=message.sent,message.read', { key: owner.key }), 400, 'event_type_unknown');
    });

    test('retrieves one event; another account’s event and another mode’s are 404 and never listed', async () => {
      const [newest] = (await list(owner.key)).data;
      const got = await server.client.get<Event>(`/v1/events/${newest!.id}`, { key: owner.key });
      assertConforms('getEvent', got);
      assert.equal(got.status, 200);
      assert.deepEqual(got.body, newest);

      const stranger = await buildAccount(server.client, { account_name: 'Other Co' });
      const theirs = await addOptOut(stranger.key, '+14155550119');
      const [theirEvent] = (await list(stranger.key)).data;
      assert.deepEqual(theirEvent!.data.object, theirs);
      assertError(await server.client.get(`/v1/events/${newest!.id}`, { key: stranger.key }), 404, 'resource_missing');
      assertError(await server.client.get(`/v1/events/${theirEvent!.id}`, { key: owner.key }), 404, 'resource_missing');
      assert.ok(!(await list(owner.key)).data.some((e) => e.id === theirEvent!.id));

      const live = await buildApiKey(server.client, owner, { mode: 'live' });
      await addOptOut(live.secret, '+14155550120');
      const liveEvents = (await list(live.secret)).data;
      assert.deepEqual(liveEvents.map((e) => e.type), ['opt_out.created']);
      assertError(await server.client.get(`/v1/events/${liveEvents[0]!.id}`, { key: owner.key }), 404, 'resource_missing');
      assert.ok(!(await list(owner.key)).data.some((e) => e.id === liveEvents[0]!.id));
      assertError(await server.client.get(`/v1/events/${newest!.id}`, { key: live.secret }), 404, 'resource_missing');
    });
  });

  describe('the stream', () => {
    test('carries an event committed after it connected, with its id and type, and nothing of another account or mode', async () => {
      const owner = await buildAccount(server.client, { account_name: 'Stream Co' });
      const stranger = await buildAccount(server.client, { account_name: 'Elsewhere Co' });
      const live = await buildApiKey(server.client, owner, { mode: 'live' });
      const stream = await EventStream.open(server.url, '/v1/events/stream', owner.key);
      try {
        assert.equal(stream.response.headers.get('cache-control'), 'no-cache, no-transform');
        await addOptOut(stranger.key, '+14155550131');
        await addOptOut(live.secret, '+14155550132');
        const mine = await addOptOut(owner.key, '+14155550133');
        const received = await stream.next('opt_out.created');
        assert.deepEqual(received.data.data.object, mine);
        assert.equal(received.data.object, 'event');
        assert.equal(received.id, received.data.id);
        const stored = await server.client.get<Event>(`/v1/events/${received.id}`, { key: owner.key });
        assert.deepEqual(received.data, stored.body);
        // Ordered per tenant: once ours is here, the others had their chance to leak.
        await addOptOut(owner.key, '+14155550134');
        await stream.next('opt_out.created');
        assert.deepEqual(
          stream.events.map((e) => (e.data.data.object as OptOut).phone_number),
          ['+14155550133', '+14155550134'],
        );
        assertMessagesConform('streamEvents', stream.events);
        assert.equal(stream.retry, 3000);
      } finally {
        await stream.close();
      }
    });

    test('never carries an event whose transaction rolled back', async () => {
      const owner = await buildAccount(server.client);
      const stream = await EventStream.open(server.url, '/v1/events/stream', owner.key);
      try {
        const doomed = newId('event');
        await superuser
          .transaction(async (trx) => {
            await trx('events').insert({ id: doomed, account_id: owner.account.id, mode: 'test', type: 'opt_out.created', data: { object: {} } });
            throw new Error('roll back');
          })
          .catch((error: Error) => assert.equal(error.message, 'roll back'));
        const marker = await addOptOut(owner.key, '+14155550141');
        const received = await stream.next('opt_out.created');
        assert.deepEqual(received.data.data.object, marker);
        assert.deepEqual(stream.events.map((e) => e.id), [received.id]);
        assert.equal(await superuser('events').where({ id: doomed }).first(), undefined);
      } finally {
        await stream.close();
      }
    });

    test('resumes after Last-Event-ID with the missed events, oldest first, then follows live', async () => {
      const owner = await buildAccount(server.client);
      const first = await addOptOut(owner.key, '+14155550151');
      const missed = [await addOptOut(owner.key, '+14155550152'), await addOptOut(owner.key, '+14155550153')];
      const [, , firstEvent] = (await list(owner.key)).data;
      assert.deepEqual(firstEvent!.data.object, first);
      const stream = await EventStream.open(server.url, '/v1/events/stream', owner.key, { 'last-event-id': firstEvent!.id });
      try {
        await stream.next('opt_out.created');
        await stream.next('opt_out.created');
        const later = await addOptOut(owner.key, '+14155550154');
        await stream.next('opt_out.created');
        assert.deepEqual(stream.events.map((e) => e.data.data.object), [...missed, later]);
      } finally {
        await stream.close();
      }
      const bad = await server.client.get('/v1/events/stream', { key: owner.key, headers: { 'last-event-id': 'msg_123' } });
      assertConforms('streamEvents', bad);
      assertError(bad, 400, 'parameter_invalid');
    });

    test('requires a credential', async () => {
      const response = await server.client.get('/v1/events/stream');
      assertConforms('streamEvents', response);
      assert.equal(response.status, 401);
    });

    test('a server with an open stream stops promptly, ending the stream', async () => {
      const own = await startTestServer({ SHUTDOWN_TIMEOUT_MS: '30000' });
      const owner = await buildAccount(own.client);
      const stream = await EventStream.open(own.url, '/v1/events/stream', owner.key);
      const started = Date.now();
      await own.stop();
      // Far below the 30 s shutdown timeout: the stream was ended, not waited out.
      assert.ok(Date.now() - started < 10_000, `stop took ${Date.now() - started} ms`);
      await stream.waitForEnd();
      await stream.close();
    });
  });
});
