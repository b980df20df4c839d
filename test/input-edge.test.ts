// Input PostgreSQL cannot store, JSON nested too deep and JSON bodies of the wrong shape, sent through HTTP to a
// real Parley: each is a typed 400 naming the field (or the CSV line), and nothing is stored.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertConforms, assertError } from './helpers/contract.js';
import { buildAccount, uniqueEmail, type TestAccount } from './helpers/factories.js';
import { startTestServer, type TestServer } from './helpers/server.js';

const NUL_MESSAGE = /NUL character \(U\+0000\), which PostgreSQL cannot store/;

/** `{"a":{"a":…}}` nested `levels` deep, built as text: a value this deep cannot go through JSON.stringify. */
const nested = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

const csvForm = (content: string, name: string) => {
  const form = new FormData();
  form.append('file', new Blob([content], { type: 'text/csv' }), name);
  return form;
};

describe('input edges: NUL, lone surrogates, deep JSON and non-object bodies', () => {
  let server: TestServer;
  let owner: TestAccount;
  before(async () => {
    server = await startTestServer({ MAX_BODY_BYTES: String(1024 * 1024) });
    owner = await buildAccount(server.client);
  });
  after(() => server.stop());

  const count = (table: string) =>
    server.services.db.system(async (trx) => Number((await trx(table).where({ account_id: owner.account.id }).count({ n: '*' }))[0]!.n));
  const countAll = (table: string) => server.services.db.system(async (trx) => Number((await trx(table).count({ n: '*' }))[0]!.n));

  test('a NUL in a nested body field or in a key is refused naming the field, and no contact is stored', async () => {
    const before = await count('contacts');
    const inValue = await server.client.post('/v1/contacts', { phone_number: '+12025550100', attributes: { note: 'bad\u0000' } }, { key: owner.key });
    assertConforms('createContact', inValue);
    const error = assertError(inValue, 400, 'parameter_invalid');
    assert.equal(error.param, 'attributes.note');
    assert.match(error.message, NUL_MESSAGE);
    const inList = await server.client.post('/v1/contacts', { phone_number: '+12025550100', tags: ['ok', 'b\u0000'] }, { key: owner.key });
    assert.equal(assertError(inList, 400, 'parameter_invalid').param, 'tags[1]');

    const inKey = await server.client.post('/v1/contacts', { phone_number: '+12025550100', attributes: { 'a\u0000b': 'x' } }, { key: owner.key });
    const keyError = assertError(inKey, 400, 'parameter_invalid');
    assert.equal(keyError.param, 'attributes.a\\u0000b');
    assert.match(keyError.message, /key contains a NUL character/);
    assert.equal(await count('contacts'), before);
  });

  test('a NUL in the login e-mail or a sign-up field is a 400 naming it, not a 500, and no user is created', async () => {
    const login = await server.client.post('/v1/auth/login', { email: 'a\u0000b', password: 'x' });
    assertConforms('login', login);
    assert.equal(assertError(login, 400, 'parameter_invalid').param, 'email');

    const users = await countAll('users');
    const signup = await server.client.post('/v1/auth/signup', { email: uniqueEmail(), password: 'correct horse battery staple', account_name: 'Nul\u0000 Co' });
    assert.equal(assertError(signup, 400, 'parameter_invalid').param, 'account_name');
    assert.equal(await countAll('users'), users);
  });

  test('a NUL in a query parameter, a cursor or a path id is refused naming the parameter', async () => {
    const cursor = await server.client.get('/v1/contacts?starting_after=%00', { key: owner.key });
    assertConforms('listContacts', cursor);
    const cursorError = assertError(cursor, 400, 'parameter_invalid');
    assert.equal(cursorError.param, 'starting_after');
    assert.match(cursorError.message, NUL_MESSAGE);
    assert.equal(assertError(await server.client.get('/v1/contacts?ending_before=con_%00', { key: owner.key }), 400, 'parameter_invalid').param, 'ending_before');
    assert.equal(assertError(await server.client.get('/v1/contacts?tag=a%00', { key: owner.key }), 400, 'parameter_invalid').param, 'tag');
    assert.equal(assertError(await server.client.get('/v1/messages?starting_after=%00', { key: owner.key }), 400, 'parameter_invalid').param, 'starting_after');

    const path = await server.client.get('/v1/contacts/con_%00', { key: owner.key });
    assertConforms('getContact', path);
    assert.equal(assertError(path, 400, 'parameter_invalid').param, 'id');
  });

  test('a lone UTF-16 surrogate is refused like a NUL, naming the field, and is never stored replaced', async () => {
    const before = await count('contacts');
    const response = await server.client.request('POST', '/v1/contacts', undefined, {
      key: owner.key,
      // Written as JSON escapes: JSON.stringify would escape a lone surrogate the same way.
      raw: '{"phone_number":"+12025550101","name":"Ann \\ud800"}',
      headers: { 'content-type': 'application/json' },
    });
    const error = assertError(response, 400, 'parameter_invalid');
    assert.equal(error.param, 'name');
    assert.match(error.message, /lone UTF-16 surrogate/);
    // A well-formed pair (an emoji) is ordinary text.
    const emoji = await server.client.post('/v1/contacts', { phone_number: '+12025550101', name: 'Ann \ud83d\ude00' }, { key: owner.key });
    assert.equal(emoji.status, 201, JSON.stringify(emoji.body));
    assert.equal(await count('contacts'), before + 1);
  });

  test('a body nested 50,000 levels is refused with json_too_deep, with and without an Idempotency-Key', async () => {
    const before = await count('contacts');
    const storedReplies = await countAll('idempotency_keys');
    for (const idempotencyKey of [undefined, `deep-${Date.now()}`]) {
      const response = await server.client.request('POST', '/v1/contacts', undefined, {
        key: owner.key,
        raw: `{"phone_number":"+12025550102","attributes":${nested(50_000)}}`,
        headers: { 'content-type': 'application/json' },
        ...(idempotencyKey ? { idempotencyKey } : {}),
      });
      assertConforms('createContact', response);
      const error = assertError(response, 400, 'json_too_deep');
      assert.match(error.message, /more than 64 levels/);
    }
    // The body is level 1: 64 levels are read as usual (attributes then refuses nested values on its own terms), 65 are not.
    const levels = (inner: number) =>
      server.client.request('POST', '/v1/contacts', undefined, {
        key: owner.key,
        raw: `{"phone_number":"+12025550102","attributes":${nested(inner)}}`,
        headers: { 'content-type': 'application/json' },
      });
    assert.equal(assertError(await levels(63), 400, 'parameter_invalid').param, 'attributes.a');
    assertError(await levels(64), 400, 'json_too_deep');
    assert.equal(await count('contacts'), before);
    assert.equal(await countAll('idempotency_keys'), storedReplies);
  });

  test('JSON that is not an object ([], "x", null, 123) is a 400 parameter_invalid saying the body must be an object', async () => {
    const before = await count('api_keys');
    for (const raw of ['[]', '"x"', 'null', '123', '[{"name":"x","mode":"test"}]']) {
      const response = await server.client.request('POST', '/v1/api-keys', undefined, { key: owner.key, raw, headers: { 'content-type': 'application/json' } });
      assertConforms('createApiKey', response);
      const error = assertError(response, 400, 'parameter_invalid');
      assert.equal(error.message, 'The request body must be a JSON object.', raw);
      assert.equal(error.param, undefined);
    }
    assert.equal(await count('api_keys'), before);
  });

  test('a contacts CSV with a NUL in a cell or in the header is refused whole with csv_malformed naming the line', async () => {
    const before = await count('contacts');
    for (const [csv, line] of [
      ['phone_number,name\n+12025550103,Ann\n+12025550104,B\u0000b\n', 3],
      ['phone_number,na\u0000me\n+12025550103,Ann\n', 1],
    ] as const) {
      const response = await server.client.post('/v1/contacts/import', undefined, { key: owner.key, raw: csvForm(csv, 'contacts.csv') });
      assertConforms('importContacts', response);
      const error = assertError(response, 400, 'csv_malformed');
      assert.equal(error.param, 'file');
      assert.match(error.message, new RegExp(`NUL character \\(U\\+0000\\) on line ${line},.*Nothing was imported`));
    }
    assert.equal(await count('contacts'), before);
  });

  test('a form cut short inside its file part is a 400 invalid_multipart, and no error escapes the request', async () => {
    // Found by the fuzz suite: busboy errors the file part of a truncated form; with no listener on it (imports
    // read it with 'data' only), the error escaped as an uncaught exception.
    const [contacts, media] = [await count('contacts'), await count('media')];
    const escaped: unknown[] = [];
    const listener = (error: unknown) => escaped.push(error);
    process.on('uncaughtException', listener);
    try {
      const part = '--cut\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\nphone_number\n+14155550123\n';
      for (const [operationId, path] of [['importContacts', '/v1/contacts/import'], ['uploadMedia', '/v1/media']] as const) {
        const response = await server.client.request('POST', path, undefined, {
          key: owner.key,
          raw: part,
          headers: { 'content-type': 'multipart/form-data; boundary=cut' },
        });
        assertConforms(operationId, response);
        assertError(response, 400, 'invalid_multipart');
      }
      assert.equal(await count('contacts'), contacts);
      assert.equal(await count('media'), media);
    } finally {
      process.off('uncaughtException', listener);
    }
    assert.deepEqual(escaped, []);
  });

  test('a recipients CSV with a NUL in a cell or in the header is refused whole with csv_malformed, and no job is created', async () => {
    const jobs = await count('bulk_jobs');
    for (const [csv, line] of [
      ['phone,name\n+12025550105,Ann\n\n+12025550106,B\u0000b\n', 4],
      ['phone,\u0000name\n+12025550105,Ann\n', 1],
    ] as const) {
      const media = await server.client.request('POST', '/v1/media', undefined, { key: owner.key, raw: csvForm(csv, 'recipients.csv') });
      assert.equal(media.status, 201, JSON.stringify(media.body));
      const response = await server.client.post(
        '/v1/bulk-jobs',
        { connection_ids: ['conn_00000000000000000000000000'], type: 'text', text: { body: 'hi' }, recipients_csv: { media_id: media.body.id } },
        { key: owner.key },
      );
      assertConforms('createBulkJob', response);
      const error = assertError(response, 400, 'csv_malformed');
      assert.equal(error.param, 'recipients_csv.media_id');
      assert.match(error.message, new RegExp(`on line ${line},.*No job was created`));
    }
    assert.equal(await count('bulk_jobs'), jobs);
  });
});
