// A Parley worker as production runs one: server/main.ts in a process of its own (PARLEY_ROLE=worker), so a
// test can kill it for real (SIGKILL), hang it (SIGSTOP) or stop it gracefully (SIGTERM).
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../../server/platform/net.js';
import { Client } from './client.js';
import { testEnv, TEST_ENCRYPTION_KEY } from './server.js';

const root = path.resolve(import.meta.dirname, '../..');

export interface WorkerProcess {
  name: string;
  child: ChildProcess;
  pid: number;
  /** Its HTTP side: /healthz, /metrics. */
  url: string;
  /** Everything it printed so far (LOG_LEVEL=warn unless `env` says otherwise). */
  output(): string;
}

export const isAlive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/** Kills (SIGKILL) every worker still running and waits for each to exit: a suite's clean-up. */
export async function killAll(workers: WorkerProcess[]): Promise<void> {
  const running = workers.filter((worker) => isAlive(worker.child));
  for (const worker of running) worker.child.kill('SIGKILL');
  await Promise.all(running.map((worker) => once(worker.child, 'exit')));
}

/**
 * Starts a worker on `env.DATABASE_URL` and `env.REDIS_KEY_PREFIX` (both required: the API nodes it serves must
 * share them) and resolves once it answers GET /healthz, which it does only after its first lease claim.
 */
export async function spawnWorker(name: string, env: { DATABASE_URL: string; REDIS_KEY_PREFIX: string } & Record<string, string>): Promise<WorkerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PARLEY_ROLE: 'worker',
      REDIS_URL: testEnv().redisUrl,
      ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      WHATSAPP_WEB_VERSION_REFRESH: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const worker: WorkerProcess = { name, child, pid: child.pid as number, url: `http://127.0.0.1:${port}`, output: () => output };
  const health = new Client(worker.url);
  const deadline = Date.now() + 60_000;
  for (;;) {
    const status = await health.get('/healthz').then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return worker;
    const failure = !isAlive(child)
      ? `${name} exited (${child.exitCode ?? child.signalCode}) before serving`
      : Date.now() > deadline
        ? `${name} did not answer GET /healthz within 60 s`
        : undefined;
    if (failure) {
      // Nobody else holds it yet, so nobody else could stop it.
      child.kill('SIGKILL');
      assert.fail(`${failure}:\n${output}`);
    }
    await sleep(100);
  }
}
