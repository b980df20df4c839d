// Group commit of POST /v1/messages (server/messages/accept-group.ts), through the real stack: concurrent sends
// of one tenant share a transaction, and what that could break does not break. Each send keeps its own row,
// event and ledger entry; a group never mixes tenants and row-level security still confines it; one request's
// bad input gets exactly its own error and fails nobody else; the plan's limit stays exact under concurrency.
// A worker runs in process (it links the sandbox connections) on a database of this file's own.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { components } from '../server/generated/openapi.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { waitForStatus } from './helpers/connection-status.js';
import { assertError } from './helpers/contract.js';
import { buildAccount, type TestAccount } from './helpers/factories.js';
import { linkSandbox } from './helpers/sandbox-messaging.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';
import { eventually } from './helpers/eventually.js';
import { isAlive, spawnWorker, type WorkerProcess } from './helpers/worker-process.js';

type Schemas = components['schemas'];

const number = () => `+1202555${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`;
const recipient = (i: number) => `+1415555${String(3000 + (i % 50)).padStart(4, '0')}`;
const text = (connectionId: string, i: number, tag: string) => ({ connection_id: connectionId, to: recipient(i), type: 'text', text: { body: `group ${i}` }, metadata: { tag } });

describe('group commit of sends', () => {
  let database: ScratchDatabase;
  let server: TestServer;
  let alice: TestAccount;
  let bob: TestAccount;
  let aliceConnection: Schemas['Connection'];
  let bobConnection: Schemas['Connection'];
  let apiProcess: WorkerProcess | undefined;
  const redisPrefix = `${testEnv().redisPrefix}group-${randomBytes(4).toString('hex')}:`;

  const system = <T>(work: Parameters<TestServer['services']['db']['system']>[0]) => server.services.db.system(work) as Promise<T>;
  const post = (account: TestAccount, body: unknown) => server.client.post<Schemas['Message']>('/v1/messages', body, { key: account.key });
  /** The stored messages of a run (by metadata tag), with the transaction that wrote each (rows of one transaction share xmin). */
  const storedOf = (tag: string) =>
    system<Array<{ id: string; account_id: string; mode: string; chat_id: string; connection_id: string; to_phone: string; txn: string; chat_account: string }>>((trx) =>
      trx('messages as m')
        .join('chats as c', 'c.id', 'm.chat_id')
        .whereRaw(`m.metadata->>'tag' = ?`, [tag])
        .select('m.id', 'm.account_id', 'm.mode', 'm.chat_id', 'm.connection_id', 'm.to_phone', trx.raw('m.xmin::text as txn'), 'c.account_id as chat_account'),
    );

  before(async () => {
    database = await createScratchDatabase();
    server = await startTestServer({
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: redisPrefix,
      PARLEY_ROLE: 'all',
      MESSAGE_PACING: 'false',
    });
    alice = await buildAccount(server.client, { account_name: 'Alice Co' });
    bob = await buildAccount(server.client, { account_name: 'Bob Co' });
    aliceConnection = await linkSandbox(server.client, alice.key, number());
    bobConnection = await linkSandbox(server.client, bob.key, number());
  });
  after(async () => {
    if (apiProcess && isAlive(apiProcess.child)) apiProcess.child.kill('SIGKILL');
    await server?.stop();
    await database?.drop();
  });

  test('concurrent sends share transactions, and each keeps its own row, event, ledger entry and count', async () => {
    const tag = `shared-${randomBytes(4).toString('hex')}`;
    const usedBefore = await system<{ n: string }>((trx) => trx('usage_periods').where({ account_id: alice.account.id, mode: 'test' }).sum({ n: 'messages' }).first());
    const dailyBefore = await system<{ n: string }>((trx) => trx('usage_daily').where({ account_id: alice.account.id, mode: 'test', category: 'messages_accepted_text' }).sum({ n: 'quantity' }).first());
    const responses = await Promise.all(Array.from({ length: 60 }, (_, i) => post(alice, text(aliceConnection.id, i, tag))));
    for (const response of responses) assert.equal(response.status, 202, JSON.stringify(response.body));
    const ids = responses.map((response) => response.body.id);
    assert.equal(new Set(ids).size, 60);

    const stored = await storedOf(tag);
    assert.deepEqual(stored.map((row) => row.id).sort(), [...ids].sort(), 'every 202 is stored, and nothing else');
    const transactions = new Set(stored.map((row) => row.txn));
    assert.ok(transactions.size < 60, `60 concurrent sends committed in ${transactions.size} transactions: they were not grouped`);
    for (const response of responses) {
      const row = stored.find((candidate) => candidate.id === response.body.id)!;
      assert.equal(row.to_phone, response.body.to);
      assert.equal(row.chat_id, response.body.chat_id);
    }

    const events = await system<Array<{ id: string; type: string; message: string; account_id: string }>>((trx) =>
      // The worker in process goes on to send them: their later events (message.sent, …) are not the accept's.
      trx('events').where({ type: 'message.queued' }).whereRaw(`data->'object'->>'id' = any(?)`, [ids]).select('id', 'type', 'account_id', trx.raw(`data->'object'->>'id' as message`)),
    );
    assert.equal(events.length, 60, 'one message.queued event per message');
    assert.deepEqual(events.map((event) => event.message).sort(), [...ids].sort());
    for (const event of events) {
      assert.equal(event.type, 'message.queued');
      assert.equal(event.account_id, alice.account.id);
    }
    const entries = await system<Array<{ subject_id: string; category: string; quantity: number }>>((trx) => trx('usage_entries').whereIn('subject_id', ids).where('category', 'like', 'messages_accepted%'));
    assert.equal(entries.length, 60, 'one ledger entry per message');
    for (const entry of entries) assert.deepEqual([entry.category, Number(entry.quantity)], ['messages_accepted_text', 1]);
    const usedAfter = await system<{ n: string }>((trx) => trx('usage_periods').where({ account_id: alice.account.id, mode: 'test' }).sum({ n: 'messages' }).first());
    assert.equal(Number(usedAfter.n) - Number(usedBefore?.n ?? 0), 60);
    const dailyAfter = await system<{ n: string }>((trx) => trx('usage_daily').where({ account_id: alice.account.id, mode: 'test', category: 'messages_accepted_text' }).sum({ n: 'quantity' }).first());
    assert.equal(Number(dailyAfter.n) - Number(dailyBefore?.n ?? 0), 60);
  });

  test('sends to a WhatsApp group id join groups too: one group chat without a phone number, and the messages go to the group', async () => {
    const tag = `to-group-${randomBytes(4).toString('hex')}`;
    const created = await server.client.post<Schemas['GroupCreated']>(`/v1/connections/${aliceConnection.id}/groups`, { subject: 'Grouped', participants: [recipient(1)] }, { key: alice.key });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const groupId = created.body.group.id;
    const responses = await Promise.all(
      Array.from({ length: 60 }, (_, i) => post(alice, i % 2 === 0 ? { ...text(aliceConnection.id, i, tag), to: ` ${groupId} ` } : text(aliceConnection.id, i, tag))),
    );
    for (const response of responses) assert.equal(response.status, 202, JSON.stringify(response.body));
    const toGroup = responses.filter((_, i) => i % 2 === 0).map((response) => response.body);
    assert.ok(toGroup.every((message) => message.to === groupId));
    const stored = await storedOf(tag);
    assert.equal(stored.length, 60);
    const perTransaction = new Map<string, number>();
    for (const row of stored) perTransaction.set(row.txn, (perTransaction.get(row.txn) ?? 0) + 1);
    assert.ok(stored.some((row) => row.to_phone === groupId && perTransaction.get(row.txn)! > 1), 'a send to the group shared its transaction with others');
    const chats = await system<Array<{ peer: string; phone_number: string | null }>>((trx) => trx('chats').whereIn('id', [...new Set(toGroup.map((message) => message.chat_id))]).select('peer', 'phone_number'));
    assert.deepEqual(chats, [{ peer: groupId, phone_number: null }]);
    const statusOf = async (id: string) => (await server.client.get<Schemas['Message']>(`/v1/messages/${id}`, { key: alice.key })).body.status;
    for (const message of toGroup) await eventually(() => statusOf(message.id), (status) => ['sent', 'delivered', 'read'].includes(status), 15_000);
  });

  test('a group never mixes tenants, and one tenant cannot send from or write into another tenant', async () => {
    const tag = `tenants-${randomBytes(4).toString('hex')}`;
    // Interleaved: Alice's sends, Bob's sends, and Alice naming Bob's connection, all at once.
    const requests = Array.from({ length: 60 }, (_, i) =>
      i % 3 === 0 ? post(alice, text(aliceConnection.id, i, tag)) : i % 3 === 1 ? post(bob, text(bobConnection.id, i, tag)) : post(alice, text(bobConnection.id, i, tag)),
    );
    const responses = await Promise.all(requests);
    responses.forEach((response, i) => {
      if (i % 3 === 2) {
        assertError(response, 404, 'resource_missing');
        assert.equal((response.body as unknown as { error: { param: string } }).error.param, 'connection_id');
      } else assert.equal(response.status, 202, JSON.stringify(response.body));
    });
    const stored = await storedOf(tag);
    assert.equal(stored.length, 40, 'the 40 accepted sends, and not one of the refused');
    const byTransaction = new Map<string, Set<string>>();
    for (const row of stored) {
      const owner = row.connection_id === aliceConnection.id ? alice.account.id : bob.account.id;
      assert.equal(row.account_id, owner, 'a message belongs to its connection’s account');
      assert.equal(row.chat_account, owner, 'and so does its chat');
      byTransaction.set(row.txn, (byTransaction.get(row.txn) ?? new Set()).add(row.account_id));
    }
    for (const [txn, accounts] of byTransaction) assert.equal(accounts.size, 1, `transaction ${txn} wrote rows of ${accounts.size} accounts`);
    // Bob's rows stay invisible to Alice through the API.
    const listed = await server.client.get<{ data: Schemas['Message'][] }>(`/v1/messages?connection_id=${bobConnection.id}`, { key: alice.key });
    assert.ok(listed.status === 200 || listed.status === 404, JSON.stringify(listed.body));
    if (listed.status === 200) assert.equal(listed.body.data.length, 0);
  });

  test('bad input in a group gets exactly the error it gets alone, and the others are accepted', async () => {
    const doomed = await linkSandbox(server.client, alice.key, number());
    const logout = await server.client.post(`/v1/connections/${doomed.id}/logout`, {}, { key: alice.key });
    assert.equal(logout.status, 200, JSON.stringify(logout.body));
    await waitForStatus(server.client, alice.key, doomed.id, 'logged_out');
    const tag = `errors-${randomBytes(4).toString('hex')}`;
    const bad = {
      missing: { ...text('conn_doesnotexist', 1, tag) },
      stopped: { ...text(doomed.id, 2, tag) },
      phone: { ...text(aliceConnection.id, 3, tag), to: 'not a number' },
      past: { ...text(aliceConnection.id, 4, tag), send_at: '2001-01-01T00:00:00Z' },
    };
    // Each alone first, one after another, so that no group forms: what a request gets today.
    const alone: Record<string, { status: number; body: unknown }> = {};
    for (const [name, body] of Object.entries(bad)) alone[name] = await post(alice, body);
    const good = Array.from({ length: 30 }, (_, i) => text(aliceConnection.id, 10 + i, tag));
    const all = [...good.slice(0, 15), ...Object.values(bad), ...good.slice(15)];
    const responses = await Promise.all(all.map((body) => post(alice, body)));
    const answers = new Map(all.map((body, i) => [body, responses[i]!]));
    for (const body of good) assert.equal(answers.get(body)!.status, 202, JSON.stringify(answers.get(body)!.body));
    for (const [name, body] of Object.entries(bad)) {
      const grouped = answers.get(body)!;
      const { request_id: _a, ...groupedError } = (grouped.body as { error: Record<string, unknown> }).error;
      const { request_id: _b, ...aloneError } = (alone[name]!.body as { error: Record<string, unknown> }).error;
      assert.equal(grouped.status, alone[name]!.status, name);
      assert.deepEqual(groupedError, aloneError, name);
    }
    assert.deepEqual(
      Object.fromEntries(Object.entries(alone).map(([name, response]) => [name, [response.status, (response.body as { error: { code: string } }).error.code]])),
      { missing: [404, 'resource_missing'], stopped: [409, 'connection_logged_out'], phone: [400, 'phone_number_invalid'], past: [400, 'send_at_in_past'] },
    );
    assert.equal((await storedOf(tag)).length, 30, 'the good sends, and none of the bad');
  });

  test('the plan limit stays exact when concurrent groups reach it', async () => {
    const limited = await buildAccount(server.client, { account_name: 'Limited Co' });
    const connection = await linkSandbox(server.client, limited.key, number());
    await system((trx) => trx('accounts').where({ id: limited.account.id }).update({ limit_overrides: { messages_per_period: 37 } }));
    const tag = `limit-${randomBytes(4).toString('hex')}`;
    const responses = await Promise.all(Array.from({ length: 90 }, (_, i) => post(limited, text(connection.id, i, tag))));
    const accepted = responses.filter((response) => response.status === 202);
    const refused = responses.filter((response) => response.status !== 202);
    assert.equal(accepted.length, 37, `${accepted.length} accepted of a limit of 37`);
    for (const response of refused) {
      assertError(response, 403, 'plan_limit_reached');
      const error = (response.body as unknown as { error: { limit: { value: number; used: number } } }).error;
      assert.deepEqual([error.limit.value, error.limit.used], [37, 37]);
    }
    assert.equal((await storedOf(tag)).length, 37);
    const used = await system<{ n: string }>((trx) => trx('usage_periods').where({ account_id: limited.account.id, mode: 'test' }).sum({ n: 'messages' }).first());
    assert.equal(Number(used.n), 37);
    const entries = await system<{ n: string }>((trx) => trx('usage_entries').where({ account_id: limited.account.id, category: 'messages_accepted_text' }).count({ n: '*' }).first());
    assert.equal(Number(entries.n), 37);
    // Crossing 80 % and 100 % of it, in groups and alone, raised each threshold once (the check after a commit).
    const thresholds = await eventually(
      () => system<Array<{ percent: number }>>((trx) => trx('events').where({ account_id: limited.account.id, type: 'usage.threshold_reached' }).select(trx.raw(`(data->'object'->>'percent')::int as percent`))),
      (rows) => rows.length >= 2,
    );
    assert.deepEqual(thresholds.map((row) => row.percent).sort((a, b) => a - b), [80, 100]);
  });

  test('keyed sends share transactions too, and their Idempotency-Keys replay, refuse reuse and hold duplicates to one message as alone', async () => {
    const tag = `keyed-${randomBytes(4).toString('hex')}`;
    const keyOf = (i: number) => `${tag}-${i}`;
    const bodies = Array.from({ length: 40 }, (_, i) => text(aliceConnection.id, i, tag));
    const keyed = (body: unknown, idempotencyKey: string) => server.client.post<Schemas['Message']>('/v1/messages', body, { key: alice.key, idempotencyKey });
    const first = await Promise.all(bodies.map((body, i) => keyed(body, keyOf(i))));
    for (const response of first) {
      assert.equal(response.status, 202, JSON.stringify(response.body));
      assert.equal(response.headers.get('idempotent-replayed'), null);
    }
    const stored = await storedOf(tag);
    assert.equal(stored.length, 40);
    assert.ok(new Set(stored.map((row) => row.txn)).size < 40, 'keyed sends were not grouped');
    const records = await system<Array<{ key: string; response_status: number }>>((trx) => trx('idempotency_keys').whereIn('key', bodies.map((_, i) => keyOf(i))));
    assert.equal(records.length, 40, 'each keyed send has its stored reply');

    // Retries, all at once: the same body replays the same message; another body under a used key is refused.
    const retries = await Promise.all(bodies.map((body, i) => keyed(i % 4 === 0 ? { ...body, text: { body: 'another' } } : body, keyOf(i))));
    retries.forEach((response, i) => {
      if (i % 4 === 0) assertError(response, 422, 'idempotency_key_reused');
      else {
        assert.equal(response.status, 202, JSON.stringify(response.body));
        assert.equal(response.headers.get('idempotent-replayed'), 'true');
        assert.equal(response.body.id, first[i]!.body.id);
      }
    });
    assert.equal((await storedOf(tag)).length, 40, 'retries store nothing');

    // The same key ten times at once: one message; every answer is it, or 409 while it was still being accepted.
    const once = `${tag}-once`;
    const dupes = await Promise.all(Array.from({ length: 10 }, () => keyed(text(aliceConnection.id, 99, `${tag}-once`), once)));
    const ids = new Set(dupes.filter((response) => response.status === 202).map((response) => response.body.id));
    assert.equal(ids.size, 1, JSON.stringify(dupes.map((response) => response.status)));
    for (const response of dupes) if (response.status !== 202) assertError(response, 409, 'idempotency_key_in_use');
    assert.equal((await storedOf(`${tag}-once`)).length, 1);

    // A keyed request refused inside a group has its refusal stored and replayed, as alone.
    const missing = `${tag}-missing`;
    const burst = await Promise.all([...bodies.slice(0, 10).map((body, i) => keyed(body, `${tag}-b${i}`)), keyed(text('conn_doesnotexist', 1, tag), missing)]);
    for (const response of burst.slice(0, 10)) assert.equal(response.status, 202);
    assertError(burst[10]!, 404, 'resource_missing');
    const replayed = await keyed(text('conn_doesnotexist', 1, tag), missing);
    assertError(replayed, 404, 'resource_missing');
    assert.equal(replayed.headers.get('idempotent-replayed'), 'true');
  });

  test('an API process killed while groups are in flight: every 202 is stored with its event, and nothing unanswered is stored twice', async () => {
    // An API node in a process of its own (the in-process server's worker sends what it accepts), killed for real.
    apiProcess = await spawnWorker('API node killed mid-accept', { DATABASE_URL: database.url, REDIS_KEY_PREFIX: redisPrefix, PARLEY_ROLE: 'api', API_RATE_LIMIT: '100000' });
    const run = randomBytes(4).toString('hex');
    type Outcome = { tag: string; idempotencyKey?: string; status?: number; id?: string; failed?: boolean };
    const outcomes: Outcome[] = [];
    let stopping = false;
    const lane = async (lane: number) => {
      for (let i = 0; !stopping; i++) {
        const tag = `crash-${run}-${lane}-${i}`;
        // Half the lanes send with an Idempotency-Key, so a request that got no answer can be retried.
        const outcome: Outcome = { tag, ...(lane % 2 === 0 && { idempotencyKey: `key-${tag}` }) };
        outcomes.push(outcome);
        try {
          const response = await fetch(`${apiProcess!.url}/v1/messages`, {
            method: 'POST',
            headers: { authorization: `Bearer ${alice.key}`, 'content-type': 'application/json', ...(outcome.idempotencyKey && { 'idempotency-key': outcome.idempotencyKey }) },
            body: JSON.stringify(text(aliceConnection.id, i, tag)),
          });
          outcome.status = response.status;
          const body = (await response.json()) as { id?: string };
          if (response.status === 202) outcome.id = body.id;
        } catch {
          outcome.failed = true;
          return;
        }
      }
    };
    const lanes = Array.from({ length: 40 }, (_, i) => lane(i));
    // Killed once accepts are flowing, with 40 requests in flight.
    await eventually(async () => outcomes.filter((outcome) => outcome.status === 202).length, (accepted) => accepted >= 150);
    apiProcess.child.kill('SIGKILL');
    stopping = true;
    await Promise.all(lanes);

    const unanswered = outcomes.filter((outcome) => outcome.failed);
    assert.ok(unanswered.length > 0, 'the kill cut requests in flight');
    for (const outcome of outcomes) if (!outcome.failed) assert.equal(outcome.status, 202, `${outcome.tag} got ${outcome.status}`);
    const stored = await system<Array<{ id: string; tag: string }>>((trx) =>
      trx('messages').whereRaw(`metadata->>'tag' like ?`, [`crash-${run}-%`]).select('id', trx.raw(`metadata->>'tag' as tag`)),
    );
    const storedByTag = new Map(stored.map((row) => [row.tag, row.id]));
    assert.equal(storedByTag.size, stored.length, 'no request is stored twice');
    const queued = new Set(
      (await system<Array<{ id: string }>>((trx) => trx('events').where({ type: 'message.queued' }).whereRaw(`data->'object'->>'id' = any(?)`, [stored.map((row) => row.id)]).select(trx.raw(`data->'object'->>'id' as id`)))).map((row) => row.id),
    );
    for (const outcome of outcomes.filter((o) => o.status === 202)) {
      assert.equal(storedByTag.get(outcome.tag), outcome.id, `the 202 for ${outcome.tag} has its row`);
      assert.ok(queued.has(outcome.id!), `the 202 for ${outcome.tag} has its message.queued event`);
    }
    // A row without a 202 can only be a request the kill cut off (committed, its answer lost).
    const cut = new Set(unanswered.map((outcome) => outcome.tag));
    for (const row of stored) assert.ok(cut.has(row.tag) || outcomes.some((o) => o.tag === row.tag && o.status === 202), `${row.tag} is stored but was neither answered 202 nor cut off`);
    for (const row of stored) assert.ok(queued.has(row.id), `${row.tag} is stored without its event`);

    // Retried with their Idempotency-Key on a live node: what was stored is found, what was not is accepted now; once each.
    for (const outcome of unanswered.filter((o) => o.idempotencyKey)) {
      const body = text(aliceConnection.id, Number(outcome.tag.split('-').at(-1)), outcome.tag);
      const retry = await server.client.post<Schemas['Message']>('/v1/messages', body, { key: alice.key, idempotencyKey: outcome.idempotencyKey! });
      assert.equal(retry.status, 202, JSON.stringify(retry.body));
      const before = storedByTag.get(outcome.tag);
      if (before) assert.equal(retry.body.id, before, `the retry of ${outcome.tag} finds the message the cut request stored`);
    }
    const after = await system<Array<{ tag: string; n: string }>>((trx) =>
      trx('messages').whereRaw(`metadata->>'tag' like ?`, [`crash-${run}-%`]).groupByRaw(`metadata->>'tag'`).select(trx.raw(`metadata->>'tag' as tag`), trx.raw('count(*) as n')),
    );
    for (const row of after) assert.equal(Number(row.n), 1, `${row.tag} is stored ${row.n} times`);
    for (const outcome of unanswered.filter((o) => o.idempotencyKey)) assert.ok(after.some((row) => row.tag === outcome.tag), `${outcome.tag} is stored after its retry`);
  });
});
