// Usage benchmark: how fast GET /v1/usage answers for a 12-month range over 10 million ledger entries, beside
// the same range summed from the ledger itself in the same run. Prints figures; asserts nothing about speed.
//
//   npm run bench:usage   (BENCH_LEDGER_ENTRIES=10000000, BENCH_SECONDS=10, BENCH_CLIENTS=10)
//
// One account's live-mode ledger gets BENCH_LEDGER_ENTRIES entries over the 365 days before today, across every
// category, written with generate_series; the daily totals are built from them by one GROUP BY, spread over every
// slot (as a busy account's concurrent writers leave them: the most rows a read can meet). An API node (PARLEY_ROLE=api) serves the requests; autocannon loads it.
import os from 'node:os';
import autocannon from 'autocannon';
import { USAGE_CATEGORIES } from '../../server/usage/ledger.js';
import { USAGE_SLOTS } from '../../server/usage/slots.js';
import { Client } from '../helpers/client.js';
import { buildAccount, buildApiKey } from '../helpers/factories.js';
import { createBenchStore, reportFailure, running, seconds, serve, shutDown } from './support.js';

const ENTRIES = Number(process.env.BENCH_LEDGER_ENTRIES ?? 10_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 10);
const postgresUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

const store = await createBenchStore(postgresUrl, redisUrl);
const { db } = store;
console.log(`usage benchmark: ${os.cpus().length} CPUs, node ${process.version}; ${ENTRIES.toLocaleString('en')} ledger entries; ${CLIENTS} requests in flight for ${SECONDS} s; load average ${os.loadavg()[0]?.toFixed(2)}`);
try {
  const api = await serve('API node', 'parley', { ...store.parleyEnv, PARLEY_ROLE: 'api', API_RATE_LIMIT: '1000000' });
  const client = new Client(api.url);
  const owner = await buildAccount(client, { account_name: 'Usage bench' });
  const live = await buildApiKey(client, owner, { name: 'live', mode: 'live' });
  const accountId = owner.account.id;

  const started = Date.now();
  // The bench's own connection is the owner: it writes as the table owner, outside row-level security, and
  // skips the foreign-key check of each row (the account exists) to write faster.
  await db.transaction(async (trx) => {
    await trx.raw('set local session_replication_role = replica');
    await trx.raw(
      `insert into usage_entries (account_id, mode, category, quantity, occurred_at, subject_id)
       select ?, 'live', (?::text[])[1 + i % ?], 1, now() - (i % 364) * interval '1 day' - (i % 3600) * interval '1 second', 'msg_bench'
         from generate_series(1, ?) as i`,
      [accountId, [...USAGE_CATEGORIES], USAGE_CATEGORIES.length, ENTRIES],
    );
  });
  await db.raw(
    `insert into usage_daily (account_id, mode, day, category, slot, quantity)
     select account_id, mode, (occurred_at at time zone 'UTC')::date, category, id % ?, sum(quantity) from usage_entries
      where account_id = ? group by 1, 2, 3, 4, 5`,
    [USAGE_SLOTS, accountId],
  );
  await db.raw('analyze usage_entries');
  await db.raw('analyze usage_daily');
  const days = Number(((await db('usage_daily').where({ account_id: accountId }).count({ n: '*' })) as Array<{ n: string }>)[0]!.n);
  console.log(`wrote ${ENTRIES.toLocaleString('en')} ledger entries and ${days.toLocaleString('en')} daily totals in ${seconds(Date.now() - started)}`);

  const end = new Date().toISOString().slice(0, 10);
  const start = new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10);
  // Beside it: the same year summed from the ledger, as a read without the daily totals would have to.
  const direct: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await db.raw(
      `select (occurred_at at time zone 'UTC')::date as day, category, sum(quantity) from usage_entries
        where account_id = ? and mode = 'live' and occurred_at >= ?::date and occurred_at < ?::date + 1 group by 1, 2`,
      [accountId, start, end],
    );
    direct.push(performance.now() - t);
  }
  const directMs = Math.min(...direct);
  console.log(`the same year summed from the ledger (one query, best of 3): ${directMs.toFixed(0)} ms`);

  for (const granularity of ['day', 'month']) {
    const url = `${api.url}/v1/usage?start=${start}&end=${end}&granularity=${granularity}`;
    const headers = { authorization: `Bearer ${live.secret}` };
    const check = await client.get(`/v1/usage?start=${start}&end=${end}&granularity=${granularity}`, { key: live.secret });
    const total = Object.values(check.body.totals as Record<string, number>).reduce((a, b) => a + b, 0);
    if (check.status !== 200 || total !== ENTRIES) throw new Error(`GET /v1/usage: ${check.status}, total ${total}`);
    await autocannon({ url, headers, connections: CLIENTS, duration: 2 });
    const result = await autocannon({ url, headers, connections: CLIENTS, duration: SECONDS });
    // One request at a time: the latency a person waiting for a usage page sees.
    const single = await autocannon({ url, headers, connections: 1, duration: Math.max(3, SECONDS / 2) });
    console.log(
      `GET /v1/usage, 12 months by ${granularity.padEnd(5)} ${result.requests.average.toFixed(0).padStart(6)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   ` +
        `non-2xx ${result.non2xx + result.errors + single.non2xx + single.errors}; one at a time: p50 ${single.latency.p50} ms, p99 ${single.latency.p99} ms ` +
        `(${(directMs / Math.max(1, single.latency.p50)).toFixed(0)}× faster than summing the ledger once)`,
    );
  }
  await shutDown(api);
} catch (error) {
  reportFailure(error);
  process.exitCode = 1;
} finally {
  for (const child of running) await shutDown(child).catch(() => undefined);
  await store.remove();
}
