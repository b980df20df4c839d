// Contacts through HTTP: create (one per number, any spelling), read, list by tag and number, update (attributes
// merge, tags replace), delete; contacts stay inside their account and mode; bulk selection by tags.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { contactsByTags } from '../server/contacts/by-tags.js';
import type { components } from '../server/generated/openapi.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { buildAccount, buildApiKey } from './helpers/factories.js';
import { startTestServer, type TestServer } from './helpers/server.js';

type Contact = components['schemas']['Contact'];
type ContactList = components['schemas']['ContactList'];

describe('contacts', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.stop();
  });

  const create = async (key: string, body: Record<string, unknown>) => {
    const response = await server.client.post<Contact>('/v1/contacts', body, { key });
    assertConforms('createContact', response);
    return response;
  };
  const update = async (key: string, id: string, body: Record<string, unknown>) => {
    const response = await server.client.request<Contact>('PATCH', `/v1/contacts/${id}`, body, { key });
    assertConforms('updateContact', response);
    return response;
  };

  test('a contact is created with its number in E.164 and read back; a second create of the number is a 409 naming the first', async () => {
    const { key } = await buildAccount(server.client, { account_name: 'Book Co' });
    const created = await create(key, { phone_number: '+1 (415) 555-0142', name: 'Ada', attributes: { city: 'Paris' }, tags: [' vip ', 'vip', 'beta'] });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const { id, created_at: createdAt, updated_at: updatedAt, ...fields } = created.body;
    assert.match(id, /^ct_[0-9A-Za-z]+$/);
    assert.equal(createdAt, updatedAt);
    assert.deepEqual(fields, { object: 'contact', phone_number: '+14155550142', name: 'Ada', attributes: { city: 'Paris' }, tags: ['vip', 'beta'] });

    const fetched = await server.client.get<Contact>(`/v1/contacts/${id}`, { key });
    assertConforms('getContact', fetched);
    assert.deepEqual(fetched.body, created.body);

    const again = await create(key, { phone_number: '0014155550142' });
    const error = assertError(again, 409, 'contact_exists');
    assert.equal(error.param, 'phone_number');
    assert.ok(error.message.includes(id), error.message);
    assertError(await create(key, { phone_number: '12' }), 400, 'parameter_invalid');
    assertError(await create(key, { phone_number: '+1 415 555' }), 400, 'phone_number_invalid');
    assertError(await create(key, { phone_number: '+14155550143', attributes: { n: 1 } }), 400, 'parameter_invalid');
    assertError(await create(key, { phone_number: '+14155550143', tags: ['a;b'] }), 400, 'parameter_invalid');
  });

  test('the list is newest first, pages by cursor, and filters by tag and by number in any spelling', async () => {
    const { key } = await buildAccount(server.client, { account_name: 'List Co' });
    const made: Contact[] = [];
    for (const [n, tags] of [['0101', ['a']], ['0102', ['a', 'b']], ['0103', ['b']]] as const) {
      made.push((await create(key, { phone_number: `+1415555${n}`, tags })).body);
    }
    const page = await server.client.get<ContactList>('/v1/contacts?limit=2', { key });
    assertConforms('listContacts', page);
    assert.deepEqual(page.body.data.map((c) => c.id), [made[2]!.id, made[1]!.id]);
    assert.equal(page.body.has_more, true);
    const next = await server.client.get<ContactList>(`/v1/contacts?limit=2&starting_after=${made[1]!.id}`, { key });
    assert.deepEqual(next.body.data, [made[0]]);
    const tagged = await server.client.get<ContactList>('/v1/contacts?tag=a', { key });
    assertConforms('listContacts', tagged);
    assert.deepEqual(tagged.body.data.map((c) => c.id), [made[1]!.id, made[0]!.id]);
    const one = await server.client.get<ContactList>(`/v1/contacts?phone_number=${encodeURIComponent('+1 415 555 0103')}`, { key });
    assert.deepEqual(one.body.data, [made[2]]);
  });

  test('an update merges attributes (null removes a key), replaces tags, and moves updated_at only when something changed', async () => {
    const { key } = await buildAccount(server.client, { account_name: 'Edit Co' });
    const contact = (await create(key, { phone_number: '+14155550150', name: 'Bo', attributes: { city: 'Oslo', plan: 'free' }, tags: ['a'] })).body;
    const same = await update(key, contact.id, { name: 'Bo', attributes: { city: 'Oslo' }, tags: ['a'] });
    assert.deepEqual(same.body, contact);

    await new Promise((resolve) => setTimeout(resolve, 5));
    const changed = await update(key, contact.id, { name: null, attributes: { plan: null, tier: 'gold' }, tags: ['b', 'c'] });
    assert.equal(changed.status, 200);
    assert.equal(changed.body.name, null);
    assert.deepEqual(changed.body.attributes, { city: 'Oslo', tier: 'gold' });
    assert.deepEqual(changed.body.tags, ['b', 'c']);
    assert.ok(changed.body.updated_at > contact.updated_at);
    assert.equal(changed.body.created_at, contact.created_at);

    const other = (await create(key, { phone_number: '+14155550151' })).body;
    const taken = assertError(await update(key, other.id, { phone_number: '+1 415 555 0150' }), 409, 'contact_exists');
    assert.ok(taken.message.includes(contact.id));
    const moved = await update(key, other.id, { phone_number: '+1 415 555 0152' });
    assert.equal(moved.body.phone_number, '+14155550152');
    assertError(await update(key, other.id, {}), 400, 'parameter_invalid');
  });

  test('a deleted contact is gone and its number may be created again', async () => {
    const { key } = await buildAccount(server.client, { account_name: 'Gone Co' });
    const contact = (await create(key, { phone_number: '+14155550160' })).body;
    const removed = await server.client.delete(`/v1/contacts/${contact.id}`, { key });
    assertConforms('deleteContact', removed);
    assert.deepEqual(removed.body, { id: contact.id, object: 'contact', deleted: true });
    assertError(await server.client.get(`/v1/contacts/${contact.id}`, { key }), 404, 'resource_missing');
    assertError(await server.client.delete(`/v1/contacts/${contact.id}`, { key }), 404, 'resource_missing');
    assert.equal((await create(key, { phone_number: '+14155550160' })).status, 201);
  });

  test("another account's contact, or this account's in the other mode, answers 404 and never lists", async () => {
    const owner = await buildAccount(server.client, { account_name: 'Owner Co' });
    const stranger = await buildAccount(server.client, { account_name: 'Stranger Co' });
    const live = await buildApiKey(server.client, owner, { name: 'live', mode: 'live' });
    const contact = (await create(owner.key, { phone_number: '+14155550170' })).body;
    for (const key of [stranger.key, live.secret]) {
      assertError(await server.client.get(`/v1/contacts/${contact.id}`, { key }), 404, 'resource_missing');
      assertError(await update(key, contact.id, { name: 'x' }), 404, 'resource_missing');
      assertError(await server.client.delete(`/v1/contacts/${contact.id}`, { key }), 404, 'resource_missing');
      const list = await server.client.get<ContactList>('/v1/contacts', { key });
      assert.deepEqual(list.body.data, []);
    }
    // The same number is a separate contact in live mode and in another account.
    assert.equal((await create(live.secret, { phone_number: '+14155550170' })).status, 201);
    assert.equal((await create(stranger.key, { phone_number: '+14155550170' })).status, 201);
  });

  test('contactsByTags pages through the contacts with any or all of the tags, inside one account and mode', async () => {
    const { key, account } = await buildAccount(server.client, { account_name: 'Bulk Co' });
    const tagsOf = [['a'], ['a', 'b'], ['b'], ['c'], ['a', 'b', 'c']];
    const made: Contact[] = [];
    for (const [i, tags] of tagsOf.entries()) made.push((await create(key, { phone_number: `+1415555020${i}`, tags })).body);
    // As a bulk job's worker would: inside one account's rows under row-level security.
    const collect = (tags: string[], match: 'any' | 'all') =>
      server.services.db.tenant({ accountId: account.id, mode: 'test' }, async (trx) => {
        const ids: string[][] = [];
        for await (const page of contactsByTags(trx, tags, { match, batchSize: 2 })) ids.push(page.map((row) => row.id));
        return ids;
      });
    const id = (i: number) => made[i]!.id;
    assert.deepEqual(await collect(['a', 'b'], 'any'), [[id(0), id(1)], [id(2), id(4)]]);
    assert.deepEqual(await collect(['a', 'b'], 'all'), [[id(1), id(4)]]);
    assert.deepEqual(await collect(['z'], 'any'), []);
  });
});
