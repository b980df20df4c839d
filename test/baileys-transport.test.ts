import NodeCache from '@cacheable/node-cache';
// The live transport against Baileys' event API. Real WhatsApp cannot be reached from here (and must not be
// from tests), so each test injects a fake `makeSocket`: a socket with Baileys' own event emitter
// (makeEventBuffer) that emits what WhatsApp would make a real socket emit. Everything else is real: the
// PostgreSQL auth store, its lease fencing and its encryption. A full end-to-end run of the real socket comes
// with the WhatsApp Web simulator.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { Boom } from '@hapi/boom';
import { BufferJSON, DEFAULT_CONNECTION_CONFIG, makeEventBuffer, type UserFacingSocketConfig } from '@whiskeysockets/baileys';
import { AuthStore, holdsLease, LeaseLostError } from '../server/connections/auth-store.js';
import { usePostgresAuthState } from '../server/connections/baileys/auth-state.js';
import { REASON_CODES } from '../server/connections/baileys/disconnect.js';
import {
  BaileysTransport,
  backoffDelay,
  type BaileysSocket,
} from '../server/connections/baileys/transport.js';
import type { Reason, TransportListener, TransportSession } from '../server/connections/transport.js';
import { createLogger } from '../server/platform/logger.js';
import { buildAccount, buildLeasedConnection } from './helpers/factories.js';
import { startTestServer, type TestServer } from './helpers/server.js';

const silent = createLogger('silent');

/** Stands in for Baileys' socket: same event emitter, same close semantics (one close, then a dead emitter). */
class FakeSocket implements BaileysSocket {
  readonly ev = makeEventBuffer(silent);
  ended = false;
  loggedOut = false;
  readonly pairingRequests: string[] = [];

  constructor(readonly config: UserFacingSocketConfig) {
    // Baileys' socket merges each creds update into the auth state in a listener of its own, registered first.
    this.ev.on('creds.update', (update) => Object.assign(config.auth.creds, update));
    process.nextTick(() => this.ev.emit('connection.update', { connection: 'connecting', qr: undefined }));
  }

  get user() {
    return this.config.auth.creds.me;
  }

  async end(error: Error | undefined): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    this.ev.emit('connection.update', { connection: 'close', lastDisconnect: { error, date: new Date() } });
    this.ev.removeAllListeners('connection.update');
    this.ev.destroy();
  }

  async logout(): Promise<void> {
    if (this.ended) throw new Boom('Connection Closed', { statusCode: 428 });
    this.loggedOut = true;
    void this.end(new Boom('Intentional Logout', { statusCode: 401 }));
  }

  async requestPairingCode(phoneNumber: string): Promise<string> {
    this.pairingRequests.push(phoneNumber);
    const creds = this.config.auth.creds;
    this.ev.emit('creds.update', { pairingCode: 'ABCD1234', me: { id: `${phoneNumber}@s.whatsapp.net`, name: '~' } });
    return creds.pairingCode ?? '';
  }

  // Number checks and messages run against the simulator (live-mode.test.ts, baileys-messages.test.ts); the
  // fake never needs them.
  async onWhatsApp(): Promise<{ jid: string; exists: boolean }[]> {
    throw new Error('not used by these tests');
  }

  async sendMessage(): Promise<undefined> {
    throw new Error('not used by these tests');
  }

  async relayMessage(): Promise<string> {
    throw new Error('not used by these tests');
  }

  async waUploadToServer(): Promise<never> {
    throw new Error('not used by these tests');
  }

  async updateMediaMessage(): Promise<never> {
    throw new Error('not used by these tests');
  }

  // Presence, read receipts and calls run against the simulator (live-interactions.test.ts).
  async sendPresenceUpdate(): Promise<void> {}

  async presenceSubscribe(): Promise<void> {}

  async readMessages(): Promise<never> {
    throw new Error('not used by these tests');
  }

  async rejectCall(): Promise<never> {
    throw new Error('not used by these tests');
  }

  readonly signalRepository = { lidMapping: { getPNForLID: async () => null } };

  // What WhatsApp makes a real socket emit:
  showQr(ref: string): void {
    this.ev.emit('connection.update', { qr: `https://wa.me/settings/linked_devices#${ref}` });
  }

  /** A linked login; a fresh session first gets what pair-success would have given it. */
  open(me: { id: string; lid: string }): void {
    if (!this.config.auth.creds.account) {
      this.ev.emit('creds.update', { account: { details: Buffer.from('signed device identity') }, platform: 'android' });
    }
    this.ev.emit('creds.update', { me: { ...me, name: 'Test' } });
    this.ev.emit('connection.update', { connection: 'open' });
  }

  close(statusCode: number, message = 'Stream Errored'): void {
    void this.end(new Boom(message, { statusCode }));
  }
}

class FakeWhatsApp {
  readonly sockets: FakeSocket[] = [];
  /** How many times a socket was made while another one was still alive: must stay 0. */
  overlaps = 0;

  readonly makeSocket = (config: UserFacingSocketConfig): FakeSocket => {
    if (this.sockets.some((socket) => !socket.ended)) this.overlaps += 1;
    const socket = new FakeSocket(config);
    this.sockets.push(socket);
    return socket;
  };

  get current(): FakeSocket {
    const socket = this.sockets.at(-1);
    assert.ok(socket, 'no socket was made');
    return socket;
  }

  alive(): number {
    return this.sockets.filter((socket) => !socket.ended).length;
  }
}

interface Recorded {
  event: keyof TransportListener;
  args: unknown[];
}

function recordingListener() {
  const calls: Recorded[] = [];
  const record =
    (event: keyof TransportListener) =>
    (...args: unknown[]) => {
      calls.push({ event, args });
    };
  const listener: TransportListener = {
    qr: record('qr'),
    connecting: record('connecting'),
    connected: record('connected'),
    disconnected: record('disconnected'),
    loggedOut: record('loggedOut'),
    failed: record('failed'),
    lidMapping: record('lidMapping'),
  };
  return {
    listener,
    calls,
    events: () => calls.map((call) => call.event),
    last: (event: keyof TransportListener) => calls.filter((call) => call.event === event).at(-1),
  };
}

async function eventually<T>(
  check: () => T | undefined | false | null | Promise<T | undefined | false | null>,
  what: string,
  timeoutMs = 3_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false && value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('BaileysTransport (live mode)', () => {
  let server: TestServer;
  let accountId: string;
  const sessions: TransportSession[] = [];
  const fakes: FakeWhatsApp[] = [];

  before(async () => {
    server = await startTestServer();
    accountId = (await buildAccount(server.client)).account.id;
  });
  afterEach(async () => {
    await Promise.all(sessions.splice(0).map((session) => session.stop().catch(() => undefined)));
    for (const fake of fakes.splice(0)) assert.equal(fake.overlaps, 0, 'two sockets were alive at once');
  });
  after(() => server.stop());

  const newStore = (): Promise<AuthStore> => buildLeasedConnection(server, accountId);


  async function startSession(options: { backoff?: { initialMs: number; maxMs: number }; store?: AuthStore } = {}) {
    const fake = new FakeWhatsApp();
    fakes.push(fake);
    const store = options.store ?? (await newStore());
    const recorder = recordingListener();
    const transport = new BaileysTransport({
      makeSocket: fake.makeSocket,
      backoff: options.backoff ?? { initialMs: 5, maxMs: 20 },
    });
    const session = await transport.start({
      connectionId: store.lease.connectionId,
      store,
      holdsLease: () => holdsLease(store.lease),
      listener: recorder.listener,
      logger: silent,
    });
    sessions.push(session);
    return { fake, store, session, ...recorder };
  }

  const credsRow = (store: AuthStore) =>
    server.services.db.system((trx) => trx('connection_auth_creds').where({ connection_id: store.lease.connectionId }).first());
  const keyRows = (store: AuthStore) =>
    server.services.db.system((trx) => trx('connection_auth_keys').where({ connection_id: store.lease.connectionId }));

  test('gives Baileys a server-side socket config: no online presence, no full history, caches, a quiet logger', async () => {
    const { fake } = await startSession();
    const config = fake.current.config;
    assert.equal(config.markOnlineOnConnect, false);
    assert.equal(config.syncFullHistory, false);
    assert.ok(config.msgRetryCounterCache instanceof NodeCache);
    assert.ok(config.userDevicesCache instanceof NodeCache);
    assert.equal(await config.getMessage?.({ id: 'x' }), undefined);
    assert.ok(config.logger);
    assert.equal(config.logger.level, 'silent', 'never more verbose than Parley itself');
  });

  test("Baileys logs at warn at most, however verbose Parley's own logger is", async () => {
    const fake = new FakeWhatsApp();
    fakes.push(fake);
    const store = await newStore();
    const session = await new BaileysTransport({ makeSocket: fake.makeSocket }).start({
      connectionId: store.lease.connectionId,
      store,
      holdsLease: () => holdsLease(store.lease),
      listener: recordingListener().listener,
      logger: createLogger('debug'),
    });
    sessions.push(session);
    assert.equal(fake.current.config.logger?.level, 'warn');
  });

  test('shows each QR code to the listener, valid 60 s for the first and 20 s for the next ones', async () => {
    const { fake, calls, events } = await startSession();
    await eventually(() => events().includes('connecting'), 'connecting');
    const before = Date.now();
    fake.current.showQr('ref-1');
    fake.current.showQr('ref-2');
    const qrs = calls.filter((call) => call.event === 'qr');
    assert.equal(qrs.length, 2);
    assert.equal(qrs[0]?.args[0], 'https://wa.me/settings/linked_devices#ref-1');
    const [first, second] = qrs.map((call) => (call.args[1] as Date).getTime() - before);
    assert.ok(first !== undefined && first >= 59_000 && first <= 61_000, `first QR lives ${first} ms`);
    assert.ok(second !== undefined && second >= 19_000 && second <= 21_000, `next QR lives ${second} ms`);
  });

  test('reports connected with the E.164 phone number, the device jid, the account lid and the WhatsApp Web version it presents', async () => {
    const { fake, last } = await startSession();
    fake.current.open({ id: '15551234567:12@s.whatsapp.net', lid: '987654321:12@lid' });
    assert.deepEqual(last('connected')?.args[0], {
      phoneNumber: '+15551234567',
      jid: '15551234567:12@s.whatsapp.net',
      lid: '987654321@lid',
      // No version source given: Baileys' pinned version, which its socket then uses too.
      webVersion: DEFAULT_CONNECTION_CONFIG.version.join('.'),
    });
  });

  test('passes LID mappings on with the phone number in E.164', async () => {
    const { fake, last } = await startSession();
    fake.current.ev.emit('lid-mapping.update', { lid: '111222333@lid', pn: '4915112345678@s.whatsapp.net' });
    assert.deepEqual(last('lidMapping')?.args[0], { lid: '111222333@lid', phoneNumber: '+4915112345678' });
  });

  test('close 515 (restart required) makes a new socket at once, without reporting a disconnect', async () => {
    // A backoff of a minute: only an immediate restart can make the second socket within the test.
    const { fake, events } = await startSession({ backoff: { initialMs: 60_000, maxMs: 60_000 } });
    const first = fake.current;
    first.close(515, 'Stream Errored (restart required)');
    await eventually(() => fake.sockets.length === 2, 'a second socket');
    assert.ok(first.ended);
    assert.equal(fake.alive(), 1);
    assert.ok(!events().includes('disconnected'));
    assert.equal(fake.current.config.auth.creds, first.config.auth.creds, 'the same creds, not a copy');
  });

  test('a worker past its local lease deadline opens no new socket: another worker may run the account now', async () => {
    const store = await newStore();
    const { fake, calls } = await startSession({ store });
    // The database is out of reach, so the lease could not be renewed; WhatsApp drops the socket.
    store.lease.validUntil = Date.now() - 1;
    fake.current.close(503, 'Stream Errored (service unavailable)');
    await sleep(100);
    assert.equal(fake.sockets.length, 1, 'no second socket without a lease');
    assert.equal(fake.alive(), 0);
    assert.ok(!calls.some((call) => call.event === 'connected' && calls.indexOf(call) > 0));
  });

  for (const [status, message, code] of [
    [503, 'Stream Errored (service unavailable)', REASON_CODES.serviceUnavailable],
    [408, 'Connection was lost', REASON_CODES.connectionLost],
    [428, 'Connection Terminated', REASON_CODES.connectionClosed],
  ] as const) {
    test(`close ${status} reports disconnected (${code}), then reconnects with a new socket after the backoff`, async () => {
      const { fake, calls } = await startSession();
      fake.current.close(status, message);
      assert.deepEqual(
        calls.map((call) => call.event).filter((event) => event !== 'connecting'),
        ['disconnected'],
        'reported before any new socket',
      );
      assert.equal((calls.at(-1)?.args[0] as Reason).code, code);
      assert.equal(fake.sockets.length, 1, 'the new socket waits for the backoff');
      await eventually(() => fake.sockets.length === 2, 'a reconnect');
      assert.equal(fake.alive(), 1);

      // And again: each close makes exactly one new socket.
      fake.current.close(status, message);
      await eventually(() => fake.sockets.length === 3, 'a second reconnect');
      await sleep(50);
      assert.equal(fake.sockets.length, 3);
      assert.equal(fake.alive(), 1);
    });
  }

  test('the backoff grows exponentially up to its cap, with full jitter', () => {
    const backoff = { initialMs: 1_000, maxMs: 30_000 };
    assert.equal(backoffDelay(0, backoff, () => 0.999), 999);
    assert.equal(backoffDelay(3, backoff, () => 0.5), 4_000);
    assert.equal(backoffDelay(10, backoff, () => 0.5), 15_000, 'capped at maxMs');
    assert.equal(backoffDelay(2_000, backoff, () => 0.999), 29_970, 'no overflow for a long outage');
    assert.equal(backoffDelay(5, backoff, () => 0), 0);
  });

  test('close 401 reports loggedOut and wipes the credentials and keys from the database', async () => {
    const { fake, store, calls, events } = await startSession();
    fake.current.open({ id: '15551234567:3@s.whatsapp.net', lid: '5550001:3@lid' });
    await fake.current.config.auth.keys.set({ session: { '15550001111.0': Buffer.from('a ratchet') } });
    await eventually(() => credsRow(store), 'creds to be saved');
    assert.equal((await keyRows(store)).length, 1);

    // A creds save queued just before the close must not land after the wipe and bring the creds back.
    fake.current.ev.emit('creds.update', { lastAccountSyncTimestamp: 1 });
    fake.current.close(401, 'Connection Failure');
    await eventually(() => events().includes('loggedOut'), 'loggedOut');
    assert.equal((calls.at(-1)?.args[0] as Reason).code, REASON_CODES.loggedOut);
    assert.equal(await credsRow(store), undefined, 'creds row gone');
    assert.deepEqual(await keyRows(store), []);
    await sleep(50);
    assert.equal(fake.sockets.length, 1, 'no reconnect after a logout');
  });

  test('a 401 on the WebSocket upgrade (a proxy) is transient: it reconnects and keeps the credentials', async () => {
    const { fake, store, last } = await startSession();
    fake.current.ev.emit('creds.update', { registered: true });
    await eventually(() => credsRow(store), 'creds to be saved');
    fake.current.close(401, 'WebSocket Error (Unexpected server response: 401)');
    assert.equal((last('disconnected')?.args[0] as Reason).code, REASON_CODES.upgradeRejected);
    await eventually(() => fake.sockets.length === 2, 'a reconnect');
    assert.ok(await credsRow(store), 'creds kept');
  });

  for (const [status, code] of [
    [403, REASON_CODES.banned],
    [440, REASON_CODES.connectionReplaced],
    [411, REASON_CODES.multideviceMismatch],
  ] as const) {
    test(`close ${status} reports failed (${code}), keeps the credentials and makes no new socket`, async () => {
      const { fake, store, last, events } = await startSession();
      fake.current.open({ id: '15551234567:3@s.whatsapp.net', lid: '5550001:3@lid' });
      await eventually(() => credsRow(store), 'creds to be saved');
      fake.current.close(status, 'Connection Failure');
      await eventually(() => events().includes('failed'), 'failed');
      const reason = last('failed')?.args[0] as Reason;
      assert.equal(reason.code, code);
      assert.ok(reason.message.length > 40, 'a message a person can act on');
      assert.ok(!events().includes('disconnected'));
      await sleep(60);
      assert.equal(fake.sockets.length, 1);
      assert.ok(await credsRow(store), 'not wiped');
    });
  }

  test('408 after every QR code expired on an unlinked connection fails with pairing_timeout', async () => {
    const { fake, last, events } = await startSession();
    fake.current.showQr('ref-1');
    fake.current.close(408, 'QR refs attempts ended');
    await eventually(() => events().includes('failed'), 'failed');
    assert.equal((last('failed')?.args[0] as Reason).code, REASON_CODES.pairingTimeout);
    await sleep(60);
    assert.equal(fake.sockets.length, 1, 'no QR codes for nobody');
  });

  test('creds.update persists the whole creds, in order (reloaded through a new AuthStore)', async () => {
    const { fake, store } = await startSession();
    const socket = fake.current;
    for (let i = 1; i <= 20; i += 1) socket.ev.emit('creds.update', { nextPreKeyId: i, firstUnuploadedPreKeyId: i });
    socket.ev.emit('creds.update', { me: { id: '15551234567:3@s.whatsapp.net', name: 'Test' } });
    // Read through a store of its own, as a worker taking over would.
    const reloadedStore = new AuthStore(server.services.db, server.services.secrets, store.lease);
    await eventually(async () => (await usePostgresAuthState(reloadedStore)).state.creds.me, 'the last save');
    await sleep(50);
    const final = await usePostgresAuthState(reloadedStore);
    assert.equal(final.state.creds.nextPreKeyId, 20, 'no earlier save landed after the last one');
    assert.equal(
      JSON.stringify(final.state.creds, BufferJSON.replacer),
      JSON.stringify(socket.config.auth.creds, BufferJSON.replacer),
      'every field, keys included, round-trips',
    );
    assert.ok(Buffer.isBuffer(final.state.creds.noiseKey.private));
  });

  test('a lost lease on a creds write ends the socket and stops reconnecting', async () => {
    const { fake, store, events } = await startSession();
    await server.services.db.system((trx) =>
      trx('connections').where({ id: store.lease.connectionId }).update({ lease_owner: 'other-worker', lease_epoch: 2 }),
    );
    fake.current.ev.emit('creds.update', { registered: true });
    await eventually(() => fake.current.ended, 'the socket to end');
    await sleep(60);
    assert.equal(fake.sockets.length, 1, 'no reconnect: another worker owns the connection');
    assert.ok(!events().includes('disconnected') && !events().includes('failed'), 'the status is the new owner’s');
  });

  test('a lost lease on a key write (inside Baileys) ends the socket too, and the write fails', async () => {
    const { fake, store } = await startSession();
    await server.services.db.system((trx) =>
      trx('connections').where({ id: store.lease.connectionId }).update({ lease_epoch: 2 }),
    );
    await assert.rejects(
      Promise.resolve(fake.current.config.auth.keys.set({ 'pre-key': { '1': { public: Buffer.alloc(32), private: Buffer.alloc(32) } } })),
      LeaseLostError,
    );
    assert.ok(fake.current.ended);
    await sleep(60);
    assert.equal(fake.sockets.length, 1);
  });

  test('requestPairingCode waits for the first QR and sends the digits only', async () => {
    const { fake } = await startSession();
    const pending = sessionsAt(-1).requestPairingCode('+1 (555) 123-4567');
    await sleep(20);
    assert.deepEqual(fake.current.pairingRequests, [], 'not before WhatsApp has offered a link');
    fake.current.showQr('ref-1');
    assert.equal(await pending, 'ABCD1234');
    assert.deepEqual(fake.current.pairingRequests, ['15551234567']);
  });

  test('an abandoned pairing code leaves fresh creds behind, so the next start registers instead of logging in', async () => {
    const { fake, store, session } = await startSession();
    const originalNoiseKey = Buffer.from(fake.current.config.auth.creds.noiseKey.public);
    fake.current.showQr('ref-1');
    await session.requestPairingCode('+15551234567');
    assert.equal(fake.current.config.auth.creds.me?.id, '15551234567@s.whatsapp.net');
    await session.stop();
    const reloaded = await usePostgresAuthState(new AuthStore(server.services.db, server.services.secrets, store.lease));
    assert.equal(reloaded.state.creds.me, undefined);
    assert.equal(reloaded.state.creds.account, undefined);
    assert.notDeepEqual(Buffer.from(reloaded.state.creds.noiseKey.public), originalNoiseKey);
  });

  test('a pairing code still pending when the connection drops is dropped too: the next socket registers afresh', async () => {
    const { fake, session } = await startSession();
    fake.current.showQr('ref-1');
    await session.requestPairingCode('+15551234567');
    const requestedWith = fake.current.config.auth.creds.noiseKey.public;
    fake.current.close(428, 'Connection Terminated');
    await eventually(() => fake.sockets.length === 2, 'a reconnect');
    const creds = fake.current.config.auth.creds;
    assert.equal(creds.me, undefined, 'no half-made login');
    assert.notDeepEqual(Buffer.from(creds.noiseKey.public), Buffer.from(requestedWith));
  });

  test('requestPairingCode refuses a malformed number and a linked connection', async () => {
    const { fake, session } = await startSession();
    await assert.rejects(session.requestPairingCode('12'), { code: 'phone_number_invalid' });
    fake.current.ev.emit('creds.update', { account: { details: Buffer.from('linked') } });
    await assert.rejects(session.requestPairingCode('+15551234567'), { code: 'connection_already_linked' });
  });

  test('a listener that throws does not stop the session from reconnecting', async () => {
    const fake = new FakeWhatsApp();
    fakes.push(fake);
    const store = await newStore();
    const throwing = () => {
      throw new Error('a bug in the runner');
    };
    const session = await new BaileysTransport({ makeSocket: fake.makeSocket, backoff: { initialMs: 5, maxMs: 20 } }).start({
      connectionId: store.lease.connectionId,
      store,
      holdsLease: () => holdsLease(store.lease),
      logger: silent,
      listener: {
        qr: throwing,
        connecting: throwing,
        connected: throwing,
        disconnected: throwing,
        loggedOut: throwing,
        failed: throwing,
      },
    });
    sessions.push(session);
    fake.current.showQr('ref-1');
    fake.current.close(503);
    await eventually(() => fake.sockets.length === 2, 'a reconnect');
  });

  test('stop ends the socket, keeps the credentials and does not reconnect', async () => {
    const { fake, store, session, events } = await startSession();
    fake.current.open({ id: '15551234567:3@s.whatsapp.net', lid: '5550001:3@lid' });
    await session.stop();
    assert.ok(fake.current.ended);
    assert.ok(!fake.current.loggedOut);
    await sleep(60);
    assert.equal(fake.sockets.length, 1);
    assert.ok(await credsRow(store), 'creds kept for the next start');
    assert.ok(!events().includes('disconnected') && !events().includes('loggedOut'));
    const again = await usePostgresAuthState(new AuthStore(server.services.db, server.services.secrets, store.lease));
    assert.equal(again.state.creds.me?.id, '15551234567:3@s.whatsapp.net');
  });

  test('stop during a backoff cancels the reconnect', async () => {
    const { fake, session } = await startSession({ backoff: { initialMs: 200, maxMs: 200 } });
    fake.current.close(503);
    await session.stop();
    await sleep(300);
    assert.equal(fake.sockets.length, 1);
  });

  test('logout unlinks the device on WhatsApp and wipes the credentials', async () => {
    const { fake, store, session } = await startSession();
    fake.current.open({ id: '15551234567:3@s.whatsapp.net', lid: '5550001:3@lid' });
    await eventually(() => credsRow(store), 'creds to be saved');
    await session.logout();
    assert.ok(fake.current.loggedOut);
    assert.ok(fake.current.ended);
    assert.equal(await credsRow(store), undefined);
    await sleep(60);
    assert.equal(fake.sockets.length, 1);
  });

  test('logout while not connected still wipes the credentials', async () => {
    const { fake, store, session } = await startSession({ backoff: { initialMs: 60_000, maxMs: 60_000 } });
    fake.current.ev.emit('creds.update', { registered: true });
    await eventually(() => credsRow(store), 'creds to be saved');
    fake.current.close(503);
    await session.logout();
    assert.equal(await credsRow(store), undefined);
    assert.equal(fake.sockets.length, 1);
  });

  function sessionsAt(index: number): TransportSession {
    const session = sessions.at(index);
    assert.ok(session);
    return session;
  }
});
