import { proto, type AnyMessageContent, type WAMessageKey } from '@whiskeysockets/baileys';
import { ApiError } from '../../platform/http/errors.js';
import { isGroupId } from '../groups.js';
import type { SentMessageRef } from '../transport.js';
import { jidOfPhoneNumber } from './outbound-content.js';
import type { BaileysSocket } from './socket.js';

/** WhatsApp did not take an edit or a deletion: nothing changed, and the caller may retry. */
const notTaken = (what: string, error: unknown) =>
  new ApiError(
    503,
    'api_error',
    'whatsapp_send_failed',
    `WhatsApp did not take the ${what} (${error instanceof Error ? error.message : String(error)}); nothing was changed. Retry in a moment.`,
    { headers: { 'Retry-After': '5' } },
  );

/**
 * A caption edit: the protocolMessage MESSAGE_EDIT whose `editedMessage` is the same kind of media message with
 * only its new caption (as WhatsApp Web sends a caption edit: the edit names the message's type and the caption).
 */
export function captionEdit(key: WAMessageKey, type: 'image' | 'video' | 'document', caption: string): proto.IMessage {
  const edited: proto.IMessage = { [`${type}Message`]: { caption } };
  return { protocolMessage: { key, type: proto.Message.ProtocolMessage.Type.MESSAGE_EDIT, editedMessage: edited, timestampMs: Date.now() } };
}

/**
 * Sends an edit (`{ text, edit: key }`: a protocolMessage MESSAGE_EDIT carrying the new text) or a deletion for
 * everyone (`{ delete: key }`: a protocolMessage REVOKE) of a message this connection sent. The key names the
 * original message as its sender sees it: the chat, fromMe, and its WhatsApp id. `jid` is the chat the message
 * went to (the number check's answer when the session has one).
 */
export async function sendChange(
  openSocket: () => BaileysSocket,
  jidOf: (phoneNumber: string) => string | undefined,
  target: SentMessageRef,
  change: { text: string } | { revoke: true },
): Promise<void> {
  const socket = openSocket();
  const jid = isGroupId(target.to) ? target.to : (jidOf(target.to) ?? jidOfPhoneNumber(target.to));
  const key: WAMessageKey = { remoteJid: jid, fromMe: true, id: target.waMessageId };
  const content: AnyMessageContent = 'text' in change ? { text: change.text, edit: key } : { delete: key };
  try {
    if ('text' in change && target.type && target.type !== 'text') {
      await socket.relayMessage(jid, captionEdit(key, target.type, change.text), { additionalAttributes: { edit: '1' } });
      return;
    }
    await socket.sendMessage(jid, content);
  } catch (error) {
    throw notTaken('text' in change ? 'edit' : 'deletion', error);
  }
}
