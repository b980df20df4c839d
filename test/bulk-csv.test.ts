// Bulk jobs from an uploaded CSV file, and the account's recipient limit, through HTTP on sandbox connections
// (pacing off, a worker in process, a database of this file's own).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { components } from '../server/generated/openapi.js';
import { jobsOf } from './helpers/bulk-jobs.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { buildAccount, signIn, uniqueEmail, type TestAccount } from './helpers/factories.js';
import { linkSandbox } from './helpers/sandbox-messaging.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';

type Schemas = components['schemas'];
type Job = Schemas['BulkJob'];
let numbers = 0;
const number = () => `+1202559${String(++numbers).padStart(4, '0')}`;
const ADMIN_PASSWORD = 'platform admin password';

describe('bulk jobs from a CSV file, and the recipient limit', () => {
  const adminEmail = uniqueEmail('bulk-admin');
  let database: ScratchDatabase;
  let server: TestServer;
  let owner: TestAccount;
  let admin: TestAccount;
  let connection: Schemas['Connection'];

  before(async () => {
    database = await createScratchDatabase();
    server = await startTestServer({
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: `${testEnv().redisPrefix}bulk-csv-${randomBytes(4).toString('hex')}:`,
      PARLEY_ROLE: 'all',
      MESSAGE_PACING: 'false',
      ADMIN_EMAIL: adminEmail,
      ADMIN_PASSWORD,
    });
    admin = await signIn(server.client, adminEmail, ADMIN_PASSWORD);
    owner = await buildAccount(server.client);
    connection = await linkSandbox(server.client, owner.key, number());
    const template = await server.client.post('/v1/templates', { name: 'csv_order', language: 'en', category: 'utility', body: 'Hi {{name}}, order {{order}} ships today' }, { key: owner.key });
    assert.equal(template.status, 201, JSON.stringify(template.body));
  });
  after(async () => {
    await server?.stop();
    await database?.drop();
  });

  const upload = async (csv: string | Buffer, key = owner.key) => {
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'recipients.csv');
    const response = await server.client.request<Schemas['Media']>('POST', '/v1/media', undefined, { key, raw: form });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    return response.body.id;
  };
  const create = (body: Record<string, unknown>) => jobsOf(server, owner.key).create({ connection_ids: [connection.id], template: { name: 'csv_order', language: 'en' }, ...body });
  const fromCsv = async (csv: string | Buffer) => create({ recipients_csv: { media_id: await upload(csv) } });
  const jobCount = () => server.services.db.system(async (trx) => Number((await trx('bulk_jobs').count({ n: '*' }))[0]!.n));
  const setLimit = (accountId: string, limit: number | null, as = admin) =>
    server.client.request<Schemas['Account']>('PATCH', `/v1/admin/accounts/${accountId}`, { limits: { bulk_job_recipients: limit } }, { cookie: as.cookie, csrf: as.csrf });

  test('each row is a recipient with its line; the other columns are the variables; bad rows are skipped or failed with reasons', async () => {
    const [ada, bo, cy] = [number(), number(), number()];
    const csv = [
      '\ufeffPhone,Name,order,notes',
      `${ada},Ada,A-1,likes tea`,
      `"${bo}","Bo, Jr.",B-2,`,
      '',
      `not a number,Nobody,X-0,`,
      `${ada},Ada again,A-9,`,
      `,No phone,N-1,`,
      `${cy},Cy,C-3,vip,extra cell`,
      `${number()},Dee,,`,
    ].join('\r\n');
    const response = await fromCsv(csv);
    assert.equal(response.status, 201, JSON.stringify(response.body));
    assert.equal(response.body.counts.total, 7);
    const job = await jobsOf(server, owner.key).waitFor(response.body.id, (j) => j.status === 'completed');
    assert.equal(job.counts.sent + job.counts.delivered + job.counts.read, 2, JSON.stringify(job.counts));

    const list = await jobsOf(server, owner.key).recipients(job.id);
    const outcome = list.map((r) => [r.line, r.status, r.reason?.code ?? null]);
    assert.deepEqual(outcome, [
      [2, 'queued', null],
      [3, 'queued', null],
      [5, 'skipped', 'phone_number_invalid'],
      [6, 'skipped', 'duplicate'],
      [7, 'skipped', 'phone_number_invalid'],
      [8, 'skipped', 'row_invalid'],
      [9, 'failed', 'template_variables_missing'],
    ]);
    assert.match(list[5]!.reason!.message, /5 cells; the header has 4 columns/);
    assert.match(list[6]!.reason!.message, /'order'/);
    // Only the template's variables are passed: `notes` is no variable of it, and no recipient fails for it.
    const texts = await server.services.db.system(async (trx) => (await trx('messages').where({ bulk_job_id: job.id }).orderBy('to_phone').pluck('content')) as Array<{ body: string }>);
    assert.deepEqual(texts.map((t) => t.body).sort(), ['Hi Ada, order A-1 ships today', 'Hi Bo, Jr., order B-2 ships today']);
    const exported = await server.client.get<string>(`/v1/bulk-jobs/${job.id}/results`, { key: owner.key, headers: { accept: 'text/csv' } });
    assert.match(exported.body.split('\r\n')[3]!, /^2,5,not a number,,skipped,phone_number_invalid,/);
  });

  test('a file that cannot be read as a whole, or has no recipients, creates no job, with a typed error naming the field', async () => {
    const before = await jobCount();
    const param = 'recipients_csv.media_id';
    const latin1 = Buffer.from(`phone,name,order\n${number()},Jos\u00e9,1\n`, 'latin1');
    const cases: Array<[string | Buffer, string]> = [
      [latin1, 'csv_encoding_invalid'],
      [`mobile,name,order\n${number()},Al,1\n`, 'csv_phone_column_missing'],
      ['', 'csv_phone_column_missing'],
      [`phone,name,Name\n${number()},a,b\n`, 'csv_header_invalid'],
      [`phone,name,order\n${number()},"open\n`, 'csv_malformed'],
    ];
    for (const [csv, code] of cases) {
      const error = assertError(await fromCsv(csv), 400, code);
      assert.equal(error.param, param);
      assert.match(error.message, /no job was created/i);
    }
    assertError(await create({ recipients_csv: { media_id: 'med_00000000000000000000000000' } }), 404, 'resource_missing');
    const stranger = await buildAccount(server.client);
    assertError(await create({ recipients_csv: { media_id: await upload(`phone\n${number()}\n`, stranger.key) } }), 404, 'resource_missing');
    const empty = assertError(await fromCsv('phone,name,order\r\n\r\n'), 400, 'bulk_job_no_recipients');
    assert.equal(empty.param, 'recipients_csv');
    assertError(await create({ contacts: { tags: ['nobody-has-this-tag'] } }), 400, 'bulk_job_no_recipients');
    const both = await create({ recipients: [{ to: number() }], recipients_csv: { media_id: await upload(`phone\n${number()}\n`) } });
    assertError(both, 400, 'parameter_unexpected');
    assert.equal(await jobCount(), before);
  });

  test("the account's recipient limit: shown on the account, set by the platform admin, enforced for every source", async () => {
    const account = await buildAccount(server.client);
    const own = await server.client.get<Schemas['CurrentAccount']>('/v1/account', { key: account.key });
    assertConforms('getAccount', own);
    assert.equal(own.body.limits.bulk_job_recipients, 1_000_000, "the enterprise plan's, which test servers start accounts on");

    assertError(await setLimit(account.account.id, 2, account), 403, 'platform_admin_required');
    assertError(await setLimit(account.account.id, -1), 400, 'parameter_invalid');
    assertError(await setLimit('acct_00000000000000000000000000', 2), 404, 'resource_missing');
    const set = await setLimit(account.account.id, 2);
    assertConforms('adminUpdateAccount', set);
    assert.equal(set.body.limits.bulk_job_recipients, 2);
    assert.equal((await server.client.get<Schemas['CurrentAccount']>('/v1/account', { key: account.key })).body.limits.bulk_job_recipients, 2);

    const sender = await linkSandbox(server.client, account.key, number());
    const text = { connection_ids: [sender.id], type: 'text', text: { body: 'hello' } };
    const post = (body: Record<string, unknown>) => server.client.post<Job>('/v1/bulk-jobs', { ...text, ...body }, { key: account.key });
    const three = [number(), number(), number()];
    for (const to of three) assert.equal((await server.client.post('/v1/contacts', { phone_number: to, tags: ['three'] }, { key: account.key })).status, 201);
    const before = await jobCount();
    const overJson = assertError(await post({ recipients: three.map((to) => ({ to })) }), 403, 'plan_limit_reached');
    assert.match(overJson.message, /allows 2 recipients in one bulk job, and this one has 3/);
    assert.deepEqual(overJson.limit, { name: 'bulk_job_recipients', value: 2, used: 3, plan: 'enterprise' });
    assert.equal(overJson.param, 'bulk_job_recipients');
    assertError(await post({ contacts: { tags: ['three'] } }), 403, 'plan_limit_reached');
    assertError(await post({ recipients_csv: { media_id: await upload(`phone\n${three.join('\n')}\n`, account.key) } }), 403, 'plan_limit_reached');
    assert.equal(await jobCount(), before);
    assert.equal((await post({ recipients: three.slice(0, 2).map((to) => ({ to })) })).status, 201);

    const reset = await setLimit(account.account.id, null);
    assert.equal(reset.body.limits.bulk_job_recipients, 1_000_000);
    assert.equal((await post({ contacts: { tags: ['three'] } })).status, 201);
  });
});
