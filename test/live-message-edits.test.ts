// Edits and deletions in live mode, end to end: an in-process Parley (API and worker) runs unmodified Baileys
// against the WhatsApp Web simulator (see live-mode.test.ts for how Baileys is made to trust it). An edit and a
// deletion for everyone made through the API reach the simulated phone as WhatsApp's MESSAGE_EDIT and REVOKE (the
// phone shows the new text, then no message); the phone's own edit and revoke of a message it sent reach Parley
// and change the stored message, with its revisions and events.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { components } from '../server/generated/openapi.js';
import { assertConforms } from './helpers/contract.js';
import { eventually } from './helpers/eventually.js';
import { hasStatus, send, waitForMessage, type Message } from './helpers/sandbox-messaging.js';
import { startLiveParley, type LiveParley } from './helpers/live-parley.js';
import type { TestServer } from './helpers/server.js';
import { editFromPhone, revokeFromPhone } from './whatsapp-simulator/edits.js';
import { WhatsAppSimulator } from './whatsapp-simulator/server.js';

type Schemas = components['schemas'];

const STEP_TIMEOUT_MS = 30_000;
const LINE = '+12025550170';
const PERSON = '+12025550171';
const digits = (e164: string) => e164.replace(/\D/g, '');

describe('live mode edits and deletions: through Baileys to a simulated phone, and back', () => {
  const sim = new WhatsAppSimulator();
  let live: LiveParley;
  let server: TestServer;
  let key: string;
  let connection: Schemas['Connection'];

  const api = <T>(path: string) => server.client.get<T>(path, { key });
  const revisionsOf = async (id: string) => {
    const response = await api<Schemas['MessageRevisionList']>(`/v1/messages/${id}/revisions`);
    assertConforms('listMessageRevisions', response);
    return response.body.data.map((revision) => [revision.action, revision.by, revision.previous_text, revision.text]);
  };
  const eventsOf = (id: string): Promise<string[]> =>
    server.services.db.system((trx) => trx('events').whereRaw(`data->'object'->>'id' = ?`, [id]).orderBy('id').pluck('type'));

  before(async () => {
    await sim.start();
    sim.account(digits(PERSON), 'Ada');
    live = await startLiveParley(sim, LINE, 'live-edits');
    ({ server, key, connection } = live);
  });

  after(async () => {
    await live?.stop();
    await sim.stop();
    assert.deepEqual(sim.errors, []);
  });

  test('an edit through the API shows on the phone, and a deletion for everyone removes the message there', async () => {
    const accepted = await send(server.client, key, { connection_id: connection.id, to: PERSON, type: 'text', text: { body: 'Your table is booked for 7 pm.' } });
    const sent = await waitForMessage(server.client, key, accepted.id, hasStatus('sent', 'delivered', 'read'), STEP_TIMEOUT_MS);
    const inbox = sim.accounts.get(digits(PERSON))!.inbox;
    await eventually(async () => inbox.find((entry) => entry.id === sent.wa_message_id), (entry) => entry !== undefined, STEP_TIMEOUT_MS);

    const edited = await server.client.post<Message>(`/v1/messages/${sent.id}/edit`, { text: 'Your table is booked for 8 pm.' }, { key });
    assertConforms('editMessage', edited);
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    assert.deepEqual(edited.body.text, { body: 'Your table is booked for 8 pm.' });
    // Parley answered once WhatsApp took the edit; the phone decrypts and applies it a moment later.
    const onPhone = await sim.waitFor((e) => e.type === 'peer-edited' && e.id === sent.wa_message_id, STEP_TIMEOUT_MS);
    assert.equal(onPhone.text, 'Your table is booked for 8 pm.');
    assert.equal(inbox.find((entry) => entry.id === sent.wa_message_id)?.text, 'Your table is booked for 8 pm.');
    assert.deepEqual(await revisionsOf(sent.id), [['edited', 'connection', 'Your table is booked for 7 pm.', 'Your table is booked for 8 pm.']]);

    const deleted = await server.client.delete<Message>(`/v1/messages/${sent.id}`, { key });
    assertConforms('deleteMessage', deleted);
    assert.equal(deleted.status, 200, JSON.stringify(deleted.body));
    assert.equal(deleted.body.deleted_for, 'everyone');
    await sim.waitFor((e) => e.type === 'peer-revoked' && e.id === sent.wa_message_id, STEP_TIMEOUT_MS);
    assert.equal(inbox.some((entry) => entry.id === sent.wa_message_id), false, 'the phone no longer shows it');
    const events = await eventsOf(sent.id);
    assert.ok(events.includes('message.edited') && events.includes('message.deleted'), events.join(', '));
  });

  test('the phone edits and then deletes its own message: the stored message follows, with its revisions and events', async () => {
    const waId = await sim.sendText(digits(PERSON), digits(LINE), 'Can we make it 9?');
    const found = await eventually(
      () => api<{ data: Message[] }>(`/v1/messages?direction=inbound&connection_id=${connection.id}`),
      (response) => response.body.data.some((message) => message.wa_message_id === waId),
      STEP_TIMEOUT_MS,
    );
    const id = found.body.data.find((message) => message.wa_message_id === waId)!.id;

    await editFromPhone(sim, digits(PERSON), digits(LINE), waId, 'Can we make it 9:30?');
    const edited = await waitForMessage(server.client, key, id, (message) => message.edited_at !== null, STEP_TIMEOUT_MS);
    assert.deepEqual(edited.text, { body: 'Can we make it 9:30?' });
    assert.deepEqual(await revisionsOf(id), [['edited', 'contact', 'Can we make it 9?', 'Can we make it 9:30?']]);

    await revokeFromPhone(sim, digits(PERSON), digits(LINE), waId);
    const deleted = await waitForMessage(server.client, key, id, (message) => message.deleted_at !== null, STEP_TIMEOUT_MS);
    assert.equal(deleted.deleted_for, 'everyone');
    assert.equal(deleted.text, undefined, 'the content is removed');
    assert.deepEqual(await revisionsOf(id), [['deleted', 'contact', null, null], ['edited', 'contact', null, null]]);
    assert.deepEqual((await eventsOf(id)).filter((type) => type !== 'message.received'), ['message.edited', 'message.deleted']);
  });
});
