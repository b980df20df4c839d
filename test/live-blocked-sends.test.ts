// Blocking on the phone, live: an in-process Parley runs unmodified Baileys against the WhatsApp Web simulator. When
// the phone blocks someone, WhatsApp tells the linked device; Parley then sends that person nothing (a message
// fails with `recipient_blocked`) until the phone unblocks them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eventually } from './helpers/eventually.js';
import { startLiveParley, type LiveParley } from './helpers/live-parley.js';
import { hasStatus, send, waitForMessage, type Message } from './helpers/sandbox-messaging.js';
import { WhatsAppSimulator } from './whatsapp-simulator/server.js';

const LINE = '+12025550220';
const PERSON = '+12025550221';
const digits = (e164: string) => e164.replace(/\D/g, '');
const STEP_TIMEOUT_MS = 30_000;

describe('live mode: a number blocked on the phone is not sent to', () => {
  const sim = new WhatsAppSimulator();
  let live: LiveParley;

  before(async () => {
    await sim.start();
    sim.account(digits(PERSON), 'Pat');
    live = await startLiveParley(sim, LINE, 'live-blocked-sends');
  });
  after(async () => {
    await live?.stop();
    await sim.stop();
    assert.deepEqual(sim.errors, []);
  });

  const stored = () => live.server.services.db.system((trx) => trx('blocked_numbers').where({ connection_id: live.connection.id }).pluck('phone_number'));
  const text = (body: string) => send(live.server.client, live.key, { connection_id: live.connection.id, to: PERSON, type: 'text', text: { body } });

  test('blocked on the phone: Parley hears of it and refuses; unblocked: messages go again', async () => {
    // They talked before, so the linked device knows the person's LID and number.
    const waId = await sim.sendText(digits(PERSON), digits(LINE), 'Hi, it is Pat');
    await eventually(
      async () => (await live.server.client.get<{ data: Message[] }>(`/v1/messages?connection_id=${live.connection.id}&direction=inbound`, { key: live.key })).body.data,
      (rows) => rows.some((m) => m.wa_message_id === waId),
      STEP_TIMEOUT_MS,
    );

    sim.profiles.blockOnPhone(digits(LINE), digits(PERSON));
    await eventually(stored, (phones) => phones.includes(PERSON), STEP_TIMEOUT_MS);
    const refused = await waitForMessage(live.server.client, live.key, (await text('Are you there?')).id, hasStatus('failed'), STEP_TIMEOUT_MS);
    assert.equal(refused.error?.code, 'recipient_blocked');
    assert.equal(sim.accounts.get(digits(PERSON))!.inbox.some((m) => m.text === 'Are you there?'), false, 'nothing reached the phone');

    sim.profiles.blockOnPhone(digits(LINE), digits(PERSON), false);
    await eventually(stored, (phones) => !phones.includes(PERSON), STEP_TIMEOUT_MS);
    await waitForMessage(live.server.client, live.key, (await text('Back in touch')).id, hasStatus('sent', 'delivered', 'read'), STEP_TIMEOUT_MS);
  });
});
