// Presence and read receipts in group chats on sandbox connections, through HTTP: a group's chat carries its
// group_id; typing in it goes to the group; following its presence lets a participant's chat state arrive as
// `presence.updated` with the group and the participant; marking it read sends read receipts to the group. The
// refusals change nothing. The sandbox sessions are watched through a spy on the sandbox transport.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { components } from '../server/generated/openapi.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { eventually } from './helpers/eventually.js';
import { buildAccount, type TestAccount } from './helpers/factories.js';
import { linkSandbox, send, type Message } from './helpers/sandbox-messaging.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';
import { watchSandboxSessions } from './helpers/sandbox-sessions.js';

type Schemas = components['schemas'];

const { sessions, restore } = watchSandboxSessions();

const ALICE = '+14155550180';
const BOB = '+14155550181';
const CARA = '+14155550182';
const STRANGER = '+14155550189';

describe('group presence and read receipts (sandbox)', () => {
  let database: ScratchDatabase;
  let server: TestServer;
  let owner: TestAccount;
  let alice: Schemas['Connection'];
  let bob: Schemas['Connection'];
  let groupId: string;
  let chat: Schemas['Chat'];

  const post = <T>(path: string, body: unknown) => server.client.post<T>(path, body, { key: owner.key });
  const presenceEvents = () =>
    server.services.db.system(async (trx) => ((await trx('events').where({ type: 'presence.updated' }).orderBy('id')) as Array<{ data: { object: Schemas['Presence'] } }>).map((row) => row.data.object));

  before(async () => {
    database = await createScratchDatabase();
    server = await startTestServer({
      PARLEY_ROLE: 'all',
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: `${testEnv().redisPrefix}group-presence-${randomBytes(4).toString('hex')}:`,
    });
    owner = await buildAccount(server.client, { account_name: 'Group Presence Co' });
    alice = await linkSandbox(server.client, owner.key, ALICE, { send_rate: 60 });
    bob = await linkSandbox(server.client, owner.key, BOB, { send_rate: 60 });
    const created = await post<Schemas['GroupCreated']>(`/v1/connections/${alice.id}/groups`, { subject: 'Ops', participants: [BOB, CARA] });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    groupId = created.body.group.id;
    // Bob's connection writes to the group: Alice's connection gets the group's chat, with an unread message.
    const hello = await send(server.client, owner.key, { connection_id: bob.id, to: groupId, type: 'text', text: { body: 'Morning all' } });
    const inbox = await eventually(
      async () => (await server.client.get<{ data: Message[] }>(`/v1/messages?connection_id=${alice.id}&direction=inbound`, { key: owner.key })).body.data,
      (messages) => messages.some((m) => m.wa_message_id === hello.wa_message_id),
    );
    const chatId = inbox.find((m) => m.wa_message_id === hello.wa_message_id)!.chat_id!;
    const fetched = await server.client.get<Schemas['Chat']>(`/v1/chats/${chatId}`, { key: owner.key });
    assertConforms('getChat', fetched);
    chat = fetched.body;
  });
  after(async () => {
    restore();
    await server?.stop();
    await database?.drop();
  });

  test('a group\'s chat names the group; typing in it goes to the group', async () => {
    assert.equal(chat.group_id, groupId);
    assert.equal(chat.phone_number, null);
    const typing = await post<Schemas['ChatPresence']>(`/v1/chats/${chat.id}/presence`, { state: 'typing', duration: 5 });
    assertConforms('sendChatPresence', typing);
    assert.equal(typing.status, 200, JSON.stringify(typing.body));
    assert.equal(sessions.get(alice.id)!.interactions.chatStates.get(groupId), 'typing');
  });

  test('following the group\'s presence: a participant typing there is presence.updated with the group and the participant', async () => {
    const before = await post(`/v1/sandbox/connections/${alice.id}/presence`, { from: BOB, state: 'typing', group_id: groupId });
    assertError(before, 409, 'presence_not_subscribed');
    const subscribed = await post(`/v1/chats/${chat.id}/presence/subscribe`, {});
    assert.equal(subscribed.status, 200, JSON.stringify(subscribed.body));
    const reported = await post(`/v1/sandbox/connections/${alice.id}/presence`, { from: BOB, state: 'recording', group_id: groupId });
    assert.equal(reported.status, 200, JSON.stringify(reported.body));
    const [presence] = await eventually(presenceEvents, (rows) => rows.length === 1);
    assert.deepEqual(
      { group: presence!.group_id, chat: presence!.chat_id, phone: presence!.phone_number, state: presence!.state },
      { group: groupId, chat: chat.id, phone: BOB, state: 'recording' },
    );

    // Refusals change nothing: a number not in the group, a presence that is not a chat state, an unknown group.
    assertError(await post(`/v1/sandbox/connections/${alice.id}/presence`, { from: STRANGER, state: 'typing', group_id: groupId }), 400, 'participant_not_in_group');
    assertError(await post(`/v1/sandbox/connections/${alice.id}/presence`, { from: BOB, state: 'available', group_id: groupId }), 400, 'parameter_invalid');
    assertError(await post(`/v1/sandbox/connections/${alice.id}/presence`, { from: BOB, state: 'typing', group_id: '120363999999999999@g.us' }), 404, 'group_not_found');
    assert.equal((await presenceEvents()).length, 1);
  });

  test('marking the group\'s chat read sends read receipts to the group', async () => {
    assert.equal(chat.unread_count, 1);
    const read = await post<Schemas['Chat']>(`/v1/chats/${chat.id}/read`, {});
    assert.equal(read.status, 200, JSON.stringify(read.body));
    assert.equal(read.body.unread_count, 0);
    const receipts = await eventually(async () => sessions.get(alice.id)!.interactions.readReceipts.get(groupId), (ids) => (ids?.length ?? 0) === 1);
    assert.equal(receipts!.length, 1);
  });
});
