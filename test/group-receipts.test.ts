// Receipts per participant for group messages on sandbox connections, through HTTP: each member's phone reports
// the message delivered, then read; the message's summary counts them; its own status becomes delivered and read
// only once every participant has reached that point; each change is one `message.receipt_updated` event.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { components } from '../server/generated/openapi.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { eventually } from './helpers/eventually.js';
import { buildAccount, buildApiKey, type TestAccount } from './helpers/factories.js';
import { hasStatus, linkSandbox, send, waitForMessage } from './helpers/sandbox-messaging.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';

type Schemas = components['schemas'];
type ReceiptList = Schemas['MessageReceiptList'];

const ALICE = '+14155550170';
const BOB = '+14155550171';
const CARA = '+14155550172';
const DAN = '+14155550173';

describe('group receipts (sandbox)', () => {
  let database: ScratchDatabase;
  let server: TestServer;
  let owner: TestAccount;
  let alice: Schemas['Connection'];
  let groupId: string;

  before(async () => {
    database = await createScratchDatabase();
    server = await startTestServer({
      PARLEY_ROLE: 'all',
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: `${testEnv().redisPrefix}group-receipts-${randomBytes(4).toString('hex')}:`,
    });
    owner = await buildAccount(server.client, { account_name: 'Group Receipts Co' });
    alice = await linkSandbox(server.client, owner.key, ALICE, { send_rate: 60 });
    const created = await server.client.post<Schemas['GroupCreated']>(`/v1/connections/${alice.id}/groups`, { subject: 'Crew', participants: [BOB, CARA, DAN] }, { key: owner.key });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    groupId = created.body.group.id;
  });
  after(async () => {
    await server?.stop();
    await database?.drop();
  });

  const receiptsOf = async (messageId: string, query = '') => {
    const response = await server.client.get<ReceiptList>(`/v1/messages/${messageId}/receipts${query}`, { key: owner.key });
    assertConforms('listMessageReceipts', response);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    return response.body;
  };
  const eventsOf = async (type: string, messageId: string) =>
    (await server.services.db.system((trx) => trx('events').where({ type }).whereRaw(`data->'object'->>'message_id' = ?`, [messageId]).orderBy('id'))).map(
      (row: { data: { object: Schemas['MessageReceipt'] } }) => row.data.object,
    );
  const typesOf = async (messageId: string) =>
    (await server.services.db.system((trx) => trx('events').whereRaw(`data->'object'->>'id' = ?`, [messageId]).orderBy('id'))).map((row: { type: string }) => row.type);

  test('each participant reports delivered then read; the message is read once all have; one event per change', async () => {
    const accepted = await send(server.client, owner.key, { connection_id: alice.id, to: groupId, type: 'text', text: { body: 'Lunch at 1?' } });
    assert.deepEqual(accepted.receipts, { recipients: null, delivered: 0, read: 0 });
    const read = await waitForMessage(server.client, owner.key, accepted.id, hasStatus('read'));
    assert.deepEqual(read.receipts, { recipients: 3, delivered: 3, read: 3 });
    assert.ok(read.delivered_at && read.read_at);

    const receipts = await receiptsOf(accepted.id);
    assert.equal(receipts.has_more, false);
    assert.deepEqual(receipts.data.map((r) => r.participant.phone_number).sort(), [BOB, CARA, DAN]);
    for (const receipt of receipts.data) {
      assert.equal(receipt.message_id, accepted.id);
      assert.match(receipt.participant.lid ?? '', /^\d+@lid$/);
      assert.ok(receipt.delivered_at && receipt.read_at && receipt.delivered_at <= receipt.read_at);
    }
    // Paginated like every list.
    const first = await receiptsOf(accepted.id, '?limit=2');
    assert.equal(first.data.length, 2);
    assert.equal(first.has_more, true);
    const rest = await receiptsOf(accepted.id, `?limit=2&starting_after=${first.data[1]!.id}`);
    assert.deepEqual(rest.data.length, 1);

    // Six changes (three deliveries, three reads), each one event with the counts so far; the last says 3 of 3.
    const events = await eventsOf('message.receipt_updated', accepted.id);
    assert.equal(events.length, 6);
    assert.deepEqual(events.at(-1)!.summary, { recipients: 3, delivered: 3, read: 3 });
    // The message's own delivered and read come once each, after the last participant's.
    const types = await typesOf(accepted.id);
    assert.deepEqual(types.filter((t) => t === 'message.delivered' || t === 'message.read'), ['message.delivered', 'message.read']);
  });

  test('a 1:1 message has no receipts and no summary; another account\'s message is 404', async () => {
    const direct = await send(server.client, owner.key, { connection_id: alice.id, to: BOB, type: 'text', text: { body: 'hi' } });
    assert.equal('receipts' in direct, false);
    await waitForMessage(server.client, owner.key, direct.id, hasStatus('read'));
    assert.deepEqual((await receiptsOf(direct.id)).data, []);

    const other = await buildAccount(server.client, { account_name: 'Other Co' });
    const otherKey = (await buildApiKey(server.client, other, { mode: 'test' })).secret;
    const foreign = await server.client.get(`/v1/messages/${direct.id}/receipts`, { key: otherKey });
    assertError(foreign, 404, 'resource_missing');
    const unknown = await server.client.get(`/v1/messages/msg_00000000000000000000000000/receipts`, { key: owner.key });
    assertError(unknown, 404, 'resource_missing');
  });

  test('receipt rows belong to the sending account and its mode', async () => {
    const rows = await eventually(
      () => server.services.db.system((trx) => trx('message_receipts').select('account_id', 'mode')),
      (found) => found.length >= 3,
    );
    assert.ok(rows.every((row: { account_id: string; mode: string }) => row.account_id === owner.account.id && row.mode === 'test'));
  });
});
