// Parley's log on standard output: lines are buffered and written in batches (one system call for many
// requests), so these check that batching never costs a line: a quiet process still shows its line soon, and
// lines logged just before the process ends (an exit, an uncaught error, a signal) are all written.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { test } from 'node:test';
import { eventually } from './helpers/eventually.js';

const root = path.resolve(import.meta.dirname, '..');

/** Runs `script` (TypeScript, with `createLogger` in scope as `log`) in a child; collects what it prints. */
function run(script: string) {
  const source = `import { createLogger } from './server/platform/logger.ts';\nconst log = createLogger('info');\n${script}`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', source], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (out.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out.stderr += chunk.toString()));
  const lines = () => out.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { msg: string; pid: number; level: number });
  return { child, out, lines, exited: once(child, 'exit') as Promise<[number | null, string | null]> };
}

test('a line logged by a quiet process is written without waiting for more', async () => {
  const { child, lines } = run(`log.info('ready'); setInterval(() => undefined, 1000);`);
  try {
    await eventually(async () => lines().map((line) => line.msg), (msgs) => msgs.length > 0);
    assert.deepEqual(lines().map((line) => line.msg), ['ready']);
    assert.equal(lines()[0]?.pid, child.pid);
  } finally {
    child.kill('SIGKILL');
  }
});

test('every line logged before process.exit is written, in order', async () => {
  const { lines, exited } = run(`for (let i = 0; i < 5000; i++) log.info({ i }, 'line ' + i); process.exit(3);`);
  const [code] = await exited;
  assert.equal(code, 3);
  const msgs = lines().map((line) => line.msg);
  assert.equal(msgs.length, 5000);
  assert.deepEqual(msgs, Array.from({ length: 5000 }, (_, i) => `line ${i}`));
});

test('lines logged before an uncaught error ends the process are written', async () => {
  const { lines, exited, out } = run(`log.info('before'); log.error('about to fail'); throw new Error('boom');`);
  const [code] = await exited;
  assert.equal(code, 1);
  assert.deepEqual(lines().map((line) => line.msg), ['before', 'about to fail']);
  assert.match(out.stderr, /boom/);
});

test('lines logged by a SIGTERM handler that exits are written', async () => {
  const { child, lines, exited } = run(
    `process.once('SIGTERM', () => { log.info('stopping'); process.exit(0); }); log.info('ready'); setInterval(() => undefined, 1000);`,
  );
  await eventually(async () => lines().map((line) => line.msg), (msgs) => msgs.length > 0);
  assert.deepEqual(lines().map((line) => line.msg), ['ready']);
  child.kill('SIGTERM');
  const [code] = await exited;
  assert.equal(code, 0);
  assert.deepEqual(lines().map((line) => line.msg), ['ready', 'stopping']);
});

test('loggers of one process share one buffered output: their lines never interleave mid-line', async () => {
  const { lines, exited } = run(
    `const other = (await import('./server/platform/logger.ts')).createLogger('info');
     for (let i = 0; i < 2000; i++) { log.info({ from: 'a', pad: 'x'.repeat(i % 300) }, 'a' + i); other.info({ from: 'b' }, 'b' + i); }
     process.exit(0);`,
  );
  await exited;
  const msgs = lines().map((line) => line.msg);
  assert.equal(msgs.length, 4000);
  assert.deepEqual(msgs.slice(0, 4), ['a0', 'b0', 'a1', 'b1']);
});
