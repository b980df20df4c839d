// Live-mode messages end to end, through Parley's HTTP API: an in-process Parley (API and worker) runs unmodified
// Baileys against the local WhatsApp Web simulator (see live-mode.test.ts for how Baileys is made to trust it).
// A live connection is linked by QR through the API; a message sent with POST /v1/messages is decrypted by the
// simulated phone, whose receipts move it to delivered and read; the phone's reply comes back as an inbound
// message in the same chat. Media goes both ways through the simulator's media host, which stands in for
// mmg.whatsapp.net in this process. PostgreSQL, Redis, the worker, its drain and the leases are all real.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { WA_CERT_DETAILS } from '@whiskeysockets/baileys';
import knexFactory, { type Knex } from 'knex';
import type { components } from '../server/generated/openapi.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { assertConforms } from './helpers/contract.js';
import { buildAccount, buildApiKey } from './helpers/factories.js';
import { gradientPng } from './helpers/png.js';
import { hasStatus, send, waitForMessage, type Message } from './helpers/sandbox-messaging.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';
import { postLoginQueriesAnswered } from './whatsapp-simulator/baileys-client.js';
import { encryptMedia, mediaMessage } from './whatsapp-simulator/media.js';
import { WhatsAppSimulator } from './whatsapp-simulator/server.js';

type Schemas = components['schemas'];

// A deadline for a condition, not a wait: generous, so that a machine busy with other work does not fail it.
const STEP_TIMEOUT_MS = 30_000;
const POLL_MS = 25;
/** The linked number and the person it writes to (E.164, valid numbers: the API checks them). */
const LINE = '+12025550160';
const PERSON = '+12025550161';
const digits = (e164: string) => e164.replace(/\D/g, '');
/** MEDIA_MAX_BYTES for this server: small, so that a file over it is quick to make. */
const MEDIA_MAX_BYTES = 256 * 1024;

describe('live mode messages: the API sends through Baileys to a simulated phone, and the phone answers', () => {
  const sim = new WhatsAppSimulator();
  const originalRootKey = WA_CERT_DETAILS.PUBLIC_KEY;
  let database: ScratchDatabase;
  /** The scratch database as its owner: reads events past row-level security. */
  let superuser: Knex;
  let server: TestServer;
  let key: string;
  let connection: Schemas['Connection'];
  let dataDir: string;

  before(async () => {
    await sim.start();
    WA_CERT_DETAILS.PUBLIC_KEY = Buffer.from(sim.rootKey.public);
    // Baileys runs in this process: its uploads and downloads for mmg.whatsapp.net go to the simulator's host.
    sim.installMediaRouting();
    dataDir = await mkdtemp(path.join(tmpdir(), 'parley-live-messages-'));
    sim.account(digits(PERSON), 'Ada');
    database = await createScratchDatabase();
    superuser = knexFactory({ client: 'pg', connection: database.url, pool: { min: 0, max: 2 } });
    // A worker claims every free connection in its database: this file gets a database of its own.
    server = await startTestServer({
      PARLEY_ROLE: 'all',
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: `${testEnv().redisPrefix}live-messages-${randomBytes(4).toString('hex')}:`,
      WHATSAPP_WS_URL: sim.url,
      PARLEY_DATA_DIR: dataDir,
      MEDIA_MAX_BYTES: String(MEDIA_MAX_BYTES),
    });
    const owner = await buildAccount(server.client, { account_name: 'Live Messages Co' });
    key = (await buildApiKey(server.client, owner, { name: 'live key', mode: 'live' })).secret;

    // Link a live connection by QR, as a person would: the API hands out the code, the phone scans it.
    const since = sim.events.length;
    // The fastest send rate the API allows: this file sends several messages in a row.
    const created = await server.client.post<Schemas['Connection']>('/v1/connections', { name: 'live line', send_rate: 60 }, { key });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const qr = await poll('a QR code', async () => {
      const response = await server.client.get<{ qr: string }>(`/v1/connections/${created.body.id}/qr`, { key });
      return response.status === 200 && response.body.qr;
    });
    await sim.scanQr(qr, digits(LINE));
    connection = await poll('the connection to be connected', async () => {
      const response = await server.client.get<Schemas['Connection']>(`/v1/connections/${created.body.id}`, { key });
      return response.body.status === 'connected' && response.body;
    });
    assert.equal(connection.phone_number, LINE);
    // Baileys' init queries must be answered before the socket is closed, or it waits them out for 60 s.
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

  async function poll<T>(what: string, probe: () => Promise<T | false | undefined>, timeoutMs = STEP_TIMEOUT_MS): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value !== false && value !== undefined) return value;
      if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}; simulator errors: ${sim.errors.map(String).join('; ') || 'none'}`);
      await sleep(POLL_MS);
    }
  }

  /** Event types about one object, in the order they were written. */
  const eventsOf = async (id: string): Promise<string[]> =>
    superuser('events').whereRaw(`data->'object'->>'id' = ?`, [id]).orderBy('id').pluck('type');

  let sent: Message;

  test('POST /v1/messages: the phone decrypts exactly that text under the message\'s WhatsApp id; the message reaches delivered, then read', async () => {
    const accepted = await send(server.client, key, { connection_id: connection.id, to: PERSON, type: 'text', text: { body: 'Your table for two is booked for 8 pm.' } });
    assert.equal(accepted.status, 'queued');
    assert.ok(accepted.wa_message_id);

    const inbox = sim.accounts.get(digits(PERSON))!.inbox;
    const received = await poll('the phone to receive the message', async () => inbox.find((message) => message.id === accepted.wa_message_id));
    assert.equal(received.text, 'Your table for two is booked for 8 pm.');
    assert.equal(received.from, digits(LINE));
    assert.equal(inbox.filter((message) => message.id === accepted.wa_message_id).length, 1, 'sent once');

    sent = await waitForMessage(server.client, key, accepted.id, hasStatus('read'));
    assert.equal(sent.from, LINE);
    assert.equal(sent.to, PERSON);
    assert.ok(sent.sent_at && sent.delivered_at && sent.read_at, JSON.stringify(sent));
    assert.ok(sent.sent_at <= sent.delivered_at && sent.delivered_at <= sent.read_at, `in order: ${JSON.stringify(sent)}`);
    assert.equal(sent.error, null);
    assert.deepEqual(await eventsOf(sent.id), ['message.queued', 'message.sending', 'message.sent', 'message.delivered', 'message.read']);
    assert.deepEqual(sim.errors, []);
  });

  test('the phone\'s reply arrives as an inbound message from its number, quoting ours, with a message.received event; one chat holds both', async () => {
    assert.ok(sent, 'runs after the send');
    const replyId = await sim.sendMessage(digits(PERSON), digits(LINE), {
      extendedTextMessage: { text: 'Perfect, see you then!', contextInfo: { stanzaId: sent.wa_message_id, participant: `${digits(LINE)}@s.whatsapp.net`, quotedMessage: { conversation: 'Your table for two is booked for 8 pm.' } } },
    });

    const reply = await poll('the reply to be listed', async () => {
      const response = await server.client.get<{ data: Message[] }>(`/v1/messages?direction=inbound&connection_id=${connection.id}`, { key });
      assertConforms('listMessages', response);
      return response.body.data.find((message) => message.wa_message_id === replyId);
    });
    assert.equal(reply.direction, 'inbound');
    assert.equal(reply.status, 'received');
    assert.equal(reply.from, PERSON);
    assert.equal(reply.from_lid, `${sim.accounts.get(digits(PERSON))!.lid}@lid`);
    assert.equal(reply.to, LINE);
    assert.deepEqual(reply.text, { body: 'Perfect, see you then!' });
    assert.equal(reply.reply_to, sent.id, 'the quote points at our message');
    assert.equal(reply.chat_id, sent.chat_id, 'the same chat');
    assert.deepEqual(await eventsOf(reply.id), ['message.received']);

    const chats = await server.client.get<Schemas['ChatList']>(`/v1/chats?connection_id=${connection.id}`, { key });
    assertConforms('listChats', chats);
    const chat = chats.body.data.find((c) => c.id === sent.chat_id);
    assert.ok(chat, JSON.stringify(chats.body));
    assert.equal(chat.phone_number, PERSON);
    assert.equal(chat.name, 'Ada');
    assert.equal(chat.last_message?.id, reply.id);
    assert.equal(chat.unread_count, 1);
    const messages = await server.client.get<{ data: Message[] }>(`/v1/chats/${chat.id}/messages`, { key });
    assertConforms('listChatMessages', messages);
    assert.deepEqual(messages.body.data.map((m) => m.id).sort(), [sent.id, reply.id].sort());
    assert.deepEqual(sim.errors, []);
  });
  async function upload(data: Buffer, mimeType: string, filename: string): Promise<Schemas['Media']> {
    const form = new FormData();
    form.append('file', new Blob([data], { type: mimeType }), filename);
    const response = await server.client.request<Schemas['Media']>('POST', '/v1/media', undefined, { key, raw: form });
    assertConforms('uploadMedia', response);
    assert.equal(response.status, 201, JSON.stringify(response.body));
    return response.body;
  }

  async function download(mediaId: string): Promise<{ status: number; type: string | null; bytes: Buffer }> {
    const response = await fetch(new URL(`/v1/media/${mediaId}`, server.url), { headers: { authorization: `Bearer ${key}` } });
    return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
  }

  /** Polls the inbound list until it holds every one of `waMessageIds`; answers them in that order. */
  const inboundListed = (what: string, waMessageIds: string[]) =>
    poll(what, async () => {
      const response = await server.client.get<{ data: Message[] }>(`/v1/messages?direction=inbound&connection_id=${connection.id}`, { key });
      assertConforms('listMessages', response);
      const found = waMessageIds.map((id) => response.body.data.find((message) => message.wa_message_id === id));
      return found.every((message) => message !== undefined) && (found as Message[]);
    });

  const mediaRows = async () => Number((await superuser('media').count({ n: '*' }))[0]?.n);

  test('POST /v1/messages with uploads: an image with a caption, a voice note and a named document reach the phone byte for byte under their WhatsApp ids, and are delivered and read', async () => {
    const cases = [
      {
        type: 'image',
        file: { data: gradientPng(64, 40), mimeType: 'image/png', name: 'table.png' },
        fields: { caption: 'Your table by the window' },
        arrives: { type: 'image', mimetype: 'image/png', caption: 'Your table by the window', fileName: undefined, ptt: undefined },
      },
      {
        type: 'audio',
        // Uploaded as curl would name a .ogg file; WhatsApp plays a voice note declared with its codec.
        file: { data: randomBytes(9_001), mimeType: 'audio/ogg', name: 'directions.ogg' },
        fields: { voice_note: true },
        arrives: { type: 'audio', mimetype: 'audio/ogg; codecs=opus', caption: undefined, fileName: undefined, ptt: true },
      },
      {
        type: 'document',
        file: { data: randomBytes(120_017), mimeType: 'application/pdf', name: 'scan-0001.pdf' },
        fields: { filename: 'spring-menu.pdf', caption: 'Our spring menu' },
        arrives: { type: 'document', mimetype: 'application/pdf', caption: 'Our spring menu', fileName: 'spring-menu.pdf', ptt: undefined },
      },
    ];
    const accepted: Message[] = [];
    for (const { type, file, fields } of cases) {
      const media = await upload(file.data, file.mimeType, file.name);
      accepted.push(await send(server.client, key, { connection_id: connection.id, to: PERSON, type, [type]: { media_id: media.id, ...fields } }));
    }

    const inbox = sim.accounts.get(digits(PERSON))!.inbox;
    for (const [i, { type, file, arrives }] of cases.entries()) {
      const message = accepted[i]!;
      assert.ok(message.wa_message_id);
      const received = await poll(`the phone to receive the ${type}`, async () => inbox.find((entry) => entry.id === message.wa_message_id));
      assert.equal(received.mediaError, undefined, `${type}: the phone could download and decrypt it`);
      const media = received.media;
      assert.ok(media && media.data.equals(file.data), `${type}: byte for byte`);
      assert.deepEqual({ type: media.type, mimetype: media.mimetype, caption: media.caption, fileName: media.fileName, ptt: media.ptt }, arrives);
      assert.equal(inbox.filter((entry) => entry.id === message.wa_message_id).length, 1, `${type}: sent once`);

      const read = await waitForMessage(server.client, key, message.id, hasStatus('read'));
      assert.ok(read.delivered_at && read.read_at && read.delivered_at <= read.read_at, JSON.stringify(read));
      assert.deepEqual(await eventsOf(message.id), ['message.queued', 'message.sending', 'message.sent', 'message.delivered', 'message.read']);
    }
    assert.deepEqual(sim.errors, []);
  });

  test('the phone sends an image with a caption and a named document: both listed inbound with their content, GET /v1/media serves the exact bytes with their type, message.received for each', async () => {
    const photo = randomBytes(70_001);
    const invoice = randomBytes(150_003);
    const photoId = await sim.sendMedia(digits(PERSON), digits(LINE), { type: 'image', data: photo, mimetype: 'image/jpeg', caption: 'The view from our table' });
    const invoiceId = await sim.sendMedia(digits(PERSON), digits(LINE), { type: 'document', data: invoice, mimetype: 'application/pdf', fileName: 'invoice-0042.pdf' });

    const [image, document] = await inboundListed('both files to be listed', [photoId, invoiceId]);
    assert.equal(image!.type, 'image');
    assert.deepEqual({ ...image!.image, media_id: undefined }, { media_id: undefined, mime_type: 'image/jpeg', size: photo.length, filename: null, caption: 'The view from our table', voice_note: false });
    assert.equal(document!.type, 'document');
    assert.deepEqual({ ...document!.document, media_id: undefined }, { media_id: undefined, mime_type: 'application/pdf', size: invoice.length, filename: 'invoice-0042.pdf', caption: null, voice_note: false });
    for (const [message, bytes, type] of [[image!, photo, 'image/jpeg'], [document!, invoice, 'application/pdf']] as const) {
      assert.equal(message.from, PERSON);
      assert.equal(message.error, null);
      const file = await download((message.image ?? message.document)!.media_id);
      assert.equal(file.status, 200);
      assert.equal(file.type, type);
      assert.ok(file.bytes.equals(bytes), `${type}: byte for byte`);
      assert.deepEqual(await eventsOf(message.id), ['message.received']);
    }
    assert.deepEqual(sim.errors, []);
  });

  test('files over the limit are not kept: declared too large, never fetched; declared small but larger, cut off at the limit; both listed unsupported with error media_too_large and evented', async () => {
    const rowsBefore = await mediaRows();
    const since = sim.events.length;
    const archive = randomBytes(MEDIA_MAX_BYTES + 40_000);
    const declaredId = await sim.sendMedia(digits(PERSON), digits(LINE), { type: 'document', data: archive, mimetype: 'application/zip', fileName: 'photos.zip' });
    // A sender whose message understates the file: Parley counts the bytes itself.
    const understated = await encryptMedia(randomBytes(MEDIA_MAX_BYTES * 2), 'document');
    const location = sim.media.store('document', understated.blob, digits(PERSON));
    const undeclaredId = await sim.sendMessage(
      digits(PERSON),
      digits(LINE),
      mediaMessage({ type: 'document', data: Buffer.alloc(0), mimetype: 'application/zip', fileName: 'small.zip' }, { ...understated, fileLength: 1_000 }, location),
    );

    const [declared, undeclared] = await inboundListed('both messages to be listed', [declaredId, undeclaredId]);
    assert.match(declared!.error?.message ?? '', /^A document of 29\d\.\d KB arrived; Parley keeps received document files of at most 256 KB/);
    assert.match(undeclared!.error?.message ?? '', /^A document of more than 256 KB arrived/);
    for (const message of [declared!, undeclared!]) {
      assert.equal(message.type, 'unsupported');
      assert.equal(message.status, 'received');
      assert.equal(message.document, undefined, 'no file to point at');
      assert.equal(message.error?.code, 'media_too_large');
      const events = await superuser('events').whereRaw(`data->'object'->>'id' = ?`, [message.id]).select('type', 'data');
      assert.deepEqual(events.map((event: { type: string }) => event.type), ['message.received']);
      assert.deepEqual((events[0] as { data: { object: Message } }).data.object.error, message.error, 'the event says why');
    }
    const fetched = sim.events.slice(since).filter((event) => event.type === 'media-downloaded').map((event) => event.directPath);
    assert.deepEqual(fetched, [location.directPath], 'the file declared too large was never requested');
    assert.equal(await mediaRows(), rowsBefore, 'nothing stored');
    assert.deepEqual(sim.errors, []);
  });
});
