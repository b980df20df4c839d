// `npm run bench`: requests/s of GET /v1/account (API-key auth + validation + a tenant transaction in
// PostgreSQL) beside a bare Koa handler, measured in the same run on the same machine, and the ratio.
// Uses the PostgreSQL at BENCH_POSTGRES_URL (default: this machine's) in a database made for the run,
// and Redis at BENCH_REDIS_URL (default: this machine's; set it to "" to measure without Redis).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import knexFactory from 'knex';

const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const postgresUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function serve(mode: 'bare' | 'parley', env: Record<string, string> = {}): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn('node', ['--import', 'tsx', 'test/bench/serve.ts', mode], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  for await (const line of createInterface({ input: child.stdout! })) {
    if (line.startsWith('{"url"')) return { url: (JSON.parse(line) as { url: string }).url, child };
  }
  throw new Error(`${mode} server did not start`);
}

async function stop(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await once(child, 'exit');
}

async function measure(label: string, url: string, headers: Record<string, string> = {}) {
  // A short warm-up so JIT and connection pools are in their steady state.
  await autocannon({ url, connections: CONNECTIONS, duration: 2, headers });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_SECONDS, headers });
  const non2xx = result.non2xx + result.errors;
  console.log(
    `${label.padEnd(34)} ${result.requests.average.toFixed(0).padStart(7)} req/s   ` +
      `p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   errors/non-2xx ${non2xx}`,
  );
  if (non2xx > 0) throw new Error(`${label}: ${non2xx} failed requests`);
  return result.requests.average;
}

const database = `parley_bench_${randomBytes(4).toString('hex')}`;
const admin = knexFactory({ client: 'pg', connection: postgresUrl });
await admin.raw(`create database ${database}`);
const databaseUrl = new URL(postgresUrl);
databaseUrl.pathname = `/${database}`;

console.log(`GET /v1/account, ${CONNECTIONS} connections, ${DURATION_SECONDS} s each, node ${process.version}, Redis ${redisUrl || 'off'}`);
const servers: ChildProcess[] = [];
try {
  const bare = await serve('bare');
  servers.push(bare.child);
  const parley = await serve('parley', {
    DATABASE_URL: databaseUrl.toString(),
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: `parley-bench:${database}:`,
    ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    API_RATE_LIMIT: '1000000',
  });
  servers.push(parley.child);

  const signup = await fetch(`${parley.url}/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@example.com', password: 'benchmark password', account_name: 'Bench' }),
  });
  const key = ((await signup.json()) as { api_key: { secret: string } }).api_key.secret;

  const baseline = await measure('bare Koa handler', bare.url);
  const measured = await measure('Parley GET /v1/account', `${parley.url}/v1/account`, { authorization: `Bearer ${key}` });
  console.log(`ratio Parley / bare Koa: ${(measured / baseline).toFixed(3)}`);
} finally {
  await Promise.all(servers.map(stop));
  await admin.raw(`drop database if exists ${database} with (force)`);
  await admin.destroy();
}
