// Unmodified Baileys against the simulator: each participant's phone that decrypts a group message sends its
// receipt back naming the group and itself (`participant`), delivered and, with receipts 'read', read; a phone with
// receipts 'delivered' sends read only when it reads the message (readGroupMessage); with 'none', nothing. The
// sender's own phone acknowledges the message with a `sender` receipt.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { WA_CERT_DETAILS, type MessageUserReceiptUpdate } from '@whiskeysockets/baileys';
import { SimClient } from './baileys-client.js';
import { WhatsAppSimulator } from './server.js';
import { until } from './until.js';

const sim = new WhatsAppSimulator();
const originalRoot = WA_CERT_DETAILS.PUBLIC_KEY;
const LINE = '15550002000';
const [READER, OPENER, SILENT] = ['15550002001', '15550002002', '15550002003'];
let client: SimClient;
const receipts: MessageUserReceiptUpdate[] = [];

before(async () => {
  await sim.start();
  WA_CERT_DETAILS.PUBLIC_KEY = Buffer.from(sim.rootKey.public);
  sim.account(READER).receipts = 'read';
  sim.account(OPENER).receipts = 'delivered';
  sim.account(SILENT).receipts = 'none';
  client = new SimClient(sim);
  await client.connect((qr) => void sim.scanQr(qr, LINE).catch((error: unknown) => sim.errors.push(error)));
  client.sock!.ev.on('message-receipt.update', (updates) => receipts.push(...updates));
});

after(async () => {
  await client?.end();
  WA_CERT_DETAILS.PUBLIC_KEY = originalRoot;
  await sim.stop();
  assert.deepEqual(sim.errors, []);
});

/** The receipt timestamps Baileys reported for `id`, per participant's phone number. */
function receiptsOf(id: string): Map<string, { delivered: boolean; read: boolean }> {
  const byPhone = new Map<string, { delivered: boolean; read: boolean }>();
  for (const { key, receipt } of receipts.filter((update) => update.key.id === id)) {
    const phone = receipt.userJid!.split('@')[0]!;
    const seen = byPhone.get(phone) ?? { delivered: false, read: false };
    byPhone.set(phone, { delivered: seen.delivered || receipt.receiptTimestamp != null, read: seen.read || receipt.readTimestamp != null });
    assert.equal(key.fromMe, true);
  }
  return byPhone;
}

test('each phone that decrypts a group message reports it per its receipt mode, naming itself as participant', { timeout: 60_000 }, async () => {
  const group = sim.groups.create(LINE, 'Receipts', [READER, OPENER, SILENT]);
  const sent = await client.sock!.sendMessage(group.id, { text: 'hello group' });
  const id = sent!.key.id!;
  await sim.waitFor((e) => e.type === 'group-message-relayed' && e.id === id, 30_000);
  const reported = await until(() => {
    const byPhone = receiptsOf(id);
    return byPhone.get(READER)?.read && byPhone.get(OPENER)?.delivered ? byPhone : undefined;
  }, 30_000);
  assert.deepEqual(reported.get(READER), { delivered: true, read: true });
  assert.deepEqual(reported.get(OPENER), { delivered: true, read: false });
  assert.equal(reported.has(SILENT), false);
  // the sender's own phone acknowledges it too, with a `sender` receipt that Baileys reports as a read
  assert.deepEqual(await until(() => receiptsOf(id).get(LINE), 30_000), { delivered: false, read: true });
  assert.equal((await sim.waitFor((e) => e.type === 'group-sender-receipt-sent' && e.id === id)).phone, LINE);
  assert.equal(receipts.find((update) => update.key.id === id)?.key.remoteJid, group.id);

  sim.readGroupMessage(OPENER, group.id, id);
  await until(() => (receiptsOf(id).get(OPENER)?.read ? true : undefined), 30_000);
  assert.deepEqual(
    sim.events.filter((e) => e.type === 'group-receipt-sent' && e.id === id).map((e) => `${e.phone} ${e.status}`).sort(),
    [`${READER} delivered`, `${READER} read`, `${OPENER} delivered`, `${OPENER} read`],
  );
  assert.equal(receiptsOf(id).has(SILENT), false);
  assert.throws(() => sim.readGroupMessage(SILENT, group.id, 'NO-SUCH-ID'), /has no message/);
});
