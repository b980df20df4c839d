// What batching the drain could break, through the real stack (PostgreSQL, a worker, the sandbox transport): a
// claimed batch keeps each recipient's order and every message's events; one message failing in a batch does not
// fail the others; receipts the database refuses for a while are all written once it accepts them, in order and
// counted once; connections of one account share transactions, yet a lost lease fences only its own connection;
// a lease lost in the middle of a claimed batch stops the old owner, and the next one sends the rest under the
// same WhatsApp ids (the documented resend), nothing lost, nothing marked twice.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import knexFactory from 'knex';
import type { components } from '../server/generated/openapi.js';
import type { Lease } from '../server/connections/auth-store.js';
import type { OutboundMessage } from '../server/connections/transport.js';
import { MessageDrain } from '../server/messages/drain.js';
import { TenantBatches, type BatchOp } from '../server/messages/batches.js';
import { Database } from '../server/platform/db/database.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { eventually } from './helpers/eventually.js';
import { buildAccount, type TestAccount } from './helpers/factories.js';
import { hasStatus, linkSandbox, send, waitForMessage, type Message } from './helpers/sandbox-messaging.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';

type Schemas = components['schemas'];

const NOT_ON_WHATSAPP = '+14155550101';
const number = () => `+1202555${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`;
/** Distinct recipients that are not sandbox connections. */
const peer = (i: number) => `+1415557${String(1000 + i).padStart(4, '0')}`;
/** Far enough ahead that every message of a test is queued before any is due: they are claimed together. */
const dueSoon = () => new Date(Date.now() + 2_000).toISOString();

async function eventTypes(server: TestServer, messageId: string): Promise<Array<{ id: string; type: string }>> {
  return server.services.db.system((trx) => trx('events').whereRaw(`data->'object'->>'id' = ?`, [messageId]).orderBy('id').select('id', 'type'));
}

/** The events of a message accepted with a send_at, sent, delivered and read. */
const LIFECYCLE = ['message.scheduled', 'message.sending', 'message.sent', 'message.delivered', 'message.read'];

describe('drain batches (a worker in process)', () => {
  let database: ScratchDatabase;
  let server: TestServer;
  let owner: TestAccount;
  let sender: Schemas['Connection'];

  before(async () => {
    database = await createScratchDatabase();
    server = await startTestServer({
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: `${testEnv().redisPrefix}drain-${randomBytes(4).toString('hex')}:`,
      PARLEY_ROLE: 'all',
      MESSAGE_PACING: 'false',
    });
    owner = await buildAccount(server.client, { account_name: 'Batch Co' });
    sender = await linkSandbox(server.client, owner.key, number());
  });
  after(async () => {
    await server?.stop();
    await database?.drop();
  });

  test('a claimed batch keeps each recipient’s order: the next message to a person is claimed only after the one before is sent', async () => {
    const sent: Message[][] = [];
    for (let round = 0; round < 3; round++) {
      const at = dueSoon();
      sent.push(
        await Promise.all(
          Array.from({ length: 4 }, (_, i) =>
            send(server.client, owner.key, { connection_id: sender.id, to: peer(i), type: 'text', text: { body: `round ${round} to ${i}` }, send_at: at }),
          ),
        ),
      );
    }
    for (const message of sent.flat()) await waitForMessage(server.client, owner.key, message.id, hasStatus('read'), 20_000);
    for (let i = 0; i < 4; i++) {
      const events = await Promise.all(sent.map(async (round) => eventTypes(server, round[i]!.id)));
      for (const ofMessage of events) assert.deepEqual(ofMessage.map((event) => event.type), LIFECYCLE, 'every step of every message, once, in order');
      for (let round = 1; round < events.length; round++) {
        const sentBefore = events[round - 1]!.find((event) => event.type === 'message.sent')!.id;
        const sendingNow = events[round]!.find((event) => event.type === 'message.sending')!.id;
        assert.ok(sendingNow > sentBefore, `to ${peer(i)}: message ${round} was claimed before message ${round - 1} was sent`);
      }
    }
  });

  test('one message failing in a batch does not fail the others', async () => {
    const optedOut = peer(20);
    assert.equal((await server.client.post('/v1/opt-outs', { phone_number: optedOut }, { key: owner.key })).status, 201);
    const at = dueSoon();
    const batch = (to: string, body: string) => send(server.client, owner.key, { connection_id: sender.id, to, type: 'text', text: { body }, send_at: at });
    const [first, refused, blocked, last] = [
      await batch(peer(21), 'first'),
      await batch(NOT_ON_WHATSAPP, 'to nobody'),
      await batch(optedOut, 'to someone who said stop'),
      await batch(peer(22), 'last'),
    ];
    const failed = await waitForMessage(server.client, owner.key, refused!.id, hasStatus('failed'), 20_000);
    assert.equal(failed.error?.code, 'recipient_not_on_whatsapp');
    assert.equal((await waitForMessage(server.client, owner.key, blocked!.id, hasStatus('failed'), 20_000)).error?.code, 'recipient_opted_out');
    for (const message of [first!, last!]) await waitForMessage(server.client, owner.key, message.id, hasStatus('read'), 20_000);
    assert.deepEqual((await eventTypes(server, refused!.id)).map((event) => event.type), ['message.scheduled', 'message.sending', 'message.failed']);
    assert.deepEqual((await eventTypes(server, blocked!.id)).map((event) => event.type), ['message.scheduled', 'message.failed']);
    for (const message of [first!, last!]) assert.deepEqual((await eventTypes(server, message.id)).map((event) => event.type), LIFECYCLE);
  });

  test('receipts the database refuses for a while are all written once it accepts them: in order, each event once, counted once', async () => {
    // A trigger refuses every receipt (a move to delivered or read) while the flag table has a row, and counts the
    // refusals in a sequence (which a rollback does not undo).
    const admin = knexFactory({ client: 'pg', connection: database.url });
    try {
      await admin.raw(`create table drain_test_refusing (since timestamptz not null default now())`);
      await admin.raw(`create sequence drain_test_refusals`);
      await admin.raw(`create function drain_test_refuse() returns trigger language plpgsql security definer as $$
        begin
          if exists (select 1 from drain_test_refusing) then
            perform nextval('drain_test_refusals');
            raise exception 'the test refuses receipts for now';
          end if;
          return new;
        end $$`);
      await admin.raw(`create trigger drain_test_refuse before update on messages for each row
        when (new.status in ('delivered', 'read')) execute function drain_test_refuse()`);
      await admin('drain_test_refusing').insert({});
      const at = dueSoon();
      const messages = await Promise.all(
        Array.from({ length: 4 }, (_, i) => send(server.client, owner.key, { connection_id: sender.id, to: peer(30 + i), type: 'text', text: { body: `receipt ${i}` }, send_at: at })),
      );
      for (const message of messages) await waitForMessage(server.client, owner.key, message.id, hasStatus('sent'), 20_000);
      // Refused more than once: the first receipt's write was retried, the others waited behind it.
      await eventually(
        async () => Number(((await admin.raw(`select last_value, is_called from drain_test_refusals`)) as { rows: Array<{ last_value: string }> }).rows[0]!.last_value),
        (refusals) => refusals >= 3,
      );
      for (const message of messages) assert.equal((await waitForMessage(server.client, owner.key, message.id, () => true)).status, 'sent');
      await admin('drain_test_refusing').delete();
      for (const message of messages) {
        const read = await waitForMessage(server.client, owner.key, message.id, hasStatus('read'), 20_000);
        assert.ok(read.delivered_at && read.read_at && read.delivered_at <= read.read_at, JSON.stringify(read));
        assert.deepEqual((await eventTypes(server, message.id)).map((event) => event.type), LIFECYCLE);
      }
      const counted = await server.services.db.system((trx) => trx('usage_entries').whereIn('subject_id', messages.map((message) => message.id)).where('category', 'messages_sent_text').select('subject_id'));
      assert.deepEqual(counted.map((row: { subject_id: string }) => row.subject_id).sort(), messages.map((message) => message.id).sort(), 'each message counted once');
    } finally {
      await admin('drain_test_refusing').delete().catch(() => undefined);
      await admin.raw(`drop trigger if exists drain_test_refuse on messages`);
      await admin.destroy();
    }
  });
});

describe('drain batches and leases (drains run by the test)', () => {
  let database: ScratchDatabase;
  let api: TestServer;
  let owner: TestAccount;
  let connections: Array<Schemas['Connection']>;

  before(async () => {
    database = await createScratchDatabase();
    const redisPrefix = `${testEnv().redisPrefix}drain-lease-${randomBytes(4).toString('hex')}:`;
    api = await startTestServer({ DATABASE_URL: database.url, REDIS_KEY_PREFIX: redisPrefix, MESSAGE_PACING: 'false' });
    owner = await buildAccount(api.client, { account_name: 'Lease Co' });
    // A worker only to link them; stopped gracefully, it hands the leases back, and no worker runs afterwards.
    const linker = await startTestServer({ DATABASE_URL: database.url, REDIS_KEY_PREFIX: redisPrefix, PARLEY_ROLE: 'worker', MESSAGE_PACING: 'false' });
    try {
      connections = [await linkSandbox(api.client, owner.key, number()), await linkSandbox(api.client, owner.key, number())];
    } finally {
      await linker.stop();
    }
  });
  after(async () => {
    await api?.stop();
    await database?.drop();
  });

  /** Takes the connection's lease for `owner` (a new epoch), as a worker's claim does. */
  const takeLease = async (connectionId: string, leaseOwner: string): Promise<Lease> => {
    const [row] = await api.services.db.system((trx) =>
      trx('connections')
        .where({ id: connectionId })
        .update({ lease_owner: leaseOwner, lease_epoch: trx.raw('lease_epoch + 1'), lease_expires_at: trx.raw(`now() + interval '1 minute'`) })
        .returning(['account_id', 'mode', 'lease_epoch']),
    );
    return { connectionId, accountId: row.account_id, mode: row.mode, owner: leaseOwner, epoch: Number(row.lease_epoch) };
  };

  const drainFor = (lease: Lease, send: (message: OutboundMessage) => Promise<void>, onLeaseLost: () => void) => {
    const drain = new MessageDrain({
      services: api.services,
      lease,
      send,
      loadMedia: () => Promise.reject(new Error('no media in this test')),
      onLeaseLost,
    });
    drain.setConnected(true);
    drain.start();
    return drain;
  };

  const rowsOf = (ids: string[]) =>
    api.services.db.system((trx) => trx('messages').whereIn('id', ids).select('id', 'status', 'attempts', 'wa_message_id')) as Promise<
      Array<{ id: string; status: string; attempts: number; wa_message_id: string }>
    >;

  test('connections of one account share a transaction, yet a lost lease fences only its own connection', async () => {
    const [a, b] = connections;
    const messageA = await send(api.client, owner.key, { connection_id: a!.id, to: peer(40), type: 'text', text: { body: 'from a' } });
    const messageB = await send(api.client, owner.key, { connection_id: b!.id, to: peer(41), type: 'text', text: { body: 'from b' } });
    const leaseA = await takeLease(a!.id, 'test-worker');
    const staleB = await takeLease(b!.id, 'test-worker');
    await takeLease(b!.id, 'another-worker');
    const sentBy: Record<string, string[]> = { a: [], b: [] };
    let lostA = false;
    let lostB = false;
    const drainA = drainFor(leaseA, async (message) => void sentBy.a!.push(message.id), () => (lostA = true));
    const drainB = drainFor(staleB, async (message) => void sentBy.b!.push(message.id), () => (lostB = true));
    try {
      await eventually(() => rowsOf([messageA.id]), ([row]) => row?.status === 'sent');
      await eventually(async () => lostB, (lost) => lost);
      assert.deepEqual(sentBy, { a: [messageA.id], b: [] });
      assert.equal(lostA, false);
      const [rowB] = await rowsOf([messageB.id]);
      assert.deepEqual({ status: rowB!.status, attempts: rowB!.attempts }, { status: 'queued', attempts: 0 }, 'nothing written for the lost lease');
      assert.deepEqual((await eventTypes(api, messageB.id)).map((event) => event.type), ['message.queued']);
    } finally {
      await drainA.stop();
      await drainB.stop();
    }
  });

  test('a lease lost in the middle of a claimed batch: the old owner stops, the next one sends the rest under the same WhatsApp ids, each marked once', async () => {
    const connection = connections[0]!;
    const messages = await Promise.all(
      Array.from({ length: 6 }, (_, i) => send(api.client, owner.key, { connection_id: connection.id, to: peer(50 + i), type: 'text', text: { body: `batch ${i}` } })),
    );
    const ids = messages.map((message) => message.id);
    const oldLease = await takeLease(connection.id, 'old-worker');
    let newLease: Lease | undefined;
    const oldSends: OutboundMessage[] = [];
    let oldLost = false;
    // The lease moves to another worker while the old one is sending the second message of its batch.
    const oldDrain = drainFor(
      oldLease,
      async (message) => {
        oldSends.push(message);
        if (oldSends.length === 2) newLease = await takeLease(connection.id, 'new-worker');
      },
      () => (oldLost = true),
    );
    await eventually(async () => oldLost, (lost) => lost);
    await oldDrain.stop();
    assert.ok(oldSends.length >= 2 && oldSends.length <= 6, `the old owner sent ${oldSends.length}`);
    const afterOld = await rowsOf(ids);
    assert.ok(afterOld.every((row) => row.status === 'sent' || row.status === 'sending'), JSON.stringify(afterOld));
    const markedByOld = afterOld.filter((row) => row.status === 'sent').map((row) => row.id);
    // Only a mark committed before the takeover: the first message's, if any. Nothing the old owner sent after it.
    assert.ok(markedByOld.every((id) => id === oldSends[0]!.id), `marked after the lease was lost: ${JSON.stringify(markedByOld)}`);

    const newSends: OutboundMessage[] = [];
    const newDrain = drainFor(newLease!, async (message) => void newSends.push(message), () => assert.fail('the new owner lost its lease'));
    try {
      await eventually(() => rowsOf(ids), (rows) => rows.every((row) => row.status === 'sent'));
    } finally {
      await newDrain.stop();
    }
    // The new owner sends exactly what was not marked sent; a message both sent went out under one WhatsApp id.
    assert.deepEqual(newSends.map((message) => message.id).sort(), ids.filter((id) => !markedByOld.includes(id)).sort());
    const waIds = new Map((await rowsOf(ids)).map((row) => [row.id, row.wa_message_id]));
    for (const message of [...oldSends, ...newSends]) assert.equal(message.waMessageId, waIds.get(message.id));
    for (const id of ids) {
      const types = (await eventTypes(api, id)).map((event) => event.type);
      assert.deepEqual(types, ['message.queued', 'message.sending', 'message.sent'], `${id}: each event once`);
    }
  });
});

describe('TenantBatches', () => {
  test('an entry the database refuses fails alone: the others of its shared transaction go again one by one and succeed, in order', async () => {
    const db = new Database(testEnv().databaseUrl);
    try {
      const batches = new TenantBatches(db);
      const scope = { accountId: `acct_batch_${randomBytes(4).toString('hex')}`, mode: 'test' as const };
      const runs: string[][] = [];
      // Each entry is one statement in the shared transaction; "x" is not a number, so PostgreSQL refuses it (22P02).
      const cast: BatchOp<string, number> = {
        lane: 'writes',
        order: 0,
        async run(trx, _scope, entries) {
          runs.push(entries.map((entry) => entry.item));
          const results: number[] = [];
          for (const entry of entries) results.push(Number(((await trx.raw('select ?::int as n', [entry.item])) as { rows: Array<{ n: number }> }).rows[0]!.n));
          return results;
        },
      };
      // Submitted in one turn of the event loop: they share a transaction first.
      const outcomes = await Promise.allSettled(['1', 'x', '3'].map((item) => batches.submit(scope, undefined, cast, item)));
      assert.deepEqual(runs, [['1', 'x', '3'], ['1'], ['x'], ['3']]);
      assert.deepEqual(outcomes.map((outcome) => outcome.status), ['fulfilled', 'rejected', 'fulfilled']);
      assert.equal((outcomes[0] as PromiseFulfilledResult<number>).value, 1);
      assert.equal((outcomes[2] as PromiseFulfilledResult<number>).value, 3);
      assert.equal(((outcomes[1] as PromiseRejectedResult).reason as { code?: string }).code, '22P02');
    } finally {
      await db.close();
    }
  });
});
