// Presence, read receipts and calls through HTTP on sandbox connections: chat states with and without a duration,
// the number's availability, presence subscriptions and `presence.updated`, read receipts on mark-read, inbound
// calls with `call.received`, automatic rejection with a reply message, and the refusals that change nothing.
// A worker runs in process on a database of this file's own; the sandbox sessions are watched through a spy on
// the sandbox transport (what a real phone would see).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { components } from '../server/generated/openapi.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { eventually } from './helpers/eventually.js';
import { buildAccount, type TestAccount } from './helpers/factories.js';
import { linkSandbox, type Message } from './helpers/sandbox-messaging.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';
import { watchSandboxSessions } from './helpers/sandbox-sessions.js';

type Schemas = components['schemas'];
type EventRow = { type: string; data: { object: Record<string, unknown> } };

const { sessions, restore } = watchSandboxSessions();

const number = () => `+1202556${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`;

describe('presence, read receipts and calls (sandbox)', () => {
  let database: ScratchDatabase;
  let server: TestServer;
  let owner: TestAccount;
  let connection: Schemas['Connection'];
  let chat: Schemas['Chat'];
  const contact = number();

  const session = () => sessions.get(connection.id)!;
  const events = (type: string) =>
    server.services.db.system(async (trx) => (await trx('events').where({ type }).orderBy('id')) as EventRow[]);
  const inbound = async (from: string, body: string) => {
    const response = await server.client.post<Message>('/v1/sandbox/inbound', { connection_id: connection.id, from, type: 'text', text: { body } }, { key: owner.key });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    return response.body;
  };
  const post = <T>(path: string, body: unknown) => server.client.post<T>(path, body, { key: owner.key });

  before(async () => {
    database = await createScratchDatabase();
    server = await startTestServer({
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: `${testEnv().redisPrefix}presence-${randomBytes(4).toString('hex')}:`,
      PARLEY_ROLE: 'all',
      MESSAGE_PACING: 'false',
    });
    owner = await buildAccount(server.client, { account_name: 'Presence Co' });
    connection = await linkSandbox(server.client, owner.key, number());
    const first = await inbound(contact, 'hello?');
    chat = (await server.client.get<Schemas['Chat']>(`/v1/chats/${first.chat_id}`, { key: owner.key })).body;
  });
  after(async () => {
    restore();
    await server?.stop();
    await database?.drop();
  });

  test('typing with a duration shows in the chat and is cleared (paused) when the duration is up', async () => {
    const response = await post<Schemas['ChatPresence']>(`/v1/chats/${chat.id}/presence`, { state: 'typing', duration: 1 });
    assertConforms('sendChatPresence', response);
    assert.equal(response.status, 200);
    assert.equal(response.body.state, 'typing');
    assert.equal(response.body.connection_id, connection.id);
    assert.ok(response.body.expires_at && Date.parse(response.body.expires_at) > Date.now());
    assert.equal(session().interactions.chatStates.get(contact), 'typing');
    await eventually(async () => session().interactions.chatStates.get(contact), (state) => state === 'paused', 5_000);

    const recording = await post<Schemas['ChatPresence']>(`/v1/chats/${chat.id}/presence`, { state: 'recording' });
    assert.equal(recording.status, 200);
    assert.equal(recording.body.expires_at, null, 'without a duration it lasts until changed');
    assert.equal(session().interactions.chatStates.get(contact), 'recording');
    const paused = await post(`/v1/chats/${chat.id}/presence`, { state: 'paused' });
    assert.equal(paused.status, 200);
    assert.equal(session().interactions.chatStates.get(contact), 'paused');
  });

  test('bad chat states are refused with typed errors, and nothing is shown', async () => {
    const before = session().interactions.chatStates.get(contact);
    assertError(await post(`/v1/chats/${chat.id}/presence`, { state: 'dancing' }), 400, 'parameter_invalid');
    assert.equal(assertError(await post(`/v1/chats/${chat.id}/presence`, { state: 'typing', duration: 61 }), 400, 'parameter_invalid').param, 'duration');
    assert.equal(assertError(await post(`/v1/chats/${chat.id}/presence`, { state: 'typing', duration: 0 }), 400, 'parameter_invalid').param, 'duration');
    assert.equal(assertError(await post(`/v1/chats/${chat.id}/presence`, { state: 'paused', duration: 5 }), 400, 'parameter_invalid').param, 'duration');
    assertError(await post('/v1/chats/chat_0000000000000000000000000/presence', { state: 'typing' }), 404, 'resource_missing');
    assertError(await post('/v1/chats/chat_0000000000000000000000000/presence/subscribe', {}), 404, 'resource_missing');
    assert.equal(session().interactions.chatStates.get(contact), before);
  });

  test('presence on a connection that is not connected is refused with connection_not_connected, nothing sent', async () => {
    const other = await linkSandbox(server.client, owner.key, number());
    const otherContact = number();
    const message = (
      await server.client.post<Message>('/v1/sandbox/inbound', { connection_id: other.id, from: otherContact, type: 'text', text: { body: 'hi' } }, { key: owner.key })
    ).body;
    // WhatsApp dropped the link (the worker is reconnecting): what the API sees is the status.
    await server.services.db.system((trx) => trx('connections').where({ id: other.id }).update({ status: 'disconnected' }));
    assertError(await post(`/v1/chats/${message.chat_id}/presence`, { state: 'typing' }), 409, 'connection_not_connected');
    assertError(await post(`/v1/chats/${message.chat_id}/presence/subscribe`, {}), 409, 'connection_not_connected');
    assertError(await post(`/v1/connections/${other.id}/presence`, { availability: 'online' }), 409, 'connection_not_connected');
    const otherSession = sessions.get(other.id)!;
    assert.equal(otherSession.interactions.chatStates.size, 0);
    assert.equal(otherSession.interactions.subscribed.size, 0);
    assert.equal(otherSession.interactions.availability, 'offline');
  });

  test("the number's availability is set online and offline (offline by default)", async () => {
    assert.equal(session().interactions.availability, 'offline');
    const online = await post<Schemas['ConnectionPresence']>(`/v1/connections/${connection.id}/presence`, { availability: 'online' });
    assertConforms('setConnectionPresence', online);
    assert.deepEqual(online.body, { object: 'connection_presence', connection_id: connection.id, availability: 'online' });
    assert.equal(session().interactions.availability, 'online');
    assertError(await post(`/v1/connections/${connection.id}/presence`, { availability: 'away' }), 400, 'parameter_invalid');
    assert.equal(session().interactions.availability, 'online');
    assert.equal((await post(`/v1/connections/${connection.id}/presence`, { availability: 'offline' })).status, 200);
    assert.equal(session().interactions.availability, 'offline');
  });

  test('a subscribed contact reports its presence as presence.updated events; an unsubscribed one reports nothing', async () => {
    const stranger = number();
    assertError(await post(`/v1/sandbox/connections/${connection.id}/presence`, { from: stranger, state: 'available' }), 409, 'presence_not_subscribed');

    const subscribed = await post<Schemas['PresenceSubscription']>(`/v1/chats/${chat.id}/presence/subscribe`, {});
    assertConforms('subscribeChatPresence', subscribed);
    assert.deepEqual(subscribed.body, { object: 'presence_subscription', chat_id: chat.id, connection_id: connection.id, phone_number: contact, wa_lid: null });
    const [first] = await eventually(() => events('presence.updated'), (rows) => rows.length === 1, 5_000);
    assert.deepEqual(
      { ...first!.data.object, updated_at: undefined },
      { object: 'presence', connection_id: connection.id, chat_id: chat.id, phone_number: contact, wa_lid: null, state: 'available', last_seen_at: null, updated_at: undefined },
    );

    const lastSeen = new Date(Date.now() - 60_000).toISOString();
    const reported = await post<Schemas['SandboxPresenceReport']>(`/v1/sandbox/connections/${connection.id}/presence`, { from: contact, state: 'unavailable', last_seen_at: lastSeen });
    assertConforms('sandboxPresence', reported);
    assert.equal((await post(`/v1/sandbox/connections/${connection.id}/presence`, { from: contact, state: 'typing' })).status, 200);
    const rows = await eventually(() => events('presence.updated'), (all) => all.length === 3, 5_000);
    assert.deepEqual(rows.map((row) => [row.data.object.state, row.data.object.last_seen_at]), [['available', null], ['unavailable', lastSeen], ['typing', null]]);
    const listed = await server.client.get<Schemas['EventList']>('/v1/events?type=presence.updated', { key: owner.key });
    assertConforms('listEvents', listed);
    assert.equal(listed.body.data.length, 3);
  });

  test('marking a chat read sends read receipts for the unread messages the contact sent', async () => {
    const reader = number();
    const sent = [await inbound(reader, 'one'), await inbound(reader, 'two'), await inbound(reader, 'three')];
    const read = await post<Schemas['Chat']>(`/v1/chats/${sent[0]!.chat_id}/read`, {});
    assertConforms('markChatRead', read);
    assert.equal(read.body.unread_count, 0);
    const receipts = await eventually(async () => session().interactions.readReceipts.get(reader) ?? [], (ids) => ids.length === 3, 5_000);
    assert.deepEqual(new Set(receipts), new Set(sent.map((message) => message.wa_message_id)));
    // Nothing is unread any more: marking it read again sends no receipt.
    assert.equal((await post(`/v1/chats/${sent[0]!.chat_id}/read`, {})).status, 200);
    assert.equal(session().interactions.readReceipts.get(reader)!.length, 3);
  });

  test('a call is evented as call.received; with reject_calls it is rejected and the reply message sent', async () => {
    const caller = number();
    const rang = await post<Schemas['Call']>(`/v1/sandbox/connections/${connection.id}/calls`, { from: caller });
    assertConforms('sandboxCall', rang);
    assert.equal(rang.status, 201);
    assert.equal(rang.body.from, caller);
    assert.equal(rang.body.video, false);
    assert.equal(rang.body.rejected, false);
    assert.equal(rang.body.reply_message_id, null);
    assert.equal(session().interactions.rejectedCalls.has(rang.body.id), false);

    const tooLong = await server.client.request('PATCH', `/v1/connections/${connection.id}`, { reject_calls: true, reject_call_message: 'x'.repeat(1001) }, { key: owner.key });
    assertError(tooLong, 400, 'parameter_invalid');
    const unchanged = await server.client.get<Schemas['Connection']>(`/v1/connections/${connection.id}`, { key: owner.key });
    assert.equal(unchanged.body.reject_calls, false, 'a refused update changes nothing');
    assert.equal(unchanged.body.reject_call_message, null);

    const updated = await server.client.request<Schemas['Connection']>('PATCH', `/v1/connections/${connection.id}`, { reject_calls: true, reject_call_message: ' Sorry, we cannot take calls here. Please write instead. ' }, { key: owner.key });
    assertConforms('updateConnection', updated);
    assert.equal(updated.body.reject_calls, true);
    assert.equal(updated.body.reject_call_message, 'Sorry, we cannot take calls here. Please write instead.');

    const rejected = await post<Schemas['Call']>(`/v1/sandbox/connections/${connection.id}/calls`, { from: caller, video: true });
    assert.equal(rejected.status, 201, JSON.stringify(rejected.body));
    assert.equal(rejected.body.video, true);
    assert.equal(rejected.body.rejected, true);
    assert.ok(session().interactions.rejectedCalls.has(rejected.body.id));
    const reply = await eventually(
      async () => (await server.client.get<Message>(`/v1/messages/${rejected.body.reply_message_id}`, { key: owner.key })).body,
      (message) => message.status === 'read',
      10_000,
    );
    assert.equal(reply.direction, 'outbound');
    assert.equal(reply.to, caller);
    assert.deepEqual(reply.text, { body: 'Sorry, we cannot take calls here. Please write instead.' });
    assert.equal(rejected.body.chat_id, reply.chat_id);

    const calls = await events('call.received');
    assert.deepEqual(calls.map((row) => [row.data.object.id, row.data.object.rejected]), [[rang.body.id, false], [rejected.body.id, true]]);
    const listed = await server.client.get<Schemas['EventList']>('/v1/events?type=call.received', { key: owner.key });
    assertConforms('listEvents', listed);
  });
});
