// Sender-key group messages on the simulated WhatsApp. A companion's message to a group carries, for each
// participant device that has not had it yet, its sender key in a 1:1 `pkmsg`/`msg`, and the message itself once,
// as an `skmsg`: each participant's phone takes the key and decrypts the message. A phone's message to a group is
// sent the same way to every linked device of the other participants.
import { generateMessageIDV2, getBinaryNodeChild, getBinaryNodeChildren, jidDecode, type BinaryNode, type proto } from '@whiskeysockets/baileys';
import { now, textOf, type PeerMessage } from './messaging.js';
import type { SimConnection, WhatsAppSimulator } from './server.js';

/** Which devices have a phone's sender key for a group: `${group}|${phone}|${device}`. */
const distributed = new WeakMap<WhatsAppSimulator, Set<string>>();
/** The `skmsg` of each group message a companion sent, by message id: what anyone listening on the wire would hold. */
const relayedCiphertexts = new WeakMap<WhatsAppSimulator, Map<string, { group: string; senderJid: string; ciphertext: Uint8Array }>>();

/** A relayed group message as it went over the wire, to check who can decrypt it (e.g. a participant removed before it). */
export function relayedCiphertextOf(sim: WhatsAppSimulator, id: string): { group: string; senderJid: string; ciphertext: Uint8Array } | undefined {
  return relayedCiphertexts.get(sim)?.get(id);
}

/** The server's side of a companion's `<message to="…@g.us">`. */
export async function relayGroupMessage(sim: WhatsAppSimulator, conn: SimConnection, stanza: BinaryNode): Promise<void> {
  const sender = conn.device!;
  const id = stanza.attrs.id ?? '';
  const to = stanza.attrs.to ?? '';
  const group = sim.groups.groups.get(to);
  const role = group?.participants.get(sender.phone);
  if (!group || !role || (group.announce && role === 'member')) {
    // Not a participant (or not allowed to write): refused in the ack, as WhatsApp refuses it.
    conn.send({ tag: 'ack', attrs: { class: 'message', id, from: to, t: now(), error: role ? '403' : '404' } });
    sim.record({ type: 'group-message-refused', id, group: to, from: sender.phone });
    return;
  }
  conn.send({ tag: 'ack', attrs: { class: 'message', id, from: to, t: now() } });
  const started = Date.now();
  let senderKeys = 0;
  for (const copy of getBinaryNodeChildren(getBinaryNodeChild(stanza, 'participants'), 'to')) {
    const jid = copy.attrs.jid ?? '';
    const enc = getBinaryNodeChild(copy, 'enc');
    const account = sim.accountOfJid(jid);
    if (!account || !enc || (jidDecode(jid)?.device ?? 0) !== 0) continue;
    const type = enc.attrs.type;
    if (type !== 'pkmsg' && type !== 'msg') throw new Error(`simulator: unsupported enc type ${type}`);
    const message = await account.signal.decrypt(sender.jid, type, enc.content as Uint8Array);
    const key = message.senderKeyDistributionMessage;
    if (!key?.axolotlSenderKeyDistributionMessage) continue;
    await account.signal.processSenderKey(sender.jid, key);
    senderKeys += 1;
  }
  const skmsg = getBinaryNodeChildren(stanza, 'enc').find((enc) => enc.attrs.type === 'skmsg');
  if (!skmsg) throw new Error('simulator: a group message without its skmsg');
  let wire = relayedCiphertexts.get(sim);
  if (!wire) relayedCiphertexts.set(sim, (wire = new Map()));
  wire.set(id, { group: group.id, senderJid: sender.jid, ciphertext: skmsg.content as Uint8Array });
  let decrypted = 0;
  for (const phone of group.participants.keys()) {
    if (phone === sender.phone) continue;
    const account = sim.account(phone);
    const message = await account.signal.decryptGroup(group.id, sender.jid, skmsg.content as Uint8Array);
    const received: PeerMessage = { id, from: sender.phone, fromDevice: sender.jid, message, text: textOf(message), receivedAt: new Date(), group: group.id };
    account.inbox.push(received);
    decrypted += 1;
    answerGroupMessage(sim, phone, group.id, received);
  }
  sim.record({ type: 'group-message-relayed', id, group: group.id, from: sender.phone, senderKeys, decrypted, ms: Date.now() - started });
  acknowledgeOwnGroupMessage(sim, conn, group.id, id, sender.phone);
}

/**
 * The sender's own phone, a device of the group too, acknowledges the message to the device that sent it with a
 * `sender` receipt naming itself as participant (no recipient's receipt: Baileys reports it with a read time).
 */
function acknowledgeOwnGroupMessage(sim: WhatsAppSimulator, conn: SimConnection, groupId: string, id: string, phone: string): void {
  setTimeout(() => {
    if (conn.closed) return;
    conn.send({ tag: 'receipt', attrs: { from: groupId, participant: `${phone}@s.whatsapp.net`, id, type: 'sender', t: now() } });
    sim.record({ type: 'group-sender-receipt-sent', id, group: groupId, phone });
  }, GROUP_RECEIPT_GAP_MS);
}

/** The delay before a participant's delivery receipt, and between it and its read receipt. */
const GROUP_RECEIPT_GAP_MS = 150;

/**
 * A participant's phone reports a group message it decrypted to the device that sent it, as WhatsApp does for
 * groups: a receipt naming the group (`from`) and the participant. Delivered a moment later; read too when the
 * phone's receipts are `read` (with `delivered`, only `readGroupMessage` reads it; with `none`, nothing).
 */
function answerGroupMessage(sim: WhatsAppSimulator, phone: string, groupId: string, received: PeerMessage): void {
  const account = sim.account(phone);
  if (account.receipts === 'none') return;
  setTimeout(() => {
    sendGroupReceipt(sim, phone, groupId, received, 'delivered');
    if (account.receipts === 'read') setTimeout(() => sendGroupReceipt(sim, phone, groupId, received, 'read'), GROUP_RECEIPT_GAP_MS);
  }, GROUP_RECEIPT_GAP_MS);
}

/** The receipt of `phone` for a group message it received, to the sending device's connection (if still there). */
export function sendGroupReceipt(sim: WhatsAppSimulator, phone: string, groupId: string, received: PeerMessage, status: 'delivered' | 'read'): void {
  const conn = sim.connectionOf(received.fromDevice);
  if (!conn || conn.closed) return;
  const participant = `${phone}@s.whatsapp.net`;
  conn.send({ tag: 'receipt', attrs: { from: groupId, participant, id: received.id, ...(status === 'read' ? { type: 'read' } : {}), t: now() } });
  sim.record({ type: 'group-receipt-sent', id: received.id, group: groupId, phone, status });
}

/** The phone of `phone` opens a group message it received: its read receipt goes to the sender's device. */
export function readGroupMessage(sim: WhatsAppSimulator, phone: string, groupId: string, id: string): void {
  const received = sim.account(phone).inbox.find((message) => message.id === id && message.group === groupId);
  if (!received) throw new Error(`simulator: ${phone} has no message ${id} in ${groupId}`);
  sendGroupReceipt(sim, phone, groupId, received, 'read');
}

/**
 * The phone of `from` sends `message` to a group: to every connected linked device of the other participants,
 * with its sender key the first time each device gets a message from it in this group. `withLid: false` leaves
 * out the sender's LID (the device then learns it from the group's metadata). Returns the message id.
 */
export async function sendGroupMessage(
  sim: WhatsAppSimulator,
  from: string,
  groupId: string,
  message: proto.IMessage,
  options: { withLid?: boolean } = {},
): Promise<string> {
  const group = sim.groups.groups.get(groupId);
  if (!group?.participants.has(from)) throw new Error(`simulator: ${from} is not in ${groupId}`);
  const sender = sim.account(from);
  const meId = `${from}@s.whatsapp.net`;
  const { ciphertext, senderKeyDistributionMessage } = await sender.signal.encryptGroup(groupId, meId, message);
  const id = generateMessageIDV2(meId);
  let sent = distributed.get(sim);
  if (!sent) distributed.set(sim, (sent = new Set()));
  for (const device of sim.devices.values()) {
    if (device.phone === from || !group.participants.has(device.phone)) continue;
    const conn = sim.connectionOf(device.jid);
    if (!conn) continue;
    const content: BinaryNode[] = [];
    const marker = `${groupId}|${from}|${device.jid}`;
    if (!sent.has(marker)) {
      if (!(await sender.signal.hasSession(device.jid))) {
        if (!device.keys) throw new Error(`simulator: ${device.jid} has not uploaded pre-keys yet`);
        await sender.signal.startSession(device.jid, device.keys);
      }
      const { type, ciphertext: keyMessage } = await sender.signal.encrypt(device.jid, {
        senderKeyDistributionMessage: { groupId, axolotlSenderKeyDistributionMessage: senderKeyDistributionMessage },
      });
      content.push({ tag: 'enc', attrs: { v: '2', type }, content: keyMessage });
      sent.add(marker);
    }
    content.push({ tag: 'enc', attrs: { v: '2', type: 'skmsg' }, content: ciphertext });
    conn.send({
      tag: 'message',
      attrs: {
        from: groupId,
        participant: meId,
        ...(options.withLid === false ? {} : { participant_lid: `${sender.lid}@lid` }),
        addressing_mode: 'pn',
        id,
        t: now(),
        type: 'text',
        notify: sender.name,
      },
      content,
    });
  }
  sim.record({ type: 'group-message-sent', from, group: groupId, id, text: textOf(message) });
  return id;
}
