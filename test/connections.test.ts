import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { after, before, beforeEach, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { components } from '../server/generated/openapi.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { CLAIM_TIMEOUT_MS, waitForStatus } from './helpers/connection-status.js';
import { EventStream } from './helpers/connections-sse.js';
import { assertConforms, assertError, assertMessagesConform } from './helpers/contract.js';
import { buildAccount, buildApiKey, type TestAccount } from './helpers/factories.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';

/** The reserved sandbox numbers, as openapi.yaml documents them (tag Sandbox). */
const SANDBOX = {
  notOnWhatsApp: '+14155550101',
  banned: '+14155550102',
  replaced: '+14155550103',
  loggedOutFromPhone: '+14155550104',
  dropsOnce: '+14155550105',
};

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

type Connection = components['schemas']['Connection'];

/** Polls until `check` returns something truthy. */
async function eventually<T>(what: string, check: () => Promise<T | undefined | null | false>, timeoutMs = CLAIM_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

interface EventRow {
  id: string;
  account_id: string;
  mode: string;
  type: string;
  data: { object: Connection };
  created_at: Date;
}

/**
 * A connection's events in the order they were written. By id, not created_at: created_at is the start of
 * the writing transaction, and a deletion's transaction starts before the worker's logout it waits for.
 */
const eventsOf = (server: TestServer, connectionId: string): Promise<EventRow[]> =>
  server.services.db.system((trx) => trx('events').whereRaw(`data->'object'->>'id' = ?`, [connectionId]).orderBy('id'));

const typesOf = (rows: EventRow[]) => rows.map((row) => row.type);

const credsOf = (server: TestServer, connectionId: string) =>
  server.services.db.system((trx) => trx('connection_auth_creds').where({ connection_id: connectionId }).first());

const keysOf = (server: TestServer, connectionId: string) =>
  server.services.db.system((trx) => trx('connection_auth_keys').where({ connection_id: connectionId }));

const rowOf = (server: TestServer, connectionId: string) =>
  server.services.db.system((trx) => trx('connections').where({ id: connectionId }).first());

/** What a refused request must leave exactly as it was: the row's state (not its lease) and its events. */
async function snapshot(server: TestServer, connectionId: string) {
  const row = await rowOf(server, connectionId);
  const { lease_expires_at: _renewed, ...state } = row ?? {};
  return { state, events: (await eventsOf(server, connectionId)).map((event) => event.id) };
}

describe('WhatsApp connections (sandbox network)', () => {
  let database: ScratchDatabase;
  /** Live connections run Baileys; it is pointed here, a local port that hangs up on everyone, never at WhatsApp. */
  let unreachableWhatsApp: net.Server;
  let whatsAppUrl: string;
  /** Every server of this file shares one bus, as every node of one deployment does. */
  const redisPrefix = `${testEnv().redisPrefix}conn-${randomBytes(4).toString('hex')}:`;

  const settings = (extra: Record<string, string> = {}) => ({
    DATABASE_URL: database.url,
    REDIS_KEY_PREFIX: redisPrefix,
    WHATSAPP_WS_URL: whatsAppUrl,
    PARLEY_ROLE: 'all',
    ...extra,
  });

  before(async () => {
    database = await createScratchDatabase();
    unreachableWhatsApp = net.createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => unreachableWhatsApp.listen(0, '127.0.0.1', resolve));
    whatsAppUrl = `ws://127.0.0.1:${(unreachableWhatsApp.address() as net.AddressInfo).port}/ws/chat`;
  });
  after(async () => {
    await new Promise((resolve) => unreachableWhatsApp.close(resolve));
    await database.drop();
  });

  /** Client calls for one server. */
  const api = (server: TestServer) => {
    const client = server.client;
    return {
      async create(key: string, body: unknown = {}): Promise<Connection> {
        const response = await client.post<Connection>('/v1/connections', body, { key });
        assertConforms('createConnection', response);
        assert.equal(response.status, 201, JSON.stringify(response.body));
        return response.body;
      },
      async scan(key: string, id: string, phoneNumber?: string) {
        const response = await client.post(`/v1/sandbox/connections/${id}/scan`, phoneNumber === undefined ? {} : { phone_number: phoneNumber }, { key });
        assertConforms('sandboxScan', response);
        return response;
      },
      /** Creates a connection, waits for its QR code and scans it. */
      async link(key: string, phoneNumber?: string): Promise<Connection> {
        const created = await this.create(key);
        await waitForStatus(client, key, created.id, 'qr');
        const scanned = await this.scan(key, created.id, phoneNumber);
        assert.equal(scanned.status, 200, JSON.stringify(scanned.body));
        return scanned.body;
      },
      stream: (key: string, id: string) => EventStream.open(server.url, `/v1/connections/${id}/events`, key),
    };
  };

  describe('on one node', () => {
    let server: TestServer;
    let calls: ReturnType<typeof api>;
    let owner: TestAccount;
    let stranger: TestAccount;

    before(async () => {
      server = await startTestServer(settings());
      calls = api(server);
      stranger = await buildAccount(server.client, { account_name: 'Stranger Co' });
    });
    // A fresh account per test keeps each one under the per-account connection limit.
    beforeEach(async () => {
      owner = await buildAccount(server.client, { account_name: 'Owner Co' });
    });
    after(() => server.stop());

    test('a new connection takes the key\'s mode, starts pending, and shows a QR code within moments; each change is an event', async () => {
      const created = await calls.create(owner.key, { name: '  Support line  ', send_rate: 30 });
      const { id: _id, created_at: createdAt, ...fields } = created;
      assert.match(created.id, /^conn_[0-9A-Za-z]+$/);
      assert.ok(Math.abs(Date.parse(createdAt) - Date.now()) < 60_000);
      assert.deepEqual(
        fields,
        {
          object: 'connection',
          name: 'Support line',
          mode: 'test',
          status: 'pending',
          status_reason: null,
          phone_number: null,
          wa_jid: null,
          wa_lid: null,
          whatsapp_web_version: null,
          send_rate: 30,
          new_contact_daily_limit: 100,
          new_contacts_paused_until: null,
          reject_calls: false,
          reject_call_message: null,
          receive_statuses: false,
          sync_history: false,
          linked_at: null,
        },
      );
      const defaults = await calls.create(owner.key);
      assert.equal(defaults.name, null);
      assert.equal(defaults.send_rate, 20);

      await waitForStatus(server.client, owner.key, created.id, 'qr');
      const qr = await server.client.get(`/v1/connections/${created.id}/qr`, { key: owner.key });
      assertConforms('getConnectionQr', qr);
      assert.equal(qr.status, 200);
      assert.ok(qr.body.qr.length > 0);
      const lifetime = Date.parse(qr.body.expires_at) - Date.now();
      assert.ok(lifetime > 0 && lifetime <= 60_000, `the QR code expires in ${lifetime} ms`);

      const events = await eventsOf(server, created.id);
      assert.deepEqual(typesOf(events), ['connection.created', 'connection.qr']);
      const [createdEvent, qrEvent] = events;
      assert.equal(createdEvent?.account_id, owner.account.id);
      assert.equal(createdEvent?.mode, 'test');
      assert.deepEqual(createdEvent?.data, { object: created });
      assert.equal(qrEvent?.data.object.status, 'qr');
      assert.ok(!JSON.stringify(qrEvent?.data).includes(qr.body.qr), 'the QR payload is not copied into the event log');
    });

    test('GET /qr answers JSON by default, a PNG with Accept: image/png and an SVG with Accept: image/svg+xml', async () => {
      const { id } = await calls.create(owner.key);
      await waitForStatus(server.client, owner.key, id, 'qr');
      const image = async (accept: string) => {
        const response = await fetch(new URL(`/v1/connections/${id}/qr`, server.url), {
          headers: { authorization: `Bearer ${owner.key}`, accept },
        });
        return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
      };

      const json = await server.client.get(`/v1/connections/${id}/qr`, { key: owner.key });
      assertConforms('getConnectionQr', json);
      assert.match(json.headers.get('content-type') ?? '', /^application\/json/);
      assert.deepEqual(Object.keys(json.body).sort(), ['expires_at', 'qr']);

      const png = await image('image/png');
      assert.equal(png.status, 200);
      assert.equal(png.type, 'image/png');
      assert.deepEqual(png.bytes.subarray(0, 8), PNG_SIGNATURE);
      assert.equal(png.bytes.subarray(12, 16).toString('latin1'), 'IHDR');
      assert.equal(png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20), 'a QR code is square');

      const svg = await image('image/svg+xml');
      assert.equal(svg.status, 200);
      assert.match(svg.type ?? '', /^image\/svg\+xml/);
      assert.match(svg.bytes.toString('utf8'), /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*viewBox=/);

      const preferred = await image('image/svg+xml;q=0.5, image/png');
      assert.equal(preferred.type, 'image/png', 'the client\'s preference order is honoured');
    });

    test('a sandbox scan links it: qr → connecting → connected with the E.164 number, jid, lid and linked_at, live on the events stream', async () => {
      const { id } = await calls.create(owner.key);
      const waiting = await waitForStatus(server.client, owner.key, id, 'qr');
      const stream = await calls.stream(owner.key, id);
      try {
        assertConforms('streamConnectionEvents', { status: stream.response.status, headers: stream.response.headers, body: '' });
        assert.equal(stream.response.headers.get('cache-control'), 'no-cache, no-transform');
        const opening = await stream.next('connection.state');
        assert.equal(stream.events[0], opening, 'the stream opens with the current state');
        assert.equal(stream.retry, 3000);
        assert.deepEqual(opening.data.connection, waiting);
        const current = await server.client.get(`/v1/connections/${id}/qr`, { key: owner.key });
        assert.deepEqual(opening.data.qr, current.body, 'while there is a QR code, the opening state carries it');

        const scanned = await calls.scan(owner.key, id, '+1 (415) 555-0100');
        assert.equal(scanned.status, 200, JSON.stringify(scanned.body));
        const linked: Connection = scanned.body;
        assert.equal(linked.status, 'connected');
        assert.equal(linked.status_reason, null);
        assert.equal(linked.phone_number, '+14155550100');
        assert.equal(linked.wa_jid, '14155550100:1@s.whatsapp.net');
        assert.match(linked.wa_lid ?? '', /^\d+@lid$/);
        assert.ok(linked.linked_at && Math.abs(Date.parse(linked.linked_at) - Date.now()) < 60_000);

        const connecting = await stream.next('connection.connecting');
        assert.equal(connecting.data.type, 'connection.connecting');
        assert.equal(connecting.data.connection.status, 'connecting');
        const connected = await stream.next('connection.connected');
        assert.deepEqual(connected.data, { type: 'connection.connected', connection: linked });
        assert.deepEqual(await waitForStatus(server.client, owner.key, id, 'connected'), linked);
        assertMessagesConform('streamConnectionEvents', stream.events);
      } finally {
        await stream.close();
      }

      const events = await eventsOf(server, id);
      assert.deepEqual(typesOf(events), ['connection.created', 'connection.qr', 'connection.connecting', 'connection.connected']);
      assert.equal(events.at(-1)?.data.object.phone_number, '+14155550100');
      const creds = await credsOf(server, id);
      assert.ok(creds, 'the link is kept as credentials');
      assert.ok(!creds.sealed.includes('14155550100'), 'credentials are stored sealed');
    });

    test('a scan that names no number links a generated one', async () => {
      const linked = await calls.link(owner.key);
      assert.equal(linked.status, 'connected');
      assert.match(linked.phone_number ?? '', /^\+1202555\d{4}$/);
      assert.equal(linked.wa_jid, `${linked.phone_number?.slice(1)}:1@s.whatsapp.net`);
    });

    test('a pairing code links the number it was asked for; a wrong code is refused and the right one still works', async () => {
      const { id } = await calls.create(owner.key);
      await waitForStatus(server.client, owner.key, id, 'qr');
      const requested = await server.client.post(`/v1/connections/${id}/pairing-code`, { phone_number: '+1 202 555 0147' }, { key: owner.key });
      assertConforms('requestPairingCode', requested);
      assert.equal(requested.status, 200, JSON.stringify(requested.body));
      const { code } = requested.body as { code: string };
      assert.match(code, /^[A-Z0-9]{8}$/);

      const wrongCode = `${code[0] === 'A' ? 'B' : 'A'}${code.slice(1)}`;
      const before = await snapshot(server, id);
      const wrong = await server.client.post(`/v1/sandbox/connections/${id}/confirm-code`, { code: wrongCode }, { key: owner.key });
      assertConforms('sandboxConfirmCode', wrong);
      assert.equal(assertError(wrong, 400, 'pairing_code_invalid').param, 'code');
      assert.deepEqual(await snapshot(server, id), before, 'a wrong code changes nothing');

      const confirmed = await server.client.post(`/v1/sandbox/connections/${id}/confirm-code`, { code: `${code.slice(0, 4)}-${code.slice(4)}` }, { key: owner.key });
      assertConforms('sandboxConfirmCode', confirmed);
      assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
      assert.equal(confirmed.body.status, 'connected');
      assert.equal(confirmed.body.phone_number, '+12025550147');
      assert.equal(confirmed.body.wa_jid, '12025550147:1@s.whatsapp.net');
      assert.match(confirmed.body.wa_lid, /^\d+@lid$/);
      assert.ok(confirmed.body.linked_at);
    });

    test('a linked connection has no QR code and takes no pairing code or second scan (409 connection_already_linked)', async () => {
      const linked = await calls.link(owner.key);
      const before = await snapshot(server, linked.id);

      const qr = await server.client.get(`/v1/connections/${linked.id}/qr`, { key: owner.key });
      assertConforms('getConnectionQr', qr);
      assertError(qr, 409, 'connection_already_linked');
      const png = await server.client.get(`/v1/connections/${linked.id}/qr`, { key: owner.key, headers: { accept: 'image/png' } });
      assertError(png, 409, 'connection_already_linked');

      const pairing = await server.client.post(`/v1/connections/${linked.id}/pairing-code`, { phone_number: '+12025550148' }, { key: owner.key });
      assertConforms('requestPairingCode', pairing);
      assertError(pairing, 409, 'connection_already_linked');

      const rescan = await calls.scan(owner.key, linked.id, '+12025550149');
      assertError(rescan, 409, 'connection_already_linked');

      assert.deepEqual(await snapshot(server, linked.id), before);
    });

    test('changes made by the API itself (rename, logout, restart, delete) reach the events stream, and a deletion ends it', async () => {
      const { id } = await calls.create(owner.key);
      await waitForStatus(server.client, owner.key, id, 'qr');
      await calls.scan(owner.key, id, SANDBOX.banned);
      await waitForStatus(server.client, owner.key, id, 'failed');
      const stream = await calls.stream(owner.key, id);
      try {
        assert.equal((await stream.next('connection.state')).data.connection.status, 'failed');
        await server.client.request('PATCH', `/v1/connections/${id}`, { name: 'Renamed' }, { key: owner.key });
        assert.equal((await stream.next('connection.updated')).data.connection.name, 'Renamed');
        // No worker runs a failed connection: the API logs it out and restarts it itself.
        await server.client.post(`/v1/connections/${id}/logout`, undefined, { key: owner.key });
        assert.equal((await stream.next('connection.logged_out')).data.connection.status, 'logged_out');
        await server.client.post(`/v1/connections/${id}/restart`, undefined, { key: owner.key });
        assert.equal((await stream.next('connection.restarted')).data.connection.status, 'pending');
        await stream.next('connection.qr', CLAIM_TIMEOUT_MS);
        await server.client.delete(`/v1/connections/${id}`, { key: owner.key });
        assert.equal((await stream.next('connection.deleted')).data.connection.id, id);
        await assert.rejects(stream.next('connection.qr', 2_000), /ended/);
        assertMessagesConform('streamConnectionEvents', stream.events);
      } finally {
        await stream.close();
      }
    });

    test('the banned sandbox number fails the link (failed, banned); a restart brings a fresh QR code', async () => {
      const { id } = await calls.create(owner.key);
      await waitForStatus(server.client, owner.key, id, 'qr');
      const scanned = await calls.scan(owner.key, id, SANDBOX.banned);
      assert.equal(scanned.status, 200, JSON.stringify(scanned.body));
      assert.equal(scanned.body.status, 'failed');
      assert.equal(scanned.body.status_reason, 'banned');
      assert.equal(scanned.body.phone_number, null);
      assert.equal(await credsOf(server, id), undefined);

      const failedEvent = (await eventsOf(server, id)).find((event) => event.type === 'connection.failed');
      assert.equal(failedEvent?.data.object.status_reason, 'banned');
      assertError(await server.client.get(`/v1/connections/${id}/qr`, { key: owner.key }), 409, 'qr_not_ready');
      assertError(await calls.scan(owner.key, id), 409, 'connection_stopped');

      const restarted = await server.client.post(`/v1/connections/${id}/restart`, undefined, { key: owner.key });
      assertConforms('restartConnection', restarted);
      assert.equal(restarted.status, 202);
      assert.equal(restarted.body.status, 'pending');
      assert.equal(restarted.body.status_reason, null);
      await waitForStatus(server.client, owner.key, id, 'qr');
    });

    test('the replaced sandbox number links, then fails with connection_replaced', async () => {
      const linked = await calls.link(owner.key, SANDBOX.replaced);
      assert.equal(linked.status, 'connected');
      assert.equal(linked.phone_number, SANDBOX.replaced);
      const failed = await waitForStatus(server.client, owner.key, linked.id, 'failed');
      assert.equal(failed.status_reason, 'connection_replaced');
      const events = await eventsOf(server, linked.id);
      assert.deepEqual(typesOf(events).slice(-2), ['connection.connected', 'connection.failed']);
      assert.equal(events.at(-1)?.data.object.status_reason, 'connection_replaced');
    });

    test('the logged-out-from-phone sandbox number links, then logs out and its credentials are wiped', async () => {
      const linked = await calls.link(owner.key, SANDBOX.loggedOutFromPhone);
      assert.equal(linked.status, 'connected');
      const loggedOut = await waitForStatus(server.client, owner.key, linked.id, 'logged_out');
      assert.equal(loggedOut.status_reason, 'logged_out_from_phone');
      assert.equal(await credsOf(server, linked.id), undefined, 'the connection_auth_creds row is gone');
      assert.deepEqual(await keysOf(server, linked.id), []);
      const events = await eventsOf(server, linked.id);
      assert.deepEqual(typesOf(events).slice(-2), ['connection.connected', 'connection.logged_out']);
      assert.equal(events.at(-1)?.data.object.status_reason, 'logged_out_from_phone');
    });

    test('the dropping sandbox number disconnects once (connection_lost) and reconnects by itself', async () => {
      const { id } = await calls.create(owner.key);
      await waitForStatus(server.client, owner.key, id, 'qr');
      const stream = await calls.stream(owner.key, id);
      try {
        const scanned = await calls.scan(owner.key, id, SANDBOX.dropsOnce);
        assert.equal(scanned.body.status, 'connected');
        await stream.next('connection.connected');
        const dropped = await stream.next('connection.disconnected');
        assert.equal(dropped.data.connection.status, 'disconnected');
        assert.equal(dropped.data.connection.status_reason, 'connection_lost');
        await stream.next('connection.connecting');
        const back = await stream.next('connection.connected');
        assert.equal(back.data.connection.status_reason, null);
        assert.equal(back.data.connection.phone_number, SANDBOX.dropsOnce);
        assert.equal(back.data.connection.linked_at, scanned.body.linked_at, 'a reconnect is not a new link');
      } finally {
        await stream.close();
      }
      assert.equal((await waitForStatus(server.client, owner.key, id, 'connected')).status_reason, null);
      assert.deepEqual(typesOf(await eventsOf(server, id)).slice(-4), [
        'connection.connected',
        'connection.disconnected',
        'connection.connecting',
        'connection.connected',
      ]);
    });

    test(
      'the not-on-WhatsApp sandbox number cannot be linked',
      async () => {
        const { id } = await calls.create(owner.key);
        await waitForStatus(server.client, owner.key, id, 'qr');
        const scanned = await calls.scan(owner.key, id, SANDBOX.notOnWhatsApp);
        assert.equal(assertError(scanned, 400, 'phone_number_not_on_whatsapp').param, 'phone_number');
        const now = (await server.client.get(`/v1/connections/${id}`, { key: owner.key })).body;
        assert.equal(now.phone_number, null, JSON.stringify(now));
      },
    );

    test(
      'a client closing the events stream is not reported as a server error',
      async () => {
        const { id } = await calls.create(owner.key);
        const stream = await calls.stream(owner.key, id);
        await stream.next('connection.state');
        const printed: string[] = [];
        const original = console.error;
        console.error = (...args: unknown[]) => void printed.push(args.map(String).join(' '));
        try {
          await stream.close();
          await sleep(200);
        } finally {
          console.error = original;
        }
        assert.deepEqual(printed, []);
      },
    );

    test('logout wipes the credentials and stops it; a restart then shows a new QR code and it links again', async () => {
      const linked = await calls.link(owner.key, '+12025550150');
      assert.ok(await credsOf(server, linked.id));
      const stream = await calls.stream(owner.key, linked.id);
      try {
        assert.equal((await stream.next('connection.state')).data.connection.status, 'connected');

        const loggedOut = await server.client.post(`/v1/connections/${linked.id}/logout`, undefined, { key: owner.key });
        assertConforms('logoutConnection', loggedOut);
        assert.equal(loggedOut.status, 200, JSON.stringify(loggedOut.body));
        assert.equal(loggedOut.body.status, 'logged_out');
        assert.equal(loggedOut.body.status_reason, 'logged_out_by_user');
        assert.equal((await stream.next('connection.logged_out')).data.connection.status, 'logged_out');
        assert.equal(await credsOf(server, linked.id), undefined);
        assert.deepEqual(await keysOf(server, linked.id), []);
        const loggedOutEvents = (await eventsOf(server, linked.id)).filter((event) => event.type === 'connection.logged_out');
        assert.equal(loggedOutEvents.length, 1);
        assert.equal(loggedOutEvents[0]?.data.object.status, 'logged_out');

        assertError(await server.client.get(`/v1/connections/${linked.id}/qr`, { key: owner.key }), 409, 'qr_not_ready');
        assertError(await calls.scan(owner.key, linked.id), 409, 'connection_stopped');
        const pairing = await server.client.post(`/v1/connections/${linked.id}/pairing-code`, { phone_number: '+12025550151' }, { key: owner.key });
        assertError(pairing, 409, 'connection_stopped');
        const again = await server.client.post(`/v1/connections/${linked.id}/logout`, undefined, { key: owner.key });
        assert.equal(again.status, 200);
        assert.equal(again.body.status, 'logged_out');
        assert.equal((await eventsOf(server, linked.id)).filter((event) => event.type === 'connection.logged_out').length, 1);

        const restarted = await server.client.post(`/v1/connections/${linked.id}/restart`, undefined, { key: owner.key });
        assertConforms('restartConnection', restarted);
        assert.equal(restarted.status, 202);
        assert.equal(restarted.body.status, 'pending');
        const qrEvent = await stream.next('connection.qr', CLAIM_TIMEOUT_MS);
        assert.equal(qrEvent.data.connection.status, 'qr');
        assert.ok(qrEvent.data.qr?.qr, 'a connection.qr event carries the code');
        await waitForStatus(server.client, owner.key, linked.id, 'qr');
        const qr = await server.client.get(`/v1/connections/${linked.id}/qr`, { key: owner.key });
        assert.equal(qr.status, 200);
        assert.equal(qr.body.qr, qrEvent.data.qr.qr);

        const relinked = await calls.scan(owner.key, linked.id, '+12025550152');
        assert.equal(relinked.status, 200, JSON.stringify(relinked.body));
        assert.equal(relinked.body.status, 'connected');
        assert.equal(relinked.body.phone_number, '+12025550152');
        await stream.next('connection.connected');
      } finally {
        await stream.close();
      }
    });

    test(
      'a connection linked again after a logout shows when the new link was made',
      async () => {
        const first = await calls.link(owner.key, '+12025550153');
        await server.client.post(`/v1/connections/${first.id}/logout`, undefined, { key: owner.key });
        await server.client.post(`/v1/connections/${first.id}/restart`, undefined, { key: owner.key });
        await waitForStatus(server.client, owner.key, first.id, 'qr');
        const second = await calls.scan(owner.key, first.id, '+12025550154');
        assert.equal(second.body.phone_number, '+12025550154');
        assert.ok(Date.parse(second.body.linked_at) > Date.parse(first.linked_at ?? ''), `${second.body.linked_at} is the first link's time`);
      },
    );

    test('a restart of a connected connection reconnects with its credentials, without a QR code', async () => {
      const linked = await calls.link(owner.key);
      const before = typesOf(await eventsOf(server, linked.id));
      const stream = await calls.stream(owner.key, linked.id);
      try {
        await stream.next('connection.state');
        const restarted = await server.client.post(`/v1/connections/${linked.id}/restart`, undefined, { key: owner.key });
        assertConforms('restartConnection', restarted);
        assert.equal(restarted.status, 202);
        assert.equal(restarted.body.status, 'connected');
        await stream.next('connection.connecting');
        const connected = await stream.next('connection.connected');
        assert.equal(connected.data.connection.phone_number, linked.phone_number);
        assert.ok(!stream.types().includes('connection.qr'), stream.types().join(', '));
      } finally {
        await stream.close();
      }
      const now = await waitForStatus(server.client, owner.key, linked.id, 'connected');
      assert.deepEqual(now, linked, 'same number, jid, lid and linked_at');
      const after = typesOf(await eventsOf(server, linked.id));
      assert.deepEqual(after.slice(before.length), ['connection.connecting', 'connection.connected']);
    });

    test('delete logs out, wipes the credentials and removes the connection', async () => {
      const linked = await calls.link(owner.key);
      const unlinked = await calls.create(owner.key);
      await waitForStatus(server.client, owner.key, unlinked.id, 'qr');
      for (const connection of [linked, unlinked]) {
        const deleted = await server.client.delete(`/v1/connections/${connection.id}`, { key: owner.key });
        assertConforms('deleteConnection', deleted);
        assert.deepEqual(deleted.body, { id: connection.id, object: 'connection', deleted: true });
        const gone = await server.client.get(`/v1/connections/${connection.id}`, { key: owner.key });
        assertConforms('getConnection', gone);
        assertError(gone, 404, 'resource_missing');
        assertError(await server.client.delete(`/v1/connections/${connection.id}`, { key: owner.key }), 404, 'resource_missing');
        assert.equal(await rowOf(server, connection.id), undefined);
        assert.equal(await credsOf(server, connection.id), undefined);
        assert.deepEqual(await keysOf(server, connection.id), []);
        const events = await eventsOf(server, connection.id);
        assert.deepEqual(typesOf(events).slice(-2), ['connection.logged_out', 'connection.deleted'], 'the running connection is logged out first');
        assert.equal(events.at(-1)?.data.object.id, connection.id);
      }
      const list = await server.client.get('/v1/connections?limit=100', { key: owner.key });
      assert.ok(!list.body.data.some((c: Connection) => c.id === linked.id || c.id === unlinked.id));
    });

    test('lists are paginated newest first and hold only the calling account\'s connections of the key\'s mode', async () => {
      const created: string[] = [];
      for (let i = 0; i < 5; i++) created.push((await calls.create(owner.key, { name: `line ${i}` })).id);
      const newestFirst = [...created].reverse();

      const first = await server.client.get('/v1/connections?limit=2', { key: owner.key });
      assertConforms('listConnections', first);
      assert.deepEqual(first.body.data.map((c: Connection) => c.id), newestFirst.slice(0, 2));
      assert.equal(first.body.has_more, true);
      const second = await server.client.get(`/v1/connections?limit=2&starting_after=${newestFirst[1]}`, { key: owner.key });
      assert.deepEqual(second.body.data.map((c: Connection) => c.id), newestFirst.slice(2, 4));
      const last = await server.client.get(`/v1/connections?limit=2&starting_after=${newestFirst[3]}`, { key: owner.key });
      assert.deepEqual(last.body.data.map((c: Connection) => c.id), newestFirst.slice(4));
      assert.equal(last.body.has_more, false);
      const back = await server.client.get(`/v1/connections?limit=2&ending_before=${newestFirst[3]}`, { key: owner.key });
      assert.deepEqual(back.body.data.map((c: Connection) => c.id), newestFirst.slice(1, 3));
      assert.equal(back.body.has_more, true);

      const all = await server.client.get('/v1/connections', { key: owner.key });
      assertConforms('listConnections', all);
      assert.deepEqual(all.body.data.map((c: Connection) => c.id), newestFirst);
      assert.ok(all.body.data.every((c: Connection) => c.mode === 'test'));
      const strangers = await server.client.get('/v1/connections?limit=100', { key: stranger.key });
      assert.ok(!strangers.body.data.some((c: Connection) => created.includes(c.id)));

      assertError(await server.client.get('/v1/connections?limit=0', { key: owner.key }), 400, 'parameter_invalid');
    });

    test('sandbox endpoints refuse live-mode keys, and keys of one mode cannot see the other mode\'s connections', async () => {
      const live = await buildApiKey(server.client, owner, { mode: 'live' });
      const testConnection = await calls.create(owner.key);
      await waitForStatus(server.client, owner.key, testConnection.id, 'qr');
      const liveConnection = await calls.create(live.secret, { name: 'real phone' });
      assert.equal(liveConnection.mode, 'live');
      assert.equal(liveConnection.status, 'pending');

      for (const id of [liveConnection.id, testConnection.id]) {
        const scan = await calls.scan(live.secret, id, '+12025550155');
        assertError(scan, 403, 'sandbox_test_mode_only');
        const confirm = await server.client.post(`/v1/sandbox/connections/${id}/confirm-code`, { code: 'ABCDEFGH' }, { key: live.secret });
        assertConforms('sandboxConfirmCode', confirm);
        assertError(confirm, 403, 'sandbox_test_mode_only');
      }

      // Row-level security scopes by mode: the other mode's connection does not exist for the key.
      assertError(await server.client.get(`/v1/connections/${testConnection.id}`, { key: live.secret }), 404, 'resource_missing');
      assertError(await server.client.get(`/v1/connections/${liveConnection.id}`, { key: owner.key }), 404, 'resource_missing');
      const liveList = await server.client.get('/v1/connections', { key: live.secret });
      assert.deepEqual(liveList.body.data.map((c: Connection) => c.id), [liveConnection.id]);
      const testList = await server.client.get('/v1/connections', { key: owner.key });
      assert.deepEqual(testList.body.data.map((c: Connection) => c.id), [testConnection.id]);
      assert.equal((await waitForStatus(server.client, owner.key, testConnection.id, 'qr')).phone_number, null);
    });

    test('malformed phone numbers and codes are refused naming the parameter, and change nothing', async () => {
      const { id } = await calls.create(owner.key);
      await waitForStatus(server.client, owner.key, id, 'qr');
      const before = await snapshot(server, id);

      for (const phoneNumber of ['+1 555', 'call me maybe', '+999 123 456 789']) {
        const scan = await calls.scan(owner.key, id, phoneNumber);
        assert.equal(assertError(scan, 400, 'phone_number_invalid').param, 'phone_number', phoneNumber);
        const pairing = await server.client.post(`/v1/connections/${id}/pairing-code`, { phone_number: phoneNumber }, { key: owner.key });
        assertConforms('requestPairingCode', pairing);
        assert.equal(assertError(pairing, 400, 'phone_number_invalid').param, 'phone_number', phoneNumber);
      }
      const tooShort = await calls.scan(owner.key, id, '1');
      assert.equal(assertError(tooShort, 400, 'parameter_invalid').param, 'phone_number');
      const missing = await server.client.post(`/v1/connections/${id}/pairing-code`, {}, { key: owner.key });
      assert.equal(assertError(missing, 400, 'parameter_missing').param, 'phone_number');
      const noCode = await server.client.post(`/v1/sandbox/connections/${id}/confirm-code`, { code: 'ABCDEFGH' }, { key: owner.key });
      assertConforms('sandboxConfirmCode', noCode);
      assertError(noCode, 409, 'pairing_code_not_requested');
      const shortCode = await server.client.post(`/v1/sandbox/connections/${id}/confirm-code`, { code: 'ABC' }, { key: owner.key });
      assert.equal(assertError(shortCode, 400, 'parameter_invalid').param, 'code');

      assert.deepEqual(await snapshot(server, id), before);
    });

    test('another account\'s connection is a 404 on every endpoint, and stays untouched', async () => {
      const { id } = await calls.create(stranger.key);
      await waitForStatus(server.client, stranger.key, id, 'qr');
      const before = await snapshot(server, id);
      const key = owner.key;
      const attempts: Array<[string, Promise<any>]> = [
        ['getConnection', server.client.get(`/v1/connections/${id}`, { key })],
        ['getConnectionQr', server.client.get(`/v1/connections/${id}/qr`, { key })],
        ['streamConnectionEvents', server.client.get(`/v1/connections/${id}/events`, { key })],
        ['restartConnection', server.client.post(`/v1/connections/${id}/restart`, undefined, { key })],
        ['logoutConnection', server.client.post(`/v1/connections/${id}/logout`, undefined, { key })],
        ['requestPairingCode', server.client.post(`/v1/connections/${id}/pairing-code`, { phone_number: '+12025550156' }, { key })],
        ['sandboxScan', server.client.post(`/v1/sandbox/connections/${id}/scan`, {}, { key })],
        ['sandboxConfirmCode', server.client.post(`/v1/sandbox/connections/${id}/confirm-code`, { code: 'ABCDEFGH' }, { key })],
        ['deleteConnection', server.client.delete(`/v1/connections/${id}`, { key })],
      ];
      for (const [operationId, attempt] of attempts) {
        const response = await attempt;
        assertConforms(operationId, response);
        assert.equal(assertError(response, 404, 'resource_missing').param, 'id', operationId);
      }
      assert.deepEqual(await snapshot(server, id), before);
      assert.equal((await waitForStatus(server.client, stranger.key, id, 'qr')).phone_number, null);
    });

    test('an unknown connection id is a 404, a malformed one a 400 naming id', async () => {
      const unknown = 'conn_01JD3Z0Q8S1W2E3R4T5Y6U7I8O';
      for (const id of [unknown, 'nope', 'key_01JD3Z0Q8S1W2E3R4T5Y6U7I8O']) {
        const responses: Array<[string, any]> = [
          ['getConnection', await server.client.get(`/v1/connections/${id}`, { key: owner.key })],
          ['deleteConnection', await server.client.delete(`/v1/connections/${id}`, { key: owner.key })],
          ['getConnectionQr', await server.client.get(`/v1/connections/${id}/qr`, { key: owner.key })],
          ['sandboxScan', await server.client.post(`/v1/sandbox/connections/${id}/scan`, {}, { key: owner.key })],
        ];
        for (const [operationId, response] of responses) {
          assertConforms(operationId, response);
          const error = id === unknown ? assertError(response, 404, 'resource_missing') : assertError(response, 400, 'parameter_invalid');
          assert.equal(error.param, 'id', `${operationId} ${id}`);
        }
      }
    });

    test('a send_rate outside 1–60, a blank name or an unknown field is refused and creates nothing', async () => {
      const refusals: Array<[unknown, string, string]> = [
        [{ send_rate: 0 }, 'parameter_invalid', 'send_rate'],
        [{ send_rate: 61 }, 'parameter_invalid', 'send_rate'],
        [{ send_rate: 2.5 }, 'parameter_invalid', 'send_rate'],
        [{ send_rate: '20' }, 'parameter_invalid', 'send_rate'],
        [{ name: '' }, 'parameter_invalid', 'name'],
        [{ name: '   ' }, 'parameter_invalid', 'name'],
        [{ mode: 'live' }, 'parameter_unknown', 'mode'],
      ];
      for (const [body, code, param] of refusals) {
        const response = await server.client.post('/v1/connections', body, { key: owner.key });
        assertConforms('createConnection', response);
        assert.equal(assertError(response, 400, code).param, param, JSON.stringify(body));
      }
      const list = await server.client.get('/v1/connections', { key: owner.key });
      assert.deepEqual(list.body.data, []);
      const events = await server.services.db.system((trx) => trx('events').where({ account_id: owner.account.id, type: 'connection.created' }));
      assert.deepEqual(events, []);

      for (const sendRate of [1, 60]) assert.equal((await calls.create(owner.key, { send_rate: sendRate })).send_rate, sendRate);
    });

    test('the plan limit refuses one connection too many (403 plan_limit_reached) and creates nothing', async () => {
      const limited = await startTestServer(settings({ PARLEY_PLANS: JSON.stringify({ enterprise: { limits: { connections: 2 } } }) }));
      try {
        const account = await buildAccount(limited.client);
        const attempts = await Promise.all(
          [1, 2, 3, 4].map((n) => limited.client.post('/v1/connections', { name: `line ${n}` }, { key: account.key })),
        );
        for (const response of attempts) assertConforms('createConnection', response);
        const created = attempts.filter((r) => r.status === 201);
        const refused = attempts.filter((r) => r.status !== 201);
        assert.equal(created.length, 2, 'creations at the same moment cannot slip past the limit');
        for (const response of refused) assertError(response, 403, 'plan_limit_reached');

        const third = await limited.client.post('/v1/connections', {}, { key: account.key });
        assert.equal(assertError(third, 403, 'plan_limit_reached').param, 'connections');
        const list = await limited.client.get('/v1/connections', { key: account.key });
        assert.deepEqual(list.body.data.map((c: Connection) => c.id).sort(), created.map((r) => r.body.id).sort());
        const createdEvents = await limited.services.db.system((trx) =>
          trx('events').where({ account_id: account.account.id, type: 'connection.created' }),
        );
        assert.equal(createdEvents.length, 2);

        assert.equal((await limited.client.delete(`/v1/connections/${created[0]?.body.id}`, { key: account.key })).status, 200);
        assert.equal((await limited.client.post('/v1/connections', {}, { key: account.key })).status, 201, 'a deleted one frees its place');
      } finally {
        await limited.stop();
      }
    });
  });

  describe('restart safety', () => {
    test('after a restart on the same database, a linked connection comes back connected without a new QR code', async () => {
      let first: TestServer | undefined = await startTestServer(settings());
      let second: TestServer | undefined;
      try {
        const account = await buildAccount(first.client);
        const linked = await api(first).link(account.key);
        const before = typesOf(await eventsOf(first, linked.id));
        await first.stop();
        first = undefined;

        second = await startTestServer(settings());
        const worker = second.connections;
        assert.ok(worker, 'the new server runs connections');
        const server = second;
        await eventually('the new worker to reconnect the connection', async () => {
          const row = await rowOf(server, linked.id);
          const types = typesOf(await eventsOf(server, linked.id));
          return row?.lease_owner === worker.owner && types.length > before.length && types.at(-1) === 'connection.connected';
        });
        const now = await waitForStatus(second.client, account.key, linked.id, 'connected');
        assert.deepEqual(now, linked, 'the same link: number, jid, lid and linked_at');
        assert.deepEqual(typesOf(await eventsOf(second, linked.id)).slice(before.length), ['connection.connecting', 'connection.connected']);
        assertError(await second.client.get(`/v1/connections/${linked.id}/qr`, { key: account.key }), 409, 'connection_already_linked');

        // The new worker answers commands for it.
        const restarted = await second.client.post(`/v1/connections/${linked.id}/restart`, undefined, { key: account.key });
        assert.equal(restarted.status, 202, JSON.stringify(restarted.body));
        assert.equal(restarted.body.status, 'connected');
        assert.ok(!typesOf(await eventsOf(second, linked.id)).slice(before.length).includes('connection.qr'));
      } finally {
        await first?.stop();
        await second?.stop();
      }
    });
  });

  describe('across an api node and a worker node', () => {
    test('the api node takes the requests, the worker runs the connection, and the api node\'s stream sees it connect', async () => {
      const apiNode = await startTestServer(settings({ PARLEY_ROLE: 'api' }));
      let workerNode: TestServer | undefined;
      let stream: EventStream | undefined;
      try {
        assert.equal(apiNode.connections, undefined, 'an api node runs no connections');
        const account = await buildAccount(apiNode.client);
        const calls = api(apiNode);
        const connection = await calls.create(account.key);
        // No worker anywhere yet: it waits, and there is no QR code to show.
        await sleep(300);
        assert.equal((await waitForStatus(apiNode.client, account.key, connection.id, 'pending')).status, 'pending');
        const early = await apiNode.client.get(`/v1/connections/${connection.id}/qr`, { key: account.key });
        assertConforms('getConnectionQr', early);
        assertError(early, 409, 'qr_not_ready');

        stream = await calls.stream(account.key, connection.id);
        assert.equal((await stream.next('connection.state')).data.connection.status, 'pending');
        workerNode = await startTestServer(settings({ PARLEY_ROLE: 'worker' }));
        const worker = workerNode.connections;
        assert.ok(worker, 'a worker node runs connections');
        const qr = await stream.next('connection.qr');
        assert.ok(qr.data.qr?.qr);
        assert.equal((await rowOf(apiNode, connection.id))?.lease_owner, worker.owner);

        const scanned = await calls.scan(account.key, connection.id, '+12025550157');
        assert.equal(scanned.status, 200, JSON.stringify(scanned.body));
        assert.equal(scanned.body.status, 'connected');
        const connected = await stream.next('connection.connected');
        assert.equal(connected.data.connection.phone_number, '+12025550157');

        // A new connection reaches the worker through the bus at once, not at its next claim tick.
        const started = Date.now();
        const next = await calls.create(account.key);
        await waitForStatus(apiNode.client, account.key, next.id, 'qr', 2_500);
        assert.ok(Date.now() - started < 2_500);
        assert.equal((await rowOf(apiNode, next.id))?.lease_owner, worker.owner);
      } finally {
        await stream?.close();
        await apiNode.stop();
        await workerNode?.stop();
      }
    });
  });

  describe('many commands at once', () => {
    test('ten sandbox scans at once on one node all link: requests waiting on the worker do not starve it of database connections', async () => {
      const server = await startTestServer(settings());
      try {
        const calls = api(server);
        const account = await buildAccount(server.client);
        // Ten is both the default per-account limit and the size of the API's database pool, each scan holding
        // one of them while it waits for the worker's answer.
        const ids: string[] = [];
        for (let i = 0; i < 10; i++) ids.push((await calls.create(account.key)).id);
        for (const id of ids) await waitForStatus(server.client, account.key, id, 'qr');
        const scans = await Promise.all(ids.map((id) => calls.scan(account.key, id)));
        assert.deepEqual(
          scans.map((r) => `${r.status} ${r.body.status ?? r.body.error?.code}`),
          ids.map(() => '200 connected'),
        );
        for (const id of ids) await waitForStatus(server.client, account.key, id, 'connected', 1_000);
      } finally {
        await server.stop();
      }
    });
  });
});
