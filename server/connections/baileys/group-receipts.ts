import { isJidGroup, type BaileysEventMap } from '@whiskeysockets/baileys';
import type { Logger } from '../../platform/logger.js';
import type { GroupReceipt } from '../transport.js';
import { personOf, type BaileysGroups } from './groups.js';

type ReceiptUpdate = BaileysEventMap['message-receipt.update'][number];

/**
 * One participant's receipt of one of this device's group messages, as WhatsApp gives it (Baileys'
 * `message-receipt.update`: a `receiptTimestamp` for delivered, a `readTimestamp` for read or played), or
 * undefined for anything else (other people's messages, broadcasts, receipts without a participant).
 */
export function groupReceiptOf({ key, receipt }: ReceiptUpdate): Omit<GroupReceipt, 'participant' | 'recipients'> & { userJid: string; groupId: string } | undefined {
  if (!key.fromMe || !key.id || !key.remoteJid || !isJidGroup(key.remoteJid) || !receipt.userJid) return undefined;
  const read = receipt.readTimestamp ?? receipt.playedTimestamp;
  const seconds = read ?? receipt.receiptTimestamp;
  if (seconds === null || seconds === undefined) return undefined;
  const at = Number(seconds) > 0 ? new Date(Number(seconds) * 1000) : new Date();
  return { waMessageId: key.id, groupId: key.remoteJid, userJid: receipt.userJid, status: read ? 'read' : 'delivered', at };
}

/**
 * Reports group receipts, each with its participant's phone number and LID (from the group's cached metadata,
 * which also says how many participants the message went to). A receipt that cannot be read is logged and
 * skipped; the rest still go.
 */
export function reportGroupReceipts(socket: { ev: { on(event: 'message-receipt.update', listener: (updates: ReceiptUpdate[]) => void): void } }, deps: { groups: BaileysGroups; report(receipt: GroupReceipt): void; log: Logger }): void {
  socket.ev.on('message-receipt.update', (updates) => {
    for (const update of updates) {
      const receipt = groupReceiptOf(update);
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
