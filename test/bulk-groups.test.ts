// Bulk jobs to WhatsApp groups on sandbox connections: a recipient may be a group id, sent to as a group message
// like a single send; a group the job's connection is not in fails with group_not_found, as a single send does;
// a job spread over several connections skips group recipients (only a connection in the group may write to it).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { components } from '../server/generated/openapi.js';
import { jobsOf } from './helpers/bulk-jobs.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { eventually } from './helpers/eventually.js';
import { buildAccount, type TestAccount } from './helpers/factories.js';
import { linkSandbox } from './helpers/sandbox-messaging.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';

type Schemas = components['schemas'];
const ALICE = '+14155550160';
const BOB = '+14155550161';
const CAROL = '+14155550162';

describe('bulk jobs to groups (sandbox network)', () => {
  let database: ScratchDatabase;
  let server: TestServer;
  let owner: TestAccount;
  let alice: Schemas['Connection'];
  let bob: Schemas['Connection'];

  before(async () => {
    database = await createScratchDatabase();
    server = await startTestServer({
      PARLEY_ROLE: 'all',
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: `${testEnv().redisPrefix}bulk-groups-${randomBytes(4).toString('hex')}:`,
      MESSAGE_PACING: 'false',
    });
    owner = await buildAccount(server.client);
    [alice, bob] = await Promise.all([ALICE, BOB].map((n) => linkSandbox(server.client, owner.key, n))) as [Schemas['Connection'], Schemas['Connection']];
  });
  after(async () => {
    await server?.stop();
    await database?.drop();
  });

  const createGroup = async (connectionId: string, subject: string, participants: string[]) => {
    const created = await server.client.post<Schemas['GroupCreated']>(`/v1/connections/${connectionId}/groups`, { subject, participants }, { key: owner.key });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    return created.body.group.id;
  };

  test("a group id recipient gets a group message; a group of another connection fails with group_not_found; a bad id is skipped", async () => {
    const mine = await createGroup(alice.id, 'Bulk mine', [BOB]);
    const foreign = await createGroup(bob.id, 'Bulk foreign', [CAROL]);
    const jobs = jobsOf(server, owner.key);
    const created = await jobs.create({
      connection_ids: [alice.id],
      type: 'text',
      text: { body: 'Hello groups' },
      recipients: [{ to: ` ${mine} ` }, { to: foreign }, { to: mine }, { to: '123@g.us.example' }],
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const job = await jobs.waitFor(created.body.id, (j) => j.status === 'completed');
    const rows = await jobs.recipients(job.id);
    assert.deepEqual(rows.map((r) => [r.phone_number, r.status, r.reason?.code ?? null]), [
      [mine, 'queued', null],
      [foreign, 'queued', null],
      [mine, 'skipped', 'duplicate'],
      [null, 'skipped', 'phone_number_invalid'],
    ]);
    const messageOf = async (id: string) => (await server.client.get<Schemas['Message']>(`/v1/messages/${id}`, { key: owner.key })).body;
    await eventually(() => messageOf(rows[0]!.message_id!), (m) => m.status !== 'queued' && m.status !== 'sending', 10_000);
    const sent = await messageOf(rows[0]!.message_id!);
    assert.equal(sent.to, mine);
    assert.notEqual(sent.status, 'failed', JSON.stringify(sent));
    const refused = await eventually(() => messageOf(rows[1]!.message_id!), (m) => m.status === 'failed', 10_000);
    assert.equal(refused.error?.code, 'group_not_found');
  });

  test('a job over several connections skips group recipients (group_needs_single_connection) and sends to the numbers', async () => {
    const group = await createGroup(alice.id, 'Bulk spread', [BOB]);
    const jobs = jobsOf(server, owner.key);
    const created = await jobs.create({ connection_ids: [alice.id, bob.id], type: 'text', text: { body: 'Spread' }, recipients: [{ to: group }, { to: CAROL }] });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const job = await jobs.waitFor(created.body.id, (j) => j.status === 'completed');
    const rows = await jobs.recipients(job.id);
    assert.deepEqual(rows.map((r) => [r.phone_number, r.status, r.reason?.code ?? null]), [
      [group, 'skipped', 'group_needs_single_connection'],
      [CAROL, 'queued', null],
    ]);
  });
});
