// Sending and receiving through HTTP on sandbox connections: every content type, the status lifecycle and its
// events, scheduling and cancel, refusals that queue nothing, opt-out keywords, sandbox-to-sandbox delivery,
// chats, expiry. A worker runs in process on a database of this file's own.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { components } from '../server/generated/openapi.js';
import { sweepMessages } from '../server/messages/sweeper.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { waitForStatus } from './helpers/connection-status.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { buildAccount, buildApiKey, type TestAccount } from './helpers/factories.js';
import { hasStatus, linkSandbox, send, waitForMessage, type Message } from './helpers/sandbox-messaging.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';

type Schemas = components['schemas'];

const NOT_ON_WHATSAPP = '+14155550101';
const REACH_OUT_TIMELOCKED = '+14155550106';
const number = () => `+1202555${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`;

describe('messages (sandbox network)', () => {
  let database: ScratchDatabase;
  let server: TestServer;
  let owner: TestAccount;
  let sender: Schemas['Connection'];
  let receiver: Schemas['Connection'];

  const eventsOf = async (messageId: string) =>
    (await server.services.db.system((trx) => trx('events').whereRaw(`data->'object'->>'id' = ?`, [messageId]).orderBy('id'))).map(
      (row: { type: string }) => row.type,
    );
  const countMessages = () => server.services.db.system(async (trx) => Number((await trx('messages').count({ n: '*' }).first())?.n));
  const inbound = (body: Record<string, unknown>) => server.client.post<Message>('/v1/sandbox/inbound', body, { key: owner.key });

  let dataDir: string;

  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'parley-messages-'));
    database = await createScratchDatabase();
    server = await startTestServer({
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: `${testEnv().redisPrefix}msg-${randomBytes(4).toString('hex')}:`,
      PARLEY_ROLE: 'all',
      MESSAGE_PACING: 'false',
      PARLEY_DATA_DIR: dataDir,
    });
    owner = await buildAccount(server.client, { account_name: 'Sender Co' });
    sender = await linkSandbox(server.client, owner.key, number());
    receiver = await linkSandbox(server.client, owner.key, number());
  });
  after(async () => {
    await server?.stop();
    await database?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('a text is accepted (202, queued), then sent, delivered and read, with one event per step in order', async () => {
    const accepted = await send(server.client, owner.key, { connection_id: sender.id, to: '+1 (415) 555-0177', type: 'text', text: { body: 'Hello from Parley' }, metadata: { order: '42' } });
    assert.equal(accepted.status, 'queued');
    assert.equal(accepted.to, '+14155550177');
    assert.equal(accepted.from, sender.phone_number);
    assert.deepEqual(accepted.text, { body: 'Hello from Parley' });
    assert.deepEqual(accepted.metadata, { order: '42' });
    assert.match(accepted.wa_message_id ?? '', /^3EB0[0-9A-F]{18}$/);
    const read = await waitForMessage(server.client, owner.key, accepted.id, hasStatus('read'));
    assert.ok(read.sent_at && read.delivered_at && read.read_at);
    assert.ok(read.sent_at <= read.delivered_at && read.delivered_at <= read.read_at);
    assert.equal(read.wa_message_id, accepted.wa_message_id, 'the WhatsApp id chosen at acceptance is the one sent');
    assert.deepEqual(await eventsOf(accepted.id), ['message.queued', 'message.sending', 'message.sent', 'message.delivered', 'message.read']);
  });

  test('every non-media type is sent, and a sandbox-to-sandbox message arrives at the other connection with its content', async () => {
    const to = receiver.phone_number!;
    const contents: Array<Record<string, unknown>> = [
      { type: 'text', text: { body: 'Meet @14155550123?' }, mentions: ['+14155550123'] },
      { type: 'location', location: { latitude: 52.37, longitude: 4.89, name: 'Dam Square', address: 'Amsterdam' } },
      { type: 'contact', contact: { contacts: [{ name: 'Ada Lovelace', phone_numbers: ['+44 20 7946 0958'], email: 'ada@example.com' }] } },
      { type: 'poll', poll: { question: 'Lunch?', options: ['Pizza', 'Sushi', 'Salad'], selectable_count: 2 } },
    ];
    const sent: Message[] = [];
    for (const content of contents) sent.push(await send(server.client, owner.key, { connection_id: sender.id, to, ...content }));
    const reaction = await send(server.client, owner.key, { connection_id: sender.id, to, type: 'reaction', reaction: { message_id: sent[0]!.id, emoji: '👍' } });
    const reply = await send(server.client, owner.key, { connection_id: sender.id, to, type: 'text', text: { body: 'Replying' }, reply_to: sent[1]!.id });
    for (const message of [...sent, reaction, reply]) await waitForMessage(server.client, owner.key, message.id, hasStatus('read'));

    const received = await server.client.get<Schemas['MessageList']>(`/v1/messages?connection_id=${receiver.id}&direction=inbound&limit=100`, { key: owner.key });
    assertConforms('listMessages', received);
    const byWaId = new Map(received.body.data.map((message) => [message.wa_message_id, message]));
    for (const message of [...sent, reply]) {
      const arrived = byWaId.get(message.wa_message_id);
      assert.ok(arrived, `${message.type} arrived`);
      assert.equal(arrived.from, sender.phone_number);
      assert.equal(arrived.status, 'received');
      assert.equal(arrived.type, message.type);
    }
    assert.deepEqual(byWaId.get(sent[1]!.wa_message_id)!.location, { latitude: 52.37, longitude: 4.89, name: 'Dam Square', address: 'Amsterdam' });
    assert.deepEqual(byWaId.get(sent[2]!.wa_message_id)!.contact, { contacts: [{ name: 'Ada Lovelace', phone_numbers: ['+442079460958'] }] });
    assert.deepEqual(byWaId.get(sent[3]!.wa_message_id)!.poll, { question: 'Lunch?', options: ['Pizza', 'Sushi', 'Salad'], selectable_count: 2 });
    assert.deepEqual(byWaId.get(sent[0]!.wa_message_id)!.mentions, ['+14155550123']);
    // The reply quotes the receiver's own copy of the location; the reaction points at its copy of the text.
    assert.equal(byWaId.get(reply.wa_message_id)!.reply_to, byWaId.get(sent[1]!.wa_message_id)!.id);
    assert.deepEqual(byWaId.get(reaction.wa_message_id)!.reaction, { message_id: byWaId.get(sent[0]!.wa_message_id)!.id, emoji: '👍' });
  });

  test('every media type is sent from an upload, arrives at the other sandbox connection, and its file downloads there', async () => {
    const files: Array<[string, string, string, Record<string, unknown>]> = [
      ['image', 'image/png', 'photo.png', { caption: 'A photo' }],
      ['video', 'video/mp4', 'clip.mp4', { caption: 'A clip' }],
      ['audio', 'audio/ogg', 'note.ogg', { voice_note: true }],
      ['document', 'application/pdf', 'invoice.pdf', { caption: 'Your invoice', filename: 'invoice-42.pdf' }],
      ['sticker', 'image/webp', 'sticker.webp', {}],
    ];
    for (const [type, mimeType, filename, extra] of files) {
      const bytes = randomBytes(2048);
      const form = new FormData();
      form.append('file', new Blob([bytes], { type: mimeType }), filename);
      const uploaded = await server.client.request<Schemas['Media']>('POST', '/v1/media', undefined, { key: owner.key, raw: form });
      assert.equal(uploaded.status, 201, JSON.stringify(uploaded.body));
      const message = await send(server.client, owner.key, { connection_id: sender.id, to: receiver.phone_number, type, [type]: { media_id: uploaded.body.id, ...extra } });
      const info = (message as Record<string, unknown>)[type] as Schemas['MediaInfo'];
      assert.equal(info.media_id, uploaded.body.id);
      assert.equal(info.mime_type, mimeType);
      assert.equal(info.size, 2048);
      await waitForMessage(server.client, owner.key, message.id, hasStatus('read'));
      const arrived = await server.client.get<Schemas['MessageList']>(`/v1/messages?connection_id=${receiver.id}&direction=inbound&limit=1`, { key: owner.key });
      const copy = arrived.body.data[0]!;
      assert.equal(copy.wa_message_id, message.wa_message_id);
      const received = (copy as Record<string, unknown>)[type] as Schemas['MediaInfo'];
      assert.equal(received.caption, info.caption, `${type} caption`);
      assert.equal(received.voice_note, info.voice_note, `${type} voice note`);
      assert.notEqual(received.media_id, uploaded.body.id, 'the receiving side keeps its own copy');
      const download = await fetch(new URL(`/v1/media/${received.media_id}`, server.url), { headers: { authorization: `Bearer ${owner.key}` } });
      assert.equal(download.status, 200);
      assert.deepEqual(Buffer.from(await download.arrayBuffer()), bytes, `${type} bytes`);
    }
  });

  test('refused sends answer a typed error and queue nothing', async () => {
    const stranger = await buildAccount(server.client, { account_name: 'Stranger Co' });
    const live = await buildApiKey(server.client, owner, { mode: 'live' });
    const base = { connection_id: sender.id, to: '+14155550177', type: 'text', text: { body: 'hi' } };
    const before = await countMessages();
    const cases: Array<[string, { key?: string; body: Record<string, unknown> }, number, string]> = [
      ['unknown type', { body: { ...base, type: 'carrier_pigeon' } }, 400, 'parameter_invalid'],
      ['content of another type', { body: { ...base, image: { url: 'https://example.com/a.png' } } }, 400, 'parameter_unexpected'],
      ['no content', { body: { connection_id: sender.id, to: '+14155550177', type: 'location' } }, 400, 'parameter_missing'],
      ['content not matching its schema', { body: { ...base, type: 'location', text: undefined, location: { latitude: 91, longitude: 0 } } }, 400, 'parameter_invalid'],
      ['invalid number', { body: { ...base, to: '12345' } }, 400, 'phone_number_invalid'],
      ['send_at in the past', { body: { ...base, send_at: new Date(Date.now() - 60_000).toISOString() } }, 400, 'send_at_in_past'],
      ['send_at too far ahead', { body: { ...base, send_at: new Date(Date.now() + 31 * 24 * 3600_000).toISOString() } }, 400, 'send_at_too_far'],
      ['caption on audio', { body: { ...base, type: 'audio', text: undefined, audio: { media_id: 'med_01JD3Z0Q8S1W2E3R4T5Y6U7I8O', caption: 'x' } } }, 400, 'parameter_unexpected'],
      ['poll choosing more than it offers', { body: { ...base, type: 'poll', text: undefined, poll: { question: 'Q', options: ['a', 'b'], selectable_count: 3 } } }, 400, 'parameter_invalid'],
      ['a media URL on a private network', { body: { ...base, type: 'image', text: undefined, image: { url: 'http://127.0.0.1:9/cat.png' } } }, 400, 'media_url_forbidden'],
      ['a media URL that is not http', { body: { ...base, type: 'image', text: undefined, image: { url: 'ftp://example.com/cat.png' } } }, 400, 'media_url_invalid'],
      ['an upload of the wrong kind for the type', { body: { ...base, type: 'sticker', text: undefined, sticker: { media_id: 'med_01JD3Z0Q8S1W2E3R4T5Y6U7I8O' } } }, 404, 'resource_missing'],
      ['a reply to a message of another chat', { body: { ...base, reply_to: 'msg_01JD3Z0Q8S1W2E3R4T5Y6U7I8O' } }, 400, 'message_not_in_chat'],
      ["another account's connection", { key: stranger.key, body: base }, 404, 'resource_missing'],
      ['a connection of the other mode', { key: live.secret, body: base }, 404, 'resource_missing'],
    ];
    for (const [what, { key, body }, status, code] of cases) {
      const response = await server.client.post('/v1/messages', body, { key: key ?? owner.key });
      assertError(response, status, code);
      assert.equal(response.status, status, what);
    }
    assert.equal(await countMessages(), before, 'nothing was queued');
  });

  test('a logged-out connection refuses sends with 409 connection_logged_out', async () => {
    const doomed = await linkSandbox(server.client, owner.key, number());
    const logout = await server.client.post(`/v1/connections/${doomed.id}/logout`, {}, { key: owner.key });
    assert.equal(logout.status, 200, JSON.stringify(logout.body));
    await waitForStatus(server.client, owner.key, doomed.id, 'logged_out');
    const response = await server.client.post('/v1/messages', { connection_id: doomed.id, to: '+14155550177', type: 'text', text: { body: 'hi' } }, { key: owner.key });
    assertError(response, 409, 'connection_logged_out');
  });

  test('the same Idempotency-Key returns the same message and stores it once', async () => {
    const body = { connection_id: sender.id, to: '+14155550178', type: 'text', text: { body: 'once' } };
    const key = `idem-${randomBytes(6).toString('hex')}`;
    const first = await send(server.client, owner.key, body, key);
    const again = await send(server.client, owner.key, body, key);
    assert.equal(again.id, first.id);
    const stored = await server.services.db.system((trx) => trx('messages').where({ to_phone: '+14155550178' }));
    assert.equal(stored.length, 1);
  });

  test('recipients WhatsApp refuses end failed with a stable code', async () => {
    const notOn = await send(server.client, owner.key, { connection_id: sender.id, to: NOT_ON_WHATSAPP, type: 'text', text: { body: 'hi' } });
    const timelocked = await send(server.client, owner.key, { connection_id: sender.id, to: REACH_OUT_TIMELOCKED, type: 'text', text: { body: 'hi' } });
    const failed = await waitForMessage(server.client, owner.key, notOn.id, hasStatus('failed'));
    assert.equal(failed.error?.code, 'recipient_not_on_whatsapp');
    const limited = await waitForMessage(server.client, owner.key, timelocked.id, hasStatus('failed'));
    assert.equal(limited.error?.code, 'whatsapp_rate_limited');
    assert.ok((await eventsOf(notOn.id)).includes('message.failed'));
  });

  test('a scheduled message waits for send_at; a canceled one never goes; a sent one cannot be canceled', async () => {
    const sendAt = new Date(Date.now() + 1_500).toISOString();
    const scheduled = await send(server.client, owner.key, { connection_id: sender.id, to: '+14155550179', type: 'text', text: { body: 'later' }, send_at: sendAt });
    assert.equal(scheduled.status, 'scheduled');
    const doomed = await send(server.client, owner.key, { connection_id: sender.id, to: '+14155550179', type: 'text', text: { body: 'never' }, send_at: sendAt });
    // The 202, the stored message and its event tell the same story.
    const stored = await server.client.get<Message>(`/v1/messages/${doomed.id}`, { key: owner.key });
    assert.deepEqual(stored.body, doomed);
    const [event] = await server.services.db.system((trx) => trx('events').whereRaw(`data->'object'->>'id' = ?`, [doomed.id]).select('type', 'data'));
    assert.deepEqual(event, { type: 'message.scheduled', data: { object: doomed } });
    const canceled = await server.client.post<Message>(`/v1/messages/${doomed.id}/cancel`, {}, { key: owner.key });
    assertConforms('cancelMessage', canceled);
    assert.equal(canceled.body.status, 'canceled');
    await sleep(500);
    assert.equal((await waitForMessage(server.client, owner.key, scheduled.id, () => true)).status, 'scheduled', 'not before send_at');
    const sent = await waitForMessage(server.client, owner.key, scheduled.id, hasStatus('sent', 'delivered', 'read'));
    assert.ok(sent.sent_at! >= sendAt);
    assertError(await server.client.post(`/v1/messages/${scheduled.id}/cancel`, {}, { key: owner.key }), 409, 'message_not_cancelable');
    assert.equal((await waitForMessage(server.client, owner.key, doomed.id, () => true)).status, 'canceled');
    assert.deepEqual(await eventsOf(doomed.id), ['message.scheduled', 'message.canceled']);
  });

  test('messages to one person go out in the order they were accepted', async () => {
    const to = '+14155550180';
    const accepted: Message[] = [];
    for (let i = 0; i < 10; i++) accepted.push(await send(server.client, owner.key, { connection_id: sender.id, to, type: 'text', text: { body: `#${i}` } }));
    const sent = [];
    for (const message of accepted) sent.push(await waitForMessage(server.client, owner.key, message.id, hasStatus('sent', 'delivered', 'read')));
    const times = sent.map((message) => message.sent_at!);
    assert.deepEqual(times, [...times].sort());
  });

  test('STOP puts the sender on the suppression list, sends to them fail recipient_opted_out except replies, START takes them off', async () => {
    const person = '+14155550181';
    const stop = await inbound({ connection_id: sender.id, from: person, type: 'text', text: { body: ' stop ' }, name: 'Pat' });
    assertConforms('sandboxInbound', stop);
    assert.equal(stop.status, 201, JSON.stringify(stop.body));
    const optOuts = await server.client.get<Schemas['OptOutList']>(`/v1/opt-outs?phone_number=${encodeURIComponent(person)}`, { key: owner.key });
    assert.equal(optOuts.body.data.length, 1);
    assert.equal(optOuts.body.data[0]!.source, 'keyword');
    assert.equal(optOuts.body.data[0]!.keyword, 'STOP');
    assert.equal(optOuts.body.data[0]!.connection_id, sender.id);

    const blocked = await send(server.client, owner.key, { connection_id: sender.id, to: person, type: 'text', text: { body: 'promo' } });
    assert.equal((await waitForMessage(server.client, owner.key, blocked.id, hasStatus('failed'))).error?.code, 'recipient_opted_out');
    const reply = await send(server.client, owner.key, { connection_id: sender.id, to: person, type: 'text', text: { body: 'You are unsubscribed.' }, reply_to: stop.body.id });
    await waitForMessage(server.client, owner.key, reply.id, hasStatus('read'));

    await inbound({ connection_id: sender.id, from: person, type: 'text', text: { body: 'START' } });
    const after = await server.client.get<Schemas['OptOutList']>(`/v1/opt-outs?phone_number=${encodeURIComponent(person)}`, { key: owner.key });
    assert.equal(after.body.data.length, 0);
    const welcome = await send(server.client, owner.key, { connection_id: sender.id, to: person, type: 'text', text: { body: 'Welcome back' } });
    await waitForMessage(server.client, owner.key, welcome.id, hasStatus('read'));
    const types = await server.services.db.system((trx) => trx('events').where({ account_id: owner.account.id }).whereIn('type', ['opt_out.created', 'opt_out.deleted']).orderBy('id').pluck('type'));
    assert.deepEqual(types.slice(-2), ['opt_out.created', 'opt_out.deleted']);
  });

  test('inbound messages are stored and evented, listed with filters, and make a chat with an unread count', async () => {
    const person = '+14155550182';
    const first = await inbound({ connection_id: sender.id, from: person, type: 'text', text: { body: 'Hi there' }, name: 'Sam' });
    const second = await inbound({ connection_id: sender.id, from: person, type: 'location', location: { latitude: 1, longitude: 2 } });
    assert.equal(first.body.direction, 'inbound');
    assert.equal(first.body.from, person);
    assert.equal(first.body.to, sender.phone_number);
    assert.deepEqual(await eventsOf(first.body.id), ['message.received']);
    const reaction = await inbound({ connection_id: sender.id, from: person, type: 'reaction', reaction: { message_id: first.body.id, emoji: '❤️' } });
    assert.equal(reaction.status, 201, JSON.stringify(reaction.body));
    assert.deepEqual(await eventsOf(reaction.body.id), ['message.reaction']);

    const filtered = await server.client.get<Schemas['MessageList']>(`/v1/messages?phone_number=${encodeURIComponent(person)}&direction=inbound&status=received`, { key: owner.key });
    assertConforms('listMessages', filtered);
    assert.deepEqual(filtered.body.data.map((m) => m.id), [reaction.body.id, second.body.id, first.body.id]);
    const none = await server.client.get<Schemas['MessageList']>(`/v1/messages?phone_number=${encodeURIComponent(person)}&created_after=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`, { key: owner.key });
    assert.equal(none.body.data.length, 0);

    const chats = await server.client.get<Schemas['ChatList']>(`/v1/chats?connection_id=${sender.id}&limit=1`, { key: owner.key });
    assertConforms('listChats', chats);
    const chat = chats.body.data[0]!;
    assert.equal(chat.phone_number, person, 'the most recently active chat comes first');
    assert.equal(chat.name, 'Sam');
    assert.equal(chat.unread_count, 2);
    assert.equal(chat.last_message?.id, second.body.id);
    const history = await server.client.get<Schemas['MessageList']>(`/v1/chats/${chat.id}/messages`, { key: owner.key });
    assertConforms('listChatMessages', history);
    assert.deepEqual(history.body.data.map((m) => m.id), [reaction.body.id, second.body.id, first.body.id]);
    const read = await server.client.post<Schemas['Chat']>(`/v1/chats/${chat.id}/read`, {}, { key: owner.key });
    assertConforms('markChatRead', read);
    assert.equal(read.body.unread_count, 0);
    const next = await server.client.get<Schemas['ChatList']>(`/v1/chats?connection_id=${sender.id}&limit=1&starting_after=${chat.id}`, { key: owner.key });
    assert.notEqual(next.body.data[0]?.id, chat.id);
  });

  test('a queue waits while its connection is not linked, and what stays too long expires', async () => {
    const created = await server.client.post<Schemas['Connection']>('/v1/connections', {}, { key: owner.key });
    await waitForStatus(server.client, owner.key, created.body.id, 'qr');
    const waiting = await send(server.client, owner.key, { connection_id: created.body.id, to: '+14155550183', type: 'text', text: { body: 'patience' } });
    const stale = await send(server.client, owner.key, { connection_id: created.body.id, to: '+14155550184', type: 'text', text: { body: 'too late' } });
    await sleep(300);
    assert.equal((await waitForMessage(server.client, owner.key, waiting.id, () => true)).status, 'queued');
    await server.services.db.system((trx) => trx('messages').where({ id: stale.id }).update({ expires_at: new Date(Date.now() - 1000) }));
    await sweepMessages(server.services);
    const expired = await waitForMessage(server.client, owner.key, stale.id, hasStatus('expired'));
    assert.equal(expired.error?.code, 'expired');
    await server.client.post(`/v1/sandbox/connections/${created.body.id}/scan`, { phone_number: number() }, { key: owner.key });
    const sent = await waitForMessage(server.client, owner.key, waiting.id, hasStatus('read'));
    assert.equal(waiting.from, null, 'accepted before the connection had a number');
    assert.match(sent.from ?? '', /^\+1202555/, 'the sender number is known once sent');
  });
});
