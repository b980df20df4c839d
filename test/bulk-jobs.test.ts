// Bulk jobs through HTTP on sandbox connections, pacing off so that a job finishes in seconds: expansion with
// per-recipient outcomes, the runner spreading messages over the job's connections, pause, resume and cancel.
// A worker runs in process on a database of this file's own.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { components } from '../server/generated/openapi.js';
import { jobsOf } from './helpers/bulk-jobs.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { buildAccount, buildApiKey, type TestAccount } from './helpers/factories.js';
import { linkSandbox } from './helpers/sandbox-messaging.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';

type Schemas = components['schemas'];
type Job = Schemas['BulkJob'];
let numbers = 0;
const number = () => `+1202557${String(++numbers).padStart(4, '0')}`;

describe('bulk jobs (sandbox network)', () => {
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
      REDIS_KEY_PREFIX: `${testEnv().redisPrefix}bulk-${randomBytes(4).toString('hex')}:`,
      PARLEY_ROLE: 'all',
      MESSAGE_PACING: 'false',
      // 100,001 recipients in one JSON body, to reach the recipient cap.
      MAX_BODY_BYTES: String(8 * 1024 * 1024),
    });
    owner = await buildAccount(server.client);
    jobs = jobsOf(server, owner.key);
    first = await linkSandbox(server.client, owner.key, number());
    second = await linkSandbox(server.client, owner.key, number());
  });
  after(async () => {
    await server?.stop();
    await database?.drop();
  });

  /** Messages of the job per number, not counting those a pause called back. */
  const sentPerNumber = (id: string) =>
    server.services.db.system(async (trx) => {
      const rows = (await trx('messages').where({ bulk_job_id: id }).whereNot('status', 'canceled').select('to_phone', 'connection_id')) as Array<{ to_phone: string; connection_id: string }>;
      const counts = new Map<string, number>();
      for (const row of rows) counts.set(row.to_phone, (counts.get(row.to_phone) ?? 0) + 1);
      return { counts, connections: new Set(rows.map((row) => row.connection_id)) };
    });
  const eventTypes = async (id: string) =>
    server.services.db.system(async (trx) => (await trx('events').whereRaw(`data->'object'->>'id' = ?`, [id]).orderBy('id').pluck('type')) as string[]);
  const done = (job: Job) => job.status === 'completed';

  test('a job over two connections completes: each valid recipient gets one message; duplicates, invalid and opted-out numbers are skipped with reasons', async () => {
    const optedOut = number();
    const optOut = await server.client.post('/v1/opt-outs', { phone_number: optedOut }, { key: owner.key });
    assert.equal(optOut.status, 201, JSON.stringify(optOut.body));
    const valid = Array.from({ length: 12 }, number);
    const response = await jobs.create({
      connection_ids: [first.id, second.id],
      type: 'text',
      text: { body: 'Our sale starts today' },
      recipients: [...valid.map((to) => ({ to })), { to: valid[0] }, { to: 'not a number' }, { to: optedOut }],
      metadata: { campaign: 'sale' },
    });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    assert.equal(response.body.counts.total, 15);
    assert.equal(response.body.counts.skipped, 3);
    const job = await jobs.waitFor(response.body.id, done);
    assert.equal(job.counts.pending + job.counts.queued, 0);
    assert.equal(job.counts.sent + job.counts.delivered + job.counts.read, 12);
    const { counts, connections } = await sentPerNumber(job.id);
    assert.deepEqual([...counts.keys()].sort(), [...valid].sort());
    assert.ok([...counts.values()].every((n) => n === 1), 'one message per recipient');
    assert.deepEqual(connections, new Set([first.id, second.id]), 'spread across both connections');
    const reasons = (await jobs.recipients(job.id)).filter((r) => r.status === 'skipped').map((r) => r.reason?.code);
    assert.deepEqual(reasons, ['duplicate', 'phone_number_invalid', 'recipient_opted_out']);
    assert.deepEqual(await eventTypes(job.id), ['bulk_job.started', 'bulk_job.completed']);
    const message = await server.client.get<Schemas['Message']>(`/v1/messages/${(await jobs.recipients(job.id))[0]!.message_id}`, { key: owner.key });
    assert.equal(message.body.bulk_job_id, job.id);
    assert.deepEqual(message.body.metadata, { campaign: 'sale', bulk_job_id: job.id });

    const exported = await server.client.get<string>(`/v1/bulk-jobs/${job.id}/results`, { key: owner.key, headers: { accept: 'text/csv' } });
    assertConforms('exportBulkJobResults', exported);
    assert.equal(exported.status, 200);
    assert.match(exported.headers.get('content-type') ?? '', /^text\/csv/);
    const lines = exported.body.trimEnd().split('\r\n');
    assert.equal(lines[0], 'position,line,to,phone_number,status,reason_code,reason,connection_id,message_id,message_status,sent_at,delivered_at,read_at,failed_at');
    assert.equal(lines.length, 16, 'a header and one row per recipient');
    assert.match(lines[14]!, /^13,,not a number,,skipped,phone_number_invalid,not a number is not a valid phone number\.,/);
    assert.match(lines[1]!, new RegExp(`^0,,\\${valid[0]},\\${valid[0]},queued,,,conn_\\w+,msg_\\w+,(sent|delivered|read),`));
  });

  test('the results CSV neutralises cells a spreadsheet would run as formulas (a quote in front); a phone number is left as it is', async () => {
    const ordinary = number();
    const hostile = ['=HYPERLINK("http://x","y")', '@SUM(1)', '-1+1', '\t=1+1', '+1+1'];
    const at = new Date(Date.now() + 3600_000).toISOString();
    const response = await jobs.create({ connection_ids: [first.id], type: 'text', text: { body: 'x' }, recipients: [ordinary, ...hostile].map((to) => ({ to })), send_at: at });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    const exported = await server.client.get<string>(`/v1/bulk-jobs/${response.body.id}/results`, { key: owner.key, headers: { accept: 'text/csv' } });
    assertConforms('exportBulkJobResults', exported);
    const lines = exported.body.trimEnd().split('\r\n');
    assert.match(lines[1]!, new RegExp(`^0,,\\${ordinary},\\${ordinary},pending,`), 'an E.164 number is written as it is');
    assert.ok(lines[2]!.startsWith('1,,"\'=HYPERLINK(""http://x"",""y"")",,skipped,phone_number_invalid,"\'=HYPERLINK('), lines[2]);
    // Read back as a spreadsheet would: no cell starts a formula, and each hostile value is there behind its quote.
    const cells = (parse(exported.body) as string[][]).slice(1);
    for (const cell of cells.flat()) assert.ok(!/^[=+\-@\t\r]/.test(cell) || /^\+\d+$/.test(cell), `a cell starts a formula: ${JSON.stringify(cell)}`);
    assert.deepEqual(cells.map((row) => row[2]), [ordinary, ...hostile.map((to) => `'${to}`)]);
    assert.deepEqual(cells.map((row) => row[3]), [ordinary, '', '', '', '', '']);
    assert.equal((await jobs.act(response.body.id, 'cancel')).status, 200);
  });

  test('a template job: a recipient missing a variable fails with the reason, the others get their own rendering', async () => {
    const template = await server.client.post<Schemas['Template']>('/v1/templates', { name: 'bulk_hello', language: 'en', category: 'marketing', body: 'Hi {{name}}, code {{code}}' }, { key: owner.key });
    assert.equal(template.status, 201, JSON.stringify(template.body));
    const [a, b, c] = [number(), number(), number()];
    const response = await jobs.create({
      connection_ids: [first.id],
      template: { name: 'bulk_hello', language: 'en' },
      recipients: [{ to: a, variables: { name: 'Ada', code: 'A1' } }, { to: b, variables: { name: 'Bob' } }, { to: c, variables: { name: 'Cy', code: 'C3' } }],
    });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    const job = await jobs.waitFor(response.body.id, done);
    assert.equal(job.counts.failed, 1);
    const failed = (await jobs.recipients(job.id)).find((r) => r.to === b)!;
    assert.equal(failed.status, 'failed');
    assert.equal(failed.reason?.code, 'template_variables_missing');
    assert.match(failed.reason!.message, /'code'/);
    const texts = await server.services.db.system(async (trx) => (await trx('messages').where({ bulk_job_id: job.id }).orderBy('to_phone').pluck('content')) as Array<{ body: string }>);
    assert.deepEqual(texts.map((t) => t.body).sort(), ['Hi Ada, code A1', 'Hi Cy, code C3']);
  });

  test('contacts by tags: each tagged contact is a recipient, its attributes and name the variables the template uses', async () => {
    const template = await server.client.post('/v1/templates', { name: 'bulk_city', language: 'en', category: 'utility', body: '{{name}} in {{city}}' }, { key: owner.key });
    assert.equal(template.status, 201, JSON.stringify(template.body));
    const [ada, bo] = [number(), number()];
    for (const contact of [
      { phone_number: ada, name: 'Ada', attributes: { city: 'Paris', plan: 'gold' }, tags: ['launch'] },
      { phone_number: bo, name: 'Bo', attributes: { city: 'Oslo' }, tags: ['launch', 'vip'] },
      { phone_number: number(), name: 'Cy', attributes: { city: 'Rome' }, tags: ['other'] },
    ]) {
      const created = await server.client.post('/v1/contacts', contact, { key: owner.key });
      assert.equal(created.status, 201, JSON.stringify(created.body));
    }
    const response = await jobs.create({ connection_ids: [second.id], template: { name: 'bulk_city', language: 'en' }, contacts: { tags: ['launch'] } });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    assert.equal(response.body.counts.total, 2);
    const job = await jobs.waitFor(response.body.id, done);
    const texts = await server.services.db.system(async (trx) => (await trx('messages').where({ bulk_job_id: job.id }).pluck('content')) as Array<{ body: string }>);
    assert.deepEqual(texts.map((text) => text.body).sort(), ['Ada in Paris', 'Bo in Oslo']);
  });

  test('pause mid-job stops new messages; resume sends every remaining recipient exactly once', async () => {
    const all = Array.from({ length: 60 }, number);
    const response = await jobs.create({ connection_ids: [first.id, second.id], type: 'text', text: { body: 'paused campaign' }, recipients: all.map((to) => ({ to })) });
    assert.equal(response.status, 201);
    await jobs.waitFor(response.body.id, (job) => job.status === 'running');
    const paused = await jobs.act(response.body.id, 'pause');
    assert.equal(paused.status, 200);
    assert.equal(paused.body.status, 'paused');
    assert.ok(paused.body.counts.pending > 0, 'the pause came mid-job');
    const again = await jobs.act(response.body.id, 'pause');
    assertError(again, 409, 'bulk_job_state_invalid');
    await sleep(1_500);
    const held = await jobs.get(response.body.id);
    assert.equal(held.counts.queued, 0, 'nothing waits while paused');
    assert.equal(held.counts.pending, paused.body.counts.pending, 'no new messages while paused');
    assert.equal((await jobs.act(response.body.id, 'resume')).body.status, 'running');
    const job = await jobs.waitFor(response.body.id, done, 30_000);
    const { counts } = await sentPerNumber(job.id);
    assert.equal(counts.size, 60);
    assert.ok([...counts.values()].every((n) => n === 1), 'one message per recipient');
    assert.deepEqual(await eventTypes(job.id), ['bulk_job.started', 'bulk_job.paused', 'bulk_job.completed']);
  });

  test('pausing a job with nothing left to send answers 409 and changes nothing; the job completes as usual', async () => {
    // Every recipient already has an outcome (skipped); the job waits only for its send_at.
    const at = new Date(Date.now() + 2_000).toISOString();
    const response = await jobs.create({ connection_ids: [first.id], type: 'text', text: { body: 'x' }, recipients: [{ to: 'not a number' }, { to: 'nor this' }], send_at: at });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    assert.equal(response.body.status, 'scheduled');
    assert.equal(response.body.counts.skipped, 2);
    const refused = assertError(await jobs.act(response.body.id, 'pause'), 409, 'bulk_job_state_invalid');
    assert.match(refused.message, /has nothing left to pause/);
    assert.equal((await jobs.get(response.body.id)).status, 'scheduled', 'the refused pause changed nothing');
    const job = await jobs.waitFor(response.body.id, done);
    assert.equal(job.counts.skipped, 2);
    assert.deepEqual(await eventTypes(job.id), ['bulk_job.started', 'bulk_job.completed']);
  });

  test('pausing a running job whose recipients all have an outcome, before the runner has completed it, answers 409 and leaves it to complete', async () => {
    const response = await jobs.create({ connection_ids: [first.id], type: 'text', text: { body: 'x' }, recipients: [{ to: number() }] });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    const finished = await jobs.waitFor(response.body.id, done);
    // The moment between the last outcome and the runner's next step, held open: the job is running again with
    // nothing left (no event recorded here), as it is for up to a second after its last message is sent.
    await server.services.db.system((trx) => trx('bulk_jobs').where({ id: finished.id }).update({ status: 'running', completed_at: null }));
    const refused = assertError(await jobs.act(finished.id, 'pause'), 409, 'bulk_job_state_invalid');
    assert.match(refused.message, /has nothing left to pause|is completed/);
    assert.equal((await jobs.waitFor(finished.id, done)).status, 'completed', 'the runner completes it; it is never left paused');
    assert.ok(!(await eventTypes(finished.id)).includes('bulk_job.paused'));
  });

  test('cancel ends the job: waiting recipients are canceled and nothing more is sent', async () => {
    const at = new Date(Date.now() + 3600_000).toISOString();
    const response = await jobs.create({ connection_ids: [first.id], type: 'text', text: { body: 'later' }, recipients: [{ to: number() }, { to: number() }], send_at: at });
    assert.equal(response.body.status, 'scheduled');
    const canceled = await jobs.act(response.body.id, 'cancel');
    assert.equal(canceled.body.status, 'canceled');
    assert.equal(canceled.body.counts.canceled, 2);
    assertError(await jobs.act(response.body.id, 'resume'), 409, 'bulk_job_state_invalid');
    assert.deepEqual(await eventTypes(response.body.id), ['bulk_job.canceled']);
    assert.equal((await sentPerNumber(response.body.id)).counts.size, 0);
  });

  test('recipients page in the order given by recipient id, forwards (starting_after) and back (ending_before); the deprecated after (a position) still works', async () => {
    const given = Array.from({ length: 7 }, number);
    const at = new Date(Date.now() + 3600_000).toISOString();
    const response = await jobs.create({ connection_ids: [first.id], type: 'text', text: { body: 'paged' }, recipients: given.map((to) => ({ to })), send_at: at });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    const id = response.body.id;
    const all = await jobs.recipients(id);
    assert.deepEqual(all.map((r) => r.to), given);
    assert.deepEqual(all.map((r) => r.id), given.map((_, position) => `bjr_${id.slice('bulk_'.length)}_${position}`), 'the id is the job and the position');
    const positions = (page: { data: Array<{ position: number }> }) => page.data.map((r) => r.position);

    const forward: number[][] = [];
    for (let cursor: string | undefined, more = true; more; ) {
      const page = (await jobs.recipientsPage(id, { limit: 3, ...(cursor === undefined ? {} : { starting_after: cursor }) })).body;
      forward.push(positions(page));
      cursor = page.data.at(-1)?.id;
      more = page.has_more;
    }
    assert.deepEqual(forward, [[0, 1, 2], [3, 4, 5], [6]]);

    const backward: number[][] = [];
    for (let cursor = all.at(-1)!.id, more = true; more; ) {
      const page = (await jobs.recipientsPage(id, { limit: 4, ending_before: cursor })).body;
      backward.push(positions(page));
      cursor = page.data[0]!.id;
      more = page.has_more;
    }
    assert.deepEqual(backward, [[2, 3, 4, 5], [0, 1]], 'ending_before pages back, each page still in the order given');

    const legacy = (await jobs.recipientsPage(id, { after: 4 })).body;
    assert.deepEqual(positions(legacy), [5, 6]);
    assert.equal(legacy.has_more, false);
    assert.deepEqual(positions((await jobs.recipientsPage(id, { limit: 2, after: 0 })).body), [1, 2]);

    const foreign = await jobs.recipientsPage(id, { starting_after: 'bjr_01JD3Z0Q8S1W2E3R4T5Y6U7I8O_1' });
    assert.equal(assertError(foreign, 400, 'parameter_invalid').param, 'starting_after');
    const malformed = await jobs.recipientsPage(id, { ending_before: all[1]!.id.replace('bjr_', 'msg_') });
    assert.equal(assertError(malformed, 400, 'parameter_invalid').param, 'ending_before');
    const both = await jobs.recipientsPage(id, { starting_after: all[1]!.id, after: 1 });
    assertError(both, 400, 'parameter_conflict');
    assert.equal((await jobs.act(id, 'cancel')).status, 200);
  });

  test('a job whose every connection is logged out fails its waiting recipients; a logged-out connection is refused for a new job (409)', async () => {
    const third = await linkSandbox(server.client, owner.key, number());
    const at = new Date(Date.now() + 1_500).toISOString();
    const response = await jobs.create({ connection_ids: [third.id], type: 'text', text: { body: 'soon' }, recipients: [{ to: number() }], send_at: at });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    const logout = await server.client.post(`/v1/connections/${third.id}/logout`, undefined, { key: owner.key });
    assert.equal(logout.status, 200, JSON.stringify(logout.body));
    assertError(await jobs.create({ connection_ids: [third.id], type: 'text', text: { body: 'x' }, recipients: [{ to: number() }] }), 409, 'connection_logged_out');
    const job = await jobs.waitFor(response.body.id, (j) => j.status === 'failed');
    assert.equal(job.counts.failed, 1);
    assert.equal((await jobs.recipients(job.id))[0]!.reason?.code, 'connections_unavailable');
  });

  test('bad input creates nothing: a connection of another mode, too many recipients, an unknown template, no content', async () => {
    const before = await server.services.db.system(async (trx) => Number((await trx('bulk_jobs').count({ n: '*' }))[0]!.n));
    const liveKey = await buildApiKey(server.client, owner, { name: 'live', mode: 'live' });
    const live = await server.client.post<Schemas['Connection']>('/v1/connections', { name: 'live one' }, { key: liveKey.secret });
    assert.equal(live.status, 201, JSON.stringify(live.body));
    const text = { type: 'text', text: { body: 'x' } };
    assertError(await jobs.create({ connection_ids: [first.id, live.body.id], ...text, recipients: [{ to: number() }] }), 404, 'resource_missing');
    // The Business plan's limit (test servers start accounts on Enterprise's, 1,000,000).
    await server.services.db.system((trx) => trx('accounts').where({ id: owner.account.id }).update({ limit_overrides: { bulk_job_recipients: 100_000 } }));
    const many = Array.from({ length: 100_001 }, (_, i) => ({ to: `+1202558${String(i % 10_000).padStart(4, '0')}` }));
    const tooMany = assertError(await jobs.create({ connection_ids: [first.id], ...text, recipients: many }), 403, 'plan_limit_reached');
    assert.equal(tooMany.param, 'bulk_job_recipients');
    await server.services.db.system((trx) => trx('accounts').where({ id: owner.account.id }).update({ limit_overrides: {} }));
    assertError(await jobs.create({ connection_ids: [first.id], template: { name: 'nope', language: 'en' }, recipients: [{ to: number() }] }), 404, 'resource_missing');
    assertError(await jobs.create({ connection_ids: [first.id], recipients: [{ to: number() }] }), 400, 'parameter_missing');
    const after = await server.services.db.system(async (trx) => Number((await trx('bulk_jobs').count({ n: '*' }))[0]!.n));
    assert.equal(after, before);
  });
});
