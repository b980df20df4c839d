// The fuzz suite: for every operation in openapi.yaml, requests generated from its schemas by fast-check and then
// broken (see helpers/fuzz-requests.ts), sent over HTTP to a real Parley on a database of its own. Whatever comes
// in: never a 5xx, every error in the error envelope (responses are also checked against the contract, which
// turns any undeclared answer into a 500), and a refused request changes nothing in the database.
// Seeded: PARLEY_FUZZ_SEED=<n> replays a run, PARLEY_FUZZ_RUNS=<n> sets the requests per operation.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import knexFactory, { type Knex } from 'knex';
import { listOperations, loadDocument, type Operation } from '../server/platform/http/spec.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { buildAccount, buildApiKey, signIn, type TestAccount } from './helpers/factories.js';
import {
  CONTENT_TYPES,
  HOSTILE_TEXTS,
  RAW_BODIES,
  RAW_FORMS,
  SchemaArbitraries,
  hostileValue,
  mutate,
  mutations,
  pathFor,
  queryString,
  type FuzzRequest,
} from './helpers/fuzz-requests.js';
import { startTestServer, type TestServer } from './helpers/server.js';

const SEED = Number(process.env.PARLEY_FUZZ_SEED ?? 20261205);
const RUNS = Number(process.env.PARLEY_FUZZ_RUNS ?? 40);
const ADMIN_EMAIL = 'fuzz-admin@example.com';
const ADMIN_PASSWORD = 'fuzz admin password';

/**
 * Tables a refused request may legitimately write: an Idempotency-Key's 4xx reply is stored so that a retry is
 * answered the same (as Stripe does). Columns that any authenticated request may touch are left out too.
 */
const WRITES_ON_REFUSAL = new Set(['idempotency_keys', 'knex_migrations', 'knex_migrations_lock']);
const VOLATILE_COLUMNS = ['last_used_at'];

const document = loadDocument();
const operations = listOperations(document);
let schemas = new SchemaArbitraries(document);

interface Fixtures {
  owner: TestAccount;
  admin: TestAccount;
  /** Ids of real resources by prefix (conn, ct, tpl, ...), so that some requests reach past the 404. */
  ids: Map<string, string[]>;
}

/** One digest per table of everything in it, in one round trip. */
async function fingerprint(db: Knex, tables: string[]): Promise<Record<string, string>> {
  const parts = tables.map(
    (table) =>
      `select '${table}' as name, count(*)::text || ':' || coalesce(md5(string_agg(md5((to_jsonb(t) - '{${VOLATILE_COLUMNS.join(',')}}'::text[])::text), ',' order by md5((to_jsonb(t) - '{${VOLATILE_COLUMNS.join(',')}}'::text[])::text))), '') as digest from "${table}" t`,
  );
  const result = await db.raw<{ rows: { name: string; digest: string }[] }>(parts.join(' union all '));
  return Object.fromEntries(result.rows.map((row) => [row.name, row.digest]));
}

function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys(after).filter((table) => before[table] !== after[table]);
}

/** The credentials an operation takes: an API key, the console session, or the platform admin's session. */
function credentialsFor(operation: Operation, fixtures: Fixtures): Record<string, string> {
  if (operation.security.length === 0) return {};
  if (operation.platformAdmin) return { cookie: fixtures.admin.cookie, 'x-csrf-token': fixtures.admin.csrf };
  if (!operation.security.includes('ApiKeyAuth')) return { cookie: fixtures.owner.cookie, 'x-csrf-token': fixtures.owner.csrf };
  return { authorization: `Bearer ${fixtures.owner.key}` };
}

/** Path parameter values: a real id of the kind the pattern names, one made from the pattern, or a hostile text. */
function pathParameter(operation: Operation, name: string, fixtures: Fixtures): fc.Arbitrary<string> {
  const parameter = operation.parameters.find((p) => p.in === 'path' && p.name === name);
  const schema = parameter ? schemas.resolve(parameter.schema) : {};
  const prefix = typeof schema.pattern === 'string' ? /^\^([a-z]+)_/.exec(schema.pattern)?.[1] : undefined;
  const real = (prefix && fixtures.ids.get(prefix)) || [];
  const generated = schemas.valid(schema).map((value) => String(value));
  return fc.oneof(
    { weight: 3, arbitrary: real.length > 0 ? fc.constantFrom(...real) : generated },
    { weight: 2, arbitrary: generated },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
  );
}

/** The whole request for an operation: path, query, headers and body, each possibly broken. */
function requestFor(operation: Operation, fixtures: Fixtures): fc.Arbitrary<FuzzRequest> {
  const pathNames = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  const pathParams = fc.record(Object.fromEntries(pathNames.map((name) => [name, pathParameter(operation, name, fixtures)])));
  const querySchema = {
    type: 'object',
    properties: Object.fromEntries(operation.parameters.filter((p) => p.in === 'query').map((p) => [p.name, p.schema])),
  };
  // Mostly a query the operation takes, so that the body and the operation itself get tested too.
  const query = fc.tuple(
    schemas.valid(querySchema),
    fc.oneof({ weight: 6, arbitrary: fc.constant('none' as const) }, { weight: 3, arbitrary: mutations }),
    fc.nat(),
    hostileValue,
    fc.oneof({ weight: 8, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom('&starting_after=%00', '&limit=%ED%A0%80', '&ending_before=%C0%AF', '&type=%FF') }),
  );
  const jsonSchema = operation.definition.requestBody?.content['application/json']?.schema;
  const body = jsonSchema
    ? fc.oneof(
        { weight: 8, arbitrary: fc.tuple(schemas.valid(jsonSchema), mutations, fc.nat(), hostileValue).map(([value, mutation, choice, hostile]) => mutate(value, mutation, choice, hostile)) },
        { weight: 1, arbitrary: fc.constantFrom(...RAW_BODIES).map((raw) => ({ value: undefined, raw, description: `raw body ${JSON.stringify(raw.slice(0, 30))}` })) },
      )
    : fc.constant(undefined);
  const multipart = operation.body === 'multipart' || operation.body === 'json_or_multipart';
  return fc
    .record({
      pathParams,
      query,
      body,
      contentType: fc.oneof({ weight: 8, arbitrary: fc.constant('application/json') }, { weight: 2, arbitrary: fc.constantFrom(...CONTENT_TYPES) }),
      // A raw multipart body that lies about itself: cut short inside the file, or with no closing boundary.
      rawForm: multipart ? fc.option(fc.constantFrom(...RAW_FORMS), { nil: undefined, freq: 2 }) : fc.constant(undefined),
      form: multipart ? fc.option(fc.record({ name: fc.constantFrom('file', 'upload', '\u0000', ''), filename: fc.constantFrom('a.csv', 'a.png', '', '../../x', 'x\u0000.csv'), type: fc.constantFrom('text/csv', 'image/png', 'application/octet-stream', ''), content: fc.constantFrom('phone_number\n+14155550100\n', 'a,b\n"unclosed', '\u0000', '', '\x89PNG\r\n') }), { nil: undefined }) : fc.constant(undefined),
      // A fresh key each time (a key reused with another body is a 422 by design), or one too long.
      idempotencyKey: operation.method === 'post' ? fc.option(fc.oneof(fc.uuid(), fc.constant('x'.repeat(300))), { nil: undefined, freq: 4 }) : fc.constant(undefined),
    })
    .map(({ pathParams, query: [queryValue, queryMutation, queryChoice, queryHostile, rawQuery], body: bodyChoice, contentType, rawForm, form, idempotencyKey }) => {
      const brokenQuery = mutate(queryValue, queryMutation, queryChoice, queryHostile);
      const search = queryString(brokenQuery.value) + rawQuery;
      const headers: Record<string, string> = { ...credentialsFor(operation, fixtures) };
      // Keys from one seed repeat from one operation to the next; a key reused elsewhere is refused (422), which
      // the generated key for the same path and body should not be: the operation id keeps them apart.
      if (idempotencyKey !== undefined) headers['idempotency-key'] = idempotencyKey.length > 255 ? idempotencyKey : `${operation.id}-${idempotencyKey}`;
      let payload: string | FormData | undefined;
      let described = '';
      if (rawForm) {
        payload = rawForm;
        headers['content-type'] = 'multipart/form-data; boundary=cut';
        described = `raw multipart ${JSON.stringify(rawForm.slice(0, 80))}`;
      } else if (form) {
        const data = new FormData();
        data.append(form.name, new Blob([form.content], { type: form.type }), form.filename);
        payload = data;
        described = `multipart ${JSON.stringify(form)}`;
      } else if (bodyChoice) {
        const raw = 'raw' in bodyChoice ? (bodyChoice.raw as string) : JSON.stringify(bodyChoice.value);
        payload = raw;
        if (contentType) headers['content-type'] = contentType;
        described = `body ${bodyChoice.description} as ${contentType || '(no content type)'}`;
      }
      return {
        method: operation.method.toUpperCase(),
        path: `${pathFor(operation, pathParams)}${search ? `?${search}` : ''}`,
        headers,
        body: payload,
        description: `query ${brokenQuery.description}${rawQuery}; ${described}`,
      };
    });
}

interface Answer {
  status: number;
  contentType: string;
  body: unknown;
}

async function send(baseUrl: string, request: FuzzRequest): Promise<Answer> {
  const response = await fetch(`${baseUrl}${request.path}`, {
    method: request.method,
    headers: request.headers,
    ...(request.body === undefined || request.method === 'GET' ? {} : { body: request.body }),
    redirect: 'manual',
    signal: AbortSignal.timeout(30_000),
  });
  const contentType = response.headers.get('content-type') ?? '';
  // An event stream that opened never ends: its status is the answer.
  if (contentType.startsWith('text/event-stream')) {
    await response.body?.cancel();
    return { status: response.status, contentType, body: undefined };
  }
  const text = await response.text();
  let body: unknown = text;
  if (contentType.includes('application/json')) body = JSON.parse(text);
  return { status: response.status, contentType, body };
}

function assertEnvelope(answer: Answer, context: string): string {
  assert.match(answer.contentType, /^application\/json/, `${context}: a ${answer.status} that is not JSON`);
  const error = (answer.body as { error?: Record<string, unknown> }).error;
  assert.ok(error && typeof error === 'object', `${context}: no error envelope in ${String(JSON.stringify(answer.body)).slice(0, 300)}`);
  assert.equal(typeof error.type, 'string', `${context}: error.type`);
  assert.match(String(error.code), /^[a-z][a-z0-9_]*$/, `${context}: error.code`);
  assert.equal(typeof error.message, 'string', `${context}: error.message`);
  assert.ok(String(error.message).length > 0, `${context}: an empty error message`);
  assert.match(String(error.request_id), /^req_/, `${context}: error.request_id`);
  if ('param' in error) assert.equal(typeof error.param, 'string', `${context}: error.param`);
  return String(error.code);
}

describe('fuzz: every operation, generated and broken requests', () => {
  let scratch: ScratchDatabase;
  let server: TestServer;
  let db: Knex;
  let tables: string[];
  let fixtures: Fixtures;
  const sent = new Map<string, number>();
  const codes = new Map<string, Set<string>>();
  const statuses = new Map<number, number>();

  before(async () => {
    scratch = await createScratchDatabase();
    server = await startTestServer({ DATABASE_URL: scratch.url, ADMIN_EMAIL, ADMIN_PASSWORD, LOGIN_ATTEMPTS_PER_EMAIL: '10000', PUBLIC_RATE_LIMIT: '1000000', API_RATE_LIMIT: '1000000' });
    db = knexFactory({ client: 'pg', connection: scratch.url });
    const owner = await buildAccount(server.client);
    const admin = await signIn(server.client, ADMIN_EMAIL, ADMIN_PASSWORD);
    // Real resources, so that generated requests naming them get past the 404 into the operation itself.
    const key = (await buildApiKey(server.client, owner, { name: 'revocable' })).id;
    const as = { key: owner.key };
    const connection = (await server.client.post('/v1/connections', { name: 'fuzz' }, as)).body.id as string;
    const contact = (await server.client.post('/v1/contacts', { phone_number: '+14155550100', name: 'Ada' }, as)).body.id as string;
    const optOut = (await server.client.post('/v1/opt-outs', { phone_number: '+14155550101' }, as)).body.id as string;
    const template = (await server.client.post('/v1/templates', { name: 'fuzz', language: 'en_US', category: 'utility', body: 'Hi {{name}}' }, as)).body.id as string;
    const endpoint = (await server.client.post('/v1/webhook-endpoints', { url: 'https://93.184.215.14/in', events: ['*'] }, as)).body.id as string;
    const upload = new FormData();
    upload.append('file', new Blob(['fuzz'], { type: 'text/plain' }), 'fuzz.txt');
    const media = (await server.client.request('POST', '/v1/media', undefined, { ...as, raw: upload })).body.id as string;
    const events = (await server.client.get('/v1/events?limit=3', as)).body.data as { id: string }[];
    fixtures = {
      owner,
      admin,
      ids: new Map([
        ['key', [key]],
        ['conn', [connection]],
        ['ct', [contact]],
        ['opt', [optOut]],
        ['tpl', [template]],
        ['we', [endpoint]],
        ['med', [media]],
        ['evt', events.map((event) => event.id)],
        ['acct', [owner.account.id]],
      ]),
    };
    schemas = new SchemaArbitraries(document, fixtures.ids);
    const listed = await db.raw<{ rows: { tablename: string }[] }>("select tablename from pg_tables where schemaname = 'public' order by tablename");
    tables = listed.rows.map((row) => row.tablename).filter((table) => !WRITES_ON_REFUSAL.has(table));
  });

  after(async () => {
    const lines = [...sent.entries()].map(([id, count]) => `  ${id.padEnd(30)} ${String(count).padStart(4)} requests   ${[...(codes.get(id) ?? [])].sort().join(', ')}`);
    const allCodes = new Set([...codes.values()].flatMap((set) => [...set]));
    const total = [...sent.values()].reduce((sum, count) => sum + count, 0);
    console.log(
      `fuzz (seed ${SEED}, ${RUNS} per operation): ${total} requests over ${sent.size} operations, ${allCodes.size} distinct error codes; ` +
        `statuses ${[...statuses.entries()].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`).join(' ')}\n${lines.join('\n')}`,
    );
    await db?.destroy();
    await server?.stop();
    await scratch?.drop();
  });

  test('every operation: never a 5xx, errors in the envelope, nothing stored by a refusal', { timeout: 600_000 }, async () => {
    // An error no request handler caught would end a real Parley process: each one found is a failure of the
    // request that caused it.
    const escaped: unknown[] = [];
    const onEscape = (error: unknown) => escaped.push(error);
    process.on('uncaughtException', onEscape);
    after(() => process.off('uncaughtException', onEscape));
    let baseline = await fingerprint(db, tables);
    // The fingerprint sees a change (so that "unchanged" below means something).
    await server.client.post('/v1/contacts', { phone_number: '+14155550102' }, { key: fixtures.owner.key });
    const afterCreate = await fingerprint(db, tables);
    assert.deepEqual(changedTables(baseline, afterCreate), ['contacts']);
    baseline = afterCreate;
    for (const operation of operations) {
      // Logging out ends the session every session-only and admin request uses: it is fuzzed last, below.
      if (operation.id === 'logout') continue;
      await fuzzOperation(operation);
    }
    await fuzzOperation(operations.find((operation) => operation.id === 'logout')!);
    assert.deepEqual(escaped, [], 'an error escaped a request (an uncaught exception)');

    async function fuzzOperation(operation: Operation) {
      const property = fc.asyncProperty(requestFor(operation, fixtures), async (request) => {
        const context = `${operation.id}: ${request.method} ${request.path.slice(0, 300)} (${request.description.slice(0, 300)})`;
        const answer = await send(server.url, request);
        assert.deepEqual(escaped.splice(0), [], `${context}: an error escaped the request (an uncaught exception)`);
        sent.set(operation.id, (sent.get(operation.id) ?? 0) + 1);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        assert.ok(answer.status < 500, `${context}: answered ${answer.status} ${String(JSON.stringify(answer.body)).slice(0, 500)}`);
        const now = await fingerprint(db, tables);
        if (answer.status >= 400) {
          const code = assertEnvelope(answer, context);
          (codes.get(operation.id) ?? codes.set(operation.id, new Set()).get(operation.id)!).add(code);
          assert.deepEqual(changedTables(baseline, now), [], `${context}: refused with ${answer.status} ${code}, yet the database changed`);
        }
        baseline = now;
      });
      const result = await fc.check(property, { seed: SEED, numRuns: RUNS, endOnFailure: true });
      if (result.failed) {
        assert.fail(
          `${operation.id} failed (replay with PARLEY_FUZZ_SEED=${SEED}; fast-check path ${result.counterexamplePath}):\n` +
            `${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)}`,
        );
      }
    }
  });
});
