// Connection failover across real processes: one in-process API node and separate worker processes
// (`node --import tsx server/main.ts`, PARLEY_ROLE=worker) sharing the run's PostgreSQL and Redis. Workers
// are killed (SIGKILL) and hung (SIGSTOP/SIGCONT) for real; ownership is read from the `connections` table
// and from each worker's `parley_connections_running` gauge, sampled throughout.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { components } from '../server/generated/openapi.js';
import { AuthStore, LeaseLostError, type Lease } from '../server/connections/auth-store.js';
import { LEASE_TTL_SECONDS } from '../server/connections/leases.js';
import { Client } from './helpers/client.js';
import { assertConforms } from './helpers/contract.js';
import { buildAccount, type TestAccount } from './helpers/factories.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { startTestServer, testEnv, TEST_ENCRYPTION_KEY, type TestServer } from './helpers/server.js';
import { freePort } from '../server/platform/net.js';

type Connection = components['schemas']['Connection'];

const root = path.resolve(import.meta.dirname, '..');
const CONNECTIONS = 6;
/** The promise made to users: a dead worker's connections run again elsewhere within this. */
const TAKEOVER_LIMIT_MS = 30_000;
/** How soon a worker that was hung and comes back must notice that it lost its leases. */
const NOTICE_LIMIT_MS = 10_000;
const SAMPLE_INTERVAL_MS = 250;

type WorkerState = 'running' | 'stopped' | 'resuming' | 'killed';

interface WorkerProcess {
  name: string;
  child: ChildProcess;
  pid: number;
  url: string;
  /** What the test did to it; the sampler reads only `running` workers. */
  state: WorkerState;
  output(): string;
}

interface LeaseRow {
  id: string;
  status: string;
  lease_owner: string | null;
  lease_epoch: number;
  lease_expires_at: Date | null;
}


const isAlive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/** A lease owner is `host:pid:random` (ConnectionManager.owner); the pid tells which process it is. */
const pidOf = (owner: string | null) => (owner ? Number(owner.split(':').at(-2)) : undefined);

/** Polls `probe` until it returns a value; on timeout fails with `explain()` (leases, worker logs). */
async function waitFor<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>, explain: () => string, intervalMs = SAMPLE_INTERVAL_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) assert.fail(`${what}: not within ${timeoutMs} ms\n${explain()}`);
    await sleep(intervalMs);
  }
}

/** The worker's own count of the test-mode connections it runs; undefined when it does not answer (hung, dead). */
async function runningGauge(worker: WorkerProcess): Promise<number | undefined> {
  try {
    const response = await fetch(`${worker.url}/metrics`, { signal: AbortSignal.timeout(1_000) });
    const text = await response.text();
    const match = /^parley_connections_running\{mode="test"\} (\d+)$/m.exec(text);
    return match ? Number(match[1]) : 0;
  } catch {
    return undefined;
  }
}

/**
 * Every ~250 ms: the running gauge of each live worker, then the leases in the database. Double ownership
 * would show as live workers together running more connections than exist, as a worker running more
 * connections than the database says it holds, or as an owner change that did not raise the epoch.
 * A hung worker cannot answer and a just-resumed one reports what it ran before it hung until its first
 * renewal (bounded separately by NOTICE_LIMIT_MS), so only `running` workers count.
 */
class OwnershipSampler {
  samples = 0;
  maxLiveSum = 0;
  readonly violations: string[] = [];
  readonly errors: string[] = [];
  readonly #last = new Map<string, { owner: string | null; epoch: number }>();
  #stopped = false;
  #loop: Promise<void> | undefined;

  constructor(
    private readonly workers: () => WorkerProcess[],
    private readonly readLeases: () => Promise<Map<string, LeaseRow>>,
    private readonly total: number,
  ) {}

  start(): void {
    this.#loop = (async () => {
      while (!this.#stopped) {
        await this.#sample().catch((error: unknown) => this.errors.push(String(error)));
        await sleep(SAMPLE_INTERVAL_MS);
      }
    })();
  }

  async #sample(): Promise<void> {
    const live = this.workers().filter((worker) => worker.state === 'running');
    // Gauges first, then the database: a healthy worker's holdings only grow here, so a gauge read
    // earlier can never honestly exceed the rows read later.
    const gauges = await Promise.all(live.map(async (worker) => ({ worker, running: await runningGauge(worker) })));
    const rows = await this.readLeases();
    const at = new Date().toISOString();
    let sum = 0;
    for (const { worker, running } of gauges) {
      if (running === undefined || worker.state !== 'running') continue;
      sum += running;
      const held = [...rows.values()].filter((row) => pidOf(row.lease_owner) === worker.pid).length;
      if (running > held) this.violations.push(`${at}: ${worker.name} runs ${running} connections but holds ${held} leases`);
    }
    this.maxLiveSum = Math.max(this.maxLiveSum, sum);
    if (sum > this.total) this.violations.push(`${at}: live workers run ${sum} connections, only ${this.total} exist`);
    for (const row of rows.values()) {
      const previous = this.#last.get(row.id);
      if (previous && row.lease_epoch < previous.epoch) {
        this.violations.push(`${at}: ${row.id} epoch went back from ${previous.epoch} to ${row.lease_epoch}`);
      }
      if (previous && row.lease_owner !== previous.owner && row.lease_epoch <= previous.epoch) {
        this.violations.push(`${at}: ${row.id} moved from ${previous.owner} to ${row.lease_owner} without a new epoch`);
      }
      this.#last.set(row.id, { owner: row.lease_owner, epoch: row.lease_epoch });
    }
    this.samples++;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    await this.#loop;
  }
}

describe('connection failover between worker processes', { timeout: 150_000 }, () => {
  const env = testEnv();
  const redisPrefix = `${env.redisPrefix}failover-${randomBytes(4).toString('hex')}:`;
  const workers: WorkerProcess[] = [];
  let api: TestServer;
  let owner: TestAccount;
  let database: ScratchDatabase | undefined;
  let ids: string[] = [];
  let sampler: OwnershipSampler | undefined;
  /** Set by the SIGSTOP test for the fencing test: the lease a hung worker held, and the one that replaced it. */
  let fence: { stale: Lease; current: Lease } | undefined;

  async function spawnWorker(name: string): Promise<WorkerProcess> {
    if (!database) throw new Error('before() creates the database first');
    const port = await freePort();
    const child = spawn('node', ['--import', 'tsx', 'server/main.ts'], {
      cwd: root,
      env: {
        ...process.env,
        PARLEY_ROLE: 'worker',
        DATABASE_URL: database.url,
        REDIS_URL: env.redisUrl,
        REDIS_KEY_PREFIX: redisPrefix,
        ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'warn',
        API_RATE_LIMIT: '100000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const worker: WorkerProcess = { name, child, pid: child.pid as number, url: `http://127.0.0.1:${port}`, state: 'running', output: () => output };
    workers.push(worker);
    const health = new Client(worker.url);
    await waitFor(
      `${name} answering GET /healthz`,
      60_000,
      async () => {
        if (!isAlive(child)) assert.fail(`${name} exited (${child.exitCode ?? child.signalCode}) before serving:\n${output}`);
        const status = await health.get('/healthz').then(
          (response) => response.status,
          () => 0,
        );
        return status === 200 ? true : undefined;
      },
      () => output,
    );
    return worker;
  }

  const readLeases = async (): Promise<Map<string, LeaseRow>> => {
    const rows: Array<LeaseRow & { lease_epoch: string }> = await api.services.db.system((trx) =>
      trx('connections').whereIn('id', ids).select('id', 'status', 'lease_owner', 'lease_epoch', 'lease_expires_at'),
    );
    return new Map(rows.map((row) => [row.id, { ...row, lease_epoch: Number(row.lease_epoch) }]));
  };

  const dbNow = async (): Promise<Date> =>
    api.services.db.system(async (trx) => (await trx.raw<{ rows: Array<{ now: Date }> }>('select now() as now')).rows[0]?.now as Date);

  /** Connection events recorded after `since` for `connectionIds`, oldest first. */
  const eventsSince = async (since: Date, connectionIds: string[]): Promise<Array<{ type: string; connection_id: string }>> =>
    api.services.db.system((trx) =>
      trx('events')
        .where('created_at', '>', since)
        .whereRaw(`data->'object'->>'id' in (${connectionIds.map(() => '?').join(', ')})`, connectionIds)
        // created_at is each transaction's start; one runner's changes commit one after another.
        .orderBy(['created_at', 'id'])
        .select('type', trx.raw(`data->'object'->>'id' as connection_id`)),
    );

  const ownedBy = (rows: Map<string, LeaseRow>, worker: WorkerProcess) => [...rows.values()].filter((row) => pidOf(row.lease_owner) === worker.pid).map((row) => row.id);

  const describeState = async (): Promise<string> => {
    const rows = await readLeases().catch(() => new Map<string, LeaseRow>());
    const leases = [...rows.values()].map((row) => `  ${row.id} ${row.status} owner=${row.lease_owner} epoch=${row.lease_epoch} expires=${row.lease_expires_at?.toISOString()}`);
    const logs = workers.map((worker) => `--- ${worker.name} (pid ${worker.pid}, ${worker.state}) ---\n${worker.output()}`);
    return [...leases, ...logs].join('\n');
  };
  let lastState = '';
  const remember = async () => {
    lastState = await describeState();
  };

  before(async () => {
    // A database of its own: a worker claims every free connection in its database, whoever made it.
    database = await createScratchDatabase();
    api = await startTestServer({ PARLEY_ROLE: 'api', REDIS_KEY_PREFIX: redisPrefix, DATABASE_URL: database.url });
    owner = await buildAccount(api.client, { account_name: 'Failover Co' });
  });

  /** Whatever happened, no worker outlives the test: a stopped one is resumed so it can die. */
  after(async () => {
    await sampler?.stop();
    for (const worker of workers) {
      if (!isAlive(worker.child)) continue;
      try {
        process.kill(worker.pid, 'SIGCONT');
        process.kill(worker.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    await Promise.all(
      workers.map((worker) =>
        isAlive(worker.child) ? Promise.race([new Promise((resolve) => worker.child.once('exit', resolve)), sleep(5_000)]) : undefined,
      ),
    );
    await api?.stop();
    await database?.drop();
  });

  test('two worker processes run the linked connections, each connection by exactly one of them', async (t) => {
    const [a, b] = await Promise.all([spawnWorker('worker A'), spawnWorker('worker B')]);
    assert.ok(a && b);

    const created = await Promise.all(
      Array.from({ length: CONNECTIONS }, (_, i) => api.client.post<Connection>('/v1/connections', { name: `failover ${i + 1}` }, { key: owner.key })),
    );
    for (const response of created) assert.equal(response.status, 201, JSON.stringify(response.body));
    ids = created.map((response) => response.body.id);

    await Promise.all(
      ids.map(async (id) => {
        await waitFor(
          `${id} showing a QR code`,
          20_000,
          async () => ((await api.client.get<Connection>(`/v1/connections/${id}`, { key: owner.key })).body.status === 'qr' ? true : undefined),
          () => lastState,
        );
        const scan = await api.client.post<Connection>(`/v1/sandbox/connections/${id}/scan`, {}, { key: owner.key });
        assertConforms('sandboxScan', scan);
        assert.equal(scan.status, 200, JSON.stringify(scan.body));
        assert.equal(scan.body.status, 'connected');
      }),
    );

    // The gauge is reported after each renew/claim round, so it may trail the claims by one round.
    const settled = await waitFor(
      'both gauges agreeing with the leases in the database',
      15_000,
      async () => {
        const [gaugeA, gaugeB] = await Promise.all([runningGauge(a), runningGauge(b)]);
        const rows = await readLeases();
        await remember();
        const heldA = ownedBy(rows, a);
        const heldB = ownedBy(rows, b);
        const consistent = gaugeA === heldA.length && gaugeB === heldB.length && heldA.length + heldB.length === CONNECTIONS;
        return consistent ? { rows, heldA, heldB } : undefined;
      },
      () => lastState,
    );
    const now = await dbNow();
    for (const row of settled.rows.values()) {
      assert.equal(row.status, 'connected', `${row.id} is ${row.status}`);
      assert.ok(row.lease_expires_at && row.lease_expires_at > now, `${row.id} has no live lease`);
      assert.ok(row.lease_epoch >= 1);
    }
    t.diagnostic(`worker A (pid ${a.pid}) runs ${settled.heldA.length}: ${settled.heldA.join(', ')}`);
    t.diagnostic(`worker B (pid ${b.pid}) runs ${settled.heldB.length}: ${settled.heldB.join(', ')}`);

    sampler = new OwnershipSampler(() => workers, readLeases, CONNECTIONS);
    sampler.start();
  });

  test('a SIGKILLed worker’s connections move to the other within 30 s, under a higher epoch, reconnected without a new QR', async (t) => {
    const [a, b] = workers;
    assert.ok(a && b && ids.length === CONNECTIONS, 'the first test did not set the workers up');
    const before = await readLeases();
    const [victim, survivor] = ownedBy(before, a).length >= ownedBy(before, b).length ? [a, b] : [b, a];
    const moving = ownedBy(before, victim);
    const staying = ownedBy(before, survivor);
    assert.ok(moving.length > 0);

    victim.state = 'killed';
    process.kill(victim.pid, 'SIGKILL');
    const killedAt = Date.now();
    const killedAtDb = await dbNow();
    t.diagnostic(`SIGKILL ${victim.name} (pid ${victim.pid}), which ran ${moving.length}: ${moving.join(', ')}`);

    const tookOver = await waitFor(
      `${survivor.name} taking over ${moving.length} connections of ${victim.name}`,
      TAKEOVER_LIMIT_MS + 15_000,
      async () => {
        const rows = await readLeases();
        await remember();
        const reconnected = new Set((await eventsSince(killedAtDb, moving)).filter((e) => e.type === 'connection.connected').map((e) => e.connection_id));
        const done = moving.every((id) => {
          const row = rows.get(id);
          const old = before.get(id);
          return row && old && pidOf(row.lease_owner) === survivor.pid && row.lease_epoch > old.lease_epoch && row.status === 'connected' && reconnected.has(id);
        });
        return done ? { rows, elapsed: Date.now() - killedAt } : undefined;
      },
      () => lastState,
    );
    t.diagnostic(`all ${moving.length} connections ran again on ${survivor.name} ${tookOver.elapsed} ms after the SIGKILL (lease TTL ${LEASE_TTL_SECONDS} s)`);
    assert.ok(tookOver.elapsed < TAKEOVER_LIMIT_MS, `takeover took ${tookOver.elapsed} ms`);

    for (const id of staying) {
      const row = tookOver.rows.get(id);
      assert.equal(row?.lease_owner, before.get(id)?.lease_owner, `${id} was not the victim's, yet changed owner`);
      assert.equal(row?.lease_epoch, before.get(id)?.lease_epoch, `${id} was not the victim's, yet got a new epoch`);
    }

    // The stored credentials were enough: the new owner reconnected; nobody was shown a QR code again.
    const events = await eventsSince(killedAtDb, moving);
    assert.deepEqual(
      events.filter((e) => e.type === 'connection.qr'),
      [],
      'a taken-over connection asked for a new QR code',
    );
    for (const id of moving) {
      assert.deepEqual(
        events.filter((e) => e.connection_id === id).map((e) => e.type),
        ['connection.connecting', 'connection.connected'],
        `${id}: unexpected events after the takeover`,
      );
    }

    await waitFor(
      `${survivor.name}'s gauge counting all ${CONNECTIONS} connections`,
      10_000,
      async () => ((await runningGauge(survivor)) === CONNECTIONS ? true : undefined),
      () => lastState,
    );
  });

  test('a hung worker (SIGSTOP) loses its connections to another; after SIGCONT it drops them within 10 s and the new owner keeps them', async (t) => {
    const survivor = workers.find((worker) => worker.state === 'running');
    assert.ok(survivor, 'no worker survived the previous test');
    const c = await spawnWorker('worker C');
    const before = await readLeases();
    assert.deepEqual(ownedBy(before, survivor).sort(), [...ids].sort(), `${survivor.name} should run every connection now`);
    assert.equal(await runningGauge(c), 0, 'the new worker took connections that had a live owner');

    survivor.state = 'stopped';
    process.kill(survivor.pid, 'SIGSTOP');
    const stoppedAt = Date.now();
    t.diagnostic(`SIGSTOP ${survivor.name} (pid ${survivor.pid}), which ran all ${CONNECTIONS}`);

    const tookOver = await waitFor(
      `${c.name} taking over the hung worker's connections`,
      TAKEOVER_LIMIT_MS + 15_000,
      async () => {
        const rows = await readLeases();
        await remember();
        const done = ids.every((id) => {
          const row = rows.get(id);
          const old = before.get(id);
          return row && old && pidOf(row.lease_owner) === c.pid && row.lease_epoch > old.lease_epoch && row.status === 'connected';
        });
        return done ? { rows, elapsed: Date.now() - stoppedAt } : undefined;
      },
      () => lastState,
    );
    t.diagnostic(`${c.name} ran all ${CONNECTIONS} ${tookOver.elapsed} ms after the SIGSTOP`);
    assert.ok(tookOver.elapsed < TAKEOVER_LIMIT_MS, `takeover took ${tookOver.elapsed} ms`);
    await waitFor(
      `${c.name}'s gauge counting all ${CONNECTIONS} connections`,
      10_000,
      async () => ((await runningGauge(c)) === CONNECTIONS ? true : undefined),
      () => lastState,
    );

    const probeId = ids[0] as string;
    const stale = before.get(probeId);
    const current = tookOver.rows.get(probeId);
    assert.ok(stale?.lease_owner && current?.lease_owner);
    const lease = (row: LeaseRow): Lease => ({ connectionId: probeId, accountId: owner.account.id, mode: 'test', owner: row.lease_owner as string, epoch: row.lease_epoch });
    fence = { stale: lease(stale), current: lease(current) };

    survivor.state = 'resuming';
    process.kill(survivor.pid, 'SIGCONT');
    const resumedAt = Date.now();
    const readings: string[] = [];
    await waitFor(
      `${survivor.name} noticing it lost its leases`,
      NOTICE_LIMIT_MS + 5_000,
      async () => {
        const running = await runningGauge(survivor);
        readings.push(`${Date.now() - resumedAt} ms: ${running ?? 'no answer'}`);
        return running === 0 ? true : undefined;
      },
      () => `gauge readings after SIGCONT: ${readings.join(', ')}\n${lastState}`,
      100,
    );
    const noticed = Date.now() - resumedAt;
    survivor.state = 'running';
    t.diagnostic(`${survivor.name} dropped its connections ${noticed} ms after SIGCONT (readings: ${readings.join(', ')})`);
    assert.ok(noticed < NOTICE_LIMIT_MS, `the resumed worker still ran its lost connections ${noticed} ms after SIGCONT`);

    // A full renew/claim round later, the resumed worker has not taken anything back.
    await sleep(6_000);
    const later = await readLeases();
    for (const id of ids) {
      assert.equal(later.get(id)?.lease_owner, tookOver.rows.get(id)?.lease_owner, `${id} changed owner after the hung worker resumed`);
      assert.equal(later.get(id)?.lease_epoch, tookOver.rows.get(id)?.lease_epoch, `${id} got a new epoch after the hung worker resumed`);
      assert.equal(later.get(id)?.status, 'connected');
    }
    assert.equal(await runningGauge(survivor), 0);
    assert.equal(await runningGauge(c), CONNECTIONS);
  });

  test('the epoch fences credential writes: the lease held before a takeover cannot write, the current lease can', async () => {
    assert.ok(fence, 'the SIGSTOP test did not record the leases');
    const { db, secrets } = api.services;
    const staleStore = new AuthStore(db, secrets, fence.stale);
    const currentStore = new AuthStore(db, secrets, fence.current);
    const sealedAt = async () =>
      (await db.system((trx) => trx('connection_auth_creds').where({ connection_id: fence?.stale.connectionId }).first('sealed', 'updated_at'))) as
        | { sealed: string; updated_at: Date }
        | undefined;

    // Writing back what is stored: even a fencing failure would leave the connection's credentials intact.
    const creds = await staleStore.readCreds();
    assert.ok(creds, 'the linked connection has no stored credentials');
    const stored = await sealedAt();

    await assert.rejects(staleStore.writeCreds(creds), LeaseLostError);
    await assert.rejects(staleStore.writeKeys([{ type: 'fencing-probe', id: '1', value: 'stale' }]), LeaseLostError);
    assert.deepEqual(await sealedAt(), stored, 'the stale lease changed the stored credentials');
    const probeKeys = await db.system((trx) => trx('connection_auth_keys').where({ connection_id: fence?.stale.connectionId, type: 'fencing-probe' }));
    assert.deepEqual(probeKeys, [], 'the stale lease wrote a key');

    await currentStore.writeCreds(creds);
    const rewritten = await sealedAt();
    assert.notEqual(rewritten?.sealed, stored?.sealed, 'the current lease could not write');
    assert.equal(await currentStore.readCreds(), creds);
  });

  test('throughout, no connection was run by two live workers at once and every change of owner raised the epoch', async (t) => {
    assert.ok(sampler, 'the sampler never started');
    await sampler.stop();
    t.diagnostic(`${sampler.samples} samples; the live workers' gauges summed to at most ${sampler.maxLiveSum} of ${CONNECTIONS}`);
    assert.deepEqual(sampler.violations, []);
    assert.ok(sampler.samples >= 40, `only ${sampler.samples} samples were taken (errors: ${sampler.errors.slice(0, 3).join('; ')})`);
  });
});
