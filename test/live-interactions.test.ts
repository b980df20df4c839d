// Live-mode presence, read receipts and calls end to end, through Parley's HTTP API: an in-process Parley (API and
// worker) runs unmodified Baileys against the local WhatsApp Web simulator. The simulated phone sees the chat
// states, the number's availability and the read receipts Parley sends; its presence reaches Parley as
// presence.updated events once Parley subscribed; its calls arrive as call.received, and with reject_calls on it
// sees the call rejected and gets the reply message.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { WA_CERT_DETAILS } from '@whiskeysockets/baileys';
import knexFactory, { type Knex } from 'knex';
import type { components } from '../server/generated/openapi.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { assertConforms } from './helpers/contract.js';
import { eventually } from './helpers/eventually.js';
import { buildAccount, buildApiKey } from './helpers/factories.js';
import type { Message } from './helpers/sandbox-messaging.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';
import { postLoginQueriesAnswered } from './whatsapp-simulator/baileys-client.js';
import { WhatsAppSimulator, type SimEvent } from './whatsapp-simulator/server.js';

type Schemas = components['schemas'];
type EventObject = Record<string, unknown>;

const STEP_TIMEOUT_MS = 30_000;
const LINE = '+12025550170';
const PERSON = '+12025550171';
const digits = (e164: string) => e164.replace(/\D/g, '');
const PERSON_JID = `${digits(PERSON)}@s.whatsapp.net`;

describe('live mode presence, read receipts and calls: Baileys against a simulated phone', () => {
  const sim = new WhatsAppSimulator();
  const originalRootKey = WA_CERT_DETAILS.PUBLIC_KEY;
  let database: ScratchDatabase;
  let superuser: Knex;
  let server: TestServer;
  let key: string;
  let connection: Schemas['Connection'];
  let chat: Schemas['Chat'];

  const post = <T>(path: string, body: unknown) => server.client.post<T>(path, body, { key });
  const get = <T>(path: string) => server.client.get<T>(path, { key });
  /** The next simulator event matching `predicate`, recorded after `since`. */
  const simEvent = (predicate: (event: SimEvent) => boolean, since: number) => sim.waitFor(predicate, STEP_TIMEOUT_MS, since);
  const eventObjects = async (type: string): Promise<EventObject[]> =>
    (await superuser('events').where({ type }).orderBy('id').select('data')).map((row: { data: { object: EventObject } }) => row.data.object);
  /** The phone writes to the line; resolves with the message as Parley stored it. */
  const phoneWrites = async (text: string): Promise<Message> => {
    const id = await sim.sendText(digits(PERSON), digits(LINE), text);
    return eventually(
      async () => (await get<{ data: Message[] }>(`/v1/messages?direction=inbound&connection_id=${connection.id}`)).body.data.find((m) => m.wa_message_id === id),
      (message) => message !== undefined,
      STEP_TIMEOUT_MS,
    ) as Promise<Message>;
  };

  before(async () => {
    await sim.start();
    WA_CERT_DETAILS.PUBLIC_KEY = Buffer.from(sim.rootKey.public);
    sim.account(digits(PERSON), 'Grace');
    database = await createScratchDatabase();
    superuser = knexFactory({ client: 'pg', connection: database.url, pool: { min: 0, max: 2 } });
    server = await startTestServer({
      PARLEY_ROLE: 'all',
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: `${testEnv().redisPrefix}live-interactions-${randomBytes(4).toString('hex')}:`,
      WHATSAPP_WS_URL: sim.url,
    });
    const owner = await buildAccount(server.client, { account_name: 'Live Presence Co' });
    key = (await buildApiKey(server.client, owner, { name: 'live key', mode: 'live' })).secret;
    const since = sim.events.length;
    const created = await post<Schemas['Connection']>('/v1/connections', { name: 'presence line', send_rate: 60 });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const qr = await eventually(async () => (await get<{ qr?: string }>(`/v1/connections/${created.body.id}/qr`)).body.qr, (value) => !!value, STEP_TIMEOUT_MS);
    await sim.scanQr(qr!, digits(LINE));
    connection = await eventually(async () => (await get<Schemas['Connection']>(`/v1/connections/${created.body.id}`)).body, (c) => c.status === 'connected', STEP_TIMEOUT_MS);
    await postLoginQueriesAnswered(sim, connection.wa_jid!, since);
    const first = await phoneWrites('Hi, are you open today?');
    chat = (await get<Schemas['Chat']>(`/v1/chats/${first.chat_id}`)).body;
  });

  after(async () => {
    await server?.stop();
    await sim.stop();
    WA_CERT_DETAILS.PUBLIC_KEY = originalRootKey;
    await superuser?.destroy();
    await database?.drop();
  });

  test('typing with a duration reaches the phone as composing, then paused when it is up; recording as composing audio', async () => {
    const since = sim.events.length;
    const typing = await post<Schemas['ChatPresence']>(`/v1/chats/${chat.id}/presence`, { state: 'typing', duration: 1 });
    assertConforms('sendChatPresence', typing);
    assert.equal(typing.status, 200, JSON.stringify(typing.body));
    const composing = await simEvent((e) => e.type === 'chatstate-received' && e.to === PERSON_JID, since);
    assert.equal(composing.state, 'composing');
    const paused = await simEvent((e) => e.type === 'chatstate-received' && e.state === 'paused', since);
    assert.equal(paused.to, PERSON_JID);

    const later = sim.events.length;
    assert.equal((await post(`/v1/chats/${chat.id}/presence`, { state: 'recording' })).status, 200);
    assert.equal((await simEvent((e) => e.type === 'chatstate-received', later)).state, 'recording');
    assert.deepEqual(sim.errors, []);
  });

  test("the number's availability: online and offline reach WhatsApp as presence with the profile name", async () => {
    const since = sim.events.length;
    const online = await post<Schemas['ConnectionPresence']>(`/v1/connections/${connection.id}/presence`, { availability: 'online' });
    assertConforms('setConnectionPresence', online);
    assert.equal(online.status, 200, JSON.stringify(online.body));
    const announced = await simEvent((e) => e.type === 'presence-received' && e.presence === 'available', since);
    assert.equal(announced.jid, connection.wa_jid);
    assert.ok(announced.name, 'with the profile name');
    const later = sim.events.length;
    assert.equal((await post(`/v1/connections/${connection.id}/presence`, { availability: 'offline' })).status, 200);
    await simEvent((e) => e.type === 'presence-received' && e.presence === 'unavailable', later);
  });

  test("after subscribing, the phone's presence arrives as presence.updated events: offline with last seen, online, typing, recording", async () => {
    const since = sim.events.length;
    const subscribed = await post<Schemas['PresenceSubscription']>(`/v1/chats/${chat.id}/presence/subscribe`, {});
    assertConforms('subscribeChatPresence', subscribed);
    assert.equal(subscribed.status, 200, JSON.stringify(subscribed.body));
    await simEvent((e) => e.type === 'presence-subscribed' && e.to === PERSON_JID, since);
    const [first] = await eventually(() => eventObjects('presence.updated'), (rows) => rows.length >= 1, STEP_TIMEOUT_MS);
    assert.equal(first!.state, 'unavailable');
    assert.equal(first!.chat_id, chat.id);
    assert.equal(first!.phone_number, PERSON);
    assert.ok(typeof first!.last_seen_at === 'string' && Date.parse(first!.last_seen_at) < Date.now(), JSON.stringify(first));

    for (const state of ['available', 'composing', 'recording'] as const) {
      assert.equal(sim.presence.set(digits(PERSON), state), 1, 'the subscribed device is reached');
      await eventually(() => eventObjects('presence.updated'), (rows) => rows.at(-1)?.state === { available: 'available', composing: 'typing', recording: 'recording' }[state], STEP_TIMEOUT_MS);
    }
    const listed = await get<Schemas['EventList']>('/v1/events?type=presence.updated');
    assertConforms('listEvents', listed);
    assert.deepEqual(listed.body.data.map((event) => (event.data.object as { state: string }).state).reverse(), ['unavailable', 'available', 'typing', 'recording']);
  });

  test("marking the chat read sends one read receipt for the phone's unread messages", async () => {
    const more = [await phoneWrites('Table for four?'), await phoneWrites('At 7 pm.')];
    const since = sim.events.length;
    const read = await post<Schemas['Chat']>(`/v1/chats/${chat.id}/read`, {});
    assertConforms('markChatRead', read);
    assert.equal(read.body.unread_count, 0);
    const receipt = await simEvent((e) => e.type === 'client-receipt' && e.receipt === 'read', since);
    assert.equal(receipt.to, PERSON_JID);
    const ids = receipt.ids as string[];
    for (const message of more) assert.ok(ids.includes(message.wa_message_id!), `${message.wa_message_id} in ${ids.join(',')}`);
    assert.equal(ids.length, 3, 'the three unread messages, the first one included');
  });

  test('a call arrives as call.received with the caller; with reject_calls the phone sees it rejected and gets the reply', async () => {
    const callId = sim.presence.placeCall(digits(PERSON), digits(LINE));
    const [rang] = await eventually(() => eventObjects('call.received'), (rows) => rows.length === 1, STEP_TIMEOUT_MS);
    assert.equal(rang!.id, callId);
    assert.equal(rang!.from, PERSON, 'the number WhatsApp gave beside the LID');
    assert.equal(rang!.from_lid, `${sim.accounts.get(digits(PERSON))!.lid}@lid`);
    assert.equal(rang!.video, false);
    assert.equal(rang!.rejected, false);
    assert.equal(rang!.chat_id, chat.id);

    const updated = await server.client.request<Schemas['Connection']>('PATCH', `/v1/connections/${connection.id}`, { reject_calls: true, reject_call_message: 'We only answer messages here.' }, { key });
    assert.equal(updated.status, 200, JSON.stringify(updated.body));
    const since = sim.events.length;
    const videoCall = sim.presence.placeCall(digits(PERSON), digits(LINE), { video: true });
    const rejection = await simEvent((e) => e.type === 'call-rejected' && e.callId === videoCall, since);
    assert.equal(rejection.jid, connection.wa_jid);
    const calls = await eventually(() => eventObjects('call.received'), (rows) => rows.length === 2, STEP_TIMEOUT_MS);
    assert.equal(calls[1]!.video, true);
    assert.equal(calls[1]!.rejected, true);
    const replyId = calls[1]!.reply_message_id as string;
    const reply = await eventually(async () => (await get<Message>(`/v1/messages/${replyId}`)).body, (message) => message.status === 'read', STEP_TIMEOUT_MS);
    assert.deepEqual(reply.text, { body: 'We only answer messages here.' });
    const inbox = sim.accounts.get(digits(PERSON))!.inbox;
    assert.equal(inbox.find((message) => message.id === reply.wa_message_id)?.text, 'We only answer messages here.');
    assert.deepEqual(sim.errors, []);
  });
});
