// Call ends, as `call.ended` events: in the sandbox through HTTP (a test ends a simulated call as missed, answered
// or rejected; a call Parley rejects ends at once), and live through unmodified Baileys against the WhatsApp Web
// simulator (WhatsApp's terminate, timeout and accept-then-terminate stanzas). Each call ends once.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { components } from '../server/generated/openapi.js';
import { endReasonOf } from '../server/connections/baileys/calls.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { eventually } from './helpers/eventually.js';
import { buildAccount, type TestAccount } from './helpers/factories.js';
import { startLiveParley, type LiveParley } from './helpers/live-parley.js';
import { linkSandbox } from './helpers/sandbox-messaging.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';
import { WhatsAppSimulator } from './whatsapp-simulator/server.js';

type Schemas = components['schemas'];
type Call = Schemas['Call'];

const number = () => `+1202559${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`;
const digits = (e164: string) => e164.replace(/\D/g, '');

test('WhatsApp\'s call statuses map to how the call ended', () => {
  assert.equal(endReasonOf('reject', false), 'rejected');
  assert.equal(endReasonOf('timeout', false), 'missed');
  assert.equal(endReasonOf('terminate', false), 'missed');
  assert.equal(endReasonOf('terminate', true), 'answered');
  assert.equal(endReasonOf('offer', false), undefined);
  assert.equal(endReasonOf('accept', false), undefined);
});

describe('call.ended (sandbox)', () => {
  let database: ScratchDatabase;
  let server: TestServer;
  let owner: TestAccount;
  let connection: Schemas['Connection'];

  before(async () => {
    database = await createScratchDatabase();
    server = await startTestServer({
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: `${testEnv().redisPrefix}call-ended-${randomBytes(4).toString('hex')}:`,
      PARLEY_ROLE: 'all',
    });
    owner = await buildAccount(server.client, { account_name: 'Calls Co' });
    connection = await linkSandbox(server.client, owner.key, number());
  });
  after(async () => {
    await server?.stop();
    await database?.drop();
  });

  const post = <T>(path: string, body: unknown) => server.client.post<T>(path, body, { key: owner.key });
  const ends = () =>
    server.services.db.system(async (trx) => ((await trx('events').where({ type: 'call.ended' }).orderBy('id')) as Array<{ data: { object: Call } }>).map((row) => row.data.object));

  test('a simulated call ends missed or answered, once; an unknown call is 404', async () => {
    const caller = number();
    const missed = await post<Call>(`/v1/sandbox/connections/${connection.id}/calls`, { from: caller });
    assert.equal(missed.status, 201, JSON.stringify(missed.body));
    const ended = await post<Call>(`/v1/sandbox/connections/${connection.id}/calls/${missed.body.id}/end`, { reason: 'missed' });
    assertConforms('sandboxEndCall', ended);
    assert.equal(ended.status, 200, JSON.stringify(ended.body));
    assert.deepEqual([ended.body.id, ended.body.from, ended.body.end_reason], [missed.body.id, caller, 'missed']);
    assert.ok(ended.body.ended_at);
    assertError(await post(`/v1/sandbox/connections/${connection.id}/calls/${missed.body.id}/end`, { reason: 'answered' }), 409, 'call_ended');
    assertError(await post(`/v1/sandbox/connections/${connection.id}/calls/NOSUCHCALL/end`, { reason: 'missed' }), 404, 'resource_missing');

    const video = await post<Call>(`/v1/sandbox/connections/${connection.id}/calls`, { from: caller, video: true });
    const answered = await post<Call>(`/v1/sandbox/connections/${connection.id}/calls/${video.body.id}/end`, { reason: 'answered' });
    assert.deepEqual([answered.body.video, answered.body.end_reason], [true, 'answered']);
    assert.deepEqual((await ends()).map((call) => [call.id, call.end_reason]), [[missed.body.id, 'missed'], [video.body.id, 'answered']]);
  });

  test('a call Parley rejects ends at once as rejected', async () => {
    const updated = await server.client.request('PATCH', `/v1/connections/${connection.id}`, { reject_calls: true }, { key: owner.key });
    assert.equal(updated.status, 200, JSON.stringify(updated.body));
    const call = await post<Call>(`/v1/sandbox/connections/${connection.id}/calls`, { from: number() });
    assert.equal(call.body.rejected, true);
    const all = await eventually(ends, (rows) => rows.some((row) => row.id === call.body.id));
    assert.equal(all.find((row) => row.id === call.body.id)!.end_reason, 'rejected');
    assertError(await post(`/v1/sandbox/connections/${connection.id}/calls/${call.body.id}/end`, { reason: 'missed' }), 409, 'call_ended');
  });
});

describe('call.ended (live)', () => {
  const sim = new WhatsAppSimulator();
  const LINE = '+12025550230';
  const CALLER = '+12025550231';
  let live: LiveParley;

  before(async () => {
    await sim.start();
    sim.account(digits(CALLER), 'Cal');
    live = await startLiveParley(sim, LINE, 'live-call-ended');
  });
  after(async () => {
    await live?.stop();
    await sim.stop();
    assert.deepEqual(sim.errors, []);
  });

  const ended = async (callId: string) => {
    const rows = await eventually(
      async () => (await live.server.client.get<Schemas['EventList']>('/v1/events?type=call.ended', { key: live.key })).body.data,
      (events) => events.some((event) => (event.data.object as Call).id === callId),
      30_000,
    );
    return rows.find((event) => (event.data.object as Call).id === callId)!.data.object as Call;
  };

  test('WhatsApp\'s timeout, hang-up and accept-then-hang-up end calls as missed, missed and answered', async () => {
    const rangOut = sim.presence.placeCall(digits(CALLER), digits(LINE));
    sim.presence.endCall(rangOut, 'timeout');
    const hungUp = sim.presence.placeCall(digits(CALLER), digits(LINE));
    sim.presence.endCall(hungUp, 'hangup');
    const taken = sim.presence.placeCall(digits(CALLER), digits(LINE), { video: true });
    sim.presence.endCall(taken, 'answered');
    const [a, b, c] = [await ended(rangOut), await ended(hungUp), await ended(taken)];
    assert.deepEqual([a.end_reason, b.end_reason, c.end_reason], ['missed', 'missed', 'answered']);
    assert.deepEqual([c.from, c.video], [CALLER, true]);
  });
});
