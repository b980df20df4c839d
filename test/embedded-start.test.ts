import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { Client } from './helpers/client.js';
import { buildAccount } from './helpers/factories.js';
import { freePort } from '../server/platform/net.js';

const root = path.resolve(import.meta.dirname, '..');


/** Pids of processes whose command line mentions `text` (the embedded postgres runs with `-D <dataDir>/postgres`). */
function pidsMentioning(text: string): number[] {
  const result = spawnSync('pgrep', ['-f', text], { encoding: 'utf8' });
  return result.stdout
    .split('\n')
    .map((line) => Number.parseInt(line, 10))
    .filter((pid) => Number.isInteger(pid) && pid !== process.pid);
}

const isRunning = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

interface Started {
  child: ChildProcess;
  client: Client;
  output: () => string;
  /** Settles when npm has exited and everything it started has let go of its output. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

interface StartOptions {
  /** The checkout to run `npm start` in; this one by default. */
  cwd?: string;
  env?: Record<string, string>;
}

/** `npm start`, as a user types it: no DATABASE_URL, REDIS_URL or ENCRYPTION_KEY, so Parley embeds PostgreSQL. */
function npmStart(dataDir: string, port: number, options: StartOptions = {}): Omit<Started, 'client'> {
  // Never /var/lib/parley from a test (should this checkout sit where the postgres user cannot reach it).
  const env: NodeJS.ProcessEnv = { ...process.env, PARLEY_DATA_DIR: dataDir, PARLEY_SHARED_DIR: `${dataDir}-shared`, PORT: String(port), LOG_LEVEL: 'info', ...options.env };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  delete env.ENCRYPTION_KEY;
  delete env.PARLEY_ROLE;
  // Its own process group, so the test can signal npm and everything under it the way a terminal does.
  const child = spawn('npm', ['start'], { cwd: options.cwd ?? root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // 'close' rather than 'exit': npm itself dies of the SIGTERM at once, while Parley (which shares npm's
  // stdout) is still shutting down; the pipes close only when every process holding them has exited.
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => output, exited };
}

async function waitForHealth(started: Omit<Started, 'client'>, client: Client, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isRunning(started.child)) assert.fail(`npm start exited (${started.child.exitCode ?? started.child.signalCode}) before serving:\n${started.output()}`);
    const status = await client.get('/healthz').then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  assert.fail(`GET /healthz did not answer within ${timeoutMs} ms:\n${started.output()}`);
}

async function start(dataDir: string, options: StartOptions = {}): Promise<Started> {
  const port = await freePort();
  const started = npmStart(dataDir, port, options);
  running.add(started.child);
  void started.exited.then(() => running.delete(started.child));
  const client = new Client(`http://127.0.0.1:${port}`);
  await waitForHealth(started, client, 60_000);
  return { ...started, client };
}

/** SIGTERM to the whole process group, as a terminal or `kill -- -pgid` does; resolves to how npm exited. */
async function terminate(started: Omit<Started, 'client'>, timeoutMs: number) {
  process.kill(-(started.child.pid as number), 'SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  const result = await Promise.race([started.exited, timedOut]);
  clearTimeout(timer);
  assert.notEqual(result, 'timeout', `npm start did not exit within ${timeoutMs} ms of SIGTERM:\n${started.output()}`);
  return result as { code: number | null; signal: NodeJS.Signals | null };
}

/** npm children whose process group may still hold live processes (their output has not closed yet). */
const running = new Set<ChildProcess>();
const dataDirs: string[] = [];

/** Whatever happened in the test, leave no npm, node or postgres behind, and no temp dir. */
after(() => {
  for (const child of running) {
    if (child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // The group is already gone.
      }
    }
  }
  for (const dir of dataDirs) {
    for (const pid of pidsMentioning(dir)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Exited meanwhile.
      }
    }
    rmSync(dir, { recursive: true, force: true });
    rmSync(`${dir}-shared`, { recursive: true, force: true });
  }
});

describe('npm start with no configuration', () => {
  test(
    'starts exactly as README says: embedded PostgreSQL, signup works, SIGTERM stops everything, data and secrets persist across restarts',
    { timeout: 180_000 },
    async () => {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), 'parley-embedded-'));
      dataDirs.push(dataDir);

      const first = await start(dataDir);
      const owner = await buildAccount(first.client, { account_name: 'Embedded Co' });
      const account = await first.client.get('/v1/account', { key: owner.key });
      assert.equal(account.status, 200, JSON.stringify(account.body));
      assert.equal(account.body.id, owner.account.id);
      const ready = await first.client.get('/readyz');
      assert.deepEqual(ready.body, { status: 'ok', checks: { database: 'ok', redis: 'not_configured' } });
      assert.ok(pidsMentioning(dataDir).length > 0, 'no embedded postgres process runs on the data directory');

      const exit = await terminate(first, 20_000);
      assert.ok(exit.code === 0 || exit.signal === 'SIGTERM', `npm start exited with ${JSON.stringify(exit)}:\n${first.output()}`);
      assert.match(first.output(), /"msg":"stopped"/, `Parley did not finish its graceful shutdown:\n${first.output()}`);
      assert.deepEqual(pidsMentioning(dataDir), [], 'a postgres process on the data directory outlived npm start');
      assert.equal(existsSync(path.join(dataDir, 'parley.pid')), false, 'the data directory lock was not released');

      const secretsFile = path.join(dataDir, 'secrets.json');
      assert.ok(existsSync(secretsFile), 'secrets.json was not written to the data directory');
      assert.equal(statSync(secretsFile).mode & 0o777, 0o600, 'secrets.json is readable by other users');
      const secrets = readFileSync(secretsFile, 'utf8');
      assert.match(JSON.parse(secrets).encryption_key, /^[A-Za-z0-9+/]{43}=$/);

      const second = await start(dataDir);
      const again = await second.client.get('/v1/account', { key: owner.key });
      assert.equal(again.status, 200, `the key from the first run no longer authenticates: ${JSON.stringify(again.body)}`);
      assert.equal(again.body.id, owner.account.id);
      assert.equal(again.body.name, 'Embedded Co');
      // The generated secrets were reused, not regenerated, and the cluster was not initialised again.
      assert.equal(readFileSync(secretsFile, 'utf8'), secrets, 'the second start rewrote secrets.json');
      assert.ok(!/initialising the embedded database/.test(second.output()), 'the second start initialised a new database');

      await terminate(second, 20_000);
      assert.deepEqual(pidsMentioning(dataDir), [], 'a postgres process on the data directory outlived the second run');
    },
  );
});

/**
 * A copy of this checkout in a fresh `mktemp -d` folder (mode 0700, which no other user may pass through), as
 * a clone into root's home or a private temporary folder is. node_modules is hard-linked: the same files, at a
 * path only root can reach, which is what matters here.
 */
function privateCheckout(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'parley-private-'));
  dataDirs.push(folder);
  assert.equal(statSync(folder).mode & 0o777, 0o700);
  const checkout = path.join(folder, 'parley');
  const copy = spawnSync('sh', ['-c', `mkdir "$2" && tar -C "$1" --exclude=./node_modules --exclude=./.git --exclude=./.parley -cf - . | tar -C "$2" -xf - && cp -al "$1/node_modules" "$2/"`, 'sh', root, checkout], {
    encoding: 'utf8',
  });
  assert.equal(copy.status, 0, copy.stderr);
  return checkout;
}

describe('npm start as root from a folder other users cannot pass through', { skip: process.getuid?.() === 0 ? false : 'needs root: only root runs PostgreSQL as another user' }, () => {
  test(
    'copies the binaries and keeps the cluster where the postgres user can reach them; signs up, stops and starts again with the data',
    { timeout: 240_000 },
    async () => {
      const checkout = privateCheckout();
      // Not created yet: Parley makes it, world-traversable, as it would make /var/lib/parley.
      const sharedDir = path.join(os.tmpdir(), `parley-shared-${process.pid}-${Date.now()}`);
      dataDirs.push(sharedDir);
      const dataDir = path.join(checkout, '.parley');
      const options = { cwd: checkout, env: { PARLEY_SHARED_DIR: sharedDir } };

      const first = await start(dataDir, options);
      assert.match(first.output(), /copying the PostgreSQL binaries where the postgres user can run them/);
      assert.match(first.output(), /the embedded database lives outside it/);
      const owner = await buildAccount(first.client, { account_name: 'Private Co' });
      assert.equal((await first.client.get('/v1/account', { key: owner.key })).status, 200);
      const exit = await terminate(first, 20_000);
      assert.ok(exit.code === 0 || exit.signal === 'SIGTERM', `npm start exited with ${JSON.stringify(exit)}:\n${first.output()}`);
      assert.equal(statSync(path.join(dataDir, 'secrets.json')).mode & 0o777, 0o600, 'secrets.json stays root-only in the data directory');
      assert.equal(statSync(sharedDir).mode & 0o777, 0o755);

      const second = await start(dataDir, options);
      const again = await second.client.get('/v1/account', { key: owner.key });
      assert.equal(again.status, 200, JSON.stringify(again.body));
      assert.equal(again.body.name, 'Private Co');
      assert.ok(!/initialising the embedded database|copying the PostgreSQL binaries/.test(second.output()), 'the second start copied or initialised again');
      await terminate(second, 20_000);
      assert.deepEqual(pidsMentioning(sharedDir), [], 'a postgres process outlived npm start');
    },
  );

  test('where no place the postgres user can reach can be made, it stops at once with one sentence and exit 1', { timeout: 120_000 }, async () => {
    const checkout = privateCheckout();
    const started = npmStart(path.join(checkout, '.parley'), await freePort(), { cwd: checkout, env: { PARLEY_SHARED_DIR: '/proc/parley-cannot-be-made' } });
    running.add(started.child);
    const exit = await started.exited;
    assert.equal(exit.code, 1, started.output());
    const lines = started.output().trim().split('\n');
    assert.match(lines.at(-1) ?? '', /^The user postgres cannot reach .+\.parley, and \/proc\/parley-cannot-be-made\/clusters could not be made for the database instead \(.+\): move the data directory \(PARLEY_DATA_DIR\) to a folder other users can pass through, set PARLEY_SHARED_DIR, or set DATABASE_URL\.$/);
    assert.ok(!started.output().includes('    at '), `a stack trace:\n${started.output()}`);
  });
});

describe('npm start as an ordinary user', { skip: process.getuid?.() === 0 && existsSync('/usr/bin/setpriv') ? false : 'needs root (to become nobody) and setpriv' }, () => {
  test('runs PostgreSQL as that user, creating no user and needing no privilege', { timeout: 120_000 }, async () => {
    // As the Docker image runs it (user `node`): here as `nobody`, whose data directory is its own.
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'parley-nobody-'));
    dataDirs.push(dataDir);
    spawnSync('chown', ['nobody', dataDir]);
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, HOME: dataDir, PARLEY_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'info' };
    for (const name of ['DATABASE_URL', 'REDIS_URL', 'ENCRYPTION_KEY', 'PARLEY_ROLE']) delete env[name];
    const child = spawn('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', 'node', '--import', 'tsx', 'server/main.ts'], {
      cwd: root,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));
    const started = { child, output: () => output, exited };
    const client = new Client(`http://127.0.0.1:${port}`);
    await waitForHealth(started, client, 60_000);
    const owner = await buildAccount(client, { account_name: 'Ordinary Co' });
    assert.equal((await client.get('/v1/account', { key: owner.key })).status, 200);
    assert.ok(!/copying the PostgreSQL binaries|lives outside it/.test(output), 'an ordinary user runs PostgreSQL where it is');
    const exit = await terminate(started, 20_000);
    assert.ok(exit.code === 0 || exit.signal === 'SIGTERM', `exited with ${JSON.stringify(exit)}:\n${output}`);
    assert.equal(statSync(path.join(dataDir, 'postgres')).uid, statSync(dataDir).uid, 'the cluster belongs to the user that ran Parley');
  });
});
