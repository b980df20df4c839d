import { isJidStatusBroadcast, jidNormalizedUser, type AnyMessageContent, type MessageUpsertType, type WAMessage } from '@whiskeysockets/baileys';
import { STATUS_FONTS, colorOfArgb, fontName, type ReceivedStatus, type StatusPost } from '../status-history.js';
import { inboundContentOf, senderOf, unwrap, type InboundDeps } from './inbound-content.js';
import { jidOfPhoneNumber } from './outbound-content.js';
import type { BaileysSocket } from './socket.js';

/** Where WhatsApp posts statuses: one broadcast "chat", with the audience named on each post. */
export const STATUS_JID = 'status@broadcast';

/**
 * Posts a status under its chosen WhatsApp id to exactly its recipients (WhatsApp shows a status to no one
 * else; the list travels as `statusJidList`, to whose devices the post is encrypted).
 */
export async function postStatus(socket: BaileysSocket, post: StatusPost): Promise<void> {
  const { content } = post;
  let built: AnyMessageContent;
  const options: { backgroundColor?: string; font?: number } = {};
  if (content.type === 'text') {
    built = { text: content.body };
    if (content.backgroundColor) options.backgroundColor = content.backgroundColor;
    if (content.font) options.font = STATUS_FONTS[content.font];
  } else {
    const media = { mimetype: content.media.mimeType, ...(content.caption !== null ? { caption: content.caption } : {}) };
    built = content.type === 'image' ? { image: content.media.data, ...media } : { video: content.media.data, ...media };
  }
  await socket.sendMessage(STATUS_JID, built, {
    messageId: post.waMessageId,
    statusJidList: post.recipients.map(jidOfPhoneNumber),
    ...options,
  });
}

/**
 * A contact's status, from a message upserted in the status broadcast; undefined for this number's own posts,
 * for protocol messages (a status taken back) and for anything without content.
 */
export async function statusEventOf(message: WAMessage, type: MessageUpsertType, deps: InboundDeps): Promise<ReceivedStatus | undefined> {
  const { key } = message;
  if (!isJidStatusBroadcast(key.remoteJid ?? '') || key.fromMe || !key.id || !key.participant) return undefined;
  if (type !== 'notify' && type !== 'append') return undefined;
  const m = unwrap(message.message);
  if (!m || m.protocolMessage || m.reactionMessage) return undefined;
  const content = inboundContentOf(m, (signal) => deps.download(message, signal));
  if (!content) return undefined;
  // The author is the participant; WhatsApp names the other form of their address in participantAlt.
  const author = { remoteJid: jidNormalizedUser(key.participant), ...(key.participantAlt ? { remoteJidAlt: key.participantAlt } : {}) };
  const text = m.extendedTextMessage;
  const seconds = Number(message.messageTimestamp ?? 0);
  return {
    waMessageId: key.id,
    from: await senderOf(author, message.pushName, deps),
    at: seconds > 0 ? new Date(seconds * 1000) : new Date(),
    content,
    backgroundColor: colorOfArgb(text?.backgroundArgb),
    font: fontName(text?.font),
  };
}
