// Connections benchmark: N sandbox connections linked in one Parley process; prints the memory each one
// costs and the time to link them all. Goal: ≥ 1,000 connections in under 2 GB.
//
//   npm run bench:connections   (or: node --import tsx test/bench/connections.bench.ts)
//
// BENCH_CONNECTIONS (default 1000) connections, created and scanned through the API BENCH_CONCURRENCY
// (default 8) at a time.
// Parley runs as a child process (PARLEY_ROLE=all: the API and the worker in one process) whose resident
// memory is read from /proc, so this runs on Linux only. Uses the PostgreSQL at
// BENCH_POSTGRES_URL (default: this machine's) in a database made for the run, and Redis at BENCH_REDIS_URL
// (default: this machine's); both are cleaned up at the end.
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Knex } from 'knex';
import { createBenchStore, inPool, mb, memoryOf, seconds, stop } from './support.js';

const N = Number(process.env.BENCH_CONNECTIONS ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const GOAL_CONNECTIONS = 1000;
const GOAL_BYTES = 2 * 1024 ** 3;
const postgresUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';


async function api<T>(url: string, key: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as T };
}

/** Resolves once the database counts all N connections in `status`. */
async function waitForStatus(db: Knex, status: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await db('connections').where({ status }).count({ n: '*' }).first();
    const count = Number(row?.n ?? 0);
    if (count >= N) return;
    if (Date.now() > deadline) throw new Error(`only ${count} of ${N} connections reached ${status} within ${timeoutMs} ms`);
    await sleep(100);
  }
}

/** Parley's log lines (LOG_LEVEL=warn), kept to explain a failure. Its stdout is drained so it never blocks. */
const parleyLog: string[] = [];

async function startParley(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn('node', ['--import', 'tsx', 'test/bench/serve.ts', 'parley'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  return new Promise((resolve, reject) => {
    lines.on('line', (line) => {
      if (line.startsWith('{"url"')) resolve({ url: (JSON.parse(line) as { url: string }).url, child });
      else parleyLog.push(line);
    });
    lines.once('close', () => reject(new Error(`Parley did not start:\n${parleyLog.join('\n')}`)));
  });
}

const store = await createBenchStore(postgresUrl, redisUrl);
const { db } = store;

console.log(
  `${N} sandbox connections in one Parley process (PARLEY_ROLE=all), ${CONCURRENCY} API calls at a time, ` +
    `node ${process.version}, ${os.cpus().length} CPUs, Redis ${redisUrl}`,
);
let parley: { url: string; child: ChildProcess } | undefined;
try {
  parley = await startParley({
    ...store.parleyEnv,
    PARLEY_ROLE: 'all',
    API_RATE_LIMIT: '1000000',
    WORKER_MAX_CONNECTIONS: String(Math.max(N, 1000)),
    PARLEY_PLANS: JSON.stringify({ enterprise: { limits: { connections: Math.min(100_000, Math.max(N, 1000)) } } }),
  });
  const { url, child } = parley;
  const pid = child.pid as number;

  const signup = await fetch(`${url}/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@example.com', password: 'benchmark password', account_name: 'Bench' }),
  });
  const key = ((await signup.json()) as { api_key: { secret: string } }).api_key.secret;
  // One request of each kind first, so the baseline includes the code paths the run will use, not N's worth.
  const warm = await api<{ id: string }>(url, key, 'POST', '/v1/connections', { name: 'warm-up' });
  await api(url, key, 'GET', `/v1/connections/${warm.body.id}`);
  await api(url, key, 'DELETE', `/v1/connections/${warm.body.id}`);
  await sleep(2_000);
  const before = memoryOf(pid);

  const started = Date.now();
  const ids = await inPool(
    Array.from({ length: N }, (_, i) => i),
    CONCURRENCY,
    async (i) => {
      const created = await api<{ id: string }>(url, key, 'POST', '/v1/connections', { name: `bench ${i + 1}` });
      if (created.status !== 201) throw new Error(`create ${i}: ${created.status} ${JSON.stringify(created.body)}`);
      return created.body.id;
    },
  );
  const createdAt = Date.now();
  // A scan needs a worker running the connection and showing a QR code.
  await waitForStatus(db, 'qr', 120_000);
  const qrAt = Date.now();
  await inPool(ids, CONCURRENCY, async (id) => {
    const scan = await api<{ status: string }>(url, key, 'POST', `/v1/sandbox/connections/${id}/scan`, {});
    if (scan.status !== 200 || scan.body.status !== 'connected') throw new Error(`scan ${id}: ${scan.status} ${JSON.stringify(scan.body)}`);
  });
  await waitForStatus(db, 'connected', 120_000);
  const linkedAt = Date.now();
  const linkMs = linkedAt - started;

  await sleep(2_000);
  const after = memoryOf(pid);
  // RSS after depends on when V8 last collected; the peak bounds what N connections (and linking them) cost.
  const perConnection = (after.rss - before.rss) / N;
  const perConnectionAtPeak = (after.peak - before.rss) / N;
  const met = N >= GOAL_CONNECTIONS && after.peak < GOAL_BYTES;

  console.log(`connections:           ${N}`);
  console.log(
    `phases:                created in ${seconds(createdAt - started)}, all showing a QR after ${seconds(qrAt - started)}, ` +
      `all scanned and connected after ${seconds(linkMs)}`,
  );
  console.log(`time to link all:      ${seconds(linkMs)} (${(N / (linkMs / 1000)).toFixed(1)} connections/s, first create to last connected)`);
  console.log(`RSS before:            ${mb(before.rss)}`);
  console.log(`RSS after:             ${mb(after.rss)} (peak ${mb(after.peak)})`);
  console.log(
    `memory per connection: ${(perConnection / 1024).toFixed(1)} KB (RSS after - before), ` +
      `at most ${(perConnectionAtPeak / 1024).toFixed(1)} KB (peak - before)`,
  );
  console.log(
    `goal (>= ${GOAL_CONNECTIONS} connections in < 2 GB): ${met ? 'met' : 'NOT met'} ` +
      `(${N} connections, peak RSS ${mb(after.peak)}; at the peak rate 2 GB holds ~${Math.floor((GOAL_BYTES - before.rss) / perConnectionAtPeak)} connections)`,
  );
} catch (error) {
  console.error(`Parley's log:\n${parleyLog.slice(-20).join('\n')}`);
  throw error;
} finally {
  if (parley) await stop(parley.child);
  await store.remove();
}
