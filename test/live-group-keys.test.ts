// Sender keys after a removal, in live mode: an in-process Parley runs unmodified Baileys against the WhatsApp Web
// simulator. Once a participant is removed (through Parley, or by another admin on WhatsApp), Parley's next group
// message goes out under a new sender key, given only to the participants left: the removed phone, which kept the
// old key, cannot decrypt it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { senderKeyIdOf } from '../server/connections/baileys/group-sender-keys.js';
import { eventually } from './helpers/eventually.js';
import { startLiveParley, type LiveParley } from './helpers/live-parley.js';
import { hasStatus, send, waitForMessage } from './helpers/sandbox-messaging.js';
import { WhatsAppSimulator } from './whatsapp-simulator/server.js';

const LINE = '+12025550190';
const ADA = '+12025550191';
const BEN = '+12025550192';
const CY = '+12025550193';
const digits = (e164: string) => e164.replace(/\D/g, '');

test('the sender key\'s store id follows the signal layer: <group>::<user>[_<domain>]::<device>', () => {
  assert.equal(senderKeyIdOf('1203@g.us', '15550001111:7@s.whatsapp.net'), '1203@g.us::15550001111::7');
  assert.equal(senderKeyIdOf('1203@g.us', '98765:7@lid'), '1203@g.us::98765_1::7');
  assert.equal(senderKeyIdOf('1203@g.us', '15550001111@s.whatsapp.net'), '1203@g.us::15550001111::0');
});

describe('live mode sender keys: a removed participant cannot read what the group says next', () => {
  const sim = new WhatsAppSimulator();
  let live: LiveParley;

  before(async () => {
    await sim.start();
    for (const phone of [ADA, BEN, CY]) sim.account(digits(phone));
    live = await startLiveParley(sim, LINE, 'live-group-keys');
  });
  after(async () => {
    await live?.stop();
    await sim.stop();
    assert.deepEqual(sim.errors, []);
  });

  const sendToGroup = async (groupId: string, body: string) => {
    const accepted = await send(live.server.client, live.key, { connection_id: live.connection.id, to: groupId, type: 'text', text: { body } });
    return waitForMessage(live.server.client, live.key, accepted.id, hasStatus('sent', 'delivered', 'read'), 30_000);
  };
  const relayed = (groupId: string, id: string) =>
    eventually(async () => sim.events.find((e) => e.type === 'group-message-relayed' && e.group === groupId && e.id === id), (e) => e !== undefined, 30_000);
  /** Whether `phone`'s phone can decrypt a relayed message with the sender keys it holds. */
  const canDecrypt = async (phone: string, id: string) => {
    const wire = sim.relayedGroupCiphertext(id)!;
    try {
      await sim.account(digits(phone)).signal.decryptGroup(wire.group, wire.senderJid, wire.ciphertext);
      return true;
    } catch {
      return false;
    }
  };

  test('removed through Parley: the next message has a new key, for the others only', async () => {
    const group = sim.groups.create(digits(LINE), 'Core team', [digits(ADA), digits(BEN)]);
    const first = await sendToGroup(group.id, 'Plans for Q3 attached');
    assert.equal((await relayed(group.id, first.wa_message_id!))!.senderKeys, 3);
    const second = await sendToGroup(group.id, 'One more thing');
    assert.equal((await relayed(group.id, second.wa_message_id!))!.senderKeys, 0, 'no new key while nobody left');

    const removed = await live.server.client.post(`/v1/connections/${live.connection.id}/groups/${group.id}/participants`, { action: 'remove', participants: [BEN] }, { key: live.key });
    assert.equal(removed.status, 200, JSON.stringify(removed.body));
    const third = await sendToGroup(group.id, 'Reorg news, Ben no longer in copy');
    // A fresh key went to the participants left (Ada's phone and this number's own phone), not to Ben's.
    assert.equal((await relayed(group.id, third.wa_message_id!))!.senderKeys, 2);
    assert.equal(sim.account(digits(ADA)).inbox.find((m) => m.id === third.wa_message_id)?.text, 'Reorg news, Ben no longer in copy');
    // Ben's phone had the old key (it read the second message); the new one it never got.
    assert.equal(sim.account(digits(BEN)).inbox.find((m) => m.id === second.wa_message_id)?.text, 'One more thing');
    assert.equal(await canDecrypt(BEN, third.wa_message_id!), false, 'the removed phone cannot open the new message');
  });

  test('removed by another admin on WhatsApp: Parley learns it from the notification and renews the key too', async () => {
    const group = sim.groups.create(digits(ADA), 'Guild', [digits(LINE), digits(CY)]);
    sim.groups.groups.get(group.id)!.participants.set(digits(LINE), 'admin');
    const first = await sendToGroup(group.id, 'Hello guild');
    assert.equal((await relayed(group.id, first.wa_message_id!))!.senderKeys, 3);

    const events = await live.server.services.db.system((trx) => trx('events').where({ type: 'group.participants_changed' }).count<{ count: string }[]>('* as count'));
    const before = Number(events[0]!.count);
    sim.groups.changeParticipants(digits(ADA), group.id, 'remove', [digits(CY)]);
    await eventually(
      async () => Number((await live.server.services.db.system((trx) => trx('events').where({ type: 'group.participants_changed' }).count<{ count: string }[]>('* as count')))[0]!.count),
      (count) => count > before,
      30_000,
    );
    const next = await sendToGroup(group.id, 'Cy has left us');
    assert.equal((await relayed(group.id, next.wa_message_id!))!.senderKeys, 2);
    assert.equal(await canDecrypt(CY, next.wa_message_id!), false);
  });
});
