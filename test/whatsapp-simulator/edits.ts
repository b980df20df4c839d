// Edits and deletions for everyone of 1:1 messages, as phones handle them: a companion's protocolMessage
// MESSAGE_EDIT (the new text in `editedMessage`) or REVOKE names an earlier message by its key; the recipient's
// phone applies it to that message in its inbox (a revoke removes it) when the key's sender is the one who sent
// it. A phone also edits or revokes its own message towards a linked device.
import { proto } from '@whiskeysockets/baileys';
import { textOf, type PeerMessage } from './messaging.js';
import type { SimAccount, WhatsAppSimulator } from './server.js';

const { MESSAGE_EDIT, REVOKE } = proto.Message.ProtocolMessage.Type;

/** The `edit` attribute WhatsApp requires on the stanza of each (as Baileys sets it in lib/Socket/messages-send.js). */
const EDIT_ATTRIBUTE = new Map<number, string>([
  [MESSAGE_EDIT, '1'],
  [REVOKE, '7'],
]);

/**
 * When `message` (decrypted by `account`'s phone, from `from`) edits or revokes a message, applies it and returns
 * true; false for any other message. The change is recorded (`peer-edited {phone, id, text}`, `peer-revoked
 * {phone, id}`, or `peer-change-ignored {phone, id, reason}` for a key that names no message of that sender);
 * a stanza without the `edit` attribute WhatsApp requires is a simulator error.
 */
export function applyChange(sim: WhatsAppSimulator, account: SimAccount, from: string, message: proto.IMessage, editAttribute: string | undefined): boolean {
  const protocol = message.protocolMessage;
  const expected = protocol?.type === undefined || protocol.type === null ? undefined : EDIT_ATTRIBUTE.get(protocol.type);
  if (!protocol || expected === undefined) return false;
  const id = protocol.key?.id ?? '';
  if (editAttribute !== expected) {
    sim.errors.push(new Error(`simulator: a ${protocol.type === REVOKE ? 'revoke' : 'edit'} of ${id} came with edit="${editAttribute}", not "${expected}"`));
  }
  const index = account.inbox.findIndex((entry) => entry.id === id);
  const target = account.inbox[index];
  if (!target || target.from !== from || protocol.key?.fromMe !== true) {
    sim.record({ type: 'peer-change-ignored', phone: account.phone, id, reason: target ? 'not its sender' : 'unknown message' });
    return true;
  }
  if (protocol.type === REVOKE) {
    account.inbox.splice(index, 1);
    sim.record({ type: 'peer-revoked', phone: account.phone, id, from });
    return true;
  }
  const captioned = protocol.editedMessage ? captionEditOf(protocol.editedMessage) : undefined;
  if (captioned) {
    // A caption edit names the media message's kind and carries only the new caption: the file stays.
    const media = target.message[captioned.field];
    if (!media) {
      sim.record({ type: 'peer-change-ignored', phone: account.phone, id, reason: `caption edit of a message without ${captioned.field}` });
      return true;
    }
    account.inbox[index] = { ...target, message: { ...target.message, [captioned.field]: { ...media, caption: captioned.caption } }, editedAt: new Date() };
    sim.record({ type: 'peer-edited', phone: account.phone, id, from, caption: captioned.caption });
    return true;
  }
  const text = protocol.editedMessage ? textOf(protocol.editedMessage) : undefined;
  if (text === undefined) {
    sim.record({ type: 'peer-change-ignored', phone: account.phone, id, reason: 'edit without text' });
    return true;
  }
  const edited: PeerMessage = { ...target, text, message: protocol.editedMessage!, editedAt: new Date() };
  account.inbox[index] = edited;
  sim.record({ type: 'peer-edited', phone: account.phone, id, from, text });
  return true;
}

const CAPTIONED = ['imageMessage', 'videoMessage', 'documentMessage'] as const;

/** A caption edit's media field and new caption (`editedMessage: { imageMessage: { caption } }`), if it is one. */
function captionEditOf(edited: proto.IMessage): { field: (typeof CAPTIONED)[number]; caption: string } | undefined {
  for (const field of CAPTIONED) {
    const caption = edited[field]?.caption;
    if (typeof caption === 'string') return { field, caption };
  }
  return undefined;
}

/** The phone of `from` edits the caption of its image (video, document) message `id` to `to`. */
export function editCaptionFromPhone(sim: WhatsAppSimulator, from: string, to: string, id: string, kind: 'image' | 'video' | 'document', caption: string): Promise<string> {
  return sim.sendMessage(from, to, {
    protocolMessage: { key: { remoteJid: `${to}@s.whatsapp.net`, fromMe: true, id }, type: MESSAGE_EDIT, editedMessage: { [`${kind}Message`]: { caption } }, timestampMs: Date.now() },
  });
}

/** The phone of `from` edits the text of its message `id` to `to` (on every linked device of `to`). */
export function editFromPhone(sim: WhatsAppSimulator, from: string, to: string, id: string, text: string): Promise<string> {
  return sim.sendMessage(from, to, {
    protocolMessage: { key: { remoteJid: `${to}@s.whatsapp.net`, fromMe: true, id }, type: MESSAGE_EDIT, editedMessage: { conversation: text }, timestampMs: Date.now() },
  });
}

/** The phone of `from` deletes its message `id` to `to` for everyone. */
export function revokeFromPhone(sim: WhatsAppSimulator, from: string, to: string, id: string): Promise<string> {
  return sim.sendMessage(from, to, { protocolMessage: { key: { remoteJid: `${to}@s.whatsapp.net`, fromMe: true, id }, type: REVOKE } });
}
