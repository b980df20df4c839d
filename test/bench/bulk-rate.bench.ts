// Bulk job rate benchmark: how closely a job keeps its own `rate` (messages per minute across its connections)
// when its connections could go faster. Prints figures; asserts nothing (exits 0 either way).
//
//   npm run bench:bulk-rate   (or: node --import tsx test/bench/bulk-rate.bench.ts)
//
// One job per configured rate in BENCH_JOB_RATES, each over CONNECTIONS sandbox connections of its own at
// CONNECTION_RATE messages/min with no new-contact limit, so each job's connections together are faster than its
// rate and the rate alone sets the pace. WORKERS workers (pacing on, as in production) step the jobs together,
// sharing each job's allowance through its row. After SECONDS the `sent_at` of every message is read. Per job:
// the achieved rate over the window (sends after the first, over the time from the first to the last) against
// the configured one, and the most sends in any 10 s against the rate's 10 s share (a burst shows there).
//
// Knobs: BENCH_JOB_RATES (30,90,150), BENCH_CONNECTIONS (3), BENCH_CONNECTION_RATE (60), BENCH_WORKERS (2),
// BENCH_SECONDS (60). PostgreSQL at BENCH_POSTGRES_URL, Redis at BENCH_REDIS_URL (defaults: this machine's);
// everything is removed at the end.
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from '../helpers/client.js';
import { buildAccount } from '../helpers/factories.js';
import { linkSandbox } from '../helpers/sandbox-messaging.js';
import { achievedRate, createBenchStore, inPool, pct, errorSummary, reportFailure, running, serve, shutDown } from './support.js';

const JOB_RATES = (process.env.BENCH_JOB_RATES ?? '30,90,150').split(',').map(Number);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 3);
const CONNECTION_RATE = Number(process.env.BENCH_CONNECTION_RATE ?? 60);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const GOAL = 0.05;
const postgresUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

const store = await createBenchStore(postgresUrl, redisUrl);
console.log(
  `bulk rate benchmark: ${os.cpus().length} CPUs, node ${process.version}; jobs at ${JOB_RATES.join(', ')} messages/min, each over ` +
    `${CONNECTIONS} connections at ${CONNECTION_RATE}/min; ${WORKERS} workers; ${SECONDS} s window; load average ${os.loadavg()[0]?.toFixed(2)}`,
);
try {
  const api = await serve('API node', 'parley', { ...store.parleyEnv, PARLEY_ROLE: 'api', API_RATE_LIMIT: '1000000' });
  const linker = await serve('worker (linking)', 'parley', { ...store.parleyEnv, PARLEY_ROLE: 'worker' });
  const client = new Client(api.url);
  const { key } = await buildAccount(client, { account_name: 'Bulk rate bench' });
  const connectionIds = await inPool(
    Array.from({ length: JOB_RATES.length * CONNECTIONS }, (_, i) => i),
    5,
    async (i) => (await linkSandbox(client, key, `+1202558${String(1000 + i).padStart(4, '0')}`, { send_rate: CONNECTION_RATE, new_contact_daily_limit: null })).id,
  );
  await shutDown(linker);

  const workers = [];
  for (let i = 0; i < WORKERS; i++) workers.push(await serve(`worker ${i + 1}`, 'parley', { ...store.parleyEnv, PARLEY_ROLE: 'worker' }));
  // Let the workers take the connections over before the jobs start, so the window measures the rate alone.
  await sleep(5_000);
  const jobs = [];
  for (const [j, rate] of JOB_RATES.entries()) {
    const count = Math.ceil((rate * SECONDS) / 60) + 10;
    const response = await client.post<{ id: string }>(
      '/v1/bulk-jobs',
      {
        connection_ids: connectionIds.slice(j * CONNECTIONS, (j + 1) * CONNECTIONS),
        type: 'text',
        text: { body: 'rate bench' },
        recipients: Array.from({ length: count }, (_, n) => ({ to: `+1415557${j}${String(n).padStart(3, '0')}` })),
        rate,
      },
      { key },
    );
    if (response.status !== 201) throw new Error(`create: ${response.status} ${JSON.stringify(response.body)}`);
    jobs.push({ id: response.body.id, rate, count });
  }
  console.log(`created ${jobs.length} jobs with ${jobs.reduce((sum, job) => sum + job.count, 0)} recipients`);
  const started = Date.now();
  await sleep(SECONDS * 1000 + 5_000);
  for (const worker of workers) await shutDown(worker);
  await shutDown(api);

  const rows: Array<{ bulk_job_id: string; sent_at: Date }> = await store.db('messages').whereNotNull('sent_at').whereNotNull('bulk_job_id').orderBy('sent_at').select('bulk_job_id', 'sent_at');
  const errors: number[] = [];
  console.log('configured   achieved   sends   error    most sends in 10 s (rate allows)');
  for (const job of jobs) {
    const times = rows.filter((row) => row.bulk_job_id === job.id).map((row) => row.sent_at.getTime());
    const measured = achievedRate(times, SECONDS);
    if (!measured) {
      console.log(`${String(job.rate).padStart(6)}/min   too few sends`);
      continue;
    }
    const { perMinute: achieved, window } = measured;
    const error = achieved / job.rate - 1;
    errors.push(error);
    let most = 0;
    for (const [i, t] of window.entries()) most = Math.max(most, window.filter((u, k) => k >= i && u - t < 10_000).length);
    console.log(
      `${String(job.rate).padStart(6)}/min  ${achieved.toFixed(2).padStart(7)}/min  ${String(window.length).padStart(5)}   ${pct(error).padStart(7)}   ${String(most).padStart(4)} (${((job.rate * 10) / 60).toFixed(1)})`,
    );
  }
  const { worst, within } = errorSummary(errors, GOAL);
  console.log('\n=== bulk rate benchmark ===');
  console.log(`window:            ${SECONDS} s from each job's first send (${((Date.now() - started) / 1000).toFixed(0)} s until read)`);
  console.log(`jobs:              ${errors.length} measured; ${within} within ±${GOAL * 100} % of their configured rate; worst ${pct(worst)}`);
} catch (error) {
  reportFailure(error);
} finally {
  await Promise.all([...running].map((child) => shutDown(child)));
  await store.remove();
}
