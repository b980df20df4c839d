import type { AnyMessageContent, WAMessageKey } from '@whiskeysockets/baileys';
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
    await socket.sendMessage(jid, content);
  } catch (error) {
    throw notTaken('text' in change ? 'edit' : 'deletion', error);
  }
}
