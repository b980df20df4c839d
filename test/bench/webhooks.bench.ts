// Webhooks benchmark: how fast a worker's dispatcher delivers webhooks, and how long an event waits for its
// delivery, beside the local limit under it. Prints figures; asserts nothing about speed (the run exits 0
// either way, unless something fails outright).
//
//   npm run bench:webhooks   (or: node --import tsx test/bench/webhooks.bench.ts)
//
// Processes: this one writes events straight into the database and does the bookkeeping; a receiver (a plain
// node:http server, webhook-receiver.ts) stands in for every endpoint, in a child process of its own unless
// BENCH_RECEIVER=inline; an API node (only while accounts and endpoints are created, through the API, so the
// secrets are real) and a worker (PARLEY_ROLE=worker, whose WebhookDispatcher does the delivering, as in
// production) are children started through serve.ts, sharing a scratch database and Redis prefix.
//
// Setup: ENDPOINTS accounts with one endpoint each (an account may have 20 per mode), all on the receiver,
// subscribed to message.received. Events go round-robin over the accounts, so each event has one delivery.
//
// (0) Limit: the engine's own HTTP client (WebhookClient, signing with the engine's Signer) POSTs EVENTS signed
//     bodies to the receiver with the dispatcher's concurrency (256 in flight over 64 keep-alive sockets to one
//     origin), no database: the rate the machine allows with this receiver and this client.
// (a) Burst: EVENTS events inserted in ONE transaction while the worker runs, so all their deliveries become
//     due at the commit: deliveries/s from the first receipt to the last is the rate of draining a backlog.
// (b) Stream: RATE events/s for SECONDS, written as a service writes them: small transactions (RATE / 100 events
//     every 10 ms, on a pool of 4 connections). Latency = receipt time at the receiver − the event's created_at
//     (clock_timestamp() at its insert; both on this machine's clock), so it includes the commit, the NOTIFY,
//     the claim, signing, the POST and the receiver reading the body.
// Every phase checks that each (event, endpoint) arrived exactly once and that every signature verifies.
// Goal (issue): ≥ 2,000 deliveries/s and p99 event-to-delivery latency under 250 ms.
//
// Knobs: BENCH_EVENTS (20000), BENCH_ENDPOINTS (100), BENCH_RATE (2000 events/s), BENCH_SECONDS (10),
// BENCH_WARMUP (1000 events, not counted), BENCH_RECEIVER (child | inline), BENCH_NODE_ARGS (flags for the API
// node and the worker, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`). The receiver is a child by default: inline,
// it shares an event loop with the inserts and the bookkeeping, and in a comparison run on 2 CPUs the stream's
// p50 latency doubled (46 ms against 17-28 ms), which is the benchmark's own cost, not Parley's.
// Each phase prints the CPU its processes used (PostgreSQL: this database's backends) and what everything else
// on the machine took meanwhile: other work on a shared machine lowers every figure.
//
// PostgreSQL at BENCH_POSTGRES_URL and Redis at BENCH_REDIS_URL (defaults: this machine's); the database, the
// Redis keys and the child processes are removed at the end, also when the run fails or is interrupted.
import os from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import knexFactory, { type Knex } from 'knex';
import { WebhookClient } from '../../webhooks/post.js';
import { Signer } from '../../webhooks/signing.js';
import { Client } from '../helpers/client.js';
import { buildAccount } from '../helpers/factories.js';
import { createBenchStore, inPool, percentile, running, seconds, serve, shutDown, stop } from './support.js';
import { startBenchReceiver, type BenchReceiver, type Receipts } from './webhook-receiver.js';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 20_000);
const ENDPOINTS = Number(process.env.BENCH_ENDPOINTS ?? 100);
const RATE = Number(process.env.BENCH_RATE ?? 2_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_EVENTS = Number(process.env.BENCH_WARMUP ?? 1_000);
const RECEIVER = process.env.BENCH_RECEIVER === 'inline' ? 'inline' : 'child';
const TICK_MS = 10;
const STREAM_POOL = 4;
/** WebhookDispatcher's defaults (maxInFlight, and maxPerEndpoint × 4 sockets per origin), for the limit run. */
const DISPATCHER_IN_FLIGHT = 256;
const DISPATCHER_SOCKETS = 64;
const RATE_GOAL = 2_000;
const P99_GOAL_MS = 250;
/** A phase ends when everything arrived, or when nothing arrived for this long. */
const STALL_MS = 30_000;
const EVENT_TYPE = 'message.received';
const postgresUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

const perSecond = (count: number, ms: number) => count / (ms / 1000);
const ms = (value: number) => `${value.toFixed(1)} ms`;
const verdict = (met: boolean) => (met ? 'met' : 'NOT met');

/** CPU seconds a process has used (user + system), from /proc (Linux only). */
function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The PostgreSQL backends serving `database` (their titles name it), to count their CPU time as one. */
function backendsOf(database: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(` ${database} `);
      } catch {
        return false;
      }
    })
    .map(Number);
}

const cpuSecondsOfAll = (pids: number[]) =>
  pids.reduce((sum, pid) => {
    try {
      return sum + cpuSecondsOf(pid);
    } catch {
      // A backend that ended meanwhile took its time with it; the figure is a lower bound.
      return sum;
    }
  }, 0);

/** Busy and total CPU time of the whole machine, from /proc/stat, to tell how much of the machine a phase used. */
function machineCpu(): { busy: number; total: number } {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const numbers = values.map(Number);
  const idle = (numbers[3] ?? 0) + (numbers[4] ?? 0);
  const total = numbers.reduce((sum, value) => sum + value, 0);
  return { busy: total - idle, total };
}

/**
 * What each process, this run's PostgreSQL backends and the machine spent while `work` ran, as a share of one
 * CPU (processes) or of all (machine): the machine's busy share beyond the processes named is other work.
 */
async function measuringCpu<T>(pids: Record<string, number>, work: () => Promise<T>): Promise<{ result: T; cpu: string }> {
  const processes = Object.entries(pids).map(([name, pid]) => ({ name, pids: [pid] }));
  processes.push({ name: 'PostgreSQL', pids: backendsOf(databaseName) });
  const before = processes.map((process) => cpuSecondsOfAll(process.pids));
  const machineBefore = machineCpu();
  const started = performance.now();
  const result = await work();
  const elapsed = (performance.now() - started) / 1000;
  const machineAfter = machineCpu();
  const shares = processes.map(({ pids }, i) => ((cpuSecondsOfAll(pids) - before[i]!) / elapsed) * 100);
  const machine = ((machineAfter.busy - machineBefore.busy) / (machineAfter.total - machineBefore.total)) * 100;
  const others = machine * os.cpus().length - shares.reduce((sum, share) => sum + share, 0);
  const named = processes.map(({ name }, i) => `${name} ${shares[i]!.toFixed(0)} %`).join(', ');
  return { result, cpu: `CPU (% of one core): ${named}, everything else ${Math.max(0, others).toFixed(0)} %; machine ${machine.toFixed(0)} % busy` };
}

interface Endpoint {
  id: string;
  accountId: string;
  path: string;
}

/** The body of one event, as Parley presents it (about the size of a real message.received). */
function messageObject(i: number) {
  return {
    id: `msg_bench${String(i).padStart(8, '0')}`,
    object: 'message',
    connection_id: 'conn_01JBENCHMARKCONNECTION00',
    direction: 'inbound',
    from: '+14155550100',
    to: '+12025550100',
    type: 'text',
    text: { body: 'Hello! Is the order I placed yesterday on its way? It was number 4711.' },
    status: 'received',
    whatsapp_message_id: '3EB0C767D26F4A1B2C3D',
    created_at: new Date().toISOString(),
  };
}

const store = await createBenchStore(postgresUrl, redisUrl);
let receiver: BenchReceiver | undefined;
let streamDb: Knex | undefined;
let cleaning: Promise<void> | undefined;
const cleanUp = () =>
  (cleaning ??= (async () => {
    for (const started of running) await stop(started.child);
    await receiver?.close();
    await streamDb?.destroy();
    await store.remove();
  })());
// Ctrl-C must not leave a scratch database and a worker behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  });
}

const { db } = store;
const databaseUrl = store.parleyEnv.DATABASE_URL as string;
const databaseName = new URL(databaseUrl).pathname.slice(1);
const pgVersion = ((await db.raw('show server_version')) as { rows: Array<{ server_version: string }> }).rows[0]?.server_version;
const loadAverage = () => os.loadavg()[0]?.toFixed(2);
const loadAtStart = loadAverage();
console.log(
  `webhooks benchmark: ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), node ${process.version}, PostgreSQL ${pgVersion} at ${new URL(postgresUrl).host}; ` +
    `${ENDPOINTS} endpoints on one local receiver (${RECEIVER === 'child' ? 'a child process' : 'in this process'}); ` +
    `burst ${EVENTS} events, stream ${RATE}/s for ${SECONDS} s; load average ${loadAtStart}`,
);

/** Inserts events first..first+count-1 in one statement (the trigger fans each out), round-robin over the accounts. */
async function insertEvents(conn: Knex | Knex.Transaction, accountIds: string[], first: number, count: number): Promise<Array<{ id: string; at: number }>> {
  const template = { object: messageObject(0) };
  const { rows } = (await conn.raw(
    `insert into events (id, account_id, mode, type, data)
     select parley_new_id('evt'), (?::text[])[1 + g % ?], 'test', ?, jsonb_set(?::jsonb, '{object,id}', to_jsonb('msg_bench' || lpad(g::text, 8, '0')))
       from generate_series(?::int, ?::int) g
     returning id, extract(epoch from created_at) * 1000 as at`,
    [accountIds, accountIds.length, EVENT_TYPE, JSON.stringify(template), first, first + count - 1],
  )) as { rows: Array<{ id: string; at: string }> };
  return rows.map((row) => ({ id: row.id, at: Number(row.at) }));
}

/** Waits until `expected` deliveries arrived (or none did for STALL_MS), then takes them. */
async function collect(expected: number): Promise<Receipts> {
  let seen = 0;
  let progressAt = Date.now();
  for (;;) {
    const count = await receiver!.count();
    if (count >= expected) break;
    if (count > seen) {
      seen = count;
      progressAt = Date.now();
    } else if (Date.now() - progressAt > STALL_MS) {
      console.error(`  stalled: ${count} of ${expected} deliveries arrived, none in the last ${STALL_MS / 1000} s`);
      break;
    }
    await sleep(20);
  }
  // Anything sent twice would most likely follow within moments.
  await sleep(500);
  return receiver!.take();
}

interface Checked {
  received: number;
  duplicates: number;
  missing: number;
  unexpected: number;
  verified: number;
  rejected: number;
  /** Event-to-delivery latencies, sorted, first receipt of each (event, endpoint). */
  latencies: number[];
  firstAt: number;
  lastAt: number;
}

/** Compares the receipts with every (event, endpoint) the events should reach, worked out from the endpoints, not from the deliveries. */
async function check(events: Array<{ id: string; at: number }>, endpoints: Endpoint[], receipts: Receipts): Promise<Checked> {
  const pathById = new Map(endpoints.map((endpoint) => [endpoint.id, endpoint.path]));
  const createdAt = new Map(events.map((event) => [event.id, event.at]));
  const pairs = (await db.raw(
    `select ev.id as event_id, w.id as endpoint_id from events ev
       join webhook_endpoints w on w.account_id = ev.account_id and w.mode = ev.mode and w.enabled
        and (w.events @> jsonb_build_array(ev.type) or w.events @> '["*"]')
      where ev.id = any(?)`,
    [events.map((event) => event.id)],
  )) as { rows: Array<{ event_id: string; endpoint_id: string }> };
  const expected = new Set(pairs.rows.map((row) => `${row.event_id} ${pathById.get(row.endpoint_id)}`));
  const seen = new Map<string, number>();
  let duplicates = 0;
  let unexpected = 0;
  const latencies: number[] = [];
  receipts.webhookIds.forEach((webhookId, i) => {
    const key = `${webhookId} ${receipts.paths[i]}`;
    if (!expected.has(key)) {
      unexpected += 1;
      return;
    }
    if (seen.has(key)) {
      duplicates += 1;
      return;
    }
    seen.set(key, receipts.receivedAt[i]!);
    latencies.push(receipts.receivedAt[i]! - createdAt.get(webhookId)!);
  });
  return {
    received: receipts.webhookIds.length,
    duplicates,
    missing: expected.size - seen.size,
    unexpected,
    verified: receipts.verified,
    rejected: receipts.rejected,
    latencies: latencies.sort((a, b) => a - b),
    // Not Math.min(...): a large BENCH_EVENTS would overflow the argument list.
    firstAt: receipts.receivedAt.reduce((min, at) => Math.min(min, at), Number.POSITIVE_INFINITY),
    lastAt: receipts.receivedAt.reduce((max, at) => Math.max(max, at), Number.NEGATIVE_INFINITY),
  };
}

const integrity = (c: Checked) =>
  `${c.received} received, ${c.duplicates} duplicates, ${c.missing} missing, ${c.unexpected} unexpected; signatures: ${c.verified} verified, ${c.rejected} rejected`;
const latencyLine = (sorted: number[]) =>
  `p50 ${ms(percentile(sorted, 50))}, p99 ${ms(percentile(sorted, 99))}, max ${ms(sorted.at(-1) ?? Number.NaN)}`;

try {
  receiver = await startBenchReceiver(RECEIVER);

  // --- Accounts and endpoints, through the API ------------------------------------------------------------------
  const setupStarted = Date.now();
  const api = await serve('API node', 'parley', {
    ...store.parleyEnv,
    PARLEY_ROLE: 'api',
    API_RATE_LIMIT: '1000000',
    PUBLIC_RATE_LIMIT: '1000000',
    WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
  });
  const client = new Client(api.url);
  const endpoints = await inPool(
    Array.from({ length: ENDPOINTS }, (_, i) => i),
    10,
    async (i): Promise<Endpoint & { secret: string }> => {
      const owner = await buildAccount(client, { account_name: `Webhooks bench ${i}` });
      const path = `/e/${i}`;
      const response = await client.post('/v1/webhook-endpoints', { url: `${receiver!.url}${path}`, events: [EVENT_TYPE] }, { key: owner.key });
      if (response.status !== 201) throw new Error(`create endpoint ${i}: ${response.status} ${JSON.stringify(response.body)}`);
      const body = response.body as { id: string; secret: string };
      return { id: body.id, accountId: owner.account.id, path, secret: body.secret };
    },
  );
  await shutDown(api);
  await receiver.setSecrets(Object.fromEntries(endpoints.map((endpoint) => [endpoint.path, endpoint.secret])));
  const accountIds = endpoints.map((endpoint) => endpoint.accountId);
  console.log(`set up ${ENDPOINTS} accounts with one endpoint each through the API in ${seconds(Date.now() - setupStarted)}`);

  // --- (0) The limit: the engine's client against the receiver, no database -------------------------------------
  const limitClient = new WebhookClient(() => true, 15_000, DISPATCHER_SOCKETS);
  const signer = new Signer();
  const limitBody = JSON.stringify({ id: 'evt_bench', object: 'event', type: EVENT_TYPE, created_at: new Date().toISOString(), data: { object: messageObject(0) } });
  const postSigned = async (i: number) => {
    const endpoint = endpoints[i % endpoints.length]!;
    const webhookId = `evt_limit${i}`;
    const started = performance.now();
    const result = await limitClient.post(`${receiver!.url}${endpoint.path}`, signer.headers([endpoint.secret], webhookId, new Date(), limitBody), limitBody);
    if (result.error) throw new Error(`limit run: ${result.error}`);
    return performance.now() - started;
  };
  await inPool(Array.from({ length: WARMUP_EVENTS }, (_, i) => i), DISPATCHER_IN_FLIGHT, postSigned);
  await receiver.take();
  const limitStarted = performance.now();
  const { result: limitLatencies, cpu: limitCpu } = await measuringCpu({ receiver: receiver.pid, 'client (this process)': process.pid }, () =>
    inPool(Array.from({ length: EVENTS }, (_, i) => i), DISPATCHER_IN_FLIGHT, postSigned),
  );
  const limitRate = perSecond(EVENTS, performance.now() - limitStarted);
  limitLatencies.sort((a, b) => a - b);
  limitClient.close();
  const limitReceipts = await receiver.take();
  console.log(
    `(0) limit: engine client -> receiver, ${EVENTS} signed POSTs, ${DISPATCHER_IN_FLIGHT} in flight over ${DISPATCHER_SOCKETS} sockets: ` +
      `${limitRate.toFixed(0)}/s; request latency ${latencyLine(limitLatencies)}; signatures ${limitReceipts.verified} verified, ${limitReceipts.rejected} rejected`,
  );
  console.log(`    ${limitCpu}`);

  // --- The worker -------------------------------------------------------------------------------------------------
  const worker = await serve('worker', 'parley', { ...store.parleyEnv, PARLEY_ROLE: 'worker', WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' });
  const pids = { worker: worker.child.pid!, receiver: receiver.pid, 'this process': process.pid };
  let nextEvent = 0;
  const events = async (conn: Knex | Knex.Transaction, count: number) => {
    const inserted = await insertEvents(conn, accountIds, nextEvent, count);
    nextEvent += count;
    return inserted;
  };

  // Warm-up: the dispatcher's first deliveries open secrets, parse them and compile its hot paths.
  const warmup = await events(db, WARMUP_EVENTS);
  const warmupChecked = await check(warmup, endpoints, await collect(warmup.length));
  console.log(`warm-up: ${WARMUP_EVENTS} events, ${integrity(warmupChecked)}`);

  // --- (a) Burst ----------------------------------------------------------------------------------------------------
  const insertStarted = performance.now();
  let committedAt = 0;
  const { result: burst, cpu: burstCpu } = await measuringCpu(pids, async () => {
    const inserted = await db.transaction((trx) => events(trx, EVENTS));
    committedAt = performance.timeOrigin + performance.now();
    return check(inserted, endpoints, await collect(inserted.length));
  });
  const insertMs = committedAt - performance.timeOrigin - insertStarted;
  const burstRate = perSecond(burst.received - burst.duplicates - burst.unexpected, burst.lastAt - burst.firstAt);
  console.log(
    `(a) burst: ${EVENTS} events inserted in one transaction in ${seconds(insertMs)}; commit -> first receipt ${ms(burst.firstAt - committedAt)}, ` +
      `-> last ${seconds(burst.lastAt - committedAt)}; ${burstRate.toFixed(0)} deliveries/s first to last receipt; ` +
      `event -> delivery (waiting for the commit and the backlog ahead) ${latencyLine(burst.latencies)}`,
  );
  console.log(`    ${integrity(burst)}`);
  console.log(`    ${burstCpu}`);

  // --- (b) Stream ---------------------------------------------------------------------------------------------------
  streamDb = knexFactory({ client: 'pg', connection: databaseUrl, pool: { min: STREAM_POOL, max: STREAM_POOL } });
  // Every connection open before the clock starts, and each one's backend counted in the CPU figures.
  await Promise.all(Array.from({ length: STREAM_POOL }, () => streamDb!.raw('select pg_sleep(0.05)')));
  const perTick = Math.max(1, Math.round((RATE * TICK_MS) / 1000));
  const ticks = Math.round((RATE * SECONDS) / perTick);
  const inserts: Array<Promise<Array<{ id: string; at: number }>>> = [];
  const insertLatencies: number[] = [];
  const { result: stream, cpu: streamCpu } = await measuringCpu(pids, async () => {
    const started = performance.now();
    // Open loop: tick k is written at started + k × TICK_MS whatever the earlier ticks are doing, as traffic
    // arriving from outside would be; a slow insert queues on the pool instead of slowing the offered rate.
    for (let tick = 0; tick < ticks; tick += 1) {
      const due = started + tick * TICK_MS;
      const wait = due - performance.now();
      if (wait > 1) await sleep(wait);
      const sent = performance.now();
      inserts.push(events(streamDb!, perTick).then((rows) => (insertLatencies.push(performance.now() - sent), rows)));
    }
    const inserted = (await Promise.all(inserts)).flat();
    const offeredMs = performance.now() - started;
    return { offeredMs, inserted, checked: await check(inserted, endpoints, await collect(inserted.length)) };
  });
  const streamed = stream.checked;
  const offeredRate = perSecond(stream.inserted.length, stream.offeredMs);
  const streamRate = perSecond(streamed.received - streamed.duplicates - streamed.unexpected, streamed.lastAt - streamed.firstAt);
  insertLatencies.sort((a, b) => a - b);
  console.log(
    `(b) stream: ${stream.inserted.length} events offered at ${offeredRate.toFixed(0)}/s (${perTick} per transaction every ${TICK_MS} ms, insert ${latencyLine(insertLatencies)}); ` +
      `delivered at ${streamRate.toFixed(0)}/s; event -> delivery ${latencyLine(streamed.latencies)}`,
  );
  console.log(`    ${integrity(streamed)}`);
  console.log(`    ${streamCpu}`);

  const attempts = (await db.raw(
    `select count(*) filter (where error is null) as ok, count(*) filter (where error is not null) as failed,
            (select count(*) from webhook_deliveries where status <> 'succeeded') as unfinished
       from webhook_attempts`,
  )) as { rows: Array<{ ok: string; failed: string; unfinished: string }> };
  const logged = attempts.rows[0]!;
  await shutDown(worker);

  // --- Summary --------------------------------------------------------------------------------------------------------
  const clean = (c: Checked) => c.duplicates === 0 && c.missing === 0 && c.unexpected === 0 && c.rejected === 0;
  console.log('');
  console.log('=== webhooks benchmark ===');
  console.log(
    `machine:              ${os.cpus().length} CPUs, node ${process.version}, PostgreSQL ${pgVersion}; receiver, worker, PostgreSQL and this process share them; ` +
      `1-min load average ${loadAtStart} at the start, ${loadAverage()} at the end`,
  );
  console.log(`limit (no database):  ${limitRate.toFixed(0).padStart(6)} POSTs/s, engine client -> receiver (request p50 ${ms(percentile(limitLatencies, 50))}, p99 ${ms(percentile(limitLatencies, 99))})`);
  console.log(
    `burst:                ${burstRate.toFixed(0).padStart(6)} deliveries/s draining ${EVENTS}; goal ≥ ${RATE_GOAL}/s ${verdict(burstRate >= RATE_GOAL)}; ` +
      `${((burstRate / limitRate) * 100).toFixed(0)} % of the limit; exactly once: ${clean(burst) ? 'yes' : 'NO'}`,
  );
  const p99 = percentile(streamed.latencies, 99);
  console.log(
    `stream:               ${offeredRate.toFixed(0).padStart(6)} events/s offered, ${streamRate.toFixed(0)} deliveries/s; event -> delivery p50 ${ms(percentile(streamed.latencies, 50))}, ` +
      `p99 ${ms(p99)} (goal < ${P99_GOAL_MS} ms ${verdict(p99 < P99_GOAL_MS)}), max ${ms(streamed.latencies.at(-1) ?? Number.NaN)}; exactly once: ${clean(streamed) ? 'yes' : 'NO'}`,
  );
  console.log(`attempts logged:      ${logged.ok} succeeded, ${logged.failed} failed; ${logged.unfinished} deliveries not succeeded`);
} catch (error) {
  for (const started of running) console.error(`${started.name}'s last lines:\n${started.log.slice(-20).join('\n')}`);
  throw error;
} finally {
  await cleanUp();
}
