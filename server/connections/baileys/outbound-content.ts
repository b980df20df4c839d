import { hkdfSync } from 'node:crypto';
import type { AnyMessageContent, MiscMessageGenerationOptions, WAMessage } from '@whiskeysockets/baileys';
import { digitsOf } from '../../platform/phone.js';
import type { MessageRef, OutboundMessage } from '../transport.js';

/** "+14155550100" → "14155550100@s.whatsapp.net": the phone-number form of a WhatsApp user id. */
export const jidOfPhoneNumber = (e164: string): string => `${digitsOf(e164)}@s.whatsapp.net`;

/**
 * A poll's messageSecret is the key its recipients encrypt their votes with. Baileys draws a random one per
 * build, so a poll rebuilt for a retry receipt would carry a secret its sender never kept. Derived from the
 * connection's identity key and the WhatsApp id instead, every build of the same poll carries the same secret.
 */
export function pollSecret(identityKey: Uint8Array, waMessageId: string): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', identityKey, waMessageId, 'parley poll message secret', 32));
}

/** A message's key in the chat `jid`; in a group, a message of someone else names its sender. */
const keyOf = (ref: MessageRef, jid: string) => ({
  remoteJid: jid,
  fromMe: ref.fromMe,
  id: ref.waMessageId,
  ...(ref.participant ? { participant: jidOfPhoneNumber(ref.participant) } : {}),
});

/** What a quote needs: the quoted message's key in this chat, and its text for the preview. */
export function quotedMessage(ref: MessageRef, jid: string): WAMessage {
  return { key: keyOf(ref, jid), message: { conversation: ref.text ?? '' } };
}

/**
 * WhatsApp's apps play a voice note declared `audio/ogg; codecs=opus`; declared as bare `audio/ogg` it shows
 * as unplayable, or not at all, on some phones. Uploads arrive bare (the multipart parser keeps no type
 * parameters, and curl and browsers name none for a .ogg file), and a voice note in OGG is Opus, so the
 * parameter is added. Other audio goes as it came.
 */
function audioMimeType(mimeType: string, voiceNote: boolean): string {
  return voiceNote && mimeType.trim().toLowerCase() === 'audio/ogg' ? 'audio/ogg; codecs=opus' : mimeType;
}

export interface BaileysSend {
  content: AnyMessageContent;
  options: MiscMessageGenerationOptions;
}

/**
 * The Baileys content and options for `message`, sent to `jid` (the id WhatsApp answered for the number, which
 * may differ from its digits). The same function builds a message for its first send and for a rebuild after a
 * retry receipt, so both carry the same content under the same id.
 */
export function toBaileysSend(message: OutboundMessage, jid: string, identityKey: Uint8Array): BaileysSend {
  const mentions = message.mentions.map(jidOfPhoneNumber);
  const withMentions = mentions.length > 0 ? { mentions } : {};
  const { content } = message;
  let built: AnyMessageContent;
  switch (content.type) {
    case 'text':
      // No link preview: building one fetches the URL from the worker, which must not reach arbitrary hosts.
      built = { text: content.body, linkPreview: null, ...withMentions };
      break;
    case 'image':
    case 'video': {
      const media = { mimetype: content.media.mimeType, ...(content.caption !== null ? { caption: content.caption } : {}), ...withMentions };
      built = content.type === 'image' ? { image: content.media.data, ...media } : { video: content.media.data, ...media };
      break;
    }
    case 'audio':
      built = { audio: content.media.data, mimetype: audioMimeType(content.media.mimeType, content.voiceNote), ptt: content.voiceNote };
      break;
    case 'document':
      built = {
        document: content.media.data,
        mimetype: content.media.mimeType,
        // WhatsApp shows a document under its file name; Baileys itself falls back to "file".
        fileName: content.media.fileName ?? 'file',
        ...(content.caption !== null ? { caption: content.caption } : {}),
        // Baileys' document type takes no `mentions`; the context info is where they travel all the same.
        ...(mentions.length > 0 ? { contextInfo: { mentionedJid: mentions } } : {}),
      };
      break;
    case 'sticker':
      built = { sticker: content.media.data, mimetype: content.media.mimeType };
      break;
    case 'location':
      built = {
        location: {
          degreesLatitude: content.latitude,
          degreesLongitude: content.longitude,
          ...(content.name !== null ? { name: content.name } : {}),
          ...(content.address !== null ? { address: content.address } : {}),
        },
      };
      break;
    case 'contact':
      built = {
        contacts: {
          displayName: content.contacts.map((card) => card.name).join(', '),
          contacts: content.contacts.map((card) => ({ displayName: card.name, vcard: card.vcard })),
        },
      };
      break;
    case 'reaction':
      // An empty emoji takes the reaction back, as on the phone.
      built = { react: { text: content.emoji, key: keyOf(content.target, jid) } };
      break;
    case 'poll':
      built = {
        poll: {
          name: content.question,
          values: content.options,
          selectableCount: content.selectableCount,
          messageSecret: pollSecret(identityKey, message.waMessageId),
        },
        ...withMentions,
      };
      break;
  }
  return {
    content: built,
    options: {
      // Every attempt goes out under the id chosen when the message was accepted: the phone keeps one copy.
      messageId: message.waMessageId,
      ...(message.replyTo && content.type !== 'reaction' ? { quoted: quotedMessage(message.replyTo, jid) } : {}),
    },
  };
}
