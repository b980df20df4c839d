// `npm run bench:sdk`: what the TypeScript SDK costs per call, against plain fetch on the same endpoint
// (GET /v1/account on a Parley started for the run), one call in flight, in interleaved rounds so that both see the
// same machine; and the SDK's browser bundle, minified and gzipped. Prints figures, asserts nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import knexFactory from 'knex';
import { Parley } from '../../sdks/typescript/src/index.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const CALLS_PER_ROUND = Number(process.env.BENCH_CALLS ?? 100);
const postgresUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function startParley(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn('node', ['--import', 'tsx', 'test/bench/serve.ts', 'parley'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  for await (const line of createInterface({ input: child.stdout! })) {
    if (line.startsWith('{"url"')) return { url: (JSON.parse(line) as { url: string }).url, child };
  }
  throw new Error('Parley did not start');
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function timeCalls(call: () => Promise<unknown>, into: number[]): Promise<void> {
  for (let i = 0; i < CALLS_PER_ROUND; i++) {
    const start = performance.now();
    await call();
    into.push(performance.now() - start);
  }
}

async function bundleSize(): Promise<{ minified: number; gzipped: number }> {
  const result = await build({
    entryPoints: ['sdks/typescript/src/index.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

const database = `parley_bench_${randomBytes(4).toString('hex')}`;
const admin = knexFactory({ client: 'pg', connection: postgresUrl });
await admin.raw(`create database ${database}`);
const databaseUrl = new URL(postgresUrl);
databaseUrl.pathname = `/${database}`;
let server: ChildProcess | undefined;
try {
  const parley = await startParley({
    DATABASE_URL: databaseUrl.toString(),
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: `parley-bench:${database}:`,
    ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    PARLEY_ROLE: 'api',
    API_RATE_LIMIT: '1000000',
  });
  server = parley.child;
  const signup = await new Parley({ apiKey: null, baseUrl: parley.url }).auth.signup({ email: 'sdk-bench@example.com', password: 'benchmark password', account_name: 'Bench' });
  const key = signup.api_key.secret;
  const client = new Parley({ apiKey: key, baseUrl: parley.url });
  const url = `${parley.url}/v1/account`;
  const plain = () => fetch(url, { headers: { authorization: `Bearer ${key}`, accept: 'application/json' } }).then((response) => response.json());
  const sdk = () => client.account.retrieve();

  const samples = { fetch: [] as number[], sdk: [] as number[] };
  await timeCalls(plain, []); // warm-up: JIT, keep-alive sockets, Parley's caches
  await timeCalls(sdk, []);
  for (let round = 0; round < ROUNDS; round++) {
    // Alternating which goes first keeps a slow patch of the machine from landing on one side only.
    if (round % 2 === 0) {
      await timeCalls(plain, samples.fetch);
      await timeCalls(sdk, samples.sdk);
    } else {
      await timeCalls(sdk, samples.sdk);
      await timeCalls(plain, samples.fetch);
    }
  }
  console.log(`GET /v1/account, one call in flight, ${ROUNDS} interleaved rounds of ${CALLS_PER_ROUND} calls each, node ${process.version}`);
  const figures = Object.fromEntries(
    Object.entries(samples).map(([label, values]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return [label, { p50: percentile(sorted, 50), p99: percentile(sorted, 99) }];
    }),
  ) as Record<'fetch' | 'sdk', { p50: number; p99: number }>;
  for (const [label, { p50, p99 }] of Object.entries(figures)) {
    console.log(`${(label === 'sdk' ? '@parley/sdk account.retrieve()' : 'plain fetch + json()').padEnd(32)} p50 ${p50.toFixed(3)} ms   p99 ${p99.toFixed(3)} ms`);
  }
  const overhead = (figures.sdk.p50 - figures.fetch.p50) / figures.fetch.p50;
  console.log(`SDK overhead at p50: ${(overhead * 100).toFixed(1)} % (${((figures.sdk.p50 - figures.fetch.p50) * 1000).toFixed(0)} µs per call)`);
  const size = await bundleSize();
  console.log(`browser bundle of sdks/typescript/src/index.ts: ${(size.minified / 1024).toFixed(1)} KiB minified, ${(size.gzipped / 1024).toFixed(1)} KiB minified + gzipped`);
} finally {
  if (server) {
    server.kill('SIGTERM');
    await once(server, 'exit');
  }
  await admin.raw(`drop database if exists ${database} with (force)`);
  await admin.destroy();
}
