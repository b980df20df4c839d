import { isLidUser, isPnUser, WAMessageStatus, type WAMessage, type WAMessageKey, type WAMessageUpdate } from '@whiskeysockets/baileys';
import { REACH_OUT_REFUSED, type MessageStatusUpdate, type Reason } from '../transport.js';

/**
 * Codes a sent message can fail with after WhatsApp took it (documented for the API in MessageError):
 * - `whatsapp_rate_limited`: error 463 in the server's ack. The number may not start new chats for now
 *   (WhatsApp's reach-out timelock, or no privacy token for a person it never talked to); chats the person
 *   started still work. Sending again counts as another reach-out, so it is final.
 * - `whatsapp_rejected`: any other error in the ack (479, a stanza WhatsApp refused, and the like).
 */
export const RATE_LIMITED = REACH_OUT_REFUSED;
export const REJECTED = 'whatsapp_rejected';

const RATE_LIMITED_CODE = '463';

export function refusalOf(stubParameters: unknown): Reason {
  const code = Array.isArray(stubParameters) && stubParameters.length > 0 ? String(stubParameters[0]) : null;
  if (code === RATE_LIMITED_CODE) {
    return {
      code: RATE_LIMITED,
      message: 'WhatsApp refused a new chat from this number for now (error 463); slow down, and message people who wrote first.',
    };
  }
  return {
    code: REJECTED,
    message: `WhatsApp refused the message${code ? ` (error ${code})` : ''}; sending it again would meet the same answer.`,
  };
}

/** Only 1:1 chats: group and broadcast receipts name participants, which Parley does not send to. */
const isDirectChat = (key: WAMessageKey): boolean => !!(isPnUser(key.remoteJid ?? undefined) || isLidUser(key.remoteJid ?? undefined));

/**
 * What a status on one of this device's own messages means for Parley: delivered, read (a played voice note
 * was listened to, so read), or failed with a reason. Other statuses (pending, server ack) say nothing new.
 */
export function statusOf(key: WAMessageKey, status: number | null | undefined, stubParameters: unknown): MessageStatusUpdate | undefined {
  if (!key.fromMe || !key.id || !isDirectChat(key) || status === null || status === undefined) return undefined;
  const at = new Date();
  switch (status) {
    case WAMessageStatus.DELIVERY_ACK:
      return { waMessageId: key.id, status: 'delivered', at };
    case WAMessageStatus.READ:
    case WAMessageStatus.PLAYED:
      return { waMessageId: key.id, status: 'read', at };
    case WAMessageStatus.ERROR:
      return { waMessageId: key.id, status: 'failed', error: refusalOf(stubParameters), at };
    default:
      return undefined;
  }
}

/** A receipt reported through `messages.update`. */
export const statusOfUpdate = ({ key, update }: WAMessageUpdate): MessageStatusUpdate | undefined =>
  statusOf(key, update.status, update.messageStubParameters);

/**
 * A receipt folded into the sent message's own `messages.upsert`: Baileys buffers events, and a receipt that
 * arrives while its message's upsert is still buffered lands on that message instead of in an update.
 */
export const statusOfUpsert = (message: WAMessage): MessageStatusUpdate | undefined =>
  statusOf(message.key, message.status, message.messageStubParameters);

const RANK: Record<MessageStatusUpdate['status'], number> = { delivered: 1, read: 2, failed: 3 };
/** Enough to remember every message of a busy hour; older ones fall back to the forward-only check downstream. */
const REMEMBERED = 10_000;

/**
 * Remembers the furthest status reported per message, so that the same receipt seen on both paths (or twice)
 * is reported once. Statuses only move forward downstream anyway; this spares the database the repeats.
 */
export class ReportedStatuses {
  readonly #reported = new Map<string, number>();

  /** True when `update` is news: further than anything reported for its message so far. */
  isNew(update: MessageStatusUpdate): boolean {
    const rank = RANK[update.status];
    const before = this.#reported.get(update.waMessageId) ?? 0;
    if (rank <= before) return false;
    this.#reported.delete(update.waMessageId);
    this.#reported.set(update.waMessageId, rank);
    if (this.#reported.size > REMEMBERED) {
      const oldest = this.#reported.keys().next();
      if (!oldest.done) this.#reported.delete(oldest.value);
    }
    return true;
  }
}
