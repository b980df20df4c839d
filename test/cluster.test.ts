// PARLEY_API_PROCESSES: `npm start`'s own process supervises several API processes on one port (and, with
// PARLEY_ROLE=all, a worker). Started here as a person would, against a database of its own (its worker claims
// every connection in its database) and the run's Redis.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import { freePort } from '../server/platform/net.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { testEnv, TEST_ENCRYPTION_KEY } from './helpers/server.js';
import { configError } from './helpers/config.js';

const root = path.resolve(import.meta.dirname, '..');

describe('PARLEY_API_PROCESSES=2 with PARLEY_ROLE=all', () => {
  let database: ScratchDatabase;
  let port: number;
  let primary: ReturnType<typeof spawn>;
  let output = '';
  let base: string;
  let key: string;

  const lines = () => output.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>);
  const listening = () => lines().filter((line) => line.msg === 'Parley is listening');
  const until = async (what: string, probe: () => Promise<boolean> | boolean) => {
    const deadline = Date.now() + 60_000;
    while (!(await probe())) {
      assert.equal(primary.exitCode, null, `the supervisor exited:\n${output.slice(-4000)}`);
      if (Date.now() > deadline) assert.fail(`${what}:\n${output.slice(-4000)}`);
      await sleep(100);
    }
  };
  /** A request on a connection of its own, so the cluster may hand it to either API process. */
  const get = (pathname: string, secret = key) =>
    fetch(`${base}${pathname}`, { headers: { authorization: `Bearer ${secret}`, connection: 'close' } });

  before(async () => {
    database = await createScratchDatabase();
    port = await freePort();
    base = `http://127.0.0.1:${port}`;
    primary = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        REDIS_URL: testEnv().redisUrl,
        REDIS_KEY_PREFIX: `${testEnv().redisPrefix}cluster-${randomBytes(4).toString('hex')}:`,
        PARLEY_ROLE: 'all',
        PARLEY_API_PROCESSES: '2',
        ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        API_RATE_LIMIT: '100000',
        PUBLIC_RATE_LIMIT: '100000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    primary.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    primary.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await until('the three processes did not all start', () => listening().length >= 3);
    const signup = await fetch(`${base}/v1/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `cluster-${randomBytes(4).toString('hex')}@example.com`, password: 'cluster test password', account_name: 'Cluster' }),
    });
    assert.equal(signup.status, 201, await signup.clone().text());
    key = ((await signup.json()) as { api_key: { secret: string } }).api_key.secret;
  });
  after(async () => {
    if (primary && primary.exitCode === null) {
      const exited = once(primary, 'exit');
      primary.kill('SIGKILL');
      await exited;
    }
    await database?.drop();
  });

  test('two API processes and a worker start, and requests are served by both API processes', async () => {
    const roles = listening().map((line) => line.role).sort();
    assert.deepEqual(roles, ['api', 'api', 'worker']);
    const apiPids = new Set(listening().filter((line) => line.role === 'api').map((line) => line.pid));
    for (let i = 0; i < 30; i++) assert.equal((await get('/v1/account')).status, 200);
    await until('requests were not logged', () => lines().filter((line) => line.msg === 'request completed' && line.route === '/v1/account').length >= 30);
    const served = new Set(lines().filter((line) => line.msg === 'request completed' && line.route === '/v1/account').map((line) => line.pid));
    assert.deepEqual([...served].sort(), [...apiPids].sort());
  });

  test('/metrics answers for every process: the requests both served are counted together', async () => {
    const before = Number(/parley_http_request_duration_seconds_count\{method="GET",route="\/v1\/account",status="200"\} (\d+)/.exec(await (await get('/metrics')).text())?.[1] ?? 0);
    for (let i = 0; i < 10; i++) assert.equal((await get('/v1/account')).status, 200);
    const text = await (await get('/metrics')).text();
    const after = Number(/parley_http_request_duration_seconds_count\{method="GET",route="\/v1\/account",status="200"\} (\d+)/.exec(text)?.[1] ?? 0);
    assert.equal(after - before, 10, text.slice(0, 2000));
  });

  test('a key revoked through one process is refused by both on every next request', async () => {
    const created = await fetch(`${base}/v1/api-keys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'to revoke', mode: 'test' }),
    });
    assert.equal(created.status, 201);
    const doomed = (await created.json()) as { id: string; secret: string };
    for (let i = 0; i < 10; i++) assert.equal((await get('/v1/account', doomed.secret)).status, 200);
    const revoked = await fetch(`${base}/v1/api-keys/${doomed.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${key}`, connection: 'close' } });
    assert.equal(revoked.status, 200);
    for (let i = 0; i < 10; i++) assert.equal((await get('/v1/account', doomed.secret)).status, 401);
  });

  test('an API process that dies is replaced, and the port keeps answering meanwhile', async () => {
    const victim = listening().find((line) => line.role === 'api')!.pid as number;
    const startedBefore = listening().length;
    process.kill(victim, 'SIGKILL');
    await until('the supervisor did not start another process', () => listening().length > startedBefore);
    const replacement = listening().at(-1)!;
    assert.equal(replacement.role, 'api');
    assert.notEqual(replacement.pid, victim);
    assert.ok(lines().some((line) => line.msg === 'a Parley process exited; starting another' && line.process === victim));
    for (let i = 0; i < 10; i++) assert.equal((await get('/v1/account')).status, 200);
  });

  test('SIGTERM stops every process and the supervisor exits 0', async () => {
    const pids = listening().map((line) => line.pid as number);
    const exited = once(primary, 'exit');
    primary.kill('SIGTERM');
    const [code] = await exited;
    assert.equal(code, 0, output.slice(-4000));
    const alive = pids.filter((pid) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    });
    // The killed one is long gone; the others stopped before the supervisor exited.
    assert.deepEqual(alive, []);
  });
});

describe('PARLEY_API_PROCESSES needs what several processes share', () => {
  test('Redis and an external PostgreSQL, each named when missing, and never a worker-only process', () => {
    const base = { ENCRYPTION_KEY: TEST_ENCRYPTION_KEY, PARLEY_API_PROCESSES: '2' };
    assert.match(configError(base).message, /PARLEY_API_PROCESSES=2 needs REDIS_URL and DATABASE_URL\./);
    assert.match(configError({ ...base, REDIS_URL: 'redis://127.0.0.1:6379' }).message, /needs DATABASE_URL\./);
    assert.match(configError({ ...base, DATABASE_URL: 'postgres://x@127.0.0.1/parley', REDIS_URL: 'redis://127.0.0.1:6379', PARLEY_ROLE: 'worker' }).message, /a worker \(PARLEY_ROLE=worker\) runs one process/);
  });
});
