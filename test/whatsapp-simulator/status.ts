// Statuses (stories) posted by simulated phones: WhatsApp delivers a status to each linked device of the people
// the poster shares it with, from the status broadcast with the poster as participant.
import { generateMessageIDV2, getBinaryNodeChild, getBinaryNodeChildren, jidDecode, type BinaryNode, type proto } from '@whiskeysockets/baileys';
import { now, textOf } from './messaging.js';
import type { SimConnection, WhatsAppSimulator } from './server.js';

export const STATUS_BROADCAST = 'status@broadcast';

/**
 * A status a linked device posts: like a group message, its content is one `skmsg` under the poster's sender key,
 * and the key itself goes to each viewer's devices in a 1:1 `pkmsg`/`msg` (its `participants`). Each viewer's phone
 * takes the key and decrypts the status; the event `status-received` records what it read.
 */
export async function relayStatus(sim: WhatsAppSimulator, conn: SimConnection, stanza: BinaryNode): Promise<void> {
  const sender = conn.device!;
  const id = stanza.attrs.id ?? '';
  conn.send({ tag: 'ack', attrs: { class: 'message', id, from: STATUS_BROADCAST, t: now() } });
  const skmsg = getBinaryNodeChildren(stanza, 'enc').find((enc) => enc.attrs.type === 'skmsg');
  if (!skmsg) throw new Error('simulator: a status without its skmsg');
  for (const node of getBinaryNodeChildren(getBinaryNodeChild(stanza, 'participants'), 'to')) {
    const jid = node.attrs.jid ?? '';
    const enc = getBinaryNodeChild(node, 'enc');
    const account = sim.accountOfJid(jid);
    if (!account || !enc || (jidDecode(jid)?.device ?? 0) !== 0 || account.phone === sender.phone) continue;
    const encType = enc.attrs.type;
    if (encType !== 'pkmsg' && encType !== 'msg') throw new Error(`simulator: unsupported enc type ${encType}`);
    const distribution = (await account.signal.decrypt(sender.jid, encType, enc.content as Uint8Array)).senderKeyDistributionMessage;
    if (!distribution) throw new Error('simulator: a status participant got no sender key');
    // The poster signs with its LID identity when it has one (Baileys' default addressing), else its number.
    let message: proto.IMessage | undefined;
    for (const author of [sender.lid, sender.jid]) {
      try {
        await account.signal.processSenderKey(author, distribution);
        message = await account.signal.decryptGroup(STATUS_BROADCAST, author, skmsg.content as Uint8Array);
        break;
      } catch {
        // Not under this address: try the other.
      }
    }
    if (!message) throw new Error(`simulator: ${account.phone} could not decrypt status ${id}`);
    sim.record({ type: 'status-received', phone: account.phone, from: sender.phone, id, text: textOf(message), message });
  }
}

/**
 * The phone `from` posts a status that the linked devices of `viewers` receive. Each copy is encrypted for the
 * device on the poster's 1:1 session (WhatsApp's phones use a sender key for the status broadcast; Baileys reads
 * both the same way, by participant). Returns the status's id.
 */
export async function postStatusFromPhone(sim: WhatsAppSimulator, from: string, viewers: string[], message: proto.IMessage): Promise<string> {
  const poster = sim.account(from);
  const id = generateMessageIDV2(`${from}@s.whatsapp.net`);
  for (const device of [...sim.devices.values()].filter((d) => viewers.includes(d.phone))) {
    if (!(await poster.signal.hasSession(device.jid))) {
      if (!device.keys) throw new Error(`simulator: ${device.jid} has not uploaded pre-keys yet`);
      await poster.signal.startSession(device.jid, device.keys);
    }
    const { type, ciphertext } = await poster.signal.encrypt(device.jid, message);
    const stanza: BinaryNode = {
      tag: 'message',
      attrs: { from: 'status@broadcast', participant: `${from}@s.whatsapp.net`, id, t: now(), type: 'text', notify: poster.name },
      content: [{ tag: 'enc', attrs: { v: '2', type }, content: ciphertext }],
    };
    const conn = sim.connectionOf(device.jid);
    if (!conn) throw new Error(`simulator: ${device.jid} is not connected`);
    conn.send(stanza);
  }
  sim.record({ type: 'status-posted', from, id });
  return id;
}
