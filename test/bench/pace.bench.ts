// Pace benchmark: how closely each connection keeps its configured send rate (messages per minute; each send
// jittered by up to a quarter interval around a grid, the protection against bans). Prints figures; asserts
// nothing (exits 0 either way).
//
//   npm run bench:pace   (or: node --import tsx test/bench/pace.bench.ts)
//
// CONNECTIONS sandbox connections are linked, with send rates cycling through RATES per minute and no new-contact
// limit (this measures the pace alone). Each gets enough queued messages to last the whole window, while no
// worker runs; then a worker starts with pacing on, as in production, and after SECONDS the `sent_at` of every
// message is read. Per connection: the achieved rate over the window (sends after the first, over the time from
// the first to the last) against the configured one. Goal (issue): within ±5 %. The jitter does not accumulate,
// so the error is at most half an interval over the window: 1.25 % at 20/min over 60 s, 2.5 % at 10/min.
//
// Knobs: BENCH_CONNECTIONS (10), BENCH_SECONDS (60), BENCH_RATES (20,30,60). PostgreSQL at BENCH_POSTGRES_URL,
// Redis at BENCH_REDIS_URL (defaults: this machine's); everything is removed at the end.
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from '../helpers/client.js';
import { buildAccount } from '../helpers/factories.js';
import { linkSandbox } from '../helpers/sandbox-messaging.js';
import { achievedRate, createBenchStore, inPool, pct, errorSummary, reportFailure, running, serve, shutDown } from './support.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const RATES = (process.env.BENCH_RATES ?? '20,30,60').split(',').map(Number);
const GOAL = 0.05;
const postgresUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

const store = await createBenchStore(postgresUrl, redisUrl);
console.log(
  `pace benchmark: ${os.cpus().length} CPUs, node ${process.version}; ${CONNECTIONS} sandbox connections at ${RATES.join(', ')} messages/min, ` +
    `${SECONDS} s window; load average ${os.loadavg()[0]?.toFixed(2)}`,
);
try {
  const api = await serve('API node', 'parley', { ...store.parleyEnv, PARLEY_ROLE: 'api', API_RATE_LIMIT: '1000000' });
  const linker = await serve('worker (linking)', 'parley', { ...store.parleyEnv, PARLEY_ROLE: 'worker' });
  const client = new Client(api.url);
  const { key } = await buildAccount(client, { account_name: 'Pace bench' });
  const connections = await inPool(
    Array.from({ length: CONNECTIONS }, (_, i) => i),
    5,
    async (i) => {
      const rate = RATES[i % RATES.length]!;
      const connection = await linkSandbox(client, key, `+1202557${String(1000 + i).padStart(4, '0')}`, { send_rate: rate, new_contact_daily_limit: null });
      return { id: connection.id, rate };
    },
  );
  await shutDown(linker);

  // Enough for the window and a margin, to one recipient per connection (order per chat is kept, so one chat is a
  // plain queue).
  for (const [i, connection] of connections.entries()) {
    const count = Math.ceil((connection.rate * SECONDS) / 60) + 5;
    await inPool(
      Array.from({ length: count }, (_, n) => n),
      20,
      async (n) => {
        const response = await client.post('/v1/messages', { connection_id: connection.id, to: `+1415556${String(1000 + i).padStart(4, '0')}`, type: 'text', text: { body: `pace ${n}` } }, { key });
        if (response.status !== 202) throw new Error(`queue: ${response.status} ${JSON.stringify(response.body)}`);
      },
    );
  }
  console.log(`queued ${connections.reduce((sum, c) => sum + Math.ceil((c.rate * SECONDS) / 60) + 5, 0)} messages; starting a worker with pacing on`);

  const worker = await serve('worker (pacing)', 'parley', { ...store.parleyEnv, PARLEY_ROLE: 'worker' });
  const started = Date.now();
  await sleep(SECONDS * 1000 + 2_000);
  await shutDown(worker);
  await shutDown(api);

  const rows: Array<{ connection_id: string; sent_at: Date }> = await store.db('messages').whereNotNull('sent_at').orderBy('sent_at').select('connection_id', 'sent_at');
  const errors: number[] = [];
  console.log('connection                      configured   achieved   sends   error');
  for (const connection of connections) {
    const times = rows.filter((row) => row.connection_id === connection.id).map((row) => row.sent_at.getTime());
    const measured = achievedRate(times, SECONDS);
    if (!measured) {
      console.log(`${connection.id}  ${String(connection.rate).padStart(6)}/min   too few sends`);
      continue;
    }
    const { perMinute: achieved, window } = measured;
    const error = achieved / connection.rate - 1;
    errors.push(error);
    console.log(`${connection.id}  ${String(connection.rate).padStart(6)}/min  ${achieved.toFixed(2).padStart(7)}/min  ${String(window.length).padStart(5)}   ${pct(error)}`);
  }
  const { worst, mean, within } = errorSummary(errors, GOAL);
  console.log('\n=== pace benchmark ===');
  console.log(`window:            ${SECONDS} s after the worker started (${((Date.now() - started) / 1000).toFixed(0)} s until read)`);
  console.log(`connections:       ${errors.length} measured; ${within} within ±${GOAL * 100} % of their configured pace`);
  console.log(`error:             mean |error| ${(mean * 100).toFixed(1)} %, worst ${pct(worst)}; goal ±${GOAL * 100} %: ${within === errors.length && errors.length > 0 ? 'met' : 'NOT met'}`);
} catch (error) {
  reportFailure(error);
} finally {
  await Promise.all([...running].map((child) => shutDown(child)));
  await store.remove();
}
