// Caption edits in live mode: an in-process Parley runs unmodified Baileys against the WhatsApp Web simulator. An
// edit of an image's caption through the API reaches the phone as a MESSAGE_EDIT whose edited message is an image
// message with only the new caption: the phone shows the new caption on the same picture. A phone's own caption
// edit reaches Parley and changes the stored caption, with its revision.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { components } from '../server/generated/openapi.js';
import { assertConforms } from './helpers/contract.js';
import { eventually } from './helpers/eventually.js';
import { gradientPng } from './helpers/png.js';
import { hasStatus, send, waitForMessage, type Message } from './helpers/sandbox-messaging.js';
import { startLiveParley, type LiveParley } from './helpers/live-parley.js';
import { editCaptionFromPhone } from './whatsapp-simulator/edits.js';
import { WhatsAppSimulator } from './whatsapp-simulator/server.js';

type Schemas = components['schemas'];

const STEP_TIMEOUT_MS = 30_000;
const LINE = '+12025550210';
const PERSON = '+12025550211';
const digits = (e164: string) => e164.replace(/\D/g, '');

describe('live mode caption edits: through Baileys to a simulated phone, and back', () => {
  const sim = new WhatsAppSimulator();
  let live: LiveParley;

  before(async () => {
    await sim.start();
    // Baileys uploads and downloads files on the simulator's media host (see the simulator's README).
    sim.installMediaRouting();
    sim.account(digits(PERSON), 'Ada');
    live = await startLiveParley(sim, LINE, 'live-caption-edits');
  });
  after(async () => {
    await live?.stop();
    await sim.stop();
    assert.deepEqual(sim.errors, []);
  });

  const revisionsOf = async (id: string) => {
    const response = await live.server.client.get<Schemas['MessageRevisionList']>(`/v1/messages/${id}/revisions`, { key: live.key });
    assertConforms('listMessageRevisions', response);
    return response.body.data.map((revision) => [revision.action, revision.by, revision.previous_text, revision.text]);
  };

  test('an image\'s caption edited through the API changes on the phone; the picture stays', async () => {
    const form = new FormData();
    const png = gradientPng(32, 20);
    form.append('file', new Blob([png], { type: 'image/png' }), 'table.png');
    const uploaded = await live.server.client.request<Schemas['Media']>('POST', '/v1/media', undefined, { key: live.key, raw: form });
    assert.equal(uploaded.status, 201, JSON.stringify(uploaded.body));
    const accepted = await send(live.server.client, live.key, { connection_id: live.connection.id, to: PERSON, type: 'image', image: { media_id: uploaded.body.id, caption: 'Window table' } });
    const sent = await waitForMessage(live.server.client, live.key, accepted.id, hasStatus('sent', 'delivered', 'read'), STEP_TIMEOUT_MS);
    const inbox = sim.accounts.get(digits(PERSON))!.inbox;
    await eventually(async () => inbox.find((entry) => entry.id === sent.wa_message_id), (entry) => entry?.media !== undefined, STEP_TIMEOUT_MS);

    const edited = await live.server.client.post<Message>(`/v1/messages/${sent.id}/edit`, { text: 'Terrace table' }, { key: live.key });
    assertConforms('editMessage', edited);
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    assert.equal(edited.body.image?.caption, 'Terrace table');
    assert.equal(edited.body.image?.media_id, uploaded.body.id);
    const onPhone = await eventually(async () => inbox.find((entry) => entry.id === sent.wa_message_id), (entry) => entry?.editedAt !== undefined, STEP_TIMEOUT_MS);
    assert.equal(onPhone!.message.imageMessage?.caption, 'Terrace table');
    assert.ok(onPhone!.message.imageMessage?.mediaKey, 'the same picture, with its key');
    assert.ok(onPhone!.media?.data.equals(png));
    assert.deepEqual(await revisionsOf(sent.id), [['edited', 'connection', 'Window table', 'Terrace table']]);
  });

  test('the phone edits the caption of a picture it sent: the stored caption changes, with the contact\'s revision', async () => {
    const waId = await sim.sendMedia(digits(PERSON), digits(LINE), { type: 'image', data: gradientPng(16, 16), mimetype: 'image/png', caption: 'Our view' });
    const listInbound = async () => (await live.server.client.get<{ data: Message[] }>(`/v1/messages?connection_id=${live.connection.id}&direction=inbound`, { key: live.key })).body.data;
    const received = (await eventually(listInbound, (rows) => rows.some((m) => m.wa_message_id === waId), STEP_TIMEOUT_MS)).find((m) => m.wa_message_id === waId)!;
    assert.equal(received.image?.caption, 'Our view');

    await editCaptionFromPhone(sim, digits(PERSON), digits(LINE), waId, 'image', 'Our view at sunset');
    const edited = await waitForMessage(live.server.client, live.key, received.id, (m) => m.edited_at !== null, STEP_TIMEOUT_MS);
    assert.equal(edited.image?.caption, 'Our view at sunset');
    assert.equal(edited.image?.media_id, received.image?.media_id);
    assert.deepEqual(await revisionsOf(received.id), [['edited', 'contact', 'Our view', 'Our view at sunset']]);
  });
});
