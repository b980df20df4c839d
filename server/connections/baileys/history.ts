import { isLidUser, isPnUser, proto, toNumber, type Chat, type WAMessage } from '@whiskeysockets/baileys';
import type { Logger } from '../../platform/logger.js';
import type { HistoryBatch, HistoryMessage } from '../status-history.js';
import { inboundContentOf, senderOf, unwrap, type InboundDeps } from './inbound-content.js';
import type { BaileysSocket } from './socket.js';

const isPersonChat = (jid: string | null | undefined): jid is string => !!jid && !!(isPnUser(jid) || isLidUser(jid));

/** A synced file is not fetched with its batch: the worker downloads it afterwards, from the message's `wire` form. */
const notWithTheBatch = () => Promise.reject(new Error('the file of a synced message is downloaded after its batch'));

/** One synced message of a 1:1 chat, or undefined for what is no message a person reads. */
async function historyMessageOf(message: WAMessage, deps: Pick<InboundDeps, 'phoneJidOfLid'>): Promise<HistoryMessage | undefined> {
  const { key } = message;
  if (!key.id || !isPersonChat(key.remoteJid)) return undefined;
  const m = unwrap(message.message);
  if (!m || m.protocolMessage || m.reactionMessage) return undefined;
  const content = inboundContentOf(m, notWithTheBatch);
  if (!content) return undefined;
  const seconds = message.messageTimestamp == null ? 0 : toNumber(message.messageTimestamp);
  if (seconds <= 0) return undefined;
  const fromMe = key.fromMe === true;
  return {
    waMessageId: key.id,
    fromMe,
    // The push name of a message this number sent is its own: the chat's name comes from the chat.
    peer: await senderOf(key, fromMe ? null : message.pushName, deps),
    at: new Date(seconds * 1000),
    content,
    ...('download' in content ? { wire: proto.WebMessageInfo.encode(message).finish() } : {}),
  };
}

/** A synced message's file, from its `wire` form: what it is, and its download (see downloadMedia). */
export function historyMediaOf(wire: Uint8Array, download: (message: WAMessage, signal: AbortSignal) => ReturnType<InboundDeps['download']>) {
  const message = proto.WebMessageInfo.decode(wire) as WAMessage;
  const m = unwrap(message.message);
  const content = m ? inboundContentOf(m, (signal) => download(message, signal)) : undefined;
  return content && 'download' in content ? content : undefined;
}

/** A batch of WhatsApp's history sync in Parley's terms: the 1:1 chats, and their messages that Parley can show. */
export async function historyBatchOf(
  input: { chats: Chat[]; messages: WAMessage[] },
  deps: Pick<InboundDeps, 'phoneJidOfLid'>,
  log: Logger,
): Promise<HistoryBatch> {
  const chats = [];
  for (const chat of input.chats) {
    if (!isPersonChat(chat.id)) continue;
    chats.push(await senderOf({ remoteJid: chat.id }, chat.name, deps));
  }
  const messages: HistoryMessage[] = [];
  for (const message of input.messages) {
    try {
      const found = await historyMessageOf(message, deps);
      if (found) messages.push(found);
    } catch (error) {
      log.warn({ err: error, wa_message_id: message.key?.id }, 'could not read a synced message; skipped');
    }
  }
  return { chats, messages };
}

/** Reports each batch of history WhatsApp syncs to this device, in the order they arrive. */
export function reportHistory(socket: BaileysSocket, report: (batch: HistoryBatch) => void, log: Logger): void {
  const deps = { phoneJidOfLid: (lid: string) => socket.signalRepository.lidMapping.getPNForLID(lid) };
  let reading = Promise.resolve();
  socket.ev.on('messaging-history.set', ({ chats, messages }) => {
    reading = reading.then(async () => {
      const batch = await historyBatchOf({ chats, messages }, deps, log);
      if (batch.chats.length > 0 || batch.messages.length > 0) report(batch);
    }).catch((error: unknown) => log.warn({ err: error }, 'could not read a history sync batch; skipped'));
  });
}
