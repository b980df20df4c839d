// POST /v1/contacts/import through HTTP: JSON lists and CSV uploads are upserted, bad rows are reported with
// their line and reason, files that cannot be read are refused whole, and importing again changes nothing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { components } from '../server/generated/openapi.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { buildAccount, buildApiKey } from './helpers/factories.js';
import { startTestServer, type TestServer } from './helpers/server.js';

type Contact = components['schemas']['Contact'];
type ContactList = components['schemas']['ContactList'];
type ContactImport = components['schemas']['ContactImport'];

const csvForm = (content: string | Uint8Array) => {
  const form = new FormData();
  form.append('file', new Blob([content], { type: 'text/csv' }), 'contacts.csv');
  return form;
};

describe('contact import', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.stop();
  });

  const importCsv = async (key: string, content: string | Uint8Array) => {
    const response = await server.client.post<ContactImport>('/v1/contacts/import', undefined, { key, raw: csvForm(content) });
    assertConforms('importContacts', response);
    return response;
  };
  const importJson = async (key: string, contacts: unknown[]) => {
    const response = await server.client.post<ContactImport>('/v1/contacts/import', { contacts }, { key });
    assertConforms('importContacts', response);
    return response;
  };
  const all = async (key: string) => {
    const list = await server.client.get<ContactList>('/v1/contacts?limit=100', { key });
    assertConforms('listContacts', list);
    return new Map(list.body.data.map((contact) => [contact.phone_number, contact]));
  };

  test('a CSV upload creates contacts with names, tags and attributes, and reports each bad row by its line', async () => {
    const { key } = await buildAccount(server.client, { account_name: 'Csv Co' });
    const csv = [
      'Phone,Name,Tags,City,Plan',
      '+1 415 555 0101,Ada,vip;beta,Paris,gold',
      '',
      '0014155550102,"Lovelace, Ada","news | vip",,',
      'not a number,Bob,,,',
      ',No Phone,,,',
      '+14155550101,Again,,,',
      '+14155550103,"Multi',
      'line",,Rome,',
      '+14155550104,Too,many,cells,here,extra',
      '+14155550105,,bad tag ;   ;ok,,',
    ].join('\r\n');
    const response = await importCsv(key, csv);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    const { invalid, ...counts } = response.body;
    assert.deepEqual(counts, { object: 'contact_import', format: 'csv', rows: 8, created: 4, updated: 0, unchanged: 0 });
    assert.deepEqual(
      invalid.map(({ line, index, code }) => ({ line, index, code })),
      [
        { line: 5, index: 2, code: 'phone_number_invalid' },
        { line: 6, index: 3, code: 'phone_number_missing' },
        { line: 7, index: 4, code: 'duplicate_phone_number' },
        { line: 10, index: 6, code: 'row_invalid' },
      ],
    );
    assert.match(invalid[2]!.reason, /line 2/);
    const contacts = await all(key);
    assert.deepEqual(
      [...contacts.values()].map(({ phone_number, name, tags, attributes }) => ({ phone_number, name, tags, attributes })).sort((a, b) => a.phone_number.localeCompare(b.phone_number)),
      [
        { phone_number: '+14155550101', name: 'Ada', tags: ['vip', 'beta'], attributes: { City: 'Paris', Plan: 'gold' } },
        { phone_number: '+14155550102', name: 'Lovelace, Ada', tags: ['news', 'vip'], attributes: {} },
        { phone_number: '+14155550103', name: 'Multi\r\nline', tags: [], attributes: { City: 'Rome' } },
        { phone_number: '+14155550105', name: null, tags: ['bad tag', 'ok'], attributes: {} },
      ],
    );
  });

  test('importing the same file again changes nothing: every row unchanged and no updated_at moves; a changed row updates', async () => {
    const { key } = await buildAccount(server.client, { account_name: 'Again Co' });
    const csv = 'phone_number,name,tags,tier\n+14155550201,Ann,a;b,1\n+14155550202,Ben,,2\n';
    assert.equal((await importCsv(key, csv)).body.created, 2);
    const before = await all(key);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const again = await importCsv(key, csv);
    assert.deepEqual({ ...again.body, invalid: again.body.invalid.length }, { object: 'contact_import', format: 'csv', rows: 2, created: 0, updated: 0, unchanged: 2, invalid: 0 });
    assert.deepEqual(await all(key), before);

    // A row sets what it carries: attributes merge, tags replace, an empty cell leaves the field alone.
    const changed = await importCsv(key, 'phone,name,tags,color\n+14155550201,,c,red\n+14155550202,Ben,,\n');
    assert.deepEqual([changed.body.created, changed.body.updated, changed.body.unchanged], [0, 1, 1]);
    const after = await all(key);
    const ann = after.get('+14155550201')!;
    assert.deepEqual([ann.name, ann.tags, ann.attributes], ['Ann', ['c'], { tier: '1', color: 'red' }]);
    assert.ok(ann.updated_at > before.get('+14155550201')!.updated_at);
    assert.deepEqual(after.get('+14155550202'), before.get('+14155550202'));
  });

  test('a JSON import upserts like a CSV and reports bad rows by index', async () => {
    const { key } = await buildAccount(server.client, { account_name: 'Json Co' });
    const existing = (await server.client.post<Contact>('/v1/contacts', { phone_number: '+14155550301', name: 'Old' }, { key })).body;
    const rows = [
      { phone_number: '+1 415 555 0301', name: 'New', attributes: { a: '1' } },
      { phone_number: '+14155550302', tags: ['x'] },
      { phone_number: '+14155550303', attributes: { n: 5 } },
      { phone_number: '+14155550304', tags: ['a|b'] },
      { phone_number: '+14155550305', nickname: 'z' },
      { phone_number: '   ' },
      { phone_number: '+14155550302' },
    ];
    const response = await importJson(key, rows);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.deepEqual([response.body.format, response.body.created, response.body.updated, response.body.unchanged], ['json', 1, 1, 0]);
    assert.deepEqual(
      response.body.invalid.map(({ line, index, code }) => ({ line, index, code })),
      [
        { line: null, index: 2, code: 'attributes_invalid' },
        { line: null, index: 3, code: 'tags_invalid' },
        { line: null, index: 4, code: 'row_invalid' },
        { line: null, index: 5, code: 'phone_number_missing' },
        { line: null, index: 6, code: 'duplicate_phone_number' },
      ],
    );
    const updated = (await all(key)).get('+14155550301')!;
    assert.equal(updated.id, existing.id);
    assert.deepEqual([updated.name, updated.attributes], ['New', { a: '1' }]);
    const again = await importJson(key, rows);
    assert.deepEqual([again.body.created, again.body.updated, again.body.unchanged], [0, 0, 2]);
    assertError(await server.client.post('/v1/contacts/import', { contacts: [{ name: 'no phone' }] }, { key }), 400, 'parameter_missing');
  });

  test('a byte order mark is ignored; a file that is not UTF-8, has no phone column or is not CSV is refused whole', async () => {
    const { key } = await buildAccount(server.client, { account_name: 'Bad Files Co' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('phone,name\n+14155550401,Zoë\n')]);
    const bom = await importCsv(key, withBom);
    assert.equal(bom.body.created, 1, JSON.stringify(bom.body));
    assert.equal((await all(key)).get('+14155550401')?.name, 'Zoë');

    // "Zoë" in Latin-1: 0xEB is not valid UTF-8 here.
    const latin1 = new Uint8Array([...new TextEncoder().encode('phone,name\n+14155550402,Zo'), 0xeb, 0x0a]);
    assertError(await importCsv(key, latin1), 400, 'csv_encoding_invalid');
    assertError(await importCsv(key, 'mobile,name\n+14155550403,Al\n'), 400, 'csv_phone_column_missing');
    assertError(await importCsv(key, ''), 400, 'csv_phone_column_missing');
    assertError(await importCsv(key, 'phone,name,Name\n+14155550404,a,b\n'), 400, 'csv_header_invalid');
    assertError(await importCsv(key, 'phone,name\n+14155550405,"open\n'), 400, 'csv_malformed');
    assert.deepEqual([...(await all(key)).keys()], ['+14155550401']);
  });

  test('a form without a file part, or a body of another type, is refused', async () => {
    const { key } = await buildAccount(server.client, { account_name: 'Form Co' });
    const form = new FormData();
    form.append('other', 'x');
    assertError(await server.client.post('/v1/contacts/import', undefined, { key, raw: form }), 400, 'parameter_unknown');
    assertError(await server.client.post('/v1/contacts/import', undefined, { key, raw: 'phone\n+1', headers: { 'content-type': 'text/csv' } }), 415, 'unsupported_media_type');
  });

  test('an import over 100,000 rows or a file over 20 MB is refused whole', async () => {
    const { key } = await buildAccount(server.client, { account_name: 'Big Co' });
    const rows = Array.from({ length: 100_001 }, (_, i) => `+1415${200 + Math.floor(i / 10_000)}${String(i % 10_000).padStart(4, '0')}`);
    assertError(await importCsv(key, `phone\n${rows.join('\n')}\n`), 400, 'import_too_many_rows');
    const huge = `phone,note\n${`+14155550601,${'x'.repeat(1000)}\n`.repeat(21 * 1024)}`;
    assertError(await importCsv(key, huge), 413, 'body_too_large');
    assert.deepEqual([...(await all(key)).keys()], []);
  });

  test('imports stay inside their account and mode', async () => {
    const owner = await buildAccount(server.client, { account_name: 'Iso Co' });
    const live = await buildApiKey(server.client, owner, { mode: 'live' });
    assert.equal((await importCsv(owner.key, 'phone\n+14155550501\n')).body.created, 1);
    assert.equal((await importCsv(live.secret, 'phone\n+14155550501\n')).body.created, 1);
    const stranger = await buildAccount(server.client, { account_name: 'Other Co' });
    assert.equal((await importJson(stranger.key, [{ phone_number: '+14155550501' }])).body.created, 1);
  });
});
