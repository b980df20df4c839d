// Live mode end to end, through Parley's HTTP API: an in-process Parley (API and worker) runs unmodified Baileys,
// which dials the local WhatsApp Web simulator (test/whatsapp-simulator) instead of WhatsApp, whose Noise
// certificate chain it trusts because this process points Baileys' WA_CERT_DETAILS.PUBLIC_KEY at the simulator's
// test root key. The simulator plays both WhatsApp's servers and the user's phone (scanning a QR code, typing a
// pairing code, unlinking the device, ...). Nothing else is faked: PostgreSQL, Redis, the worker, the leases.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, afterEach, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { WA_CERT_DETAILS } from '@whiskeysockets/baileys';
import knexFactory, { type Knex } from 'knex';
import type { components } from '../server/generated/openapi.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { EventStream } from './helpers/connections-sse.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { buildAccount, buildApiKey, type TestAccount } from './helpers/factories.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';
import { postLoginQueriesAnswered } from './whatsapp-simulator/baileys-client.js';
import { WhatsAppSimulator, type SimEvent } from './whatsapp-simulator/server.js';

type Connection = components['schemas']['Connection'];
type Status = Connection['status'];

/** Claiming is immediate (the bus wakes the worker); a socket reaches the QR step in well under a second. */
const STEP_TIMEOUT_MS = 10_000;
/**
 * How long a stopped connection is watched for a reconnect it must not make: longer than the workers' 5 s lease
 * tick (RENEW_INTERVAL_MS), so a stopped connection claimed again by the periodic tick would show. Any handshake
 * counts: the other connections of this file are idle by then, and a wrongly restarted logged-out connection
 * would register afresh, which carries no device JID to filter on.
 */
const QUIET_WINDOW_MS = 6_000;
const POLL_MS = 25;

/** The simulator's wire-level chatter; the milestones (handshake, qr-shown, paired, login, closed, ...) remain. */
const CHATTER = new Set(['send', 'recv', 'iq-answered', 'passive', 'prekeys-uploaded']);

let nextPhone = 0;
/** A fresh phone account per test (E.164), so device JIDs never collide between tests. */
const newPhone = () => `+1202555${String(170 + nextPhone++).padStart(4, '0')}`;
const digits = (e164: string) => e164.replace(/\D/g, '');

describe('live mode: Parley runs unmodified Baileys against the WhatsApp Web simulator', () => {
  const sim = new WhatsAppSimulator();
  const originalRootKey = WA_CERT_DETAILS.PUBLIC_KEY;
  const redisPrefix = `${testEnv().redisPrefix}live-${randomBytes(4).toString('hex')}:`;
  let database: ScratchDatabase;
  /** The scratch database as its owner (a superuser): reads credentials and events past row-level security. */
  let superuser: Knex;
  let server: TestServer;
  let owner: TestAccount;
  let liveKey: string;

  // A worker claims every free connection in its database: this file gets a database of its own.
  const start = () =>
    startTestServer({
      PARLEY_ROLE: 'all',
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: redisPrefix,
      WHATSAPP_WS_URL: sim.url,
    });

  before(async () => {
    await sim.start();
    WA_CERT_DETAILS.PUBLIC_KEY = Buffer.from(sim.rootKey.public);
    database = await createScratchDatabase();
    superuser = knexFactory({ client: 'pg', connection: database.url, pool: { min: 0, max: 2 } });
    server = await start();
    owner = await buildAccount(server.client, { account_name: 'Live Co' });
    const key = await buildApiKey(server.client, owner, { name: 'live key', mode: 'live' });
    assert.match(key.secret, /^parley_live_/);
    liveKey = key.secret;
  });

  after(async () => {
    await server?.stop();
    await sim.stop();
    WA_CERT_DETAILS.PUBLIC_KEY = originalRootKey;
    await superuser?.destroy();
    await database?.drop();
  });

  // A connection left half-linked by a failing test would register again on every restart and blur what the
  // next test observes: delete whatever is neither linked nor stopped.
  afterEach(async () => {
    const list = await server.client.get<{ data: Connection[] }>('/v1/connections?limit=100', { key: liveKey });
    for (const connection of list.body.data) {
      if (['connected', 'logged_out', 'failed'].includes(connection.status)) continue;
      await server.client.delete(`/v1/connections/${connection.id}`, { key: liveKey });
    }
  });

  // ── observation helpers ──────────────────────────────────────────────────────────────────────────────────────

  const milestones = (since = 0, limit = 25) =>
    sim.events
      .slice(since)
      .filter((event) => !CHATTER.has(event.type))
      .slice(-limit);

  /** What a failure message needs: the connection as the API shows it, and what the simulator saw lately. */
  async function explain(id: string, since = 0): Promise<string> {
    const response = await server.client.get<Connection>(`/v1/connections/${id}`, { key: liveKey }).catch((error: unknown) => ({ body: String(error) }));
    return `connection: ${JSON.stringify(response.body)}\nsimulator milestones: ${JSON.stringify(milestones(since))}\nsimulator errors: ${sim.errors.map(String).join('; ') || 'none'}`;
  }

  async function getConnection(id: string): Promise<Connection> {
    const response = await server.client.get<Connection>(`/v1/connections/${id}`, { key: liveKey });
    assertConforms('getConnection', response);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    return response.body;
  }

  async function createConnection(name: string): Promise<Connection> {
    const response = await server.client.post<Connection>('/v1/connections', { name }, { key: liveKey });
    assertConforms('createConnection', response);
    assert.equal(response.status, 201, JSON.stringify(response.body));
    assert.equal(response.body.mode, 'live');
    assert.equal(response.body.status, 'pending');
    return response.body;
  }

  /** Polls GET /v1/connections/{id} until `check` accepts it. */
  async function waitForConnection(id: string, what: string, check: (connection: Connection) => boolean, timeoutMs = STEP_TIMEOUT_MS, since = 0): Promise<Connection> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const connection = await getConnection(id);
      if (check(connection)) return connection;
      if (Date.now() > deadline) assert.fail(`connection ${id} was not ${what} within ${timeoutMs} ms\n${await explain(id, since)}`);
      await sleep(POLL_MS);
    }
  }

  const waitForStatus = (id: string, status: Status, since = 0, timeoutMs = STEP_TIMEOUT_MS) =>
    waitForConnection(id, status, (connection) => connection.status === status, timeoutMs, since);

  /** The first simulator event after index `since` that matches. */
  async function simEvent(what: string, since: number, predicate: (event: SimEvent) => boolean, timeoutMs = STEP_TIMEOUT_MS): Promise<SimEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = sim.events.slice(since).find(predicate);
      if (found) return found;
      if (Date.now() > deadline) {
        assert.fail(`the simulator did not see ${what} within ${timeoutMs} ms\nmilestones since: ${JSON.stringify(milestones(since))}`);
      }
      await sleep(POLL_MS);
    }
  }

  /** Watches the simulator for `windowMs` and fails as soon as a matching event appears after `since`. */
  async function assertNoSimEvent(what: string, since: number, predicate: (event: SimEvent) => boolean, windowMs = QUIET_WINDOW_MS): Promise<void> {
    const end = Date.now() + windowMs;
    while (Date.now() < end) {
      const found = sim.events.slice(since).find(predicate);
      if (found) assert.fail(`the simulator saw ${what}: ${JSON.stringify(found)}\nmilestones since: ${JSON.stringify(milestones(since))}`);
      await sleep(POLL_MS);
    }
  }

  const isLogin = (jid: string) => (event: SimEvent) => event.type === 'login' && event.jid === jid;
  const isRegistration = (event: SimEvent) => event.type === 'handshake' && event.registration === true;
  const isHandshake = (event: SimEvent) => event.type === 'handshake';

  /** Baileys' init queries must be answered before a test disturbs the socket (else they wait out 60 s). */
  const initQueriesAnswered = (jid: string, since: number) => postLoginQueriesAnswered(sim, jid, since);

  /** Event rows of a connection in the order they were written (read as the database owner). */
  const eventsOf = async (id: string): Promise<Array<{ type: string; status: Status; status_reason: string | null }>> =>
    (await superuser('events').whereRaw(`data->'object'->>'id' = ?`, [id]).orderBy('id').select('type', 'data')).map(
      (row: { type: string; data: { object: Connection } }) => ({ type: row.type, status: row.data.object.status, status_reason: row.data.object.status_reason }),
    );
  const eventTypesOf = async (id: string): Promise<string[]> => (await eventsOf(id)).map((event) => event.type);

  const countOf = (types: string[], type: string) => types.filter((t) => t === type).length;

  /** Waits until the connection has more than `seen` events of `type`, then returns the connection. */
  async function waitForNewEvent(id: string, type: string, seen: number, since: number): Promise<Connection> {
    const deadline = Date.now() + STEP_TIMEOUT_MS;
    for (;;) {
      const types = await eventTypesOf(id);
      if (countOf(types, type) > seen) return getConnection(id);
      if (Date.now() > deadline) assert.fail(`no new ${type} event within ${STEP_TIMEOUT_MS} ms: ${types.join(', ')}\n${await explain(id, since)}`);
      await sleep(POLL_MS);
    }
  }

  async function storedCredentials(id: string): Promise<{ creds: number; keys: number }> {
    const [creds] = await superuser('connection_auth_creds').where({ connection_id: id }).count({ n: '*' });
    const [keys] = await superuser('connection_auth_keys').where({ connection_id: id }).count({ n: '*' });
    return { creds: Number(creds?.n ?? 0), keys: Number(keys?.n ?? 0) };
  }

  /** The QR code, read from GET /v1/connections/{id}/qr once the worker has one (409 qr_not_ready until then). */
  async function fetchQr(id: string, since = 0): Promise<{ qr: string; expires_at: string }> {
    const deadline = Date.now() + STEP_TIMEOUT_MS;
    for (;;) {
      const response = await server.client.get(`/v1/connections/${id}/qr`, { key: liveKey });
      assertConforms('getConnectionQr', response);
      if (response.status === 200) return response.body;
      assertError(response, 409, 'qr_not_ready');
      if (Date.now() > deadline) assert.fail(`connection ${id} showed no QR code within ${STEP_TIMEOUT_MS} ms\n${await explain(id, since)}`);
      await sleep(POLL_MS);
    }
  }

  async function restart(id: string): Promise<void> {
    const response = await server.client.post(`/v1/connections/${id}/restart`, undefined, { key: liveKey });
    assertConforms('restartConnection', response);
    assert.equal(response.status, 202, JSON.stringify(response.body));
  }

  /** Creates a live connection and links it by QR: the simulated phone scans the code the API hands out. */
  async function linkByQr(name: string, phone: string): Promise<{ connection: Connection; jid: string }> {
    const since = sim.events.length;
    const created = await createConnection(name);
    const { qr } = await fetchQr(created.id, since);
    await sim.scanQr(qr, digits(phone));
    const connection = await waitForStatus(created.id, 'connected', since);
    assert.ok(connection.wa_jid, `a connected connection names its device: ${JSON.stringify(connection)}`);
    await initQueriesAnswered(connection.wa_jid, since);
    return { connection, jid: connection.wa_jid };
  }

  // ── the tests ────────────────────────────────────────────────────────────────────────────────────────────────

  test('QR linking: the API hands out the QR code, the phone scans it, and the connection becomes connected as that number', async () => {
    const phone = newPhone();
    const since = sim.events.length;
    const created = await createConnection('QR line');
    const stream = await EventStream.open(server.url, `/v1/connections/${created.id}/events`, liveKey);
    try {
      const failWith = async (error: unknown) => assert.fail(`${String(error)}\n${await explain(created.id, since)}`);
      // The stream opens with the current state: it carries the QR code already when the worker was quicker.
      const initial = await stream.next('connection.state').catch(failWith);
      const shown = initial.data.qr ? initial : await stream.next('connection.qr', STEP_TIMEOUT_MS).catch(failWith);
      assert.equal(shown.data.connection.status, 'qr');
      const qr = await fetchQr(created.id, since);
      assert.equal(qr.qr, shown.data.qr.qr, 'the stream and GET /qr carry the same code');
      assert.match(qr.qr, /^https:\/\/wa\.me\/settings\/linked_devices#/);
      const lifetime = Date.parse(qr.expires_at) - Date.now();
      assert.ok(lifetime > 0 && lifetime <= 60_000, `the first QR code of a socket lives up to 60 s, not ${lifetime} ms`);
      await simEvent('a registration handshake', since, isRegistration);
      await simEvent('the QR refs shown', since, (e) => e.type === 'qr-shown');

      await sim.scanQr(qr.qr, digits(phone));

      const connected = await stream.next('connection.connected', STEP_TIMEOUT_MS).catch(failWith);
      const jid = `${digits(phone)}:1@s.whatsapp.net`;
      assert.equal(connected.data.connection.phone_number, phone);
      assert.equal(connected.data.qr, undefined, 'a linked connection has no QR code');
      const connection = await getConnection(created.id);
      assert.equal(connection.status, 'connected');
      assert.equal(connection.status_reason, null);
      assert.equal(connection.phone_number, phone);
      assert.equal(connection.wa_jid, jid);
      assert.match(connection.wa_lid ?? '', /^\d+@lid$/);
      assert.ok(connection.linked_at && Math.abs(Date.parse(connection.linked_at) - Date.now()) < 60_000);
      await initQueriesAnswered(jid, since);

      // The simulator linked exactly this device, saw it pair and then log in with the noise key it registered.
      const device = sim.devices.get(jid);
      assert.ok(device, `the simulator lists the device ${jid}; it has ${[...sim.devices.keys()].join(', ')}`);
      assert.equal(device.phone, digits(phone));
      assert.equal(device.preKeyCount, 812, 'the first login uploaded its pre-keys');
      assert.equal(`${device.lid.split(':')[0]}@lid`, connection.wa_lid);
      const seen = milestones(since, 1_000).map((e) => e.type);
      for (const type of ['handshake', 'qr-shown', 'paired', 'login']) assert.ok(seen.includes(type), `the simulator saw ${type}: ${seen.join(', ')}`);
      assert.ok(seen.indexOf('paired') < seen.lastIndexOf('login'), 'the device logged in after it paired');
      assert.deepEqual(sim.errors, []);

      // The credentials are in PostgreSQL (creds, and the 812 pre-keys among the keys), and the QR is gone.
      const stored = await storedCredentials(created.id);
      assert.equal(stored.creds, 1);
      assert.ok(stored.keys >= 812, `the pre-keys are stored: ${stored.keys} keys`);
      assertError(await server.client.get(`/v1/connections/${created.id}/qr`, { key: liveKey }), 409, 'connection_already_linked');
      // The console reaches the same live connection with Parley-Mode: live; without it, it acts in test mode.
      const session = { cookie: owner.cookie, csrf: owner.csrf };
      const inLive = await server.client.get(`/v1/connections/${created.id}`, { ...session, headers: { 'parley-mode': 'live' } });
      assertConforms('getConnection', inLive);
      assert.deepEqual(inLive.body, connection);
      assertError(await server.client.get(`/v1/connections/${created.id}`, session), 404, 'resource_missing');
      const types = await eventTypesOf(created.id);
      // Baileys reports 'connecting' per socket: the registering one, then the one that logs in after the 515.
      assert.deepEqual(types, ['connection.created', 'connection.connecting', 'connection.qr', 'connection.connecting', 'connection.connected']);
    } finally {
      await stream.close();
    }
  });

  test('number checks go to WhatsApp through the linked device: registered numbers answer on_whatsapp with their id, duplicates asked once', async () => {
    const { connection } = await linkByQr('checks line', newPhone());
    const registered = newPhone();
    sim.account(digits(registered));
    const unregistered = '+12025550999';
    const since = sim.events.length;
    const respelled = registered.replace('+1', '001');
    const response = await server.client.post('/v1/contacts/check', { connection_id: connection.id, phone_numbers: [registered, unregistered, 'nope', respelled] }, { key: liveKey });
    assertConforms('checkContacts', response);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.deepEqual(response.body.results, [
      { input: registered, phone_number: registered, status: 'on_whatsapp', wa_jid: `${digits(registered)}@s.whatsapp.net` },
      { input: unregistered, phone_number: unregistered, status: 'not_on_whatsapp', wa_jid: null },
      { input: 'nope', phone_number: null, status: 'invalid', wa_jid: null },
      { input: respelled, phone_number: registered, status: 'on_whatsapp', wa_jid: `${digits(registered)}@s.whatsapp.net` },
    ]);
    const asked = sim.events.slice(since).filter((e) => e.type === 'number-checked').map((e) => [e.phone, e.onWhatsApp]);
    assert.deepEqual(asked, [[digits(registered), true], [digits(unregistered), false]], 'each number asked once; the invalid input never');
    assert.deepEqual(sim.errors, []);
  });

  test('a number WhatsApp knows under another id (a Brazilian number without its mobile 9) is still reported on WhatsApp', async () => {
    const { connection } = await linkByQr('alias line', newPhone());
    sim.account('551187654321');
    sim.aliases.set('5511987654321', '551187654321');
    const response = await server.client.post(
      '/v1/contacts/check',
      { connection_id: connection.id, phone_numbers: ['+55 11 98765-4321', '+12025550998'] },
      { key: liveKey },
    );
    assertConforms('checkContacts', response);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.deepEqual(response.body.results, [
      { input: '+55 11 98765-4321', phone_number: '+5511987654321', status: 'on_whatsapp', wa_jid: '551187654321@s.whatsapp.net' },
      { input: '+12025550998', phone_number: '+12025550998', status: 'not_on_whatsapp', wa_jid: null },
    ]);
  });

  test('pairing-code linking: the API returns the 8-character code for a number, the phone types it, and the connection becomes connected', async () => {
    const phone = newPhone();
    const since = sim.events.length;
    const created = await createConnection('code line');
    // The code is requested on the socket that reached the linking step, so wait for it as a user would.
    await waitForStatus(created.id, 'qr', since);

    const response = await server.client.post(`/v1/connections/${created.id}/pairing-code`, { phone_number: phone }, { key: liveKey });
    assertConforms('requestPairingCode', response);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    const { code } = response.body as { code: string };
    assert.match(code, /^[A-Z0-9]{8}$/);
    await simEvent(`the pairing-code request for ${phone}`, since, (e) => e.type === 'pairing-code-requested' && e.phone === digits(phone));

    await sim.enterPairingCode(digits(phone), code);

    const connection = await waitForStatus(created.id, 'connected', since);
    const jid = `${digits(phone)}:1@s.whatsapp.net`;
    assert.equal(connection.phone_number, phone);
    assert.equal(connection.wa_jid, jid);
    assert.equal(connection.status_reason, null);
    assert.match(connection.wa_lid ?? '', /^\d+@lid$/);
    assert.ok(connection.linked_at);
    await initQueriesAnswered(jid, since);

    assert.ok(sim.devices.get(jid), `the simulator lists the device ${jid}`);
    const seen = milestones(since, 1_000);
    assert.ok(seen.some((e) => e.type === 'paired' && e.jid === jid), `the simulator saw the pairing: ${JSON.stringify(seen)}`);
    assert.ok(seen.some(isLogin(jid)), `the simulator saw the login: ${JSON.stringify(seen)}`);
    assert.equal(seen.filter((e) => e.type === 'pairing-code-rejected').length, 0);
    assert.deepEqual(sim.errors, []);
    assert.equal((await storedCredentials(created.id)).creds, 1);
    // A linked connection has nothing more to pair.
    assertError(
      await server.client.post(`/v1/connections/${created.id}/pairing-code`, { phone_number: phone }, { key: liveKey }),
      409,
      'connection_already_linked',
    );
  });

  test('an abandoned pairing code does not bind the connection to that number: a restart registers afresh and shows a new QR code', async () => {
    const phone = newPhone();
    const since = sim.events.length;
    const created = await createConnection('abandoned code line');
    await waitForStatus(created.id, 'qr', since);
    const requested = await server.client.post(`/v1/connections/${created.id}/pairing-code`, { phone_number: phone }, { key: liveKey });
    assertConforms('requestPairingCode', requested);
    assert.equal(requested.status, 200, JSON.stringify(requested.body));
    await simEvent(`the pairing-code request for ${phone}`, since, (e) => e.type === 'pairing-code-requested' && e.phone === digits(phone));

    // Nobody types the code. Baileys has already written the number into creds.me; left there, the next socket
    // would try to log in as that number (and be refused) instead of registering.
    const restartedAt = sim.events.length;
    await restart(created.id);
    await simEvent('a registration after the restart', restartedAt, isRegistration);
    const qr = await fetchQr(created.id, restartedAt);
    assert.match(qr.qr, /^https:\/\/wa\.me\/settings\/linked_devices#/);
    const seen = milestones(restartedAt, 1_000);
    assert.equal(seen.filter((e) => e.type === 'login' || e.type === 'login-rejected').length, 0, `no login attempt: ${JSON.stringify(seen)}`);

    // And the new QR code links normally, to whichever phone scans it.
    const other = newPhone();
    await sim.scanQr(qr.qr, digits(other));
    const connection = await waitForStatus(created.id, 'connected', restartedAt);
    assert.equal(connection.phone_number, other);
    await initQueriesAnswered(`${digits(other)}:1@s.whatsapp.net`, restartedAt);
    assert.deepEqual(sim.errors, []);
  });

  test('a Parley restart: the new process logs the linked device back in with its stored credentials, with no new QR code', async () => {
    const phone = newPhone();
    const { connection, jid } = await linkByQr('restart line', phone);
    const before = await eventTypesOf(connection.id);
    const firstOwner = server.connections?.owner;

    const stoppingAt = sim.events.length;
    await server.stop();
    const stoppedAt = sim.events.length;
    // Stopping gives the connection back: its socket closed, the credentials stayed, the lease is free.
    await simEvent(`the socket of ${jid} closed`, stoppingAt, (e) => e.type === 'closed' && e.jid === jid);
    const stopped = await superuser('connections').where({ id: connection.id }).first();
    assert.equal(stopped.lease_owner, null, 'a graceful stop releases the lease');
    assert.equal((await storedCredentials(connection.id)).creds, 1, 'a graceful stop keeps the credentials');

    server = await start();
    assert.notEqual(server.connections?.owner, firstOwner);

    await simEvent(`a login of ${jid} after the restart`, stoppedAt, isLogin(jid));
    // The row still says `connected` from before the restart; the proof is a new connection.connected event.
    const after = await waitForNewEvent(connection.id, 'connection.connected', countOf(before, 'connection.connected'), stoppedAt);
    await initQueriesAnswered(jid, stoppedAt);
    assert.equal(after.status, 'connected');
    assert.equal(after.phone_number, phone);
    assert.equal(after.wa_jid, jid);
    assert.equal(after.linked_at, connection.linked_at, 'still the same link');

    const since = milestones(stoppedAt, 1_000);
    assert.equal(since.filter(isRegistration).length, 0, `no registration after the restart: ${JSON.stringify(since)}`);
    assert.equal(since.filter((e) => e.type === 'qr-shown' || e.type === 'paired').length, 0, `no QR after the restart: ${JSON.stringify(since)}`);
    const afterTypes = await eventTypesOf(connection.id);
    assert.equal(countOf(afterTypes, 'connection.qr'), countOf(before, 'connection.qr'), `no new QR event: ${afterTypes.join(', ')}`);
    const row = await superuser('connections').where({ id: connection.id }).first();
    assert.equal(row.lease_owner, server.connections?.owner, 'the new process runs it');
    assert.equal(sim.devices.get(jid)?.preKeyCount, 812, 'no second pre-key upload: the stored keys were reused');
    assert.deepEqual(sim.errors, []);
  });

  test('logout from the phone: the connection becomes logged_out, its credentials are wiped, and it does not reconnect', async () => {
    const phone = newPhone();
    const { connection, jid } = await linkByQr('logout line', phone);
    const stored = await storedCredentials(connection.id);
    assert.equal(stored.creds, 1);
    assert.ok(stored.keys > 0);

    const since = sim.events.length;
    sim.inject(jid, 'logout');

    const loggedOut = await waitForStatus(connection.id, 'logged_out', since);
    assert.equal(loggedOut.status_reason, 'logged_out_from_phone');
    assert.equal(loggedOut.linked_at, null, 'no longer linked');
    assert.deepEqual(await storedCredentials(connection.id), { creds: 0, keys: 0 }, 'connection_auth_creds and connection_auth_keys hold nothing for it');
    await assertNoSimEvent(`a reconnect of ${connection.id} after the logout`, since, isHandshake);

    assert.equal((await getConnection(connection.id)).status, 'logged_out', 'it stays logged out');
    const row = await superuser('connections').where({ id: connection.id }).first();
    assert.equal(row.lease_owner, null, 'no worker holds a stopped connection');
    assert.equal((await eventTypesOf(connection.id)).at(-1), 'connection.logged_out');
    assertError(await server.client.get(`/v1/connections/${connection.id}/qr`, { key: liveKey }), 409, 'qr_not_ready');
    assertError(
      await server.client.post(`/v1/connections/${connection.id}/pairing-code`, { phone_number: phone }, { key: liveKey }),
      409,
      'connection_stopped',
    );
    assert.deepEqual(sim.errors, []);

    // Restarting it starts over: with the credentials gone, the worker registers afresh and shows a new QR code.
    const restartedAt = sim.events.length;
    await restart(connection.id);
    await fetchQr(connection.id, restartedAt);
    await simEvent('a registration after the restart', restartedAt, isRegistration);
    assert.equal(sim.events.slice(restartedAt).filter(isLogin(jid)).length, 0, 'the old device did not log in');
  });

  test('logout through the API: the device is removed on WhatsApp\'s side, the credentials are wiped, and deleting a linked connection does the same', async () => {
    const { connection, jid } = await linkByQr('api logout line', newPhone());
    const since = sim.events.length;
    const response = await server.client.post(`/v1/connections/${connection.id}/logout`, undefined, { key: liveKey });
    assertConforms('logoutConnection', response);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.equal(response.body.status, 'logged_out');
    assert.equal(response.body.status_reason, 'logged_out_by_user');
    assert.equal(response.body.linked_at, null);
    await simEvent(`the removal of ${jid}`, since, (e) => e.type === 'device-removed' && e.jid === jid);
    assert.equal(sim.devices.has(jid), false, 'WhatsApp no longer lists the device');
    assert.deepEqual(await storedCredentials(connection.id), { creds: 0, keys: 0 });
    assert.equal((await eventTypesOf(connection.id)).at(-1), 'connection.logged_out');

    const doomed = await linkByQr('deleted line', newPhone());
    const deletedAt = sim.events.length;
    const deleted = await server.client.delete(`/v1/connections/${doomed.connection.id}`, { key: liveKey });
    assertConforms('deleteConnection', deleted);
    assert.deepEqual(deleted.body, { id: doomed.connection.id, object: 'connection', deleted: true });
    await simEvent(`the removal of ${doomed.jid}`, deletedAt, (e) => e.type === 'device-removed' && e.jid === doomed.jid);
    assert.equal(sim.devices.has(doomed.jid), false);
    assert.deepEqual(await storedCredentials(doomed.connection.id), { creds: 0, keys: 0 });
    assertError(await server.client.get(`/v1/connections/${doomed.connection.id}`, { key: liveKey }), 404, 'resource_missing');
    assert.equal(sim.events.slice(since).filter(isLogin(jid)).length, 0, 'the logged-out device did not log in again');
    await assertNoSimEvent('a login of a logged-out or deleted device', deletedAt, (e) => isLogin(jid)(e) || isLogin(doomed.jid)(e), 1_500);
    assert.deepEqual(sim.errors, []);
  });

  test('conflict (another session took over, 440): the connection fails as connection_replaced and does not reconnect; a restart takes it back', async () => {
    const phone = newPhone();
    const { connection, jid } = await linkByQr('conflict line', phone);

    const since = sim.events.length;
    sim.inject(jid, 'conflict');

    const failed = await waitForStatus(connection.id, 'failed', since);
    assert.equal(failed.status_reason, 'connection_replaced');
    await assertNoSimEvent(`a reconnect of ${jid} (the two sessions would fight)`, since, isHandshake);
    assert.equal((await getConnection(connection.id)).status, 'failed', 'it stays failed');
    assert.equal((await eventTypesOf(connection.id)).at(-1), 'connection.failed');
    assert.equal((await storedCredentials(connection.id)).creds, 1, 'a failed connection keeps its credentials');
    const row = await superuser('connections').where({ id: connection.id }).first();
    assert.equal(row.lease_owner, null, 'no worker holds a stopped connection');

    const restartedAt = sim.events.length;
    const before = await eventTypesOf(connection.id);
    await restart(connection.id);
    await simEvent(`a login of ${jid} after the restart`, restartedAt, isLogin(jid));
    const back = await waitForNewEvent(connection.id, 'connection.connected', countOf(before, 'connection.connected'), restartedAt);
    await initQueriesAnswered(jid, restartedAt);
    assert.equal(back.status, 'connected');
    assert.equal(back.status_reason, null);
    assert.equal(back.wa_jid, jid);
    assert.equal(milestones(restartedAt, 1_000).filter(isRegistration).length, 0, 'taken back with the same credentials: no new QR');
    assert.deepEqual(sim.errors, []);
  });

  test('transient faults (stream error 503, a dropped socket, stream error 515): Parley reconnects by itself and logs the same device back in', async () => {
    const phone = newPhone();
    const { connection, jid } = await linkByQr('flaky line', phone);
    const cases = [
      { fault: 'unavailable', disconnected: 'service_unavailable' },
      { fault: 'drop', disconnected: 'connection_closed' },
      // 515 is the normal "restart required": reconnect at once, without reporting a disconnection.
      { fault: 'restart', disconnected: null },
    ] as const;
    for (const { fault, disconnected } of cases) {
      const since = sim.events.length;
      const before = await eventsOf(connection.id);
      sim.inject(jid, fault);

      await simEvent(`a login of ${jid} after the ${fault} fault`, since, isLogin(jid));
      const back = await waitForNewEvent(connection.id, 'connection.connected', countOf(before.map((e) => e.type), 'connection.connected'), since);
      await initQueriesAnswered(jid, since);
      assert.equal(back.status, 'connected', fault);
      assert.equal(back.status_reason, null, fault);
      assert.equal(back.wa_jid, jid, fault);
      assert.equal(back.phone_number, phone, fault);
      const changes = (await eventsOf(connection.id)).slice(before.length);
      const expected = [
        ...(disconnected ? [{ type: 'connection.disconnected', status: 'disconnected', status_reason: disconnected }] : []),
        { type: 'connection.connecting', status: 'connecting', status_reason: null },
        { type: 'connection.connected', status: 'connected', status_reason: null },
      ];
      assert.deepEqual(changes, expected, `${fault}: ${JSON.stringify(changes)}`);
      const seen = milestones(since, 1_000);
      assert.equal(seen.filter(isRegistration).length, 0, `${fault}: no registration, no QR: ${JSON.stringify(seen)}`);
      assert.equal(seen.filter(isLogin(jid)).length, 1, `${fault}: exactly one new login: ${JSON.stringify(seen)}`);
    }
    assert.deepEqual(sim.errors, []);
  });

  test('a banned number (403): the connection fails as banned and stays stopped; a restart is refused alike', async () => {
    const phone = newPhone();
    const { connection, jid } = await linkByQr('banned line', phone);

    const since = sim.events.length;
    sim.inject(jid, 'ban');

    const failed = await waitForStatus(connection.id, 'failed', since);
    assert.equal(failed.status_reason, 'banned');
    await assertNoSimEvent(`a reconnect of ${jid} after the ban`, since, isHandshake);
    assert.equal((await getConnection(connection.id)).status, 'failed');
    assert.equal((await storedCredentials(connection.id)).creds, 1, 'a ban keeps the credentials, for when the number is allowed again');

    const restartedAt = sim.events.length;
    const failures = countOf(await eventTypesOf(connection.id), 'connection.failed');
    await restart(connection.id);
    await simEvent(`the banned login of ${jid} refused`, restartedAt, (e) => e.type === 'login-rejected' && e.jid === jid);
    const again = await waitForNewEvent(connection.id, 'connection.failed', failures, restartedAt);
    assert.equal(again.status, 'failed');
    assert.equal(again.status_reason, 'banned');
    assert.deepEqual(sim.errors, []);
  });
});
