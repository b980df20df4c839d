// Statuses (stories) posted by simulated phones: WhatsApp delivers a status to each linked device of the people
// the poster shares it with, from the status broadcast with the poster as participant.
import { generateMessageIDV2, type BinaryNode, type proto } from '@whiskeysockets/baileys';
import { now } from './messaging.js';
import type { WhatsAppSimulator } from './server.js';

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
