// Live-mode messages end to end, through Parley's HTTP API: an in-process Parley (API and worker) runs unmodified
// Baileys against the local WhatsApp Web simulator (see live-mode.test.ts for how Baileys is made to trust it).
// A live connection is linked by QR through the API; a message sent with POST /v1/messages is decrypted by the
// simulated phone, whose receipts move it to delivered and read; the phone's reply comes back as an inbound
// message in the same chat. PostgreSQL, Redis, the worker, its drain and the leases are all real.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { WA_CERT_DETAILS } from '@whiskeysockets/baileys';
import knexFactory, { type Knex } from 'knex';
import type { components } from '../server/generated/openapi.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { assertConforms } from './helpers/contract.js';
import { buildAccount, buildApiKey } from './helpers/factories.js';
import { hasStatus, send, waitForMessage, type Message } from './helpers/sandbox-messaging.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';
import { postLoginQueriesAnswered } from './whatsapp-simulator/baileys-client.js';
import { WhatsAppSimulator } from './whatsapp-simulator/server.js';

type Schemas = components['schemas'];

const STEP_TIMEOUT_MS = 10_000;
const POLL_MS = 25;
/** The linked number and the person it writes to (E.164, valid numbers: the API checks them). */
const LINE = '+12025550160';
const PERSON = '+12025550161';
const digits = (e164: string) => e164.replace(/\D/g, '');

describe('live mode messages: the API sends through Baileys to a simulated phone, and the phone answers', () => {
  const sim = new WhatsAppSimulator();
  const originalRootKey = WA_CERT_DETAILS.PUBLIC_KEY;
  let database: ScratchDatabase;
  /** The scratch database as its owner: reads events past row-level security. */
  let superuser: Knex;
  let server: TestServer;
  let key: string;
  let connection: Schemas['Connection'];

  before(async () => {
    await sim.start();
    WA_CERT_DETAILS.PUBLIC_KEY = Buffer.from(sim.rootKey.public);
    sim.account(digits(PERSON), 'Ada');
    database = await createScratchDatabase();
    superuser = knexFactory({ client: 'pg', connection: database.url, pool: { min: 0, max: 2 } });
    // A worker claims every free connection in its database: this file gets a database of its own.
    server = await startTestServer({
      PARLEY_ROLE: 'all',
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: `${testEnv().redisPrefix}live-messages-${randomBytes(4).toString('hex')}:`,
      WHATSAPP_WS_URL: sim.url,
    });
    const owner = await buildAccount(server.client, { account_name: 'Live Messages Co' });
    key = (await buildApiKey(server.client, owner, { name: 'live key', mode: 'live' })).secret;

    // Link a live connection by QR, as a person would: the API hands out the code, the phone scans it.
    const since = sim.events.length;
    const created = await server.client.post<Schemas['Connection']>('/v1/connections', { name: 'live line' }, { key });
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
});
