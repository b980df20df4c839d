// Baileys' Signal key store over PostgreSQL, with real libsignal sessions: two identities that each have
// their own connection, lease and encrypted auth store, talking through Baileys' own signal repository.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { Curve, generateSignalPubKey, proto } from '@whiskeysockets/baileys';
import { AuthStore, LeaseLostError, type KeyWrite } from '../server/connections/auth-store.js';
import { parseAuthValue, serializeAuthValue, usePostgresAuthState } from '../server/connections/baileys/auth-state.js';
import { SecretBox } from '../server/platform/crypto.js';
import { buildAccount, buildLeasedConnection } from './helpers/factories.js';
import { startTestServer, testEnv, TEST_ENCRYPTION_KEY, type TestServer } from './helpers/server.js';
import { openSignalPeer, type PeerResult, type PeerRun } from './helpers/signal-peer.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');
const ALICE = '15550000001@s.whatsapp.net';
const BOB = '15550000002@s.whatsapp.net';

describe('Baileys key store on PostgreSQL', () => {
  let server: TestServer;
  let accountId: string;

  before(async () => {
    server = await startTestServer();
    accountId = (await buildAccount(server.client)).account.id;
  });
  after(() => server.stop());

  const newStore = (secrets: SecretBox = server.services.secrets): Promise<AuthStore> =>
    buildLeasedConnection(server, accountId, { secrets });


  const keyRows = (store: AuthStore): Promise<Array<{ type: string; key_id: string; sealed: string }>> =>
    server.services.db.system((trx) => trx('connection_auth_keys').where({ connection_id: store.lease.connectionId }));
  const revokeLease = (store: AuthStore) =>
    server.services.db.system((trx) =>
      trx('connections').where({ id: store.lease.connectionId }).update({ lease_owner: 'other-worker', lease_epoch: 2 }),
    );

  test('a session made here decrypts in a new process that reloads everything from the database', async () => {
    const aliceStore = await newStore();
    const alice = await openSignalPeer(aliceStore);
    const bobStore = await newStore();
    const bob = await openSignalPeer(bobStore);

    // Bob publishes a bundle, as his socket uploads it to WhatsApp: identity, signed pre-key, one-time pre-key.
    const oneTimePreKey = Curve.generateKeyPair();
    await bob.auth.state.keys.set({ 'pre-key': { '7': oneTimePreKey } });
    await bob.auth.saveCreds();
    const bobCreds = bob.auth.state.creds;
    await alice.repository.injectE2ESession({
      jid: BOB,
      session: {
        registrationId: bobCreds.registrationId,
        identityKey: generateSignalPubKey(bobCreds.signedIdentityKey.public),
        signedPreKey: {
          keyId: bobCreds.signedPreKey.keyId,
          publicKey: generateSignalPubKey(bobCreds.signedPreKey.keyPair.public),
          signature: bobCreds.signedPreKey.signature,
        },
        preKey: { keyId: 7, publicKey: generateSignalPubKey(oneTimePreKey.public) },
      },
    });
    await alice.auth.saveCreds();
    const message = await alice.repository.encryptMessage({ jid: BOB, data: Buffer.from('hello Bob, from Alice') });
    assert.equal(message.type, 'pkmsg', 'the first message carries the pre-key exchange');
    alice.repository.close?.();
    bob.repository.close?.();

    const peerRun: PeerRun = {
      lease: bobStore.lease,
      fromJid: ALICE,
      message: { type: message.type, ciphertext: Buffer.from(message.ciphertext).toString('base64') },
      reply: 'hi Alice, Bob here',
    };
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'test/helpers/signal-peer.ts'], {
      cwd: root,
      timeout: 60_000,
      env: {
        ...process.env,
        PARLEY_TEST_DATABASE_URL: testEnv().databaseUrl,
        PARLEY_TEST_ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
        PARLEY_SIGNAL_PEER_RUN: JSON.stringify(peerRun),
      },
    });
    const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as PeerResult;
    assert.equal(result.plaintext, 'hello Bob, from Alice');

    // What the other process wrote is here: the one-time pre-key is used up, Bob's ratchet with Alice is stored.
    const bobKeys = await keyRows(bobStore);
    assert.ok(!bobKeys.some((row) => row.type === 'pre-key' && row.key_id === '7'), 'one-time pre-key consumed');
    assert.ok(bobKeys.some((row) => row.type === 'session' && row.key_id === '15550000001.0'));

    // And Alice, reloaded from the database too, reads Bob's reply on the ratchet both sides persisted.
    const aliceAgain = await openSignalPeer(new AuthStore(server.services.db, server.services.secrets, aliceStore.lease));
    const reply = await aliceAgain.repository.decryptMessage({
      jid: BOB,
      type: result.reply.type,
      ciphertext: Buffer.from(result.reply.ciphertext, 'base64'),
    });
    aliceAgain.repository.close?.();
    assert.equal(Buffer.from(reply).toString('utf8'), 'hi Alice, Bob here');
  });

  test('get returns only the ids it found, rehydrates app-state keys, and null deletes', async () => {
    const { state } = await usePostgresAuthState(await newStore());
    await state.keys.set({
      'app-state-sync-key': {
        AAAAAQ: { keyData: Buffer.from('app state key bytes'), timestamp: 1_700_000_000, fingerprint: { rawId: 4, currentIndex: 1, deviceIndexes: [0, 1] } },
      },
      'lid-mapping': { '15550000001': '777@lid', '15550000002': '888@lid' },
      'sender-key-memory': { 'group@g.us': { '15550000001:2@s.whatsapp.net': true } },
    });
    const appState = await state.keys.get('app-state-sync-key', ['AAAAAQ', 'missing']);
    assert.deepEqual(Object.keys(appState), ['AAAAAQ']);
    const key = appState.AAAAAQ;
    assert.ok(key instanceof proto.Message.AppStateSyncKeyData, 'a protobuf object, as Baileys expects');
    assert.equal(Buffer.from(key.keyData ?? []).toString(), 'app state key bytes');
    assert.deepEqual(key.fingerprint?.deviceIndexes, [0, 1]);

    assert.deepEqual(await state.keys.get('sender-key-memory', ['group@g.us']), {
      'group@g.us': { '15550000001:2@s.whatsapp.net': true },
    });
    await state.keys.set({ 'lid-mapping': { '15550000001': null } });
    assert.deepEqual(await state.keys.get('lid-mapping', ['15550000001', '15550000002']), { '15550000002': '888@lid' });
  });

  test('only the tagged Buffer form is revived: a map of numbers stays a map', () => {
    const value = { hash: Buffer.from([1, 2, 3]), counters: { '0': 5, '1': 6 } };
    const back = parseAuthValue(serializeAuthValue(value)) as typeof value;
    assert.ok(Buffer.isBuffer(back.hash));
    assert.deepEqual([...back.hash], [1, 2, 3]);
    assert.deepEqual(back.counters, { '0': 5, '1': 6 });
  });

  test('a keys.set spanning several types is one writeKeys call, refused whole when the lease is gone', async () => {
    const store = await newStore();
    const calls: KeyWrite[][] = [];
    const writeKeys = store.writeKeys.bind(store);
    store.writeKeys = (writes) => {
      calls.push(writes);
      return writeKeys(writes);
    };
    const { state } = await usePostgresAuthState(store);
    const batch = {
      'pre-key': { '1': Curve.generateKeyPair(), '2': Curve.generateKeyPair() },
      session: { '15550000001.0': Buffer.from('ratchet') },
      'identity-key': { '15550000001.0': Buffer.alloc(33, 5) },
    };
    await state.keys.set(batch);
    assert.equal(calls.length, 1);
    assert.deepEqual(calls[0]?.map((write) => write.type).sort(), ['identity-key', 'pre-key', 'pre-key', 'session']);
    assert.equal((await keyRows(store)).length, 4);

    await revokeLease(store);
    await assert.rejects(
      Promise.resolve(state.keys.set({ 'pre-key': { '3': Curve.generateKeyPair() }, session: { '15550000009.0': Buffer.from('x') } })),
      LeaseLostError,
    );
    assert.equal(calls.length, 2);
    const rows = await keyRows(store);
    assert.equal(rows.length, 4, 'nothing of the refused batch was written');
    assert.ok(!rows.some((row) => row.key_id === '3' || row.key_id === '15550000009.0'));
  });

  test('a batch that fails half-way (after hundreds of rows were inserted) leaves no key of it behind', async () => {
    // The 501st encryption fails: the store has inserted its first 500 rows by then, in the same transaction.
    let encryptions = 0;
    const failing = new (class extends SecretBox {
      override encrypt(purpose: string, plaintext: string | Buffer): string {
        encryptions += 1;
        if (encryptions > 500) throw new Error('simulated failure in the middle of a batch');
        return super.encrypt(purpose, plaintext);
      }
    })(TEST_ENCRYPTION_KEY);
    const store = await newStore(failing);
    const { state } = await usePostgresAuthState(store);
    const preKeys = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [String(i + 1), Curve.generateKeyPair()]));
    await assert.rejects(
      Promise.resolve(state.keys.set({ 'pre-key': preKeys, session: { '15550000001.0': Buffer.from('ratchet') } })),
      /simulated failure/,
    );
    assert.ok(encryptions > 500);
    assert.deepEqual(await keyRows(store), []);
  });

  test('keys and creds are sealed in the database, never plaintext', async () => {
    const store = await newStore();
    const auth = await usePostgresAuthState(store);
    const secretSession = randomBytes(48);
    await auth.state.keys.set({
      session: { '15550000001.0': secretSession },
      'lid-mapping': { '15550000001': '424242@lid' },
    });
    await auth.saveCreds();
    const creds = await server.services.db.system((trx) =>
      trx('connection_auth_creds').where({ connection_id: store.lease.connectionId }).first(),
    );
    const sealed = [creds.sealed as string, ...(await keyRows(store)).map((row) => row.sealed)];
    assert.equal(sealed.length, 3);
    const secrets = [
      secretSession.toString('base64'),
      secretSession.toString('hex'),
      '424242@lid',
      Buffer.from(auth.state.creds.noiseKey.private).toString('base64'),
      Buffer.from(auth.state.creds.signedIdentityKey.private).toString('base64'),
      auth.state.creds.advSecretKey,
      'noiseKey',
      '"Buffer"',
    ];
    for (const value of sealed) {
      assert.match(value, /^v1\./);
      for (const secret of secrets) assert.ok(!value.includes(secret), `a sealed value contains ${secret}`);
    }
  });
});
