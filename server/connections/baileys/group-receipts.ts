import { areJidsSameUser, isJidGroup, type BaileysEventMap } from '@whiskeysockets/baileys';
import type { Logger } from '../../platform/logger.js';
import type { GroupReceipt } from '../transport.js';
import { personOf, type BaileysGroups } from './groups.js';

type ReceiptUpdate = BaileysEventMap['message-receipt.update'][number];
/** This number, as its devices appear in receipts (by phone number JID and by LID). */
type Me = { id?: string | null; lid?: string | null } | undefined;

/**
 * One participant's receipt of one of this device's group messages, as WhatsApp gives it (Baileys'
 * `message-receipt.update`: a `receiptTimestamp` for delivered, a `readTimestamp` for read or played), or
 * undefined for anything else (other people's messages, broadcasts, receipts without a participant, and receipts
 * from this number's own devices: its phone acknowledges each group message a linked device sent, which is
 * reported with a `readTimestamp` too, but it is not one of the message's recipients).
 */
export function groupReceiptOf({ key, receipt }: ReceiptUpdate, me?: Me): Omit<GroupReceipt, 'participant' | 'recipients'> & { userJid: string; groupId: string } | undefined {
  const userJid = receipt.userJid;
  if (!key.fromMe || !key.id || !key.remoteJid || !isJidGroup(key.remoteJid) || !userJid) return undefined;
  if ([me?.id, me?.lid].some((jid) => jid && areJidsSameUser(jid, userJid))) return undefined;
  const read = receipt.readTimestamp ?? receipt.playedTimestamp;
  const seconds = read ?? receipt.receiptTimestamp;
  if (seconds === null || seconds === undefined) return undefined;
  const at = Number(seconds) > 0 ? new Date(Number(seconds) * 1000) : new Date();
  return { waMessageId: key.id, groupId: key.remoteJid, userJid, status: read ? 'read' : 'delivered', at };
}

/**
 * Reports group receipts, each with its participant's phone number and LID (from the group's cached metadata,
 * which also says how many participants the message went to). A receipt that cannot be read is logged and
 * skipped; the rest still go.
 */
export function reportGroupReceipts(
  socket: { ev: { on(event: 'message-receipt.update', listener: (updates: ReceiptUpdate[]) => void): void }; user?: Me },
  deps: { groups: BaileysGroups; report(receipt: GroupReceipt): void; log: Logger }): void {
  socket.ev.on('message-receipt.update', (updates) => {
    for (const update of updates) {
      const receipt = groupReceiptOf(update, socket.user);
      if (!receipt) continue;
      const { groupId, userJid, ...rest } = receipt;
      void Promise.all([deps.groups.member(groupId, userJid).catch(() => undefined), deps.groups.cached(groupId)])
        .then(([member, metadata]) => {
          const participant = member ?? personOf({ id: userJid });
          deps.report({ ...rest, participant, recipients: metadata ? Math.max(0, metadata.participants.length - 1) : null });
        })
        .catch((error: unknown) => deps.log.warn({ err: error, wa_message_id: receipt.waMessageId }, 'could not read a group receipt'));
    }
  });
}
