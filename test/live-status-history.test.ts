// Statuses and history sync in live mode, end to end through Parley's HTTP API against the WhatsApp Web
// simulator: a connection linked with sync_history on stores the past chats its phone syncs in the history
// bootstrap (a zlib'd HistorySync uploaded, encrypted, to the media host): both directions, original times, one
// history.synced event; a status posted through the API is decrypted by the viewer's phone (sender key, as for
// groups); and with receive_statuses on, a status a contact's phone posts arrives as a status.received event.
// Baileys runs unmodified.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { WA_CERT_DETAILS } from '@whiskeysockets/baileys';
import knexFactory, { type Knex } from 'knex';
import type { components } from '../server/generated/openapi.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { assertConforms } from './helpers/contract.js';
import { eventually } from './helpers/eventually.js';
import { buildAccount, buildApiKey } from './helpers/factories.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';
import { postLoginQueriesAnswered } from './whatsapp-simulator/baileys-client.js';
import { WhatsAppSimulator } from './whatsapp-simulator/server.js';
import { postStatusFromPhone } from './whatsapp-simulator/status.js';
import { encryptMedia, mediaMessage } from './whatsapp-simulator/media.js';
import { gradientPng } from './helpers/png.js';

type Schemas = components['schemas'];

const STEP_TIMEOUT_MS = 30_000;
const LINE = '+12025550170';
const FRIEND = '+12025550171';
const digits = (e164: string) => e164.replace(/\D/g, '');
/** Two days ago, in whole seconds, as WhatsApp stamps messages. */
const PAST = Math.floor(Date.now() / 1000) - 2 * 86_400;

describe('live mode statuses and history sync through the simulator', () => {
  const sim = new WhatsAppSimulator();
  const originalRootKey = WA_CERT_DETAILS.PUBLIC_KEY;
  let database: ScratchDatabase;
  let superuser: Knex;
  let server: TestServer;
  let key: string;
  let connection: Schemas['Connection'];
  let dataDir: string;
  let pictureBytes: Buffer;

  const eventsOfType = (type: string) =>
    superuser('events').where({ type }).whereRaw(`data->'object'->>'connection_id' = ?`, [connection.id]).orderBy('id') as Promise<Array<{ data: { object: Record<string, unknown> } }>>;

  before(async () => {
    await sim.start();
    WA_CERT_DETAILS.PUBLIC_KEY = Buffer.from(sim.rootKey.public);
    // The history sync blob is downloaded from the simulator's media host, standing in for mmg.whatsapp.net.
    sim.installMediaRouting();
    dataDir = await mkdtemp(path.join(tmpdir(), 'parley-live-status-'));
    sim.account(digits(FRIEND), 'Ada');
    // A picture Ada sent two days ago, still on the media host.
    const menu = { type: 'image' as const, data: gradientPng(10, 10), mimetype: 'image/png', caption: 'Our menu' };
    const encrypted = await encryptMedia(menu.data, 'image');
    const picture = mediaMessage(menu, encrypted, sim.media.store('image', encrypted.blob, digits(FRIEND)));
    pictureBytes = menu.data;
    // What the line's phone syncs to the device it links: one chat with Ada, a message each way, and her picture.
    sim.account(digits(LINE)).history = [
      {
        id: `${digits(FRIEND)}@s.whatsapp.net`,
        name: 'Ada',
        messages: [
          { message: { key: { remoteJid: `${digits(FRIEND)}@s.whatsapp.net`, fromMe: false, id: 'HIST0001' }, message: { conversation: 'Are you open on Monday?' }, messageTimestamp: PAST, pushName: 'Ada' } },
          { message: { key: { remoteJid: `${digits(FRIEND)}@s.whatsapp.net`, fromMe: true, id: 'HIST0002' }, message: { conversation: 'Yes, from 9.' }, messageTimestamp: PAST + 60 } },
          { message: { key: { remoteJid: `${digits(FRIEND)}@s.whatsapp.net`, fromMe: false, id: 'HIST0003' }, message: picture, messageTimestamp: PAST + 120, pushName: 'Ada' } },
        ],
      },
    ];
    database = await createScratchDatabase();
    superuser = knexFactory({ client: 'pg', connection: database.url, pool: { min: 0, max: 2 } });
    server = await startTestServer({
      PARLEY_ROLE: 'all',
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: `${testEnv().redisPrefix}live-status-${randomBytes(4).toString('hex')}:`,
      WHATSAPP_WS_URL: sim.url,
      PARLEY_DATA_DIR: dataDir,
    });
    const owner = await buildAccount(server.client, { account_name: 'Live Status Co' });
    key = (await buildApiKey(server.client, owner, { name: 'live key', mode: 'live' })).secret;

    const since = sim.events.length;
    const created = await server.client.post<Schemas['Connection']>('/v1/connections', { name: 'live line', sync_history: true, receive_statuses: true }, { key });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const qr = await eventually(
      async () => (await server.client.get<{ qr: string }>(`/v1/connections/${created.body.id}/qr`, { key })).body.qr,
      (value) => typeof value === 'string',
      STEP_TIMEOUT_MS,
    );
    await sim.scanQr(qr, digits(LINE));
    connection = await eventually(
      async () => (await server.client.get<Schemas['Connection']>(`/v1/connections/${created.body.id}`, { key })).body,
      (value) => value.status === 'connected',
      STEP_TIMEOUT_MS,
    );
    await postLoginQueriesAnswered(sim, connection.wa_jid!, since);
  });

  after(async () => {
    await server?.stop();
    await sim.stop();
    WA_CERT_DETAILS.PUBLIC_KEY = originalRootKey;
    await superuser?.destroy();
    await database?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  test('the history the phone syncs on linking is stored as the chat with Ada, both messages at their original times', async () => {
    const [synced] = await eventually(eventsOfType.bind(null, 'history.synced'), (events) => events.length >= 1, STEP_TIMEOUT_MS);
    assert.equal(synced!.data.object.messages, 3);
    // The phone uploaded the history as an encrypted blob, and Baileys fetched it from the media host.
    const blob = sim.events.find((event) => event.type === 'media-uploaded' && event.kind === 'md-msg-hist');
    assert.ok(blob, 'the history went through the media host');
    assert.ok(sim.events.some((event) => event.type === 'media-downloaded' && event.directPath === blob.directPath));
    const chats = await server.client.get<Schemas['ChatList']>(`/v1/chats?connection_id=${connection.id}`, { key });
    assertConforms('listChats', chats);
    const chat = chats.body.data.find((found) => found.phone_number === FRIEND);
    assert.ok(chat, JSON.stringify(chats.body));
    const messages = await server.client.get<Schemas['MessageList']>(`/v1/chats/${chat.id}/messages`, { key });
    const byWaId = new Map(messages.body.data.map((message) => [message.wa_message_id, message]));
    assert.equal(byWaId.get('HIST0001')?.direction, 'inbound');
    assert.equal(byWaId.get('HIST0002')?.direction, 'outbound');
    assert.equal(byWaId.get('HIST0001')?.created_at, new Date(PAST * 1000).toISOString());
  });

  test('a picture in the synced history is downloaded after its batch: the message becomes an image with its file', async () => {
    const listed = async () => {
      const chats = await server.client.get<Schemas['ChatList']>(`/v1/chats?connection_id=${connection.id}`, { key });
      const chat = chats.body.data.find((found) => found.phone_number === FRIEND)!;
      return (await server.client.get<Schemas['MessageList']>(`/v1/chats/${chat.id}/messages`, { key })).body.data.find((m) => m.wa_message_id === 'HIST0003');
    };
    const picture = await eventually(listed, (message) => message?.type === 'image', STEP_TIMEOUT_MS);
    assert.deepEqual([picture!.image?.caption, picture!.image?.mime_type, picture!.error, picture!.created_at], ['Our menu', 'image/png', null, new Date((PAST + 120) * 1000).toISOString()]);
    const file = await fetch(new URL(`/v1/media/${picture!.image!.media_id}`, server.url), { headers: { authorization: `Bearer ${key}` } });
    assert.equal(file.status, 200);
    assert.ok(Buffer.from(await file.arrayBuffer()).equals(pictureBytes), 'the exact bytes Ada sent');
    assert.equal((await superuser('history_media_downloads').count<{ count: string }[]>('* as count'))[0]!.count, '0', 'nothing left to fetch');
  });

  test('POST /v1/connections/{id}/statuses: Ada\'s phone takes the sender key and decrypts the status, with its colour', async () => {
    const since = sim.events.length;
    const posted = await server.client.post<Schemas['Status']>(
      `/v1/connections/${connection.id}/statuses`,
      { type: 'text', text: { body: 'Closed for inventory today', background_color: '#AA3300', font: 'calistoga' }, recipients: [FRIEND] },
      { key },
    );
    assertConforms('createStatus', posted);
    assert.equal(posted.status, 201, JSON.stringify(posted.body));
    const seen = sim.events.slice(since).find((event) => event.type === 'status-received' && event.id === posted.body.wa_message_id);
    assert.ok(seen, `the phone decrypted the status: ${JSON.stringify(sim.events.slice(since).map((event) => event.type))}; errors: ${sim.errors.map(String).join('; ') || 'none'}`);
    assert.equal(seen.phone, digits(FRIEND));
    const text = (seen.message as { extendedTextMessage?: { text?: string; backgroundArgb?: number; font?: number } }).extendedTextMessage;
    assert.equal(text?.text, 'Closed for inventory today');
    assert.equal(text?.backgroundArgb, 0xffaa3300);
    assert.equal(text?.font, 8);
  });

  test('a status Ada\'s phone posts arrives as status.received, with its author and text', async () => {
    const id = await postStatusFromPhone(sim, digits(FRIEND), [digits(LINE)], { extendedTextMessage: { text: 'Back from holiday', backgroundArgb: 0xff336699 } });
    const events = await eventually(eventsOfType.bind(null, 'status.received'), (found) => found.some((e) => e.data.object.wa_message_id === id), STEP_TIMEOUT_MS);
    const status = events.find((e) => e.data.object.wa_message_id === id)!.data.object as Schemas['Status'];
    assert.equal(status.from?.phone_number, FRIEND);
    assert.deepEqual(status.text, { body: 'Back from holiday', background_color: '#336699' });
    // A status is never a chat message.
    const received = await superuser('messages').where({ connection_id: connection.id, wa_message_id: id });
    assert.equal(received.length, 0);
  });
});
