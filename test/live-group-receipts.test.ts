// Group receipts in live mode: an in-process Parley runs unmodified Baileys against the WhatsApp Web simulator.
// Each participant's phone decrypts Parley's group message and sends its receipt naming the group and itself;
// Parley stores one receipt per participant (phone and LID), counts them on the message, and moves the message to
// delivered and read only once every participant has. The mapping of Baileys' receipt updates is checked on its own.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { components } from '../server/generated/openapi.js';
import { groupReceiptOf } from '../server/connections/baileys/group-receipts.js';
import { assertConforms } from './helpers/contract.js';
import { eventually } from './helpers/eventually.js';
import { startLiveParley, type LiveParley } from './helpers/live-parley.js';
import { hasStatus, send, waitForMessage, type Message } from './helpers/sandbox-messaging.js';
import { WhatsAppSimulator } from './whatsapp-simulator/server.js';

type Schemas = components['schemas'];

const LINE = '+12025550180';
const ADA = '+12025550181';
const BEN = '+12025550182';
const digits = (e164: string) => e164.replace(/\D/g, '');

test('Baileys\' group receipt updates map to a participant\'s delivered or read; anything else (this number\'s own devices too) is left out', () => {
  const key = { remoteJid: '120363000000000001@g.us', id: 'ABC', fromMe: true };
  assert.deepEqual(groupReceiptOf({ key, receipt: { userJid: '15550001111@s.whatsapp.net', receiptTimestamp: 1_700_000_000 } }), {
    waMessageId: 'ABC',
    groupId: key.remoteJid,
    userJid: '15550001111@s.whatsapp.net',
    status: 'delivered',
    at: new Date(1_700_000_000_000),
  });
  assert.equal(groupReceiptOf({ key, receipt: { userJid: '1@lid', readTimestamp: 1_700_000_001 } })?.status, 'read');
  assert.equal(groupReceiptOf({ key, receipt: { userJid: '1@lid', playedTimestamp: 1_700_000_002 } })?.status, 'read');
  assert.equal(groupReceiptOf({ key: { ...key, fromMe: false }, receipt: { userJid: '1@lid', readTimestamp: 1 } }), undefined);
  assert.equal(groupReceiptOf({ key: { ...key, remoteJid: '15550001111@s.whatsapp.net' }, receipt: { userJid: '1@lid', readTimestamp: 1 } }), undefined);
  assert.equal(groupReceiptOf({ key, receipt: { userJid: '1@lid' } }), undefined);
  // this number's own phone acknowledging the message (a `sender` receipt, which Baileys reports as read) is no recipient
  const me = { id: '15550009999:3@s.whatsapp.net', lid: '99990000:3@lid' };
  assert.equal(groupReceiptOf({ key, receipt: { userJid: '15550009999@s.whatsapp.net', readTimestamp: 1 } }, me), undefined);
  assert.equal(groupReceiptOf({ key, receipt: { userJid: '99990000@lid', readTimestamp: 1 } }, me), undefined);
  assert.equal(groupReceiptOf({ key, receipt: { userJid: '15550001111@s.whatsapp.net', readTimestamp: 1 } }, me)?.status, 'read');
});

describe('live mode group receipts: every participant\'s phone reports Parley\'s group message', () => {
  const sim = new WhatsAppSimulator();
  let live: LiveParley;

  before(async () => {
    await sim.start();
    for (const phone of [ADA, BEN]) sim.account(digits(phone));
    live = await startLiveParley(sim, LINE, 'live-group-receipts');
  });
  after(async () => {
    await live?.stop();
    await sim.stop();
    assert.deepEqual(sim.errors, []);
  });

  const receiptsOf = async (messageId: string) => {
    const response = await live.server.client.get<Schemas['MessageReceiptList']>(`/v1/messages/${messageId}/receipts`, { key: live.key });
    assertConforms('listMessageReceipts', response);
    return response.body.data;
  };
  const message = (id: string, done: (m: Message) => boolean) => waitForMessage(live.server.client, live.key, id, done, 30_000);

  test('delivered and read per participant; the message is delivered, then read, only once both phones are', async () => {
    // Ben reads only when asked: his phone sends delivery receipts by itself, read receipts when he opens the message.
    sim.account(digits(BEN)).receipts = 'delivered';
    const group = sim.groups.create(digits(LINE), 'Night shift', [digits(ADA), digits(BEN)]);
    const accepted = await send(live.server.client, live.key, { connection_id: live.connection.id, to: group.id, type: 'text', text: { body: 'Handover at 6' } });

    const delivered = await message(accepted.id, (m) => m.receipts?.delivered === 2 && m.receipts.read === 1);
    assert.equal(delivered.status, 'delivered');
    assert.deepEqual(delivered.receipts, { recipients: 2, delivered: 2, read: 1 });
    const receipts = await receiptsOf(accepted.id);
    const byPhone = new Map(receipts.map((r) => [r.participant.phone_number, r]));
    assert.deepEqual([...byPhone.keys()].sort(), [ADA, BEN]);
    assert.equal(byPhone.get(ADA)!.participant.lid, `${sim.account(digits(ADA)).lid}@lid`);
    assert.ok(byPhone.get(ADA)!.read_at);
    assert.ok(byPhone.get(BEN)!.delivered_at);
    assert.equal(byPhone.get(BEN)!.read_at, null);

    sim.readGroupMessage(digits(BEN), group.id, accepted.wa_message_id!);
    const read = await message(accepted.id, hasStatus('read'));
    assert.deepEqual(read.receipts, { recipients: 2, delivered: 2, read: 2 });
    const events = await eventually(
      () => live.server.services.db.system((trx) => trx('events').where({ type: 'message.receipt_updated' }).whereRaw(`data->'object'->>'message_id' = ?`, [accepted.id]).orderBy('id')),
      (rows) => rows.length === 4,
    );
    assert.deepEqual((events.at(-1) as { data: { object: Schemas['MessageReceipt'] } }).data.object.summary, { recipients: 2, delivered: 2, read: 2 });
  });

  test('a phone with receipts off reports nothing: the message stays sent, with the others counted', async () => {
    sim.account(digits(BEN)).receipts = 'none';
    sim.account(digits(ADA)).receipts = 'read';
    const group = sim.groups.create(digits(LINE), 'Quiet', [digits(ADA), digits(BEN)]);
    const accepted = await send(live.server.client, live.key, { connection_id: live.connection.id, to: group.id, type: 'text', text: { body: 'Anyone?' } });
    const counted = await message(accepted.id, (m) => m.receipts?.read === 1);
    assert.equal(counted.status, 'sent');
    assert.deepEqual(counted.receipts, { recipients: 2, delivered: 1, read: 1 });
    assert.deepEqual((await receiptsOf(accepted.id)).map((r) => r.participant.phone_number), [ADA]);
  });
});
