// Messages in groups on sandbox connections, through HTTP: `to` names a group; every member's connection receives
// the message with the group and its sender (phone and LID); mentions and replies work; a number that is not in
// the group, or not an admin of an admins-only group, has its message fail with a typed code.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { components } from '../server/generated/openapi.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { assertConforms } from './helpers/contract.js';
import { eventually } from './helpers/eventually.js';
import { buildAccount, type TestAccount } from './helpers/factories.js';
import { hasStatus, linkSandbox, send, waitForMessage, type Message } from './helpers/sandbox-messaging.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';

type Schemas = components['schemas'];

const ALICE = '+14155550160';
const BOB = '+14155550161';
const CARA = '+14155550162';
const DAN = '+14155550163';

describe('group messages (sandbox)', () => {
  let database: ScratchDatabase;
  let server: TestServer;
  let owner: TestAccount;
  let alice: Schemas['Connection'];
  let bob: Schemas['Connection'];
  let cara: Schemas['Connection'];
  let dan: Schemas['Connection'];
  let groupId: string;

  before(async () => {
    database = await createScratchDatabase();
    server = await startTestServer({
      PARLEY_ROLE: 'all',
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: `${testEnv().redisPrefix}group-messages-${randomBytes(4).toString('hex')}:`,
    });
    owner = await buildAccount(server.client, { account_name: 'Group Messages Co' });
    const linked = await Promise.all([ALICE, BOB, CARA, DAN].map((number) => linkSandbox(server.client, owner.key, number, { send_rate: 60 })));
    [alice, bob, cara, dan] = [linked[0]!, linked[1]!, linked[2]!, linked[3]!];
    const created = await server.client.post<Schemas['GroupCreated']>(`/v1/connections/${alice.id}/groups`, { subject: 'Crew', participants: [BOB, CARA] }, { key: owner.key });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    groupId = created.body.group.id;
  });
  after(async () => {
    await server?.stop();
    await database?.drop();
  });

  /** The inbound messages a connection has received, newest first. */
  const inboxOf = async (connectionId: string): Promise<Message[]> => {
    const response = await server.client.get<{ data: Message[] }>(`/v1/messages?connection_id=${connectionId}&direction=inbound`, { key: owner.key });
    assertConforms('listMessages', response);
    return response.body.data;
  };
  const received = (connectionId: string, waMessageId: string) =>
    eventually(() => inboxOf(connectionId), (inbox) => inbox.some((m) => m.wa_message_id === waMessageId)).then(
      (inbox) => inbox.find((m) => m.wa_message_id === waMessageId)!,
    );

  test('a text with a mention reaches every other member with the group and its sender; the sender\'s copy names the group', async () => {
    const accepted = await send(server.client, owner.key, {
      connection_id: alice.id,
      to: groupId,
      type: 'text',
      text: { body: 'Standup in 5, @14155550161' },
      mentions: [BOB],
    });
    assert.equal(accepted.to, groupId);
    assert.equal(accepted.group_id, groupId);
    await waitForMessage(server.client, owner.key, accepted.id, hasStatus('sent', 'delivered', 'read'));
    for (const member of [bob, cara]) {
      const copy = await received(member.id, accepted.wa_message_id!);
      assert.equal(copy.group_id, groupId);
      assert.equal(copy.to, groupId);
      assert.equal(copy.from, ALICE);
      assert.match(copy.from_lid ?? '', /^\d+@lid$/);
      assert.deepEqual(copy.mentions, [BOB]);
      assert.equal(copy.text?.body, 'Standup in 5, @14155550161');
    }
    assert.equal((await inboxOf(dan.id)).length, 0);

    // The members' chat is the group's, one per connection.
    const chats = await server.client.get<{ data: Schemas['Chat'][] }>(`/v1/chats?connection_id=${bob.id}`, { key: owner.key });
    assert.equal(chats.status, 200, JSON.stringify(chats.body));
    const chatId = (await received(bob.id, accepted.wa_message_id!)).chat_id;
    const chat = chats.body.data.find((c) => c.id === chatId);
    assert.ok(chat, 'the group has a chat');
  });

  test('a reply and other content types go to the group too; the reply quotes the message it answers', async () => {
    const question = await send(server.client, owner.key, { connection_id: alice.id, to: groupId, type: 'poll', poll: { question: 'Lunch?', options: ['Pizza', 'Sushi'] } });
    const atBob = await received(bob.id, question.wa_message_id!);
    assert.equal(atBob.poll?.question, 'Lunch?');
    const reply = await send(server.client, owner.key, {
      connection_id: bob.id,
      to: groupId,
      type: 'location',
      location: { latitude: 52.52, longitude: 13.405, name: 'Pizzeria' },
      reply_to: atBob.id,
    });
    const atAlice = await received(alice.id, reply.wa_message_id!);
    assert.equal(atAlice.from, BOB);
    assert.equal(atAlice.reply_to, question.id);
    assert.equal(atAlice.location?.name, 'Pizzeria');
    const atCara = await received(cara.id, reply.wa_message_id!);
    assert.equal(atCara.group_id, groupId);
  });

  test('a number not in the group, or not an admin of an admins-only group, has its message fail with a typed code', async () => {
    const outsider = await send(server.client, owner.key, { connection_id: dan.id, to: groupId, type: 'text', text: { body: 'hi all' } });
    const failed = await waitForMessage(server.client, owner.key, outsider.id, hasStatus('failed'));
    assert.equal(failed.error?.code, 'group_not_found');

    const locked = await server.client.request('PATCH', `/v1/connections/${alice.id}/groups/${groupId}`, { announce: true }, { key: owner.key });
    assert.equal(locked.status, 200, JSON.stringify(locked.body));
    const member = await send(server.client, owner.key, { connection_id: cara.id, to: groupId, type: 'text', text: { body: 'can I?' } });
    assert.equal((await waitForMessage(server.client, owner.key, member.id, hasStatus('failed'))).error?.code, 'group_admins_only');
    const admin = await send(server.client, owner.key, { connection_id: alice.id, to: groupId, type: 'text', text: { body: 'Admins only from now on.' } });
    await received(cara.id, admin.wa_message_id!);
  });

  test('a `to` that is neither a phone number nor a group id is refused', async () => {
    const response = await server.client.post('/v1/messages', { connection_id: alice.id, to: '12345@g.us.evil', type: 'text', text: { body: 'x' } }, { key: owner.key });
    assert.equal(response.status, 400, JSON.stringify(response.body));
  });
});
