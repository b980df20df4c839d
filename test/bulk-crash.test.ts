// A bulk job survives its worker being SIGKILLed mid-job: the next worker's runner goes on from the recipients
// still pending, and every recipient ends up with exactly one message. Workers run as processes of their own,
// on a database of this file's own; the API runs in process.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { components } from '../server/generated/openapi.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { buildAccount, type TestAccount } from './helpers/factories.js';
import { linkSandbox } from './helpers/sandbox-messaging.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';
import { killAll, spawnWorker, type WorkerProcess } from './helpers/worker-process.js';

type Job = components['schemas']['BulkJob'];
const TOTAL = 120;
/** Killed once this many recipients have a message: well into the job, far from its end. */
const KILL_AT = 20;

describe('a bulk job whose worker is SIGKILLed mid-job', () => {
  const redisPrefix = `${testEnv().redisPrefix}bulk-kill-${randomBytes(4).toString('hex')}:`;
  const workers: WorkerProcess[] = [];
  let database: ScratchDatabase;
  let api: TestServer;
  let owner: TestAccount;

  const spawn = async (name: string) => {
    const worker = await spawnWorker(name, { DATABASE_URL: database.url, REDIS_KEY_PREFIX: redisPrefix, MESSAGE_PACING: 'false' });
    workers.push(worker);
    return worker;
  };
  const get = async (id: string) => (await api.client.get<Job>(`/v1/bulk-jobs/${id}`, { key: owner.key })).body;

  before(async () => {
    database = await createScratchDatabase();
    api = await startTestServer({ PARLEY_ROLE: 'api', REDIS_KEY_PREFIX: redisPrefix, DATABASE_URL: database.url });
    owner = await buildAccount(api.client, { account_name: 'Bulk Kill Co' });
  });
  after(async () => {
    await killAll(workers);
    await api?.stop();
    await database?.drop();
  });

  test('every recipient gets exactly one message once the next worker takes over, and the job completes', async (t) => {
    const victim = await spawn('worker killed mid-job');
    const a = await linkSandbox(api.client, owner.key, '+12025554001');
    const b = await linkSandbox(api.client, owner.key, '+12025554002');
    const recipients = Array.from({ length: TOTAL }, (_, i) => ({ to: `+1202555${String(5000 + i)}` }));
    const created = await api.client.post<Job>('/v1/bulk-jobs', { connection_ids: [a.id, b.id], type: 'text', text: { body: 'kill me' }, recipients }, { key: owner.key });
    assert.equal(created.status, 201, JSON.stringify(created.body));

    const deadline = Date.now() + 30_000;
    let atKill: Job['counts'];
    for (;;) {
      const job = await get(created.body.id);
      if (job.counts.total - job.counts.pending >= KILL_AT) {
        victim.child.kill('SIGKILL');
        atKill = job.counts;
        break;
      }
      if (Date.now() > deadline) assert.fail(`the job did not get going: ${JSON.stringify(job)}\n${victim.output()}`);
      await sleep(20);
    }
    await once(victim.child, 'exit');
    t.diagnostic(`SIGKILL with ${JSON.stringify(atKill)}`);
    assert.ok(atKill.pending > 0, 'the job had finished before the kill; the test proves nothing');

    const successor = await spawn('successor worker');
    const finish = Date.now() + 90_000;
    let job = await get(created.body.id);
    while (job.status !== 'completed') {
      if (Date.now() > finish) assert.fail(`the job did not complete: ${JSON.stringify(job)}\n${successor.output()}`);
      await sleep(250);
      job = await get(created.body.id);
    }
    assert.equal(job.counts.sent + job.counts.delivered + job.counts.read, TOTAL);
    const rows = await api.services.db.system(
      async (trx) => (await trx('messages').where({ bulk_job_id: created.body.id, direction: 'outbound' }).select('to_phone', 'status')) as Array<{ to_phone: string; status: string }>,
    );
    const perNumber = new Map<string, number>();
    for (const row of rows) perNumber.set(row.to_phone, (perNumber.get(row.to_phone) ?? 0) + 1);
    assert.equal(perNumber.size, TOTAL);
    assert.ok([...perNumber.values()].every((n) => n === 1), 'one message per recipient');
  });
});
