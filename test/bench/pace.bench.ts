// Pace benchmark: how closely each connection keeps its configured send rate (messages per minute; each send
// jittered by up to a quarter interval around a grid, the protection against bans), while the API accepts new
// sends meanwhile. Prints figures; asserts nothing (exits 0 either way), and prints what it measured even when a
// phase fails or runs past its limit.
//
//   npm run bench:pace   (or: node --import tsx test/bench/pace.bench.ts)
//   BENCH_CONNECTIONS=1000 BENCH_RATES=60 BENCH_ACCEPTS_PER_SECOND=100 npm run bench:pace   (issue 20, item 4)
//
// CONNECTIONS sandbox connections are linked, with send rates cycling through RATES per minute and no new-contact
// limit (this measures the pace alone). Each gets a backlog to last the whole window, while no worker runs: one
// message accepted through the API per connection, copied in SQL to the backlog's size (accepting 60,000 through
// the API would take minutes; the accept path has its own figures in bench:messages). Then a worker starts with
// pacing on, as in production, and for SECONDS the API accepts new sends at ACCEPTS_PER_SECOND, spread over the
// connections (to other recipients, so they queue behind nothing). Then the `sent_at` of every message is read.
// Per connection: the achieved rate over the window (sends after the first, over the time from the first to the
// last) against the configured one. Goal (issue): within ±5 % (60 ± 3 a minute). The jitter does not accumulate,
// so the error is at most half an interval over the window: 1.25 % at 20/min over 60 s, 2.5 % at 10/min.
// Also printed: the worker's and PostgreSQL's CPU over the window (PostgreSQL: every postgres process on this
// machine, whoever uses it) and the load average.
//
// Knobs: BENCH_CONNECTIONS (10), BENCH_SECONDS (60), BENCH_RATES (20,30,60), BENCH_ACCEPTS_PER_SECOND (20),
// BENCH_LINK_LIMIT_SECONDS (600: linking stops there and the run goes on with the connections linked by then).
// PostgreSQL at BENCH_POSTGRES_URL, Redis at BENCH_REDIS_URL (defaults: this machine's); everything is removed at
// the end.
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from '../helpers/client.js';
import { buildAccount } from '../helpers/factories.js';
import { linkSandbox } from '../helpers/sandbox-messaging.js';
import {
  achievedRate,
  cpuSecondsOf,
  createBenchStore,
  errorSummary,
  inPool,
  pct,
  percentile,
  postgresCpuSeconds,
  reportFailure,
  running,
  seconds,
  serve,
  shutDown,
  type ServerChild,
} from './support.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const RATES = (process.env.BENCH_RATES ?? '20,30,60').split(',').map(Number);
const ACCEPTS_PER_SECOND = Number(process.env.BENCH_ACCEPTS_PER_SECOND ?? 20);
const LINK_LIMIT_MS = Number(process.env.BENCH_LINK_LIMIT_SECONDS ?? 600) * 1000;
const GOAL = 0.05;
const postgresUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

const loadAverage = () =>
  os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' ');

/** What the run measured so far: printed at the end whatever happened. */
const measured: {
  linked: number;
  linkMs?: number;
  backlog?: number;
  window?: { ms: number; workerCpu: number; postgresCpu: number; loadAtStart: string; loadAtEnd: string };
  accepts?: { attempted: number; accepted: number; failed: number; latencies: number[]; firstError?: string };
  rates?: Array<{ id: string; rate: number; achieved?: number; sends: number }>;
  stoppedBy: string[];
} = { linked: 0, stoppedBy: [] };

const store = await createBenchStore(postgresUrl, redisUrl);
console.log(
  `pace benchmark: ${os.cpus().length} CPUs, node ${process.version}; ${CONNECTIONS} sandbox connections at ${RATES.join(', ')} messages/min, ` +
    `${SECONDS} s window, ${ACCEPTS_PER_SECOND} accepts/s meanwhile; load average ${loadAverage()}`,
);
try {
  const api = await serve('API node', 'parley', {
    ...store.parleyEnv,
    PARLEY_ROLE: 'api',
    API_RATE_LIMIT: '1000000',
    PARLEY_PLANS: JSON.stringify({ enterprise: { limits: { connections: Math.max(CONNECTIONS, 10) } } }),
  });
  const linker = await serve('worker (linking)', 'parley', { ...store.parleyEnv, PARLEY_ROLE: 'worker' });
  const client = new Client(api.url);
  const { key } = await buildAccount(client, { account_name: 'Pace bench' });
  const linkStarted = Date.now();
  const connections: Array<{ id: string; rate: number; index: number }> = [];
  await inPool(
    Array.from({ length: CONNECTIONS }, (_, i) => i),
    20,
    async (i) => {
      if (Date.now() - linkStarted > LINK_LIMIT_MS) return;
      const rate = RATES[i % RATES.length]!;
      const connection = await linkSandbox(client, key, `+1202557${String(1000 + i).padStart(4, '0')}`, { send_rate: rate, new_contact_daily_limit: null });
      connections.push({ id: connection.id, rate, index: i });
      measured.linked = connections.length;
    },
  ).catch((error: unknown) => measured.stoppedBy.push(`linking failed after ${connections.length}: ${error instanceof Error ? error.message : String(error)}`));
  measured.linkMs = Date.now() - linkStarted;
  if (connections.length < CONNECTIONS && Date.now() - linkStarted > LINK_LIMIT_MS) measured.stoppedBy.push(`linking stopped at its ${LINK_LIMIT_MS / 1000} s limit`);
  console.log(`linked ${connections.length} sandbox connections in ${seconds(measured.linkMs)}`);
  await shutDown(linker);

  // The backlog, to one recipient per connection (order per chat is kept, so one chat is a plain queue): one
  // message through the API, then copies of it in SQL (new ids and WhatsApp ids, queued, in order).
  await inPool(connections, 20, async (connection) => {
    const response = await client.post('/v1/messages', { connection_id: connection.id, to: `+1415556${String(1000 + connection.index).padStart(4, '0')}`, type: 'text', text: { body: 'pace 0' } }, { key });
    if (response.status !== 202) throw new Error(`queue: ${response.status} ${JSON.stringify(response.body)}`);
  });
  const copies = JSON.stringify(connections.map((connection) => ({ id: connection.id, n: Math.ceil((connection.rate * SECONDS) / 60) + 5 })));
  await store.db.raw(
    `insert into messages (id, account_id, mode, connection_id, chat_id, direction, type, status, from_phone, to_phone, peer_phone,
                           content, mentions, metadata, wa_message_id, attempts, created_at, updated_at)
     select t.id || '_' || lpad(g::text, 5, '0'), t.account_id, t.mode, t.connection_id, t.chat_id, t.direction, t.type, 'queued', t.from_phone,
            t.to_phone, t.peer_phone, jsonb_build_object('body', 'pace ' || g), t.mentions, t.metadata, t.wa_message_id || lpad(g::text, 5, '0'), 0, now(), now()
       from jsonb_to_recordset(?::jsonb) as c(id text, n integer)
       join messages t on t.connection_id = c.id and t.direction = 'outbound'
       cross join generate_series(1, c.n - 1) as g
      order by t.connection_id, g`,
    [copies],
  );
  measured.backlog = Number((await store.db('messages').where({ status: 'queued' }).count({ n: '*' }).first())?.n ?? 0);
  console.log(`queued ${measured.backlog} messages; starting a worker with pacing on and ${ACCEPTS_PER_SECOND} accepts/s through the API`);

  const worker: ServerChild = await serve('worker (pacing)', 'parley', { ...store.parleyEnv, PARLEY_ROLE: 'worker' });
  const started = Date.now();
  const cpuAtStart = { worker: cpuSecondsOf(worker.child.pid!), postgres: postgresCpuSeconds(), load: loadAverage() };
  const accepts = { attempted: 0, accepted: 0, failed: 0, latencies: [] as number[], firstError: undefined as string | undefined };
  measured.accepts = accepts;
  // The accept load: one request every 1/ACCEPTS_PER_SECOND s, each on its own (a slow answer does not delay the
  // next request), to recipients of their own.
  const inFlight = new Set<Promise<void>>();
  if (ACCEPTS_PER_SECOND > 0 && connections.length > 0) {
    const gapMs = 1000 / ACCEPTS_PER_SECOND;
    for (let i = 0; Date.now() - started < SECONDS * 1000; i++) {
      const due = started + i * gapMs;
      if (due > Date.now()) await sleep(due - Date.now());
      const connection = connections[i % connections.length]!;
      accepts.attempted += 1;
      const sentAt = performance.now();
      const request = client
        .post('/v1/messages', { connection_id: connection.id, to: `+1415558${String(i % 10_000).padStart(4, '0')}`, type: 'text', text: { body: `accept ${i}` } }, { key })
        .then(
          (response) => {
            if (response.status === 202) {
              accepts.accepted += 1;
              accepts.latencies.push(performance.now() - sentAt);
            } else {
              accepts.failed += 1;
              accepts.firstError ??= `${response.status} ${JSON.stringify(response.body).slice(0, 200)}`;
            }
          },
          (error: unknown) => {
            accepts.failed += 1;
            accepts.firstError ??= error instanceof Error ? error.message : String(error);
          },
        )
        .finally(() => inFlight.delete(request));
      inFlight.add(request);
    }
  } else {
    await sleep(SECONDS * 1000);
  }
  await sleep(Math.max(0, started + SECONDS * 1000 + 2_000 - Date.now()));
  measured.window = {
    ms: Date.now() - started,
    workerCpu: cpuSecondsOf(worker.child.pid!) - cpuAtStart.worker,
    postgresCpu: postgresCpuSeconds() - cpuAtStart.postgres,
    loadAtStart: cpuAtStart.load,
    loadAtEnd: loadAverage(),
  };
  await Promise.all(inFlight);
  await shutDown(worker);
  await shutDown(api);

  const rows: Array<{ connection_id: string; sent_at: Date }> = await store.db('messages')
    .where({ direction: 'outbound' })
    .whereNotNull('sent_at')
    .orderBy('sent_at')
    .select('connection_id', 'sent_at');
  const timesOf = new Map<string, number[]>();
  for (const row of rows) timesOf.set(row.connection_id, [...(timesOf.get(row.connection_id) ?? []), row.sent_at.getTime()]);
  measured.rates = connections.map((connection) => {
    const times = timesOf.get(connection.id) ?? [];
    const rate = achievedRate(times, SECONDS);
    return { id: connection.id, rate: connection.rate, achieved: rate?.perMinute, sends: rate?.window.length ?? times.length };
  });
} catch (error) {
  measured.stoppedBy.push(error instanceof Error ? error.message : String(error));
  reportFailure(error);
} finally {
  report();
  await Promise.all([...running].map((child) => shutDown(child)));
  await store.remove();
}

function report(): void {
  const rates = measured.rates ?? [];
  if (rates.length > 0) {
    // Every connection for a few dozen; beyond that the worst ten and the distribution.
    const errorOf = (r: { rate: number; achieved?: number }) => (r.achieved === undefined ? -1 : r.achieved / r.rate - 1);
    const shown = rates.length <= 30 ? rates : [...rates].sort((a, b) => Math.abs(errorOf(b)) - Math.abs(errorOf(a))).slice(0, 10);
    console.log(`connection                      configured   achieved   sends   error${rates.length > 30 ? '   (the 10 furthest from their pace)' : ''}`);
    for (const r of shown) {
      const achieved = r.achieved === undefined ? '  too few' : `${r.achieved.toFixed(2).padStart(7)}/min`;
      console.log(`${r.id}  ${String(r.rate).padStart(6)}/min  ${achieved}  ${String(r.sends).padStart(5)}   ${r.achieved === undefined ? '' : pct(errorOf(r))}`);
    }
  }
  const errors = rates.filter((r) => r.achieved !== undefined).map((r) => r.achieved! / r.rate - 1);
  const achievedSorted = rates.flatMap((r) => (r.achieved === undefined ? [] : [r.achieved])).sort((a, b) => a - b);
  const { worst, mean, within } = errorSummary(errors, GOAL);
  console.log('\n=== pace benchmark ===');
  console.log(`connections:       ${measured.linked} of ${CONNECTIONS} linked${measured.linkMs === undefined ? '' : ` in ${seconds(measured.linkMs)}`}; backlog ${measured.backlog ?? 'not queued'}`);
  if (measured.window) {
    const { ms, workerCpu, postgresCpu, loadAtStart, loadAtEnd } = measured.window;
    const sends = rates.reduce((sum, r) => sum + r.sends, 0);
    console.log(`window:            ${seconds(ms)} from the worker's start; ${sends} sends counted in the connections' windows`);
    console.log(
      `CPU over it:       worker ${workerCpu.toFixed(1)} s (${((workerCpu / ms) * 100_000).toFixed(0)} % of a core), PostgreSQL (all its processes on this machine) ` +
        `${postgresCpu.toFixed(1)} s (${((postgresCpu / ms) * 100_000).toFixed(0)} % of a core)${sends > 0 ? `; ${((workerCpu / sends) * 1e6).toFixed(0)} µs of worker CPU a send` : ''}`,
    );
    console.log(`load average:      ${loadAtStart} at the worker's start, ${loadAtEnd} at the window's end (1, 5, 15 min)`);
  }
  if (measured.accepts) {
    const { attempted, accepted, failed, latencies, firstError } = measured.accepts;
    const sorted = [...latencies].sort((a, b) => a - b);
    const windowSeconds = (measured.window?.ms ?? SECONDS * 1000) / 1000;
    console.log(
      `accepts meanwhile: ${accepted} of ${attempted} answered 202 (${(accepted / windowSeconds).toFixed(0)}/s, asked ${ACCEPTS_PER_SECOND}/s), ${failed} failed` +
        `${sorted.length ? `; p50 ${percentile(sorted, 50).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms` : ''}${firstError ? `; first failure: ${firstError}` : ''}`,
    );
  }
  if (errors.length > 0) {
    console.log(
      `achieved:          per connection min ${achievedSorted[0]!.toFixed(2)}, p50 ${percentile(achievedSorted, 50).toFixed(2)}, max ${achievedSorted.at(-1)!.toFixed(2)} a minute`,
    );
    console.log(`within the goal:   ${within} of ${rates.length} connections within ±${GOAL * 100} % of their configured pace (${rates.length - errors.length} with too few sends)`);
    console.log(`error:             mean |error| ${(mean * 100).toFixed(1)} %, worst ${pct(worst)}; goal ±${GOAL * 100} %: ${within === rates.length && rates.length > 0 ? 'met' : 'NOT met'}`);
  } else {
    console.log('achieved:          nothing measured');
  }
  for (const reason of measured.stoppedBy) console.log(`stopped early:     ${reason}`);
}
