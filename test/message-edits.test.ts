// Editing and deleting messages through HTTP on sandbox connections: an edit and a deletion for everyone reach
// the other sandbox connection as the contact's own change, revisions keep the history, and every refusal is
// typed and changes nothing. A worker runs in process on a database of this file's own.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { components } from '../server/generated/openapi.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { eventually } from './helpers/eventually.js';
import { gradientPng } from './helpers/png.js';
import { buildAccount, buildApiKey, type TestAccount } from './helpers/factories.js';
import { hasStatus, linkSandbox, send, waitForMessage, type Message } from './helpers/sandbox-messaging.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';

type Schemas = components['schemas'];
type RevisionList = Schemas['MessageRevisionList'];

const number = () => `+1202555${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`;

describe('message edits and deletions (sandbox)', () => {
  let database: ScratchDatabase;
  let server: TestServer;
  let owner: TestAccount;
  let sender: Schemas['Connection'];
  let receiver: Schemas['Connection'];

  const eventsOf = async (messageId: string) =>
    (await server.services.db.system((trx) => trx('events').whereRaw(`data->'object'->>'id' = ?`, [messageId]).orderBy('id'))).map(
      (row: { type: string }) => row.type,
    );
  const revisionsOf = async (messageId: string) => {
    const response = await server.client.get<RevisionList>(`/v1/messages/${messageId}/revisions`, { key: owner.key });
    assertConforms('listMessageRevisions', response);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    return response.body.data;
  };
  const edit = (id: string, text: unknown) => server.client.post<Message>(`/v1/messages/${id}/edit`, { text }, { key: owner.key });
  const remove = (id: string, forWhom?: string) => server.client.delete<Message>(`/v1/messages/${id}${forWhom ? `?for=${forWhom}` : ''}`, { key: owner.key });
  /** The receiving connection's copy of a message the sender sent (same WhatsApp id). */
  const copyOf = (message: Message) =>
    eventually(
      () => server.services.db.system((trx) => trx('messages').where({ connection_id: receiver.id, wa_message_id: message.wa_message_id }).first('id')),
      (row) => row !== undefined,
    ).then((row: { id: string }) => row.id);
  const sentText = async (body: string) => {
    const accepted = await send(server.client, owner.key, { connection_id: sender.id, to: receiver.phone_number, type: 'text', text: { body } });
    return waitForMessage(server.client, owner.key, accepted.id, hasStatus('sent', 'delivered', 'read'));
  };
  const backdate = (id: string, ms: number) =>
    server.services.db.system((trx) => trx('messages').where({ id }).update({ sent_at: new Date(Date.now() - ms) }));

  before(async () => {
    database = await createScratchDatabase();
    server = await startTestServer({
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: `${testEnv().redisPrefix}edits-${randomBytes(4).toString('hex')}:`,
      PARLEY_ROLE: 'all',
      MESSAGE_PACING: 'false',
    });
    owner = await buildAccount(server.client, { account_name: 'Edits Co' });
    sender = await linkSandbox(server.client, owner.key, number());
    receiver = await linkSandbox(server.client, owner.key, number());
  });
  after(async () => {
    await server?.stop();
    await database?.drop();
  });

  test('an edit changes the text, keeps the old one as a revision, is evented, and reaches the other side as the contact’s edit', async () => {
    const sent = await sentText('See you at 5');
    const copy = await copyOf(sent);
    const edited = await edit(sent.id, 'See you at 6');
    assertConforms('editMessage', edited);
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    assert.deepEqual(edited.body.text, { body: 'See you at 6' });
    assert.ok(edited.body.edited_at);
    assert.equal(edited.body.deleted_for, null);
    const [revision, ...older] = await revisionsOf(sent.id);
    assert.equal(older.length, 0);
    assert.equal(revision?.object, 'message_revision');
    assert.deepEqual([revision?.action, revision?.by, revision?.previous_text, revision?.text], ['edited', 'connection', 'See you at 5', 'See you at 6']);
    assert.ok((await eventsOf(sent.id)).includes('message.edited'));

    const received = await waitForMessage(server.client, owner.key, copy, (message) => message.edited_at !== null);
    assert.deepEqual(received.text, { body: 'See you at 6' });
    const [theirs] = await revisionsOf(copy);
    assert.deepEqual([theirs?.action, theirs?.by, theirs?.previous_text, theirs?.text], ['edited', 'contact', 'See you at 5', 'See you at 6']);
    assert.ok((await eventsOf(copy)).includes('message.edited'));

    await edit(sent.id, 'See you at 7');
    assert.deepEqual((await revisionsOf(sent.id)).map((r) => r.text), ['See you at 7', 'See you at 6'], 'newest first');
  });

  test('an image\'s caption can be edited: the picture stays, the old caption is a revision, the other side sees it', async () => {
    const form = new FormData();
    form.append('file', new Blob([gradientPng(8, 8)], { type: 'image/png' }), 'menu.png');
    const uploaded = await server.client.request<Schemas['Media']>('POST', '/v1/media', undefined, { key: owner.key, raw: form });
    assert.equal(uploaded.status, 201, JSON.stringify(uploaded.body));
    const accepted = await send(server.client, owner.key, { connection_id: sender.id, to: receiver.phone_number, type: 'image', image: { media_id: uploaded.body.id, caption: 'Lunch menu' } });
    const sent = await waitForMessage(server.client, owner.key, accepted.id, hasStatus('sent', 'delivered', 'read'));
    const copy = await copyOf(sent);
    const edited = await edit(sent.id, 'Dinner menu');
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    assert.equal(edited.body.image?.caption, 'Dinner menu');
    assert.equal(edited.body.image?.media_id, uploaded.body.id);
    assert.deepEqual((await revisionsOf(sent.id)).map((r) => [r.by, r.previous_text, r.text]), [['connection', 'Lunch menu', 'Dinner menu']]);
    const received = await waitForMessage(server.client, owner.key, copy, (message) => message.edited_at !== null);
    assert.equal(received.image?.caption, 'Dinner menu');
  });

  test('edits are refused with typed errors and change nothing', async () => {
    const sent = await sentText('Original');
    assert.equal(assertError(await edit(sent.id, 'Original'), 400, 'text_unchanged').param, 'text');
    assertError(await edit(sent.id, ''), 400, 'parameter_invalid');
    assertError(await edit('msg_01JD3Z0Q8S1W2E3R4T5Y6U7I8O', 'x'), 404, 'resource_missing');
    assertError(await edit(await copyOf(sent), 'Not mine'), 409, 'message_not_outbound');

    const place = await send(server.client, owner.key, { connection_id: sender.id, to: receiver.phone_number, type: 'location', location: { latitude: 1, longitude: 2 } });
    await waitForMessage(server.client, owner.key, place.id, hasStatus('sent', 'delivered', 'read'));
    assertError(await edit(place.id, 'A place'), 409, 'message_not_editable');

    const later = await send(server.client, owner.key, { connection_id: sender.id, to: receiver.phone_number, type: 'text', text: { body: 'Later' }, send_at: new Date(Date.now() + 3600_000).toISOString() });
    assertError(await edit(later.id, 'Sooner'), 409, 'message_not_sent');
    assertError(await remove(later.id), 409, 'message_not_sent');
    assertError(await remove(later.id, 'me'), 409, 'message_not_sent');

    await backdate(sent.id, 16 * 60_000);
    const late = await edit(sent.id, 'Too late');
    assertConforms('editMessage', late);
    assertError(late, 409, 'edit_window_passed');
    for (const id of [sent.id, place.id, later.id]) {
      assert.equal((await revisionsOf(id)).length, 0);
      assert.ok(!(await eventsOf(id)).includes('message.edited'));
    }
    assert.deepEqual((await server.client.get<Message>(`/v1/messages/${sent.id}`, { key: owner.key })).body.text, { body: 'Original' });
  });

  test('deleting for everyone removes the content and the revisions’ texts, reaches the other side, and a repeat changes nothing', async () => {
    const sent = await sentText('Wrong chat');
    const copy = await copyOf(sent);
    await edit(sent.id, 'Wrong chat, sorry');
    await waitForMessage(server.client, owner.key, copy, (message) => message.edited_at !== null);
    const deleted = await remove(sent.id);
    assertConforms('deleteMessage', deleted);
    assert.equal(deleted.status, 200, JSON.stringify(deleted.body));
    assert.equal(deleted.body.deleted_for, 'everyone');
    assert.ok(deleted.body.deleted_at);
    assert.equal(deleted.body.text, undefined, 'the content is removed');
    const revisions = await revisionsOf(sent.id);
    assert.deepEqual(revisions.map((r) => [r.action, r.by, r.previous_text, r.text]), [['deleted', 'connection', null, null], ['edited', 'connection', null, null]]);

    const theirs = await waitForMessage(server.client, owner.key, copy, (message) => message.deleted_at !== null);
    assert.equal(theirs.deleted_for, 'everyone');
    assert.equal(theirs.text, undefined);
    assert.deepEqual((await revisionsOf(copy)).map((r) => [r.action, r.by, r.text]), [['deleted', 'contact', null], ['edited', 'contact', null]]);
    assert.ok((await eventsOf(copy)).includes('message.deleted'));

    const events = (await eventsOf(sent.id)).filter((type) => type === 'message.deleted');
    assert.equal(events.length, 1);
    const again = await remove(sent.id);
    assert.equal(again.status, 200);
    assert.deepEqual([again.body.deleted_at, again.body.deleted_for], [deleted.body.deleted_at, 'everyone']);
    assert.equal((await eventsOf(sent.id)).filter((type) => type === 'message.deleted').length, 1);
    assertError(await edit(sent.id, 'Back again'), 409, 'message_deleted');
  });

  test('deleting for everyone is refused for a received message and after the window; for me hides any message in Parley only', async () => {
    const sent = await sentText('Keep this one');
    const copy = await copyOf(sent);
    assertError(await remove(copy), 409, 'message_not_outbound');
    assertError(await remove(sent.id, 'nobody'), 400, 'parameter_invalid');
    await backdate(sent.id, 61 * 3600_000);
    assertError(await remove(sent.id, 'everyone'), 409, 'delete_window_passed');
    assert.equal((await revisionsOf(sent.id)).length, 0);
    assert.equal((await revisionsOf(copy)).length, 0);

    const hidden = await remove(copy, 'me');
    assert.equal(hidden.status, 200, JSON.stringify(hidden.body));
    assert.equal(hidden.body.deleted_for, 'me');
    assert.equal(hidden.body.text, undefined);
    assert.deepEqual((await revisionsOf(copy)).map((r) => [r.action, r.by]), [['deleted', 'connection']]);
    const mine = await remove(sent.id, 'me');
    assert.equal(mine.body.deleted_for, 'me');
    // Nothing went to the other side: its copy was hidden on its own, not by the sender.
    assert.deepEqual((await revisionsOf(copy)).length, 1);
  });

  test('the sandbox plays a person editing and deleting their own message; refusals are typed and change nothing', async () => {
    const inbound = await server.client.post<Message>('/v1/sandbox/inbound', { connection_id: receiver.id, from: '+14155550188', type: 'text', text: { body: 'Table for 2' } }, { key: owner.key });
    assert.equal(inbound.status, 201, JSON.stringify(inbound.body));
    const id = inbound.body.id;
    const editInbound = (text: string) => server.client.post<Message>(`/v1/sandbox/messages/${id}/edit`, { text }, { key: owner.key });
    const edited = await editInbound('Table for 3');
    assertConforms('sandboxEditInbound', edited);
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    assert.deepEqual(edited.body.text, { body: 'Table for 3' });
    assert.deepEqual((await revisionsOf(id)).map((r) => [r.action, r.by, r.previous_text, r.text]), [['edited', 'contact', 'Table for 2', 'Table for 3']]);
    assertError(await editInbound('Table for 3'), 400, 'text_unchanged');

    const sent = await sentText('Mine');
    assertError(await server.client.post(`/v1/sandbox/messages/${sent.id}/edit`, { text: 'x' }, { key: owner.key }), 409, 'message_not_inbound');
    assertError(await server.client.post(`/v1/sandbox/messages/${sent.id}/delete`, {}, { key: owner.key }), 409, 'message_not_inbound');
    const live = await buildApiKey(server.client, owner, { name: 'live', mode: 'live' });
    assertError(await server.client.post(`/v1/sandbox/messages/${id}/delete`, {}, { key: live.secret }), 403, 'sandbox_test_mode_only');

    const deleted = await server.client.post<Message>(`/v1/sandbox/messages/${id}/delete`, {}, { key: owner.key });
    assertConforms('sandboxDeleteInbound', deleted);
    assert.equal(deleted.status, 200, JSON.stringify(deleted.body));
    assert.equal(deleted.body.deleted_for, 'everyone');
    assert.equal(deleted.body.text, undefined);
    assertError(await editInbound('Table for 4'), 409, 'message_deleted');
    const again = await server.client.post<Message>(`/v1/sandbox/messages/${id}/delete`, {}, { key: owner.key });
    assert.equal(again.status, 200);
    assert.deepEqual((await eventsOf(id)).filter((type) => type !== 'message.received'), ['message.edited', 'message.deleted']);
  });

  test('an edit or a deletion needs the connection connected', async () => {
    const sent = await sentText('Before logout');
    const loggedOut = await server.client.post(`/v1/connections/${sender.id}/logout`, {}, { key: owner.key });
    assert.equal(loggedOut.status, 200, JSON.stringify(loggedOut.body));
    assertError(await edit(sent.id, 'After logout'), 409, 'connection_not_connected');
    assertError(await remove(sent.id), 409, 'connection_not_connected');
    assert.equal((await revisionsOf(sent.id)).length, 0);
  });
});
