// A bulk job's own rate, the runner's wake when a job is created or resumed, and bulk_job.failed, through HTTP on
// sandbox connections with pacing off (so only the job's rate spaces its messages). Each suite has a database of
// its own, since a runner steps the jobs of every account in its database.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import { startBulkRunner } from '../server/bulk/runner.js';
import type { components } from '../server/generated/openapi.js';
import { jobsOf } from './helpers/bulk-jobs.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { buildAccount, type TestAccount } from './helpers/factories.js';
import { linkSandbox } from './helpers/sandbox-messaging.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';

type Schemas = components['schemas'];
type Job = Schemas['BulkJob'];
let numbers = 0;
const number = () => `+1202558${String(++numbers).padStart(4, '0')}`;

/** When each of the job's messages was made, in order (those a pause called back included). */
const madeAt = (server: TestServer, id: string) =>
  server.services.db.system(async (trx) => ((await trx('messages').where({ bulk_job_id: id }).orderBy('created_at').pluck('created_at')) as Date[]).map((at) => at.getTime()));

describe('bulk job rate (sandbox network)', () => {
  let database: ScratchDatabase;
  let server: TestServer;
  let owner: TestAccount;
  let first: Schemas['Connection'];
  let second: Schemas['Connection'];
  let jobs: ReturnType<typeof jobsOf>;

  before(async () => {
    database = await createScratchDatabase();
    server = await startTestServer({
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: `${testEnv().redisPrefix}bulk-rate-${randomBytes(4).toString('hex')}:`,
      PARLEY_ROLE: 'all',
      MESSAGE_PACING: 'false',
    });
    owner = await buildAccount(server.client);
    first = await linkSandbox(server.client, owner.key, number());
    second = await linkSandbox(server.client, owner.key, number());
    jobs = jobsOf(server, owner.key);
  });
  after(async () => {
    await server?.stop();
    await database?.drop();
  });

  const text = { type: 'text', text: { body: 'Doors open at nine' } };
  const eventTypes = async (id: string) =>
    server.services.db.system(async (trx) => (await trx('events').whereRaw(`data->'object'->>'id' = ?`, [id]).orderBy('id').pluck('type')) as string[]);

  test('a job with a rate of 120 a minute makes its messages at most one per half second across both connections, and completes', async () => {
    const response = await jobs.create({ connection_ids: [first.id, second.id], ...text, recipients: Array.from({ length: 8 }, () => ({ to: number() })), rate: 120 });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    assert.equal(response.body.rate, 120);
    const job = await jobs.waitFor(response.body.id, (j) => j.status === 'completed');
    assert.equal(job.rate, 120);
    assert.equal(job.counts.sent + job.counts.delivered + job.counts.read, 8);
    const made = await madeAt(server, job.id);
    assert.equal(made.length, 8);
    // The schedule never lets a message go before its turn, so 8 messages span at least 7 half seconds (less a
    // little for the step's own duration); without the rate both connections' windows would take all 8 at once.
    assert.ok(made.at(-1)! - made[0]! >= 3_000, `8 messages made within ${made.at(-1)! - made[0]!} ms`);
    const inFirstTwoSeconds = made.filter((at) => at - made[0]! <= 2_000).length;
    assert.ok(inFirstTwoSeconds <= 6, `${inFirstTwoSeconds} messages in the first 2 s at 120 a minute`);
    assert.deepEqual(await eventTypes(job.id), ['bulk_job.started', 'bulk_job.completed']);
  });

  test('a job with a rate of 60 a minute has made at most a handful of its 20 messages after 3 s', async () => {
    const response = await jobs.create({ connection_ids: [first.id, second.id], ...text, recipients: Array.from({ length: 20 }, () => ({ to: number() })), rate: 60 });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    await jobs.waitFor(response.body.id, (j) => j.status === 'running');
    await sleep(3_000);
    const made = (await madeAt(server, response.body.id)).length;
    assert.ok(made >= 2 && made <= 5, `${made} messages after about 3 s at 60 a minute`);
    const paused = await jobs.act(response.body.id, 'pause');
    assert.equal(paused.status, 200, JSON.stringify(paused.body));
    assert.equal(paused.body.rate, 60);
  });

  test('a job without a rate (null) sends as before: both connection windows are filled in one step', async () => {
    const response = await jobs.create({ connection_ids: [first.id, second.id], ...text, recipients: Array.from({ length: 8 }, () => ({ to: number() })), rate: null });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    assert.equal(response.body.rate, null);
    const job = await jobs.waitFor(response.body.id, (j) => j.status === 'completed');
    const made = await madeAt(server, job.id);
    assert.equal(made.length, 8);
    assert.ok(made.at(-1)! - made[0]! < 1_000, `8 messages without a rate took ${made.at(-1)! - made[0]!} ms to make`);
    const omitted = await jobs.create({ connection_ids: [first.id], ...text, recipients: [{ to: number() }] });
    assert.equal(omitted.body.rate, null);
  });

  test('a rate that is not an integer from 1 to 1000 answers 400 and creates nothing', async () => {
    const count = () => server.services.db.system(async (trx) => Number((await trx('bulk_jobs').count({ n: '*' }))[0]!.n));
    const before = await count();
    for (const rate of [0, -5, 1001, 1.5, '60', true]) {
      const response = await jobs.create({ connection_ids: [first.id], ...text, recipients: [{ to: number() }], rate });
      const error = assertError(response, 400, 'parameter_invalid');
      assert.equal(error.param, 'rate', JSON.stringify(response.body));
    }
    assert.equal(await count(), before);
  });

  test('a job whose every connection is logged out fails with bulk_job.failed, carrying the failed job', async () => {
    const third = await linkSandbox(server.client, owner.key, number());
    const response = await jobs.create({ connection_ids: [third.id], ...text, recipients: [{ to: number() }], send_at: new Date(Date.now() + 1_500).toISOString() });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    const logout = await server.client.post(`/v1/connections/${third.id}/logout`, undefined, { key: owner.key });
    assert.equal(logout.status, 200, JSON.stringify(logout.body));
    const job = await jobs.waitFor(response.body.id, (j) => j.status === 'failed');
    assert.deepEqual(await eventTypes(job.id), ['bulk_job.started', 'bulk_job.failed']);
    const events = await server.client.get<Schemas['EventList']>('/v1/events?type=bulk_job.failed', { key: owner.key });
    assertConforms('listEvents', events);
    const event = events.body.data.find((e) => e.type === 'bulk_job.failed' && (e.data.object as Job).id === job.id);
    assert.ok(event, JSON.stringify(events.body));
    const object = event.data.object as Job;
    assert.equal(object.status, 'failed');
    assert.equal(object.counts.failed, 1);
  });
});

describe('the bulk job runner wakes when a job is created or resumed', () => {
  let database: ScratchDatabase;
  let server: TestServer;
  let owner: TestAccount;
  let connectionIds: string[];
  let stopRunner: () => void;
  let jobs: ReturnType<typeof jobsOf>;

  before(async () => {
    database = await createScratchDatabase();
    // An API server only: no runner ticks in it. The test's own runner ticks once an hour, so within this test
    // only the NOTIFY of a created or resumed job can step a job. With no worker nothing sends the messages,
    // so they stay queued, which is what is observed; the connections are rows that no worker claims.
    server = await startTestServer({
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: `${testEnv().redisPrefix}bulk-wake-${randomBytes(4).toString('hex')}:`,
      PARLEY_ROLE: 'api',
    });
    owner = await buildAccount(server.client);
    connectionIds = [`conn_${randomBytes(8).toString('hex')}`, `conn_${randomBytes(8).toString('hex')}`];
    await server.services.db.system((trx) =>
      trx('connections').insert(connectionIds.map((id) => ({ id, account_id: owner.account.id, mode: 'test', send_rate: 20, status: 'connected' }))),
    );
    stopRunner = startBulkRunner(server.services, { tickMs: 3_600_000, databaseUrl: database.url });
    jobs = jobsOf(server, owner.key);
  });
  after(async () => {
    stopRunner?.();
    await server?.stop();
    await database?.drop();
  });

  test('a new job starts and gets its first messages although the runner would not tick for an hour; a resumed one gets them again', async () => {
    // The runner looks once when its LISTEN connection is up; a job made after that can only be started by a wake.
    await sleep(500);
    const response = await jobs.create({ connection_ids: connectionIds, type: 'text', text: { body: 'Hello' }, recipients: Array.from({ length: 5 }, () => ({ to: number() })) });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    const started = await jobs.waitFor(response.body.id, (j) => j.status === 'running' && j.counts.queued === 5, 10_000);
    assert.equal(started.counts.pending, 0);

    const paused = (await jobs.act(started.id, 'pause')).body;
    assert.equal(paused.status, 'paused');
    assert.equal(paused.counts.pending, 5);
    const resumed = (await jobs.act(started.id, 'resume')).body;
    assert.equal(resumed.status, 'running');
    const again = await jobs.waitFor(started.id, (j) => j.counts.queued === 5, 10_000);
    assert.equal(again.counts.pending, 0);
  });
});
