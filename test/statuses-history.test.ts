// Statuses (stories) and history sync through HTTP on sandbox connections: posting a status to a list of
// contacts, receiving contacts' statuses behind the receive_statuses setting, the sandbox's simulated contact,
// typed refusals that change nothing, and the simulated history a number syncs on linking when sync_history is
// on (stored once, however often it is synced). A worker runs in process on a database of this file's own.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { components } from '../server/generated/openapi.js';
import { SANDBOX_HISTORY_CONTACTS } from '../server/connections/sandbox/history.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { waitForStatus } from './helpers/connection-status.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { eventually } from './helpers/eventually.js';
import { buildAccount, type TestAccount } from './helpers/factories.js';
import { linkSandbox } from './helpers/sandbox-messaging.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';

type Schemas = components['schemas'];

const number = () => `+1202555${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`;

describe('statuses and history sync (sandbox)', () => {
  let database: ScratchDatabase;
  let server: TestServer;
  let owner: TestAccount;
  let poster: Schemas['Connection'];
  let viewer: Schemas['Connection'];
  let dataDir: string;

  const eventsOfType = async (type: string, connectionId: string) =>
    (await server.services.db.system((trx) =>
      trx('events').where({ type }).whereRaw(`data->'object'->>'connection_id' = ?`, [connectionId]).orderBy('id'),
    )) as Array<{ data: { object: Record<string, unknown> } }>;
  const postStatus = (connectionId: string, body: Record<string, unknown>) =>
    server.client.post<Schemas['Status']>(`/v1/connections/${connectionId}/statuses`, body, { key: owner.key });
  const countEvents = async () => Number((await server.services.db.system((trx) => trx('events').count({ n: '*' }).first()))?.n);

  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'parley-statuses-'));
    database = await createScratchDatabase();
    server = await startTestServer({
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: `${testEnv().redisPrefix}sts-${randomBytes(4).toString('hex')}:`,
      PARLEY_ROLE: 'all',
      MESSAGE_PACING: 'false',
      PARLEY_DATA_DIR: dataDir,
    });
    owner = await buildAccount(server.client, { account_name: 'Stories Co' });
    poster = await linkSandbox(server.client, owner.key, number());
    viewer = await linkSandbox(server.client, owner.key, number(), { receive_statuses: true });
  });
  after(async () => {
    await server?.stop();
    await database?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('the settings are off by default and change through PATCH', async () => {
    assert.equal(poster.receive_statuses, false);
    assert.equal(poster.sync_history, false);
    assert.equal(viewer.receive_statuses, true);
    const patched = await server.client.request<Schemas['Connection']>('PATCH', `/v1/connections/${poster.id}`, { sync_history: true }, { key: owner.key });
    assertConforms('updateConnection', patched);
    assert.equal(patched.body.sync_history, true);
    const reverted = await server.client.request<Schemas['Connection']>('PATCH', `/v1/connections/${poster.id}`, { sync_history: false }, { key: owner.key });
    assert.equal(reverted.body.sync_history, false);
  });

  test('a text status reaches the listed contacts that receive statuses, with its colour and font', async () => {
    const posted = await postStatus(poster.id, {
      type: 'text',
      text: { body: 'Open on Sunday!', background_color: '#1f7a5c', font: 'calistoga' },
      recipients: [viewer.phone_number, '+1 202 555 0199', viewer.phone_number],
    });
    assertConforms('createStatus', posted);
    assert.equal(posted.status, 201, JSON.stringify(posted.body));
    assert.equal(posted.body.direction, 'outbound');
    assert.deepEqual(posted.body.recipients, [viewer.phone_number, '+12025550199'], 'normalized, each once');
    assert.deepEqual(posted.body.text, { body: 'Open on Sunday!', background_color: '#1F7A5C', font: 'calistoga' });

    const [received] = await eventually(() => eventsOfType('status.received', viewer.id), (events) => events.length === 1);
    const status = received!.data.object as Schemas['Status'];
    assert.equal(status.wa_message_id, posted.body.wa_message_id);
    assert.equal(status.direction, 'inbound');
    assert.equal(status.from?.phone_number, poster.phone_number);
    assert.deepEqual(status.text, posted.body.text);
    // The poster does not receive statuses: nothing for it, though it is the same account.
    assert.equal((await eventsOfType('status.received', poster.id)).length, 0);
  });

  test('an image status carries its upload, and the contact gets a file of its own', async () => {
    const form = new FormData();
    form.append('file', new Blob([randomBytes(2048)], { type: 'image/png' }), 'story.png');
    const uploaded = await server.client.request<Schemas['Media']>('POST', '/v1/media', undefined, { key: owner.key, raw: form });
    assert.equal(uploaded.status, 201, JSON.stringify(uploaded.body));
    const posted = await postStatus(poster.id, { type: 'image', image: { media_id: uploaded.body.id, caption: 'New menu' }, recipients: [viewer.phone_number] });
    assert.equal(posted.status, 201, JSON.stringify(posted.body));
    assert.equal(posted.body.media?.media_id, uploaded.body.id);
    const events = await eventually(() => eventsOfType('status.received', viewer.id), (found) => found.some((e) => e.data.object.wa_message_id === posted.body.wa_message_id));
    const status = events.find((e) => e.data.object.wa_message_id === posted.body.wa_message_id)!.data.object as Schemas['Status'];
    assert.equal(status.type, 'image');
    assert.equal(status.media?.caption, 'New menu');
    assert.notEqual(status.media?.media_id, uploaded.body.id, 'the receiving side keeps its own copy');
  });

  test('a retry with the same Idempotency-Key replays the answer and posts nothing again', async () => {
    const body = { type: 'text', text: { body: 'Once only' }, recipients: [viewer.phone_number] };
    const idempotencyKey = `status-${randomBytes(6).toString('hex')}`;
    const first = await server.client.post<Schemas['Status']>(`/v1/connections/${poster.id}/statuses`, body, { key: owner.key, idempotencyKey });
    const again = await server.client.post<Schemas['Status']>(`/v1/connections/${poster.id}/statuses`, body, { key: owner.key, idempotencyKey });
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.deepEqual(again.body, first.body);
    const seen = (await eventsOfType('status.received', viewer.id)).filter((e) => e.data.object.wa_message_id === first.body.wa_message_id);
    assert.equal(seen.length, 1);
  });

  test('bad input and a connection without a link are refused with typed errors, and nothing is posted', async () => {
    const unlinked = await server.client.post<Schemas['Connection']>('/v1/connections', {}, { key: owner.key });
    await waitForStatus(server.client, owner.key, unlinked.body.id, 'qr');
    const before = await countEvents();
    const text = { type: 'text', text: { body: 'Hi' } };
    const cases: Array<[string, string, Record<string, unknown>, number, string]> = [
      ['no recipients', poster.id, { ...text, recipients: [] }, 400, 'parameter_invalid'],
      ['too many recipients', poster.id, { ...text, recipients: Array.from({ length: 1001 }, (_, i) => `+1202555${String(i).padStart(4, '0')}`) }, 400, 'parameter_invalid'],
      ['a recipient that is no number', poster.id, { ...text, recipients: ['call me'] }, 400, 'phone_number_invalid'],
      ['a content field other than the type', poster.id, { ...text, image: { media_id: 'med_01JD3Z0Q8S1W2E3R4T5Y6U7I8O' }, recipients: [viewer.phone_number] }, 400, 'parameter_unexpected'],
      ['the type\'s content missing', poster.id, { type: 'video', recipients: [viewer.phone_number] }, 400, 'parameter_missing'],
      ['an upload that does not exist', poster.id, { type: 'image', image: { media_id: 'med_01JD3Z0Q8S1W2E3R4T5Y6U7I8O' }, recipients: [viewer.phone_number] }, 404, 'resource_missing'],
      ['an unknown font', poster.id, { type: 'text', text: { body: 'Hi', font: 'comic_sans' }, recipients: [viewer.phone_number] }, 400, 'parameter_invalid'],
      ['a connection not connected', unlinked.body.id, { ...text, recipients: [viewer.phone_number] }, 409, 'connection_not_connected'],
      ['a connection of no one', 'conn_01JD3Z0Q8S1W2E3R4T5Y6U7I8O', { ...text, recipients: [viewer.phone_number] }, 404, 'resource_missing'],
    ];
    for (const [name, connectionId, body, status, code] of cases) {
      const response = await postStatus(connectionId, body);
      assert.equal(response.status, status, `${name}: ${JSON.stringify(response.body)}`);
      assertError(response, status, code);
    }
    assert.equal(await countEvents(), before, 'no event was written');
  });

  test('the sandbox plays a contact posting a status, refused while the connection does not receive statuses', async () => {
    const off = await server.client.post<Schemas['Status']>('/v1/sandbox/statuses', { connection_id: poster.id, from: '+12025550142', type: 'text', text: { body: 'Hello' } }, { key: owner.key });
    assertError(off, 409, 'statuses_not_received');
    const on = await server.client.post<Schemas['Status']>(
      '/v1/sandbox/statuses',
      { connection_id: viewer.id, from: '+12025550142', name: 'Lin', type: 'text', text: { body: 'Gone fishing' } },
      { key: owner.key },
    );
    assertConforms('sandboxStatus', on);
    assert.equal(on.status, 201, JSON.stringify(on.body));
    assert.deepEqual(on.body.from, { phone_number: '+12025550142', wa_lid: null, name: 'Lin' });
    const events = await eventsOfType('status.received', viewer.id);
    assert.ok(events.some((e) => e.data.object.wa_message_id === on.body.wa_message_id));
  });

  test('history: a number linked with sync_history on stores its past chats and messages once; without it, nothing', async () => {
    const phoneNumber = number();
    const synced = await linkSandbox(server.client, owner.key, phoneNumber, { sync_history: true });
    const [event] = await eventually(() => eventsOfType('history.synced', synced.id), (events) => events.length === 1);
    const summary = event!.data.object as Schemas['HistorySync'];
    assert.equal(summary.chats, 2);
    assert.equal(summary.messages, 4);
    assert.equal(summary.duplicates, 0);
    assert.ok(summary.oldest_message_at! < summary.newest_message_at!);

    const chats = await server.client.get<Schemas['ChatList']>(`/v1/chats?connection_id=${synced.id}`, { key: owner.key });
    assertConforms('listChats', chats);
    assert.deepEqual(chats.body.data.map((chat) => chat.phone_number).sort(), SANDBOX_HISTORY_CONTACTS.map((c) => c.phoneNumber).sort());
    const ada = chats.body.data.find((chat) => chat.phone_number === SANDBOX_HISTORY_CONTACTS[0].phoneNumber)!;
    assert.equal(ada.unread_count, 0, 'history is not unread');
    const messages = await server.client.get<Schemas['MessageList']>(`/v1/chats/${ada.id}/messages`, { key: owner.key });
    assertConforms('listChatMessages', messages);
    assert.deepEqual(messages.body.data.map((m) => m.direction).sort(), ['inbound', 'outbound']);
    for (const message of messages.body.data) assert.ok(new Date(message.created_at) < new Date(Date.now() - 86_400_000), 'kept its original time');
    // No per-message events for history.
    const received = await server.services.db.system((trx) => trx('events').where({ type: 'message.received' }).whereRaw(`data->'object'->>'connection_id' = ?`, [synced.id]));
    assert.equal(received.length, 0);

    // Linking the same number again syncs the same history: nothing is stored twice.
    const out = await server.client.post<Schemas['Connection']>(`/v1/connections/${synced.id}/logout`, {}, { key: owner.key });
    assert.equal(out.status, 200, JSON.stringify(out.body));
    await server.client.post(`/v1/connections/${synced.id}/restart`, {}, { key: owner.key });
    await waitForStatus(server.client, owner.key, synced.id, 'qr');
    await server.client.post(`/v1/sandbox/connections/${synced.id}/scan`, { phone_number: phoneNumber }, { key: owner.key });
    const both = await eventually(() => eventsOfType('history.synced', synced.id), (events) => events.length === 2);
    assert.equal(both[1]!.data.object.messages, 0);
    assert.equal(both[1]!.data.object.duplicates, 4);
    const stored = await server.services.db.system((trx) => trx('messages').where({ connection_id: synced.id }).count({ n: '*' }).first());
    assert.equal(Number(stored?.n), 4);

    const plain = await linkSandbox(server.client, owner.key, number());
    const chatsOfPlain = await server.client.get<Schemas['ChatList']>(`/v1/chats?connection_id=${plain.id}`, { key: owner.key });
    assert.equal(chatsOfPlain.body.data.length, 0);
    assert.equal((await eventsOfType('history.synced', plain.id)).length, 0);
  });
});
