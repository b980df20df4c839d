// New-contact protection through HTTP on sandbox connections, with pacing on (as in production): a daily limit on
// conversations a number starts, and a pause on them after WhatsApp's error 463, while people the number already
// talks to keep getting their messages. A worker runs in process on a database of this file's own.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import type { components } from '../server/generated/openapi.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { buildAccount, type TestAccount } from './helpers/factories.js';
import { hasStatus, linkSandbox, send, waitForMessage, type Message } from './helpers/sandbox-messaging.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';

type Schemas = components['schemas'];
const REACH_OUT_TIMELOCKED = '+14155550106';
let numbers = 0;
const number = () => `+1202556${String(++numbers).padStart(4, '0')}`;

describe('new-contact pacing (sandbox network, pacing on)', () => {
  let database: ScratchDatabase;
  let server: TestServer;
  let owner: TestAccount;

  before(async () => {
    database = await createScratchDatabase();
    server = await startTestServer({
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: `${testEnv().redisPrefix}pace-${randomBytes(4).toString('hex')}:`,
      PARLEY_ROLE: 'all',
    });
    owner = await buildAccount(server.client);
  });
  after(async () => {
    await server?.stop();
    await database?.drop();
  });

  const text = (connectionId: string, to: string) => send(server.client, owner.key, { connection_id: connectionId, to, type: 'text', text: { body: `hello ${to}` } });
  /** Someone writes first: the number then talks to them. */
  const writesFirst = async (connectionId: string, from: string) => {
    const response = await server.client.post<Message>('/v1/sandbox/inbound', { connection_id: connectionId, from, type: 'text', text: { body: 'hi' } }, { key: owner.key });
    assert.equal(response.status, 201, JSON.stringify(response.body));
  };
  const statusOf = async (id: string) => (await server.client.get<Message>(`/v1/messages/${id}`, { key: owner.key })).body.status;
  const patch = async (id: string, body: Record<string, unknown>) => {
    const response = await server.client.request<Schemas['Connection']>('PATCH', `/v1/connections/${id}`, body, { key: owner.key });
    assertConforms('updateConnection', response);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    return response.body;
  };
  const sent = hasStatus('sent', 'delivered', 'read');

  test('past the daily new-contact limit, messages to new people wait while known people still get theirs', async () => {
    const connection = await linkSandbox(server.client, owner.key, number(), { send_rate: 60, new_contact_daily_limit: 2 });
    assert.equal(connection.new_contact_daily_limit, 2);
    const known = number();
    await writesFirst(connection.id, known);
    const [first, second, third] = [await text(connection.id, number()), await text(connection.id, number()), await text(connection.id, number())];
    const toKnown = await text(connection.id, known);
    await waitForMessage(server.client, owner.key, toKnown.id, sent, 15_000);
    await waitForMessage(server.client, owner.key, first.id, sent);
    await waitForMessage(server.client, owner.key, second.id, sent);
    // A send at 60/min takes about a second: the third new person has had its turns and still waits.
    await sleep(2_500);
    assert.equal(await statusOf(third.id), 'queued');

    const raised = await patch(connection.id, { new_contact_daily_limit: 3 });
    assert.equal(raised.new_contact_daily_limit, 3);
    await waitForMessage(server.client, owner.key, third.id, sent, 15_000);
    // Someone the number has talked to is not a new contact: a second message to the first person goes at once.
    const again = await text(connection.id, (await server.client.get<Message>(`/v1/messages/${first.id}`, { key: owner.key })).body.to!);
    await waitForMessage(server.client, owner.key, again.id, sent, 15_000);
  });

  test('after error 463 the connection pauses new conversations for the cool-down; known people still get theirs; PATCH can end the pause', async () => {
    const connection = await linkSandbox(server.client, owner.key, number(), { send_rate: 60 });
    assert.equal(connection.new_contact_daily_limit, 100, 'a default limit protects every number');
    const refused = await text(connection.id, REACH_OUT_TIMELOCKED);
    const failed = await waitForMessage(server.client, owner.key, refused.id, hasStatus('failed'), 15_000);
    assert.equal(failed.error?.code, 'whatsapp_rate_limited');
    const paused = (await server.client.get<Schemas['Connection']>(`/v1/connections/${connection.id}`, { key: owner.key })).body;
    const pausedFor = Date.parse(paused.new_contacts_paused_until!) - Date.now();
    assert.ok(pausedFor > 23 * 3_600_000 && pausedFor <= 24 * 3_600_000, `paused for a day, not ${pausedFor} ms`);
    const events = await server.client.get<Schemas['EventList']>('/v1/events?type=connection.updated&limit=100', { key: owner.key });
    assert.ok(
      events.body.data.some((e) => {
        const object = e.data.object as Schemas['Connection'];
        return object.id === connection.id && object.new_contacts_paused_until !== null;
      }),
      'the pause is evented',
    );

    const stranger = await text(connection.id, number());
    const friend = number();
    await writesFirst(connection.id, friend);
    const toFriend = await text(connection.id, friend);
    await waitForMessage(server.client, owner.key, toFriend.id, sent, 15_000);
    await sleep(1_500);
    assert.equal(await statusOf(stranger.id), 'queued', 'no new conversation during the pause');

    assertError(
      await server.client.request('PATCH', `/v1/connections/${connection.id}`, { new_contacts_paused_until: new Date().toISOString() }, { key: owner.key }),
      400,
      'parameter_invalid',
    );
    const resumed = await patch(connection.id, { new_contacts_paused_until: null });
    assert.equal(resumed.new_contacts_paused_until, null);
    await waitForMessage(server.client, owner.key, stranger.id, sent, 15_000);
  });

  test('a bulk job whose connection hits error 463 goes on over its other connections: the messages held there move', async () => {
    const [a, b] = [
      await linkSandbox(server.client, owner.key, number(), { send_rate: 60 }),
      await linkSandbox(server.client, owner.key, number(), { send_rate: 60 }),
    ];
    const people = Array.from({ length: 6 }, () => number());
    // Round-robin puts the refused number and every other person on the first connection.
    const created = await server.client.post<Schemas['BulkJob']>(
      '/v1/bulk-jobs',
      { connection_ids: [a.id, b.id], type: 'text', text: { body: 'Spring sale' }, recipients: [REACH_OUT_TIMELOCKED, ...people].map((to) => ({ to })) },
      { key: owner.key },
    );
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const deadline = Date.now() + 30_000;
    let job = created.body;
    while (job.status !== 'completed' && Date.now() < deadline) {
      await sleep(250);
      job = (await server.client.get<Schemas['BulkJob']>(`/v1/bulk-jobs/${job.id}`, { key: owner.key })).body;
    }
    assert.equal(job.status, 'completed', JSON.stringify(job));
    const paused = (await server.client.get<Schemas['Connection']>(`/v1/connections/${a.id}`, { key: owner.key })).body;
    assert.ok(paused.new_contacts_paused_until, 'the first connection is cooling down');
    const pausedAt = Date.parse(paused.new_contacts_paused_until!) - 24 * 3_600_000;
    const messages = await server.services.db.system((trx) =>
      trx('messages').where({ bulk_job_id: job.id }).select('to_phone', 'connection_id', 'status', 'sent_at'),
    );
    const sent = messages.filter((m: { status: string }) => ['sent', 'delivered', 'read'].includes(m.status));
    assert.deepEqual(sent.map((m: { to_phone: string }) => m.to_phone).sort(), [...people].sort(), 'every person got exactly one message');
    assert.ok(
      sent.every((m: { connection_id: string; sent_at: Date }) => m.connection_id === b.id || m.sent_at.getTime() < pausedAt),
      'nothing went from the paused connection after the 463',
    );
    assert.ok(sent.some((m: { connection_id: string }) => m.connection_id === b.id));
  });
});
