// Property-based fuzzing of every operation in openapi.yaml, through HTTP, against a real Parley on a database
// of its own: requests generated from the spec's schemas and then broken (see fuzz-requests.ts). Every answer must
// be below 500, every error must be the contract's envelope, and a refused request must change nothing in the
// database. The operations are split between test/fuzz.test.ts and test/fuzz-2.test.ts. Seeded:
// PARLEY_FUZZ_SEED=<n> replays a run, PARLEY_FUZZ_RUNS=<n> sets the requests per operation,
// PARLEY_FUZZ_ONLY=<operationId,...> fuzzes only those.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import knexFactory, { type Knex } from 'knex';
import { listOperations, loadDocument, type Operation } from '../../server/platform/http/spec.js';
import { componentSchema } from '../../server/platform/http/validation.js';
import { createScratchDatabase, type ScratchDatabase } from './connections-database.js';
import { changedTables, fingerprintDatabase, type Fingerprint } from './db-fingerprint.js';
import { FakeStripe } from './fake-stripe.js';
import { buildAccount, buildApiKey, signIn, uniqueEmail, type TestAccount } from './factories.js';
import { materialize, requestArbitrary, type BodySpec, type FuzzRequest } from './fuzz-requests.js';
import { hasStatus, linkSandbox, send, waitForMessage } from './sandbox-messaging.js';
import { startTestServer, type TestServer } from './server.js';

const SEED = Number(process.env.PARLEY_FUZZ_SEED ?? 20261122);
const RUNS = Number(process.env.PARLEY_FUZZ_RUNS ?? 30);
const ONLY = process.env.PARLEY_FUZZ_ONLY?.split(',').filter(Boolean);
const ADMIN_PASSWORD = 'fuzzing admin password';
const MAX_BODY_BYTES = 256 * 1024;

const document = loadDocument();
// Every operation under `paths` (the spec's `webhooks` are requests Parley sends, not ones it answers: not fuzzed).
const operations = listOperations(document).filter((operation) => !ONLY || ONLY.includes(operation.id));
const validErrorResponse = componentSchema('ErrorResponse', document);

/** The table behind a path parameter, read from the path (`/v1/webhook-endpoints/{id}` → webhook_endpoints). */
function tableOf(operation: Operation, parameter: string): string | undefined {
  if (parameter !== 'id') return undefined;
  const segments = operation.path.split('/');
  const collection = segments[segments.indexOf('{id}') - 1] ?? '';
  return collection.replaceAll('-', '_');
}

/** FNV-1a of an operation id: its seed and its part depend on the id alone, so adding an operation changes no other. */
function hashOf(operationId: string): number {
  let hash = 2166136261;
  for (const char of operationId) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash;
}

/** A seed per operation, so that adding an operation does not change the requests of the others. */
const seedOf = (operationId: string): number => (SEED ^ hashOf(operationId)) | 0;

/** The part (of `parts`) that fuzzes `operationId`. */
const partOf = (operationId: string, parts: number): number => (hashOf(operationId) >>> 0) % parts;

interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

interface Tally {
  requests: number;
  statuses: Map<number, number>;
  codes: Set<string>;
}

/**
 * Fuzzes part `part` (0-based) of `parts` of the contract's operations, each operation always in the same part
 * (by its id), so that each test file stays well within the runner's time per file. `file` names the test file,
 * for the replay command a failure prints.
 */
export function fuzzOperations(part: number, parts: number, file: string): void {
  describe(`fuzzing operations of openapi.yaml, part ${part + 1} of ${parts} (seed ${SEED}, ${RUNS} requests each)`, () => {
    let scratch: ScratchDatabase;
    let db: Knex;
    let server: TestServer;
    // Stripe billing is on, against the in-repo fake of Stripe's API (Stripe cannot be reached from the tests), so
    // the billing operations are fuzzed past `billing_disabled`. Stripe's webhook is fuzzed without a valid
    // signature, which no generated request can carry: each must be refused and change nothing.
    let stripe: FakeStripe;
    const stripeKeys = { secretKey: 'sk_test_fuzz', webhookSecret: 'whsec_fuzz' };
    let tenant: TestAccount;
    let admin: TestAccount;
    const adminEmail = uniqueEmail('fuzz-admin');
    /** Ids of the tenant's own resources per table: `core` ones stay, `victims` are for operations that destroy. */
    const ids = new Map<string, { core: string[]; victims: string[] }>();
    /** The session that `logout` ends; signed in again after each successful logout. */
    let logoutSession: TestAccount | undefined;
    const tallies = new Map<string, Tally>();
    let lastPrint: Fingerprint | undefined;
    // An error that no request handler caught would end a real Parley process: each one fails the request that
    // caused it (node:test would otherwise pin it on whichever test is running, or on none).
    const escaped: unknown[] = [];
    const onEscape = (error: unknown) => escaped.push(error);

    const serverEnv = () => ({
      DATABASE_URL: scratch.url,
      ADMIN_EMAIL: adminEmail,
      ADMIN_PASSWORD,
      MAX_BODY_BYTES: String(MAX_BODY_BYTES),
      MEDIA_MAX_BYTES: String(64 * 1024),
      LOGIN_ATTEMPTS_PER_EMAIL: '10000',
      PARLEY_PLANS: JSON.stringify({ pro: { stripe_price_id: 'price_pro', stripe_overage_price_id: 'price_pro_messages' } }),
      STRIPE_SECRET_KEY: stripeKeys.secretKey,
      STRIPE_WEBHOOK_SECRET: stripeKeys.webhookSecret,
      STRIPE_API_BASE: stripe.url,
    });

    before(async () => {
      process.on('uncaughtException', onEscape);
      console.log(`fuzz: seed ${SEED} (set PARLEY_FUZZ_SEED to replay), ${RUNS} requests per operation (PARLEY_FUZZ_RUNS)`);
      scratch = await createScratchDatabase();
      stripe = await FakeStripe.start({
        ...stripeKeys,
        meterEventName: 'parley_messages',
        prices: { price_pro: { unit_amount: 4_900 }, price_pro_messages: { metered: { free_units: 10_000, unit_amount: 1 } } },
      });
      db = knexFactory({ client: 'pg', connection: scratch.url, pool: { min: 1, max: 2 } });

      // Fixtures that need a worker: linked sandbox connections, a message and the chat it opened. The worker's
      // server stops before fuzzing starts, so that nothing changes the database behind the fuzzer's back.
      const setup = await startTestServer({ ...serverEnv(), PARLEY_ROLE: 'all' });
      try {
        tenant = await buildAccount(setup.client, { account_name: 'Fuzz Co' });
        const sender = await linkSandbox(setup.client, tenant.key, '+14155550170');
        await linkSandbox(setup.client, tenant.key, '+14155550171');
        const message = await send(setup.client, tenant.key, { connection_id: sender.id, to: '+14155550171', type: 'text', text: { body: 'hello' } });
        await waitForMessage(setup.client, tenant.key, message.id, hasStatus('read'));
        // The reply lands as an inbound message on the other connection, opening a chat there.
        await waitFor(async () => Number((await db('messages').where({ account_id: tenant.account.id, direction: 'inbound' }).count({ n: '*' }))[0]?.n) > 0);
      } finally {
        await setup.stop();
      }

      server = await startTestServer(serverEnv());
      const { client } = server;
      admin = await signIn(client, adminEmail, ADMIN_PASSWORD);
      const auth = { key: tenant.key };
      for (let copy = 0; copy < 3; copy++) {
        await client.post('/v1/connections', { name: `Fuzz ${copy}` }, auth);
        await client.post('/v1/contacts', { phone_number: `+1415555018${copy}`, name: 'Fuzz', tags: ['fuzz'] }, auth);
        await client.post('/v1/opt-outs', { phone_number: `+1415555019${copy}` }, auth);
        await client.post('/v1/templates', { name: `fuzz_${copy}`, language: 'en', category: 'utility', body: 'Hi {{name}}' }, auth);
        // A public address, as the URL check wants; nothing is ever sent there, since this server runs no worker.
        await client.post('/v1/webhook-endpoints', { url: 'https://1.0.0.1/hook', events: ['*'] }, auth);
        await buildApiKey(client, tenant, { name: `victim ${copy}` });
        await buildAccount(client, { account_name: `Victim ${copy}` });
      }
      const upload = new FormData();
      upload.append('file', new Blob(['phone\n+14155550199\n'], { type: 'text/csv' }), 'recipients.csv');
      await client.post('/v1/media', undefined, { ...auth, raw: upload });
      const [connection] = await db('connections').where({ account_id: tenant.account.id, status: 'connected' }).orderBy('id').pluck('id');
      const created = await client.post('/v1/bulk-jobs', { connection_ids: [connection], type: 'text', text: { body: 'hi' }, recipients: [{ to: '+14155550198' }] }, auth);
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const [endpoint] = await db('webhook_endpoints').where({ account_id: tenant.account.id }).orderBy('id').pluck('id');
      const tested = await client.post(`/v1/webhook-endpoints/${endpoint}/test`, undefined, auth);
      assert.ok(tested.status < 300, JSON.stringify(tested.body));

      const tables = ['api_keys', 'connections', 'contacts', 'opt_outs', 'messages', 'templates', 'chats', 'media', 'bulk_jobs', 'events', 'webhook_endpoints', 'webhook_deliveries'];
      for (const table of tables) {
        const rows: string[] = await db(table).where({ account_id: tenant.account.id }).orderBy('id').pluck('id');
        // The fuzzer's own key is never revoked: every other key is a victim.
        const own = table === 'api_keys' ? rows.filter((id) => id !== tenant.keyId) : rows;
        ids.set(table, { core: own.slice(0, 2), victims: own.slice(2) });
        assert.ok(own.length > 0, `setup made no ${table}`);
      }
      ids.set('api_keys', { core: ids.get('api_keys')!.victims, victims: ids.get('api_keys')!.victims });
      const victims: string[] = await db('accounts').whereLike('name', 'Victim %').orderBy('id').pluck('id');
      ids.set('accounts', { core: victims, victims });
    });

    after(async () => {
      process.off('uncaughtException', onEscape);
      if (tallies.size > 0) report(tallies);
      await server?.stop();
      await stripe?.stop();
      await db?.destroy();
      await scratch?.drop();
    });

    const validIds = (operation: Operation, parameter: string): string[] => {
      if (parameter === 'version') return ['1', '2'];
      const pool = ids.get(tableOf(operation, parameter) ?? '');
      if (!pool) return [];
      return operation.method === 'delete' ? pool.victims : pool.core;
    };

    async function credentialsFor(operation: Operation, request: FuzzRequest): Promise<Record<string, string>> {
      const write = operation.method !== 'get';
      const session = async (who: TestAccount) => {
        if (operation.id !== 'logout') return who;
        logoutSession ??= await signIn(server.client, tenant.email, tenant.password);
        lastPrint = undefined;
        return logoutSession;
      };
      switch (request.auth) {
        case 'key':
          return { authorization: `Bearer ${tenant.key}` };
        case 'session':
        case 'admin': {
          const who = await session(request.auth === 'admin' ? admin : tenant);
          return { cookie: who.cookie, ...(write ? { 'x-csrf-token': who.csrf } : {}) };
        }
        case 'session-without-csrf':
          return { cookie: (await session(tenant)).cookie };
        case 'unknown-session':
          return { cookie: 'parley_session=not-a-session', 'x-csrf-token': 'nope' };
        case 'bearer-garbage':
          return { authorization: 'Bearer parley_test_0000000000000000000000000000000' };
        case 'malformed-authorization':
          return { authorization: 'Basic Zm9vOmJhcg==' };
        case 'none':
          return {};
      }
    }

    function bodyOf(spec: BodySpec | undefined): { payload?: string | FormData | Buffer; contentType?: string } {
      if (!spec) return {};
      switch (spec.kind) {
        case 'json':
          return { payload: JSON.stringify(materialize(spec.value)) ?? 'null', contentType: spec.contentType ?? 'application/json' };
        case 'text':
          return { payload: spec.text, ...(spec.contentType ? { contentType: spec.contentType } : {}) };
        case 'huge':
          return { payload: `{"a":"${'x'.repeat(spec.bytes)}"}`, contentType: spec.contentType };
        case 'deep':
          return { payload: `${'{"a":['.repeat(spec.levels)}1${']}'.repeat(spec.levels)}`, contentType: 'application/json' };
        case 'multipart-text':
          return { payload: spec.text, contentType: spec.contentType };
        case 'form': {
          const form = new FormData();
          for (const part of spec.parts) {
            if (part.file) {
              const { content, type, filename } = part.file;
              const bytes = content.startsWith('base64:') ? Buffer.from(content.slice(7), 'base64') : content;
              form.append(part.name, new Blob([bytes], type ? { type } : {}), filename);
            } else {
              form.append(part.name, part.value ?? '');
            }
          }
          return { payload: form };
        }
      }
    }

    async function sendRequest(operation: Operation, request: FuzzRequest, credentials: Record<string, string>): Promise<Answer> {
      let path = operation.path;
      for (const [name, value] of Object.entries(request.path)) path = path.replace(`{${name}}`, value);
      const query = request.query.map(([name, value]) => `${name}=${value}`).join('&');
      const headers: Record<string, string> = { ...credentials, ...request.headers };
      const { payload, contentType } = bodyOf(request.body);
      if (contentType !== undefined) headers['content-type'] = contentType;
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(new Error('no answer within 15 s')), 15_000);
      try {
        const response = await fetch(`${server.url}${path}${query ? `?${query}` : ''}`, {
          method: operation.method.toUpperCase(),
          headers,
          ...(payload === undefined || operation.method === 'get' ? {} : { body: payload }),
          signal: controller.signal,
        });
        // A stream that was opened (a valid request) is not read to its end: it has none.
        if (response.headers.get('content-type')?.startsWith('text/event-stream')) {
          controller.abort();
          return { status: response.status, headers: response.headers, body: undefined };
        }
        const text = await response.text();
        const json = response.headers.get('content-type')?.includes('application/json');
        return { status: response.status, headers: response.headers, body: json ? JSON.parse(text) : text };
      } finally {
        clearTimeout(timer);
      }
    }

    function checkAnswer(operation: Operation, answer: Answer): void {
      const shown = JSON.stringify(answer.body)?.slice(0, 600);
      // The fuzzer's server runs no worker: a command for a connected connection is refused as a retryable 503 by design.
      const noWorker = answer.status === 503 && (answer.body as { error?: { code?: string } } | undefined)?.error?.code === 'connection_unavailable';
      assert.ok(answer.status < 500 || noWorker, `${operation.id} answered ${answer.status}: ${shown}`);
      if (answer.status < 400) return;
      assert.ok(answer.headers.get('content-type')?.includes('application/json'), `${operation.id} ${answer.status} is not JSON: ${shown}`);
      assert.ok(validErrorResponse(answer.body), `${operation.id} ${answer.status} is not the error envelope: ${shown} ${JSON.stringify(validErrorResponse.errors)}`);
      const { error } = answer.body as { error: { code: string; message: string; param?: string; request_id: string } };
      assert.match(error.code, /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, `${operation.id}: code ${error.code} is not snake_case`);
      assert.ok(error.message.trim().length > 0, `${operation.id}: empty error message`);
      assert.ok(!error.message.includes('    at '), `${operation.id}: a stack trace in ${error.message}`);
      assert.equal(error.request_id, answer.headers.get('original-request') ?? answer.headers.get('request-id'), `${operation.id}: request_id`);
    }

    const tally = (operationId: string) => {
      let found = tallies.get(operationId);
      if (!found) tallies.set(operationId, (found = { requests: 0, statuses: new Map(), codes: new Set() }));
      return found;
    };

    for (const operation of operations.filter((candidate) => partOf(candidate.id, parts) === part)) {
      test(`${operation.id} (${operation.method.toUpperCase()} ${operation.path})`, async () => {
        const arbitrary = requestArbitrary(document, operation, validIds);
        const seed = seedOf(operation.id);
        const property = fc.asyncProperty(arbitrary, async (request) => {
          // First: signing in again (for logout) changes the database.
          const credentials = await credentialsFor(operation, request);
          const idempotencyKey = request.headers['Idempotency-Key'];
          if (idempotencyKey !== undefined || !lastPrint) lastPrint = await fingerprintDatabase(db, idempotencyKey === undefined ? {} : { idempotencyKey });
          const before = lastPrint;
          const answer = await sendRequest(operation, request, credentials);
          assert.deepEqual(escaped.splice(0).map(String), [], `${operation.id}: an error escaped the request as an uncaught exception`);
          const counts = tally(operation.id);
          counts.requests += 1;
          counts.statuses.set(answer.status, (counts.statuses.get(answer.status) ?? 0) + 1);
          const code = (answer.body as { error?: { code?: unknown } } | undefined)?.error?.code;
          if (answer.status >= 400 && typeof code === 'string') counts.codes.add(code);
          checkAnswer(operation, answer);
          const afterPrint = await fingerprintDatabase(db, idempotencyKey === undefined ? {} : { idempotencyKey });
          if (answer.status >= 400) {
            const changed = changedTables(before, afterPrint);
            assert.deepEqual(changed, [], `${operation.id} refused the request with ${answer.status} ${String(code)} but changed ${changed.join(', ')}`);
          }
          if (operation.id === 'logout' && answer.status < 300 && request.auth === 'session') logoutSession = undefined;
          lastPrint = idempotencyKey === undefined ? afterPrint : undefined;
        });
        try {
          await fc.assert(property, { seed, numRuns: RUNS, endOnFailure: true });
        } catch (error) {
          console.error(
            `fuzz: ${operation.id} failed with PARLEY_FUZZ_SEED=${SEED} (its seed ${seed}); replay with ` +
              `PARLEY_FUZZ_SEED=${SEED} PARLEY_FUZZ_ONLY=${operation.id} npm test -- ${file}\n${(error as Error).message}\n${String((error as Error).cause)}`,
          );
          throw error;
        }
      });
    }
  });
}


async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('the condition did not hold in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function report(tallies: Map<string, Tally>): void {
  const rows = [...tallies.entries()];
  const all = new Set(rows.flatMap(([, t]) => [...t.codes]));
  const total = rows.reduce((sum, [, t]) => sum + t.requests, 0);
  const lines = rows.map(([id, t]) => {
    const statuses = [...t.statuses.entries()].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(' ');
    return `  ${id.padEnd(30)} ${String(t.requests).padStart(4)} requests  ${String(t.codes.size).padStart(2)} codes  ${statuses}`;
  });
  console.log(
    [
      `fuzz: ${total} requests over ${rows.length} operations (seed ${SEED}); ${all.size} distinct error codes:`,
      `  ${[...all].sort().join(', ')}`,
      ...lines,
    ].join('\n'),
  );
}
