// The Parley process itself (server/main.ts), started as in production: what it does with a promise rejection
// that nobody handles, and with a port it cannot have.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../server/platform/net.js';
import { testEnv, TEST_ENCRYPTION_KEY } from './helpers/server.js';

const root = path.resolve(import.meta.dirname, '..');

test('a stray promise rejection is logged and the process keeps serving', { timeout: 60_000 }, async () => {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', './test/fixtures/stray-rejection.ts', 'server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: testEnv().databaseUrl,
      // the api role: a worker would claim the connections other tests keep in this database
      REDIS_URL: testEnv().redisUrl,
      REDIS_KEY_PREFIX: `${testEnv().redisPrefix}process-${port}:`,
      PARLEY_ROLE: 'api',
      ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const healthy = () => fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.status === 200, () => false);
  const until = async (what: string, probe: () => Promise<boolean> | boolean) => {
    const deadline = Date.now() + 30_000;
    while (!(await probe())) {
      assert.equal(child.exitCode, null, `Parley exited:\n${output}`);
      if (Date.now() > deadline) assert.fail(`${what}:\n${output}`);
      await sleep(100);
    }
  };
  try {
    await until('Parley did not start', healthy);
    child.kill('SIGUSR2');
    await until('no log of the rejection', () => output.includes('"msg":"unhandled promise rejection'));
    const line = output.split('\n').find((l) => l.includes('"msg":"unhandled promise rejection'))!;
    const logged = JSON.parse(line) as { msg: string; err: { message: string } };
    assert.equal(logged.msg, 'unhandled promise rejection; Parley keeps running');
    assert.equal(logged.err.message, 'stray rejection from the test preload');
    await sleep(300);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    assert.equal(health.status, 200);
    assert.equal(child.exitCode, null);
  } finally {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  }
});

test('a port in use is reported alone in one sentence, before any database is set up, and the process exits 1 without a stack', { timeout: 60_000 }, async () => {
  const port = await freePort();
  const occupant = net.createServer();
  await new Promise<void>((resolve) => occupant.listen(port, '127.0.0.1', resolve));
  // The embedded default: had Parley gone on to set up its database, the data folder would exist now.
  const parent = mkdtempSync(path.join(os.tmpdir(), 'parley-port-'));
  const dataDir = path.join(parent, 'data');
  try {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: '', REDIS_URL: '', PARLEY_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    assert.equal(code, 1, output);
    assert.equal(output, `Port ${port} on 127.0.0.1 is in use: stop what uses it or set PORT to a free port.\n`);
    assert.ok(!existsSync(dataDir), 'no database was set up');
  } finally {
    occupant.close();
    rmSync(parent, { recursive: true, force: true });
  }
});
