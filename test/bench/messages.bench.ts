// Messages benchmark: how fast Parley accepts sends durably, beside the two limits under it, and how fast a
// worker drains queued messages. Prints figures; asserts nothing about speed (the run exits 0 either way).
//
//   npm run bench:messages   (or: node --import tsx test/bench/messages.bench.ts)
//
// Processes: this one is the load generator (autocannon, the same client for every HTTP figure) and reads
// the database; a bare Koa server, an API node (PARLEY_ROLE=api) and worker processes (PARLEY_ROLE=worker,
// MESSAGE_PACING=false) are children started through serve.ts, sharing a scratch database and Redis prefix.
//
// (a) Accepts: POST /v1/messages (text) with CLIENTS requests in flight for SECONDS after a warm-up, spread
//     over the linked sandbox connections and 10 recipients each (1,000 chats), twice: with no worker running
//     (accepting alone), and with a worker draining meanwhile (as a deployment does). Beside them, in the same
//     run: a bare Koa handler's requests/s (same client, concurrency and body), and single-row commits/s
//     (BEGIN; INSERT; COMMIT) over a knex pool of 10, the size of the pool Parley's API transactions use.
//     Every 202 is checked against the rows stored. Goals: accepts ≥ 50 % of the smaller limit alone, ≥ 40 % with a worker draining.
// (b) Drain: DRAIN_CONNECTIONS linked sandbox connections; DRAIN_MESSAGES messages queued through the API while
//     no worker runs, to recipients that are not sandbox connections; then a worker starts and the database is
//     polled until every message is `sent`, then `read`.
//
// PostgreSQL at BENCH_POSTGRES_URL and Redis at BENCH_REDIS_URL (defaults: this machine's); the database and
// the Redis keys are removed at the end. A shared PostgreSQL busy with other work lowers every figure.
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import knexFactory, { type Knex } from 'knex';
import { Client } from '../helpers/client.js';
import { buildAccount } from '../helpers/factories.js';
import { linkSandbox } from '../helpers/sandbox-messaging.js';
import { cpuPerRequest, createBenchStore, inPool, percentile, running, seconds, serve, shutDown, stop } from './support.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = 3;
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const DRAIN_CONNECTIONS = Number(process.env.BENCH_DRAIN_CONNECTIONS ?? 100);
const DRAIN_MESSAGES = Number(process.env.BENCH_DRAIN_MESSAGES ?? 10_000);
/** Parley's tenant pool (Database's default poolMax): every API transaction runs on it. */
const PARLEY_POOL_SIZE = 10;
const RECIPIENTS_PER_CONNECTION = 10;
/** Goals (issue 20): accepts alone ≥ 50 % of the smaller limit; with a worker draining on the same machine, ≥ 40 %. */
const GOAL_RATIO = 0.5;
const GOAL_RATIO_DRAINING = 0.4;
const DRAIN_TIMEOUT_MS = Number(process.env.BENCH_DRAIN_LIMIT_SECONDS ?? 120) * 1000;
const postgresUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

const perSecond = (count: number, ms: number) => count / (ms / 1000);
const rate = (value: number) => value.toFixed(0).padStart(6);

interface HttpFigures {
  requestsPerSecond: number;
  /** 2xx answers: of the measured run, and of the warm-up before it. */
  ok: number;
  warmupOk: number;
  failed: number;
  p50: number;
  p99: number;
}

/** A warm-up, then the measured run: CLIENTS connections, one request in flight on each. */
async function load(options: Omit<autocannon.Options, 'connections' | 'duration'>): Promise<HttpFigures> {
  const warmup = await autocannon({ ...options, connections: CLIENTS, duration: WARMUP_SECONDS });
  const result = await autocannon({ ...options, connections: CLIENTS, duration: SECONDS });
  return {
    requestsPerSecond: result['2xx'] / SECONDS,
    ok: result['2xx'],
    warmupOk: warmup['2xx'],
    failed: result.non2xx + result.errors + result.timeouts,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

const httpLine = (label: string, figures: HttpFigures) =>
  `${label.padEnd(44)} ${rate(figures.requestsPerSecond)}/s   p50 ${figures.p50} ms   p99 ${figures.p99} ms   failed ${figures.failed}`;

/** Single-row commits: CLIENTS lanes, each BEGIN; INSERT; COMMIT in turn, over a pool of PARLEY_POOL_SIZE. */
async function commitsPerSecond(databaseUrl: string): Promise<HttpFigures> {
  const db = knexFactory({ client: 'pg', connection: databaseUrl, pool: { min: PARLEY_POOL_SIZE, max: PARLEY_POOL_SIZE } });
  try {
    await db.raw('create table bench_commits (id bigserial primary key, payload jsonb not null, created_at timestamptz not null default now())');
    const payload = JSON.stringify({ body: 'benchmark message' });
    const run = async (ms: number) => {
      const latencies: number[] = [];
      const until = Date.now() + ms;
      await Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          while (Date.now() < until) {
            const started = performance.now();
            await db.transaction((trx) => trx('bench_commits').insert({ payload }));
            latencies.push(performance.now() - started);
          }
        }),
      );
      return latencies.sort((a, b) => a - b);
    };
    await run(WARMUP_SECONDS * 1000);
    const latencies = await run(SECONDS * 1000);
    const ms = (value: number) => Math.round(value);
    return { requestsPerSecond: latencies.length / SECONDS, ok: latencies.length, warmupOk: 0, failed: 0, p50: ms(percentile(latencies, 50)), p99: ms(percentile(latencies, 99)) };
  } finally {
    await db.destroy();
  }
}

const count = async (db: Knex, where: (query: Knex.QueryBuilder) => void): Promise<number> => {
  const query = db('messages').count({ n: '*' });
  where(query);
  return Number((await query.first())?.n ?? 0);
};

interface Reached {
  /** ms since `since` when every one was counted, or when the limit stopped the wait. */
  ms: number;
  count: number;
  complete: boolean;
}

/**
 * Polls `counted` every 100 ms until it reaches `goal`, or DRAIN_TIMEOUT_MS passes: then it says so and returns what
 * was reached by then, so the run still prints its figures (a benchmark that runs past its limit reports, not crashes).
 */
async function pollUntil(what: string, since: number, goal: number, counted: () => Promise<number>): Promise<Reached> {
  for (;;) {
    const count = await counted();
    const ms = Date.now() - since;
    if (count >= goal) return { ms, count, complete: true };
    if (ms > DRAIN_TIMEOUT_MS) {
      console.log(`${what}: stopped waiting after ${DRAIN_TIMEOUT_MS / 1000} s with ${count} of ${goal}; the figures below are for those ${count}`);
      return { ms, count, complete: false };
    }
    await sleep(100);
  }
}

/** "all 10000 sent after 12.3 s", or "4096 of 10000 sent by the 120 s limit". */
const reachedText = (reached: Reached, goal: number, verb: string) =>
  reached.complete ? `all ${goal} ${verb} after ${seconds(reached.ms)}` : `${reached.count} of ${goal} ${verb} by the ${DRAIN_TIMEOUT_MS / 1000} s limit`;

const store = await createBenchStore(postgresUrl, redisUrl);
const { db } = store;

/** Other work on the machine lowers every figure; the load average says how much there was. */
const loadAverage = () => os.loadavg()[0]?.toFixed(2);
const loadAtStart = loadAverage();
const pgVersion = ((await db.raw('show server_version')) as { rows: Array<{ server_version: string }> }).rows[0]?.server_version;
console.log(
  `messages benchmark: ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM, node ${process.version}, ` +
    `PostgreSQL ${pgVersion} at ${new URL(postgresUrl).host}, Redis ${redisUrl}; ${CLIENTS} requests in flight, ${WARMUP_SECONDS} s warm-up + ${SECONDS} s per HTTP figure; ` +
    `load average ${loadAtStart}`,
);
try {
  // --- The limits ---------------------------------------------------------------------------------------------
  const text = (i: number) => ({ type: 'text', text: { body: `benchmark message ${i}` } });
  const bare = await serve('bare Koa', 'bare');
  const bareFigures = await load({ url: bare.url, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(text(0)) });
  await shutDown(bare);
  console.log(httpLine('limit: bare Koa handler (POST, same body)', bareFigures));
  const commitFigures = await commitsPerSecond(store.parleyEnv.DATABASE_URL as string);
  console.log(httpLine(`limit: PostgreSQL 1-row commits (pool ${PARLEY_POOL_SIZE})`, commitFigures).replace('failed 0', `${CLIENTS} lanes`));
  const limit = Math.min(bareFigures.requestsPerSecond, commitFigures.requestsPerSecond);

  // --- Parley, linked -----------------------------------------------------------------------------------------
  const workerEnv = { ...store.parleyEnv, PARLEY_ROLE: 'worker', MESSAGE_PACING: 'false' };
  const api = await serve('API node', 'parley', {
    ...store.parleyEnv,
    PARLEY_ROLE: 'api',
    API_RATE_LIMIT: '1000000',
    PARLEY_PLANS: JSON.stringify({ enterprise: { limits: { connections: Math.max(DRAIN_CONNECTIONS, 10) } } }),
  });
  const linker = await serve('worker (linking)', 'parley', workerEnv);
  const client = new Client(api.url);
  const { key } = await buildAccount(client, { account_name: 'Messages bench' });
  const linkStarted = Date.now();
  // Distinct numbers: a scan that names none draws one of 10,000 at random, and two connections could meet.
  const connections = (
    await inPool(
      Array.from({ length: DRAIN_CONNECTIONS }, (_, i) => `+1202555${String(1000 + i).padStart(4, '0')}`),
      10,
      (phone) => linkSandbox(client, key, phone, { name: `bench ${phone}` }),
    )
  ).map((connection) => connection.id);
  console.log(`linked ${DRAIN_CONNECTIONS} sandbox connections in ${seconds(Date.now() - linkStarted)}`);
  // Graceful: its leases are handed back, so the next worker claims at once.
  await shutDown(linker);

  const recipients = Array.from({ length: RECIPIENTS_PER_CONNECTION }, (_, i) => `+1415555${String(2000 + i).padStart(4, '0')}`);
  /** Message i: connection i mod N, then the next recipient of that connection; so every chat gets a turn. */
  const bodyOf = (i: number) =>
    JSON.stringify({
      connection_id: connections[i % connections.length],
      to: recipients[Math.floor(i / connections.length) % recipients.length],
      ...text(i),
    });

  // --- (b) Drain --------------------------------------------------------------------------------------------
  const queueStarted = Date.now();
  await inPool(
    Array.from({ length: DRAIN_MESSAGES }, (_, i) => i),
    CLIENTS,
    async (i) => {
      const response = await client.post('/v1/messages', undefined, { key, raw: bodyOf(i), headers: { 'content-type': 'application/json' } });
      if (response.status !== 202) throw new Error(`queue message ${i}: ${response.status} ${JSON.stringify(response.body)}`);
    },
  );
  const queueMs = Date.now() - queueStarted;
  console.log(`queued ${DRAIN_MESSAGES} messages with no worker running in ${seconds(queueMs)} (${perSecond(DRAIN_MESSAGES, queueMs).toFixed(0)}/s, fetch, ${CLIENTS} in flight)`);

  const sentStatuses = ['sent', 'delivered', 'read'];
  const drainStarted = Date.now();
  const drainer = await serve('worker (draining)', 'parley', workerEnv);
  const upMs = Date.now() - drainStarted;
  const allSent = await pollUntil('every message sent', drainStarted, DRAIN_MESSAGES, () => count(db, (q) => q.whereIn('status', sentStatuses)));
  const allRead = await pollUntil('every message read', drainStarted, DRAIN_MESSAGES, () => count(db, (q) => q.where({ status: 'read' })));
  // Sent ones only: after a drain stopped by the limit, some connections may have sent fewer (or none).
  const perConnection: Array<{ n: string; first: Date; last: Date }> = await db('messages')
    .where({ direction: 'outbound' })
    .whereNotNull('sent_at')
    .groupBy('connection_id')
    .select(db.raw('count(*) as n'), db.raw('min(sent_at) as first'), db.raw('max(sent_at) as last'));
  const firstSent = Math.min(...perConnection.map((c) => c.first.getTime()));
  const lastSent = Math.max(...perConnection.map((c) => c.last.getTime()));
  const connectionRates = perConnection.map((c) => perSecond(Number(c.n), Math.max(1, c.last.getTime() - c.first.getTime()))).sort((a, b) => a - b);
  const finishes = perConnection.map((c) => c.last.getTime() - firstSent).sort((a, b) => a - b);
  const failedOrStuck = await count(db, (q) => q.where({ direction: 'outbound' }).whereNotIn('status', sentStatuses));
  console.log(
    `drain: worker process up (claimed) after ${seconds(upMs)}; ${reachedText(allSent, DRAIN_MESSAGES, 'sent')} from its start, ${reachedText(allRead, DRAIN_MESSAGES, 'read')}; ` +
      `first to last sent_at ${perConnection.length ? seconds(lastSent - firstSent) : 'none sent'}; ${failedOrStuck} not sent`,
  );
  if (perConnection.length === 0) console.log('drain per connection: no connection sent anything within the limit');
  else console.log(
    `drain per connection (${perConnection.length} connections, ${DRAIN_MESSAGES / DRAIN_CONNECTIONS} messages each): ` +
      `msgs/s min ${connectionRates[0]?.toFixed(1)}, p50 ${percentile(connectionRates, 50).toFixed(1)}, max ${connectionRates.at(-1)?.toFixed(1)}; ` +
      `done (last sent after the first send of the run) p50 ${seconds(percentile(finishes, 50))}, max ${seconds(finishes.at(-1) ?? Number.NaN)}`,
  );
  const drainRate = perSecond(allSent.count, allSent.ms);
  await shutDown(drainer);

  // --- (a) Accepts ------------------------------------------------------------------------------------------
  let next = 0;
  const parleyLoad = {
    url: `${api.url}/v1/messages`,
    method: 'POST' as const,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    requests: [{ setupRequest: (request: autocannon.Request) => ({ ...request, body: bodyOf(next++) }) }],
  };
  const accepted = async (label: string, server = api) => {
    const before = await count(db, () => undefined);
    // CPU per 202 of the API process and of PostgreSQL (warm-up and run): what the machine's 2 CPUs are spent on.
    const figures = await cpuPerRequest(server.child.pid!, async () => {
      const result = await load(parleyLoad);
      return { ...result, requests: result.ok + result.warmupOk };
    });
    // Durable means stored: every 202 has its row. A request still in flight when the clock stopped may have
    // committed without its answer being counted, so rows may exceed 202s by up to CLIENTS per run.
    const stored = (await count(db, () => undefined)) - before;
    const answered = figures.ok + figures.warmupOk;
    const durable = stored >= answered ? 'all stored' : `${answered - stored} 202s have NO stored message`;
    console.log(
      `${httpLine(label, figures)}   (${answered} 202s in warm-up + run, ${stored} rows stored: ${durable}); ` +
        `CPU per 202: API ${figures.serverUs.toFixed(0)} µs, PostgreSQL ${figures.postgresUs.toFixed(0)} µs; load ${figures.load}`,
    );
    return figures;
  };
  const alone = await accepted('Parley POST /v1/messages, no worker');
  // What counting costs: the same load on an API node that keeps no usage ledger (USAGE_LEDGER=false: no
  // messages-per-period counter, no ledger entry, no daily total), then on the counting node again, so a drift
  // of the machine during the run shows as a difference between the two counting figures.
  const apiEnv = { ...store.parleyEnv, PARLEY_ROLE: 'api', API_RATE_LIMIT: '1000000' };
  const uncounted = await serve('API node (USAGE_LEDGER=false)', 'parley', { ...apiEnv, USAGE_LEDGER: 'false' });
  parleyLoad.url = `${uncounted.url}/v1/messages`;
  const noLedger = await accepted('Parley POST /v1/messages, no worker, no ledger', uncounted);
  await shutDown(uncounted);
  parleyLoad.url = `${api.url}/v1/messages`;
  const aloneAgain = await accepted('Parley POST /v1/messages, no worker (again)');
  const draining = await serve('worker (draining during accepts)', 'parley', workerEnv);
  const sentBefore = await count(db, (q) => q.whereNotNull('sent_at'));
  const loadStarted = Date.now();
  const withWorker = await accepted('Parley POST /v1/messages, worker draining');
  const sentDuring = (await count(db, (q) => q.whereNotNull('sent_at'))) - sentBefore;
  const sentPerSecond = perSecond(sentDuring, Date.now() - loadStarted);
  await shutDown(draining);

  // --- Summary ------------------------------------------------------------------------------------------------
  console.log('');
  console.log('=== messages benchmark ===');
  console.log(
    `machine:                 ${os.cpus().length} CPUs, node ${process.version}, PostgreSQL ${pgVersion}; the load generator, API, worker and PostgreSQL share them; ` +
      `1-min load average ${loadAtStart} at the start, ${loadAverage()} at the end`,
  );
  console.log(`limit, bare Koa:         ${rate(bareFigures.requestsPerSecond)} requests/s (p50 ${bareFigures.p50} ms, p99 ${bareFigures.p99} ms)`);
  console.log(`limit, PG commits:       ${rate(commitFigures.requestsPerSecond)} commits/s, one INSERT each, pool ${PARLEY_POOL_SIZE} (p50 ${commitFigures.p50} ms, p99 ${commitFigures.p99} ms)`);
  const counted = (alone.requestsPerSecond + aloneAgain.requestsPerSecond) / 2;
  console.log(
    `usage ledger cost:       ${rate(noLedger.requestsPerSecond)} 202s/s without it, ${rate(alone.requestsPerSecond)} and ${rate(aloneAgain.requestsPerSecond)} with it (before and after): ` +
      `${((1 - counted / noLedger.requestsPerSecond) * 100).toFixed(1)} % slower (goal: under 5 %)`,
  );
  for (const [label, figures, goal] of [
    ['accepts, no worker:', alone, GOAL_RATIO],
    ['accepts, worker drains:', withWorker, GOAL_RATIO_DRAINING],
  ] as const) {
    const ratio = figures.requestsPerSecond / limit;
    console.log(
      `${label.padEnd(24)} ${rate(figures.requestsPerSecond)} 202s/s (p50 ${figures.p50} ms, p99 ${figures.p99} ms, ${figures.failed} failed); ` +
        `${(ratio * 100).toFixed(0)} % of min(limits) = ${limit.toFixed(0)}/s: goal (≥ ${goal * 100} %) ${ratio >= goal ? 'met' : 'NOT met'}`,
    );
  }
  console.log(`  the worker meanwhile:  ${rate(sentPerSecond)} sends/s (backlog from the run before; ${DRAIN_CONNECTIONS} connections)`);
  console.log(
    `drain:                   ${rate(drainRate)} messages/s (${DRAIN_MESSAGES} queued on ${DRAIN_CONNECTIONS} connections, from the worker's start ${reachedText(allSent, DRAIN_MESSAGES, 'sent')}, ` +
      `${reachedText(allRead, DRAIN_MESSAGES, 'read')}); per connection p50 ${percentile(connectionRates, 50).toFixed(1)} msgs/s`,
  );
  await shutDown(api);
} catch (error) {
  for (const started of running) console.error(`${started.name}'s last lines:\n${started.log.slice(-20).join('\n')}`);
  throw error;
} finally {
  for (const started of running) await stop(started.child);
  await store.remove();
}
