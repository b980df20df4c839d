// Live connections benchmark: N live-mode connections, each linked by unmodified Baileys in ONE Parley worker
// process to the local WhatsApp Web simulator (test/whatsapp-simulator/); prints that worker's resident memory
// per idle connected connection and the time to link. Goal: under 40 MB per idle connection (reported, never
// asserted: the run exits 0 either way).
//
//   npm run bench:live -- [--connections 100] [--concurrency 10] [--settle 10]
//
// Three processes: this one runs the simulator and plays the API client and the phones; an API node
// (PARLEY_ROLE=api) and the measured worker (PARLEY_ROLE=worker) are children sharing a scratch database and a
// Redis prefix, so the worker's RSS holds its connections and nothing of the API's. The worker trusts the
// simulator's test root key through the test-only preload trust-simulator.ts and collects its garbage on SIGUSR2
// through gc-on-signal.ts (run with --expose-gc). Each link: POST /v1/connections with a live key, poll
// GET /v1/connections/{id}/qr, `sim.scanQr(qr, phone)` with a distinct phone, poll until `connected`; at most
// --concurrency links at once (each first login uploads 812 pre-keys into PostgreSQL).
// Memory is read from /proc, so this runs on Linux only. PostgreSQL at BENCH_POSTGRES_URL and Redis at
// BENCH_REDIS_URL (defaults: this machine's); the database and the Redis keys are removed at the end.
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import type { components } from '../../server/generated/openapi.js';
import { WhatsAppSimulator } from '../whatsapp-simulator/server.js';
import { createBenchStore, inPool, mb, memoryOf, seconds, stop } from './support.js';

type Schemas = components['schemas'];

const GOAL_BYTES_PER_CONNECTION = 40 * 1024 ** 2;
/** How long one connection may take from its creation to `connected` before the run gives up. */
const LINK_TIMEOUT_MS = 60_000;
const POLL_MS = 50;

function positiveInt(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number of at least 1 (got "${value}")`);
  return n;
}

const { values: flags } = parseArgs({
  options: {
    connections: { type: 'string', default: '100' },
    concurrency: { type: 'string', default: '10' },
    settle: { type: 'string', default: '10' },
  },
});
const N = positiveInt('connections', flags.connections);
const CONCURRENCY = positiveInt('concurrency', flags.concurrency);
const SETTLE_MS = positiveInt('settle', flags.settle) * 1000;
const postgresUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const command = `npm run bench:live -- --connections ${N} --concurrency ${CONCURRENCY} --settle ${SETTLE_MS / 1000}`;

/** The measured worker: trusts the simulator's root key, and collects its garbage on SIGUSR2. */
const WORKER_NODE_ARGS = [
  '--expose-gc',
  '--import',
  'tsx',
  '--import',
  './test/bench/trust-simulator.ts',
  '--import',
  './test/bench/gc-on-signal.ts',
];


/** Nearest-rank percentile of already sorted values. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

const spread = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `p50 ${seconds(percentile(sorted, 50))}, p99 ${seconds(percentile(sorted, 99))}, max ${seconds(sorted.at(-1) ?? Number.NaN)}`;
};

interface ApiResponse<T> {
  status: number;
  body: T;
  headers: Headers;
}

async function request<T>(
  url: string,
  method: string,
  path: string,
  options: { key?: string; cookie?: string; csrf?: string; body?: unknown } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  if (options.cookie) headers.cookie = options.cookie;
  if (options.csrf) headers['x-csrf-token'] = options.csrf;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${url}${path}`, {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}

function expectStatus<T>(what: string, response: ApiResponse<T>, status: number): T {
  if (response.status !== status) throw new Error(`${what}: HTTP ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

interface Child {
  name: string;
  child: ChildProcess;
  pid: number;
  url: string;
  /** The last lines it printed, to explain a failure. */
  log: string[];
  /** Resolves with the next `{"gc": ...}` line (gc-on-signal.ts). */
  nextGc(): Promise<NodeJS.MemoryUsage>;
}

/** Starts test/bench/serve.ts (Parley from the environment) under `nodeArgs`; resolves once it prints its URL. */
function startParley(name: string, nodeArgs: string[], env: Record<string, string>): Promise<Child> {
  const child = spawn('node', [...nodeArgs, 'test/bench/serve.ts', 'parley'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  const remember = (line: string) => {
    log.push(line);
    if (log.length > 50) log.shift();
  };
  createInterface({ input: child.stderr! }).on('line', remember);
  let gcWaiters: Array<(usage: NodeJS.MemoryUsage) => void> = [];
  const lines = createInterface({ input: child.stdout! });
  return new Promise((resolve, reject) => {
    lines.on('line', (line) => {
      if (line.startsWith('{"url"')) {
        resolve({
          name,
          child,
          pid: child.pid as number,
          url: (JSON.parse(line) as { url: string }).url,
          log,
          nextGc: () =>
            new Promise((done, fail) => {
              const timer = setTimeout(() => fail(new Error(`${name} printed no memory figures within 30 s of SIGUSR2`)), 30_000);
              gcWaiters.push((usage) => {
                clearTimeout(timer);
                done(usage);
              });
            }),
        });
      } else if (line.startsWith('{"gc"')) {
        const usage = (JSON.parse(line) as { gc: NodeJS.MemoryUsage }).gc;
        const waiters = gcWaiters;
        gcWaiters = [];
        for (const done of waiters) done(usage);
      } else remember(line);
    });
    lines.once('close', () => reject(new Error(`${name} did not start:\n${log.join('\n')}`)));
    child.once('error', reject);
  });
}

/** Settles, collects the worker's garbage, then reads its RSS from /proc. */
async function measureWorker(worker: Child): Promise<{ rss: number; peak: number; heap: NodeJS.MemoryUsage }> {
  await sleep(SETTLE_MS);
  const collected = worker.nextGc();
  worker.child.kill('SIGUSR2');
  const heap = await collected;
  // Let the allocator hand freed pages back before reading.
  await sleep(1_000);
  return { ...memoryOf(worker.pid), heap };
}

/** The worker's own count of the live connections it runs (its Prometheus gauge). */
async function runningGauge(worker: Child): Promise<number> {
  const text = await (await fetch(`${worker.url}/metrics`)).text();
  return Number(/^parley_connections_running\{mode="live"\} (\d+)$/m.exec(text)?.[1] ?? 0);
}

interface Link {
  id: string;
  phone: string;
  /** Client-side, ms since the run started. */
  requestedAt: number;
  qrSeenAt: number;
  scannedAt: number;
  connectedSeenAt: number;
}

const store = await createBenchStore(postgresUrl, redisUrl);
const { db } = store;
const sim = new WhatsAppSimulator();
const children: Child[] = [];

console.log(
  `${N} live connections linked to the WhatsApp Web simulator in one Parley worker process (PARLEY_ROLE=worker), ` +
    `${CONCURRENCY} links at a time, settle ${SETTLE_MS / 1000} s; node ${process.version}, ${os.cpus().length} CPUs, ` +
    `${mb(os.totalmem())} RAM`,
);
try {
  await sim.start();
  const shared = store.parleyEnv;
  // The API first: it applies the migrations, so the worker never races it for them.
  const api = await startParley('API node', ['--import', 'tsx'], {
    ...shared,
    PARLEY_ROLE: 'api',
    API_RATE_LIMIT: '1000000',
    PARLEY_PLANS: JSON.stringify({ enterprise: { limits: { connections: Math.max(N, 10) } } }),
  });
  children.push(api);
  const worker = await startParley('worker', WORKER_NODE_ARGS, {
    ...shared,
    PARLEY_ROLE: 'worker',
    WHATSAPP_WS_URL: sim.url,
    BENCH_SIMULATOR_ROOT_KEY: Buffer.from(sim.rootKey.public).toString('base64'),
    WORKER_MAX_CONNECTIONS: String(Math.max(N, 5_000)),
  });
  children.push(worker);

  const signup = await request<Schemas['SignupResult']>(api.url, 'POST', '/v1/auth/signup', {
    body: { email: 'bench@example.com', password: 'benchmark password', account_name: 'Bench' },
  });
  expectStatus('sign-up', signup, 201);
  const cookie = signup.headers.getSetCookie().find((c) => c.startsWith('parley_session='))?.split(';')[0];
  if (!cookie) throw new Error('sign-up set no session cookie');
  // Sign-up hands out a test key only; a console session may create a key of either mode.
  const liveKey = expectStatus(
    'create a live key',
    await request<Schemas['ApiKeyWithSecret']>(api.url, 'POST', '/v1/api-keys', {
      cookie,
      csrf: signup.body.session.csrf_token,
      body: { name: 'bench live', mode: 'live' },
    }),
    201,
  ).secret;

  const baseline = await measureWorker(worker);

  const runStart = Date.now();
  const since = () => Date.now() - runStart;
  const link = async (i: number): Promise<Link> => {
    const phone = `1555000${String(i + 1).padStart(4, '0')}`;
    const requestedAt = since();
    const created = expectStatus(
      `create connection ${i + 1}`,
      await request<Schemas['Connection']>(api.url, 'POST', '/v1/connections', { key: liveKey, body: { name: `bench ${i + 1}` } }),
      201,
    );
    const deadline = Date.now() + LINK_TIMEOUT_MS;
    const overdue = (what: string) => {
      if (Date.now() > deadline) throw new Error(`${created.id} (${phone}): no ${what} within ${LINK_TIMEOUT_MS / 1000} s`);
    };
    let qr: string | undefined;
    while (qr === undefined) {
      const response = await request<Schemas['ConnectionQr'] | Schemas['ErrorResponse']>(api.url, 'GET', `/v1/connections/${created.id}/qr`, { key: liveKey });
      if (response.status === 200) qr = (response.body as Schemas['ConnectionQr']).qr;
      else if (response.status !== 409 || (response.body as Schemas['ErrorResponse']).error.code !== 'qr_not_ready') {
        throw new Error(`QR of ${created.id}: HTTP ${response.status} ${JSON.stringify(response.body)}`);
      } else {
        overdue('QR code');
        await sleep(POLL_MS);
      }
    }
    const qrSeenAt = since();
    await sim.scanQr(qr, phone);
    const scannedAt = since();
    for (;;) {
      const response = await request<Schemas['Connection']>(api.url, 'GET', `/v1/connections/${created.id}`, { key: liveKey });
      const connection = expectStatus(`get ${created.id}`, response, 200);
      if (connection.status === 'connected') break;
      if (connection.status === 'failed' || connection.status === 'logged_out') {
        throw new Error(`${created.id} (${phone}) ended ${connection.status} (${connection.status_reason}) instead of connecting`);
      }
      overdue('connected status');
      await sleep(POLL_MS);
    }
    return { id: created.id, phone, requestedAt, qrSeenAt, scannedAt, connectedSeenAt: since() };
  };
  const links = await inPool(
    Array.from({ length: N }, (_, i) => i),
    CONCURRENCY,
    link,
  );
  const linkWallMs = since();
  const peakWhileLinking = memoryOf(worker.pid).peak;

  const after = await measureWorker(worker);

  // Per connection, from the database's own clock: the `connection.created` event (written with the row) to
  // the first `connection.connected` event (written when Baileys reported 'open'), and the first QR between.
  const eventRows: Array<{ id: string; created: Date; qr: Date | null; connected: Date | null }> = (
    await db.raw(`
      select data->'object'->>'id' as id,
             min(created_at) filter (where type = 'connection.created') as created,
             min(created_at) filter (where type = 'connection.qr') as qr,
             min(created_at) filter (where type = 'connection.connected') as connected
        from events
       where mode = 'live'
       group by 1`)
  ).rows;
  const byId = new Map(eventRows.map((row) => [row.id, row]));
  const serverTimes = links.map((l) => {
    const row = byId.get(l.id);
    if (!row?.connected || !row.qr) throw new Error(`${l.id} has no connection.qr or connection.connected event`);
    return {
      total: row.connected.getTime() - row.created.getTime(),
      toQr: row.qr.getTime() - row.created.getTime(),
      qrToConnected: row.connected.getTime() - row.qr.getTime(),
    };
  });

  // Still idle and connected after the settle period: nothing dropped, reconnected or left the worker.
  const statuses: Array<{ status: string; n: string }> = await db('connections').select('status').count({ n: '*' }).groupBy('status');
  const disconnects = Number((await db('events').where({ type: 'connection.disconnected' }).count({ n: '*' }).first())?.n ?? 0);
  const running = await runningGauge(worker);
  const preKeys = [...sim.devices.values()].map((device) => device.preKeyCount);

  const perConnection = (after.rss - baseline.rss) / N;
  const heapPerConnection = (after.heap.heapUsed - baseline.heap.heapUsed) / N;
  const externalPerConnection = (after.heap.external - baseline.heap.external) / N;
  const met = perConnection < GOAL_BYTES_PER_CONNECTION;

  console.log('');
  console.log('=== live connections benchmark ===');
  console.log(`connections:            ${N} live (Baileys 7.0.0-rc14 -> simulator at ${sim.url}), ${CONCURRENCY} linked at a time`);
  console.log(
    `state after settling:   ${statuses.map((s) => `${s.n} ${s.status}`).join(', ')}; worker runs ${running}; ` +
      `${disconnects} disconnect events; simulator: ${sim.devices.size} linked devices, ` +
      `pre-keys per device ${Math.min(...preKeys)}..${Math.max(...preKeys)}, ${sim.errors.length} errors`,
  );
  console.log(`worker RSS, 0 conns:    ${mb(baseline.rss)} (after ${SETTLE_MS / 1000} s settle + GC; heap used ${mb(baseline.heap.heapUsed)})`);
  console.log(
    `worker RSS, ${N} idle:`.padEnd(24) +
      `${mb(after.rss)} (after ${SETTLE_MS / 1000} s settle + GC; heap used ${mb(after.heap.heapUsed)}, ` +
      `external ${mb(after.heap.external)}); peak while linking ${mb(peakWhileLinking)}`,
  );
  console.log(
    `memory per idle conn:   ${mb(perConnection)} RSS ((after - before) / ${N}); ` +
      `of which V8 heap ${mb(heapPerConnection)}, external ${mb(externalPerConnection)}`,
  );
  console.log(
    `goal (< ${mb(GOAL_BYTES_PER_CONNECTION)} per idle connection): ${met ? 'MET' : 'NOT MET'} (${mb(perConnection)})`,
  );
  console.log(
    `time to link all:       ${seconds(linkWallMs)} wall (first create request to last seen connected), ` +
      `${(N / (linkWallMs / 1000)).toFixed(1)} connections/s`,
  );
  console.log(`per connection, server: ${spread(serverTimes.map((t) => t.total))} (connection.created -> connection.connected events)`);
  console.log(`  created -> first QR:  ${spread(serverTimes.map((t) => t.toQr))} (worker claims it, Baileys registers)`);
  console.log(`  QR -> connected:      ${spread(serverTimes.map((t) => t.qrToConnected))} (poll, scan, pair, 515 restart, login, 812 pre-keys)`);
  console.log(`per connection, client: ${spread(links.map((l) => l.connectedSeenAt - l.requestedAt))} (POST /v1/connections sent -> GET sees connected, ${POLL_MS} ms polls)`);
  console.log(`  of which scanQr:      ${spread(links.map((l) => l.scannedAt - l.qrSeenAt))}`);
  console.log(`reproduce:              ${command}`);
} catch (error) {
  for (const child of children) console.error(`${child.name}'s last lines:\n${child.log.slice(-20).join('\n')}`);
  if (sim.errors.length > 0) console.error('simulator errors:', sim.errors.slice(0, 5));
  throw error;
} finally {
  // The worker first: with the simulator gone its sockets would only start reconnecting.
  for (const child of children.reverse()) await stop(child.child);
  await sim.stop();
  await store.remove();
}
