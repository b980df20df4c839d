// The LISTEN connection every worker keeps (server/platform/db/listener.ts), against the run's real PostgreSQL:
// what it logs when the database ends it, as PostgreSQL does to every connection when it shuts down.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import knexFactory from 'knex';
import { pino } from 'pino';
import { ChannelListener } from '../server/platform/db/listener.js';
import { testEnv } from './helpers/server.js';

test('a LISTEN connection the database terminates (57P01, as at shutdown) is logged at debug without a stack, and replaced', { timeout: 30_000 }, async () => {
  const lines: Array<{ level: number; msg: string; err?: unknown }> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as (typeof lines)[number]);
      done();
    },
  });
  const channel = `parley_test_${randomBytes(4).toString('hex')}`;
  let listenings = 0;
  const listener = new ChannelListener({
    connection: testEnv().databaseUrl,
    channel,
    logger: pino({ level: 'debug' }, sink),
    name: 'test',
    onNotification: () => undefined,
    onListening: () => listenings++,
  });
  const admin = knexFactory({ client: 'pg', connection: testEnv().databaseUrl });
  try {
    await listener.start();
    const terminated = await admin.raw<{ rows: Array<{ ended: boolean }> }>(
      `select pg_terminate_backend(pid) as ended from pg_stat_activity where query = ?`,
      [`listen ${channel}`],
    );
    assert.deepEqual(terminated.rows, [{ ended: true }]);
    const deadline = Date.now() + 10_000;
    while (listenings < 2) {
      if (Date.now() > deadline) assert.fail(`not listening again:\n${JSON.stringify(lines)}`);
      await sleep(50);
    }
    const ended = lines.filter((line) => line.msg.includes('LISTEN connection'));
    assert.equal(ended.length, 1, JSON.stringify(lines));
    assert.equal(ended[0]!.level, 20, 'debug');
    assert.equal(ended[0]!.err, undefined, 'no error object, so no stack');
    assert.ok(lines.every((line) => line.level < 40), `nothing at warn or above: ${JSON.stringify(lines)}`);
  } finally {
    await listener.stop();
    await admin.destroy();
  }
});
