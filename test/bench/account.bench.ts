// `npm run bench`: requests/s of GET /v1/account (API-key auth + validation + a tenant transaction in
// PostgreSQL) beside a bare Koa handler, measured in the same run on the same machine, and the ratio.
// Uses the PostgreSQL at BENCH_POSTGRES_URL (default: this machine's) in a database made for the run,
// and Redis at BENCH_REDIS_URL (default: this machine's; set it to "" to measure without Redis).
// Then the cost of the input checks every request passes (text PostgreSQL cannot store, JSON depth), in the same
// run: the spec's compiled validators alone (before those checks existed) beside Validator.check (now), on the
// request above, a text message and a 1 MB bulk job, per request, beside JSON.parse of the same body.
// Then the cost of roles and the audit log, in the same run: the role check per request, and a change (renaming
// the account, in a tenant transaction) without and with its audit entry, alternating rounds of each.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import knexFactory from 'knex';
import { audited } from '../../server/audit/record.js';
import { roleAllows } from '../../server/auth/roles.js';
import { Database } from '../../server/platform/db/database.js';
import { listOperations, loadDocument } from '../../server/platform/http/spec.js';
import { Validator } from '../../server/platform/http/validation.js';
import { freePort } from '../../server/platform/net.js';
import { cpuPerRequest } from './support.js';

const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const postgresUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function serve(mode: 'bare' | 'parley' | 'floor', env: Record<string, string> = {}): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn('node', ['--import', 'tsx', 'test/bench/serve.ts', mode], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  for await (const line of createInterface({ input: child.stdout! })) {
    if (line.startsWith('{"url"')) return { url: (JSON.parse(line) as { url: string }).url, child };
  }
  throw new Error(`${mode} server did not start`);
}

/** `npm start`'s entry with PARLEY_API_PROCESSES=n (the api role), once it answers on its port. */
async function serveProcesses(n: number, env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn('node', ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, ...env, PARLEY_ROLE: 'api', PARLEY_API_PROCESSES: String(n), PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const said: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    said.push(line);
    if (said.length > 20) said.shift();
  });
  const url = `http://127.0.0.1:${port}`;
  // Its first start may build the web console first, as `npm start` does.
  for (const deadline = Date.now() + 300_000; Date.now() < deadline; await sleep(100)) {
    if (child.exitCode !== null) break;
    if (await fetch(`${url}/healthz`).then((response) => response.ok, () => false)) return { url, child };
  }
  await stop(child);
  throw new Error(`PARLEY_API_PROCESSES=${n} did not answer on port ${port} (exit code ${child.exitCode ?? 'none'})${said.length ? `:\n${said.join('\n')}` : ''}`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

async function measure(label: string, url: string, pid: number, headers: Record<string, string> = {}) {
  // A short warm-up so JIT and connection pools are in their steady state.
  await autocannon({ url, connections: CONNECTIONS, duration: 2, headers });
  const result = await cpuPerRequest(pid, async () => {
    const run = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_SECONDS, headers });
    return { run, requests: run.requests.total };
  });
  const { run } = result;
  const non2xx = run.non2xx + run.errors;
  console.log(
    `${label.padEnd(34)} ${run.requests.average.toFixed(0).padStart(7)} req/s   ` +
      `p50 ${run.latency.p50} ms   p99 ${run.latency.p99} ms   errors/non-2xx ${non2xx}   ` +
      `CPU per request: server ${result.serverUs.toFixed(0)} µs, PostgreSQL ${result.postgresUs.toFixed(0)} µs   load ${result.load}`,
  );
  if (non2xx > 0) throw new Error(`${label}: ${non2xx} failed requests`);
  return { requests: run.requests.average, p50: run.latency.p50 };
}

/** Microseconds per call of `work`, the best of five rounds (the least disturbed by the rest of the machine). */
function microseconds(work: () => void, iterations: number): number {
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) work();
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1000 / iterations);
  }
  return best;
}

function measureInputChecks(requestP50Ms: number): void {
  const document = loadDocument();
  const validator = new Validator(document, listOperations(document));
  const recipients = Array.from({ length: 14_000 }, (_, i) => ({ to: `+1415555${String(i).padStart(4, '0')}`, variables: { first_name: 'Ada', order_id: String(4711 + i) } }));
  const samples = [
    { label: 'GET /v1/account (query, path)', operation: 'getAccount', where: 'query' as const, value: {}, iterations: 200_000 },
    {
      label: 'POST /v1/messages (text)',
      operation: 'createMessage',
      where: 'body' as const,
      value: { connection_id: 'conn_01JABCDEFGHJKMNPQRSTVWXYZ0', to: '+1 415 555 0199', type: 'text', text: { body: 'Your order 4711 has shipped. Track it at https://example.com/t/4711' } },
      iterations: 100_000,
    },
    {
      label: `POST /v1/bulk-jobs (${recipients.length} recipients, ${(JSON.stringify(recipients).length / 1e6).toFixed(1)} MB)`,
      operation: 'createBulkJob',
      where: 'body' as const,
      value: { connection_ids: ['conn_01JABCDEFGHJKMNPQRSTVWXYZ0'], type: 'text', text: { body: 'Hi {{first_name}}, order {{order_id}} shipped.' }, recipients },
      iterations: 5,
    },
  ];
  console.log(`\ninput checks, per request (before: the spec's validators alone; after: Validator.check with them; JSON.parse of the body for scale):`);
  for (const sample of samples) {
    const validate = validator.request(sample.operation)[sample.where]!;
    if (!validate(sample.value)) throw new Error(`${sample.label}: the sample is not a valid request: ${JSON.stringify(validate.errors)}`);
    const text = JSON.stringify(sample.value);
    const parse = microseconds(() => JSON.parse(text), sample.iterations);
    const before = microseconds(() => validate(sample.value), sample.iterations);
    const after = microseconds(() => validator.check(validate, sample.value, sample.where), sample.iterations);
    console.log(
      `${sample.label.padEnd(48)} parse ${parse.toFixed(2).padStart(8)} µs   before ${before.toFixed(2).padStart(8)} µs   after ${after.toFixed(2).padStart(8)} µs   ` +
        `added ${(after - before).toFixed(2)} µs = ${(((after - before) / (requestP50Ms * 1000)) * 100).toFixed(2)} % of a GET /v1/account p50`,
    );
  }
}

/**
 * Roles and the audit log per request. The role check is a lookup in the pipeline; the audit entry costs reads of
 * the row before and after, the user's email and an insert, in the change's own transaction. Both changes run as
 * a request would (a tenant transaction as parley_app), in alternating rounds so that drift hits both alike.
 */
async function measureRolesAndAudit(databaseUrl: string, signedUp: { accountId: string; userId: string }, requestP50Ms: number): Promise<void> {
  const roleCheck = microseconds(() => roleAllows('developer', 'viewer'), 2_000_000);
  console.log(`\nroles and the audit log, per request (before: without; after: with):`);
  console.log(`${'role check (roleAllows)'.padEnd(48)} after ${roleCheck.toFixed(3).padStart(8)} µs = ${((roleCheck / (requestP50Ms * 1000)) * 100).toFixed(4)} % of a GET /v1/account p50`);
  const db = new Database(databaseUrl, { poolMax: 4 });
  const scope = { accountId: signedUp.accountId, mode: 'test' as const };
  const actor = { kind: 'session' as const, userId: signedUp.userId, sessionId: 'sess_bench', accountId: signedUp.accountId, mode: 'test' as const, role: 'owner' as const, isPlatformAdmin: false, twoFactor: false, twoFactorMissing: false };
  const context = { actor, accountId: signedUp.accountId, ip: '127.0.0.1', userAgent: 'bench', requestId: 'req_bench', targetId: undefined, params: {}, platformAdmin: false };
  let n = 0;
  const rename = (trx: Parameters<Parameters<Database['tenant']>[1]>[0]) => trx('accounts').where({ id: signedUp.accountId }).update({ name: `Bench ${n++}` }).then(() => ({ status: 200, body: { id: signedUp.accountId } }));
  const plain = () => db.tenant(scope, rename);
  const withAudit = () => db.tenant(scope, (trx) => audited(trx, { action: 'account.updated', table: 'accounts' }, context, () => rename(trx)));
  const ROUNDS = 6;
  const PER_ROUND = 300;
  const times = { before: [] as number[], after: [] as number[] };
  try {
    for (let i = 0; i < 100; i++) await withAudit(); // warm-up: plans, pool, JIT
    for (let round = 0; round < ROUNDS; round++) {
      for (const [label, change] of [['before', plain], ['after', withAudit]] as const) {
        const started = process.hrtime.bigint();
        for (let i = 0; i < PER_ROUND; i++) await change();
        times[label].push(Number(process.hrtime.bigint() - started) / 1000 / PER_ROUND);
      }
    }
  } finally {
    await db.close();
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const before = median(times.before);
  const after = median(times.after);
  console.log(
    `${'a change in a tenant transaction (median round)'.padEnd(48)} before ${before.toFixed(0).padStart(6)} µs   after ${after.toFixed(0).padStart(6)} µs   ` +
      `added ${(after - before).toFixed(0)} µs (${(((after - before) / before) * 100).toFixed(1)} %) = ${(((after - before) / (requestP50Ms * 1000)) * 100).toFixed(1)} % of a GET /v1/account p50`,
  );
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
  const parleyEnv = {
    DATABASE_URL: databaseUrl.toString(),
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: `parley-bench:${database}:`,
    ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    API_RATE_LIMIT: '1000000',
  };
  const parley = await serve('parley', parleyEnv);
  servers.push(parley.child);

  const signup = await fetch(`${parley.url}/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@example.com', password: 'benchmark password', account_name: 'Bench' }),
  });
  const signedUp = (await signup.json()) as { api_key: { secret: string }; account: { id: string }; user: { id: string } };
  const key = signedUp.api_key.secret;

  const baseline = await measure('bare Koa handler', bare.url, bare.child.pid!);
  const measured = await measure('Parley GET /v1/account', `${parley.url}/v1/account`, parley.child.pid!, { authorization: `Bearer ${key}` });
  console.log(`ratio Parley / bare Koa: ${(measured.requests / baseline.requests).toFixed(3)}`);
  // The ceiling: the same read with only the round trips Parley's guarantees need, on the raw drivers (serve.ts floor).
  const floor = await serve('floor', { FLOOR_DATABASE_URL: databaseUrl.toString(), FLOOR_REDIS_URL: redisUrl || 'redis://127.0.0.1:6379', FLOOR_ACCOUNT_ID: signedUp.account.id });
  servers.push(floor.child);
  const floored = await measure('floor: the same read, raw drivers', floor.url, floor.child.pid!);
  console.log(`ratio floor / bare Koa: ${(floored.requests / baseline.requests).toFixed(3)}; Parley / floor: ${(measured.requests / floored.requests).toFixed(3)}`);
  // The same on two API processes sharing a port (PARLEY_API_PROCESSES=2), beside the one process above.
  // A failure here is reported and the run goes on to the figures below.
  try {
    const cluster = await serveProcesses(2, parleyEnv);
    servers.push(cluster.child);
    const clustered = await measure('Parley, PARLEY_API_PROCESSES=2', `${cluster.url}/v1/account`, cluster.child.pid!, { authorization: `Bearer ${key}` });
    console.log(`ratio 2 processes / bare Koa: ${(clustered.requests / baseline.requests).toFixed(3)}; 2 processes / 1: ${(clustered.requests / measured.requests).toFixed(2)}`);
  } catch (error) {
    console.log(`Parley, PARLEY_API_PROCESSES=2: not measured: ${error instanceof Error ? error.message : String(error)}`);
  }
  measureInputChecks(measured.p50);
  await measureRolesAndAudit(databaseUrl.toString(), { accountId: signedUp.account.id, userId: signedUp.user.id }, measured.p50);
} finally {
  await Promise.all(servers.map(stop));
  await admin.raw(`drop database if exists ${database} with (force)`);
  await admin.destroy();
}
