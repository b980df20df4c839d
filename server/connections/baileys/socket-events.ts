import { jidNormalizedUser } from '@whiskeysockets/baileys';
import type { Logger } from '../../platform/logger.js';
import type { TransportListener } from '../transport.js';
import { reportCalls } from './calls.js';
import type { BaileysGroups } from './groups.js';
import { reportBlocklist } from './blocklist-events.js';
import { reportGroupReceipts } from './group-receipts.js';
import { reportHistory } from './history.js';
import { reportMessageEvents } from './message-events.js';
import { reportPresence } from './presence.js';
import type { ReportedStatuses } from './receipts.js';
import { phoneNumberOfJid, type BaileysSocket } from './socket.js';

/** The session's way to its listener: a listener that throws must not break Baileys' event loop. */
export type Notify = (event: string, call: (listener: TransportListener) => void) => void;

/**
 * What a socket reports about the number besides the state of its link, each to the session's listener: LID
 * mappings, group changes, messages and their statuses, contacts' statuses, presence, calls and history sync.
 */
export function reportSocketEvents(socket: BaileysSocket, session: { notify: Notify; reported: ReportedStatuses; groups: BaileysGroups; log: Logger }): void {
  const { notify, reported, groups, log } = session;
  socket.ev.on('lid-mapping.update', ({ lid, pn }) => {
    notify('lidMapping', (l) => l.lidMapping?.({ lid: jidNormalizedUser(lid), phoneNumber: phoneNumberOfJid(pn) }));
  });

  groups.attach(socket, (change) => notify('groupChange', (l) => l.groupChange?.(change)));

  reportMessageEvents(socket, {
    reported,
    status: (update) => notify('messageStatus', (l) => l.messageStatus?.(update)),
    inbound: (event) => notify('inbound', (l) => l.inbound?.(event)),
    contactStatus: (status) => notify('status', (l) => l.status?.(status)),
    log,
    groupMember: (groupId, jid) => groups.member(groupId, jid),
  });
  reportGroupReceipts(socket, { groups, report: (receipt) => notify('groupReceipt', (l) => l.groupReceipt?.(receipt)), log });
  reportBlocklist(socket, { blocklist: (change) => notify('blocklist', (l) => l.blocklist?.(change)), log });
  reportPresence(socket, { presence: (update) => notify('presence', (l) => l.presence?.(update)), log });
  reportCalls(socket, { call: (call) => notify('call', (l) => l.call?.(call)), callEnded: (end) => notify('callEnded', (l) => l.callEnded?.(end)), log });
  reportHistory(socket, (batch) => notify('history', (l) => l.history?.(batch)), log);
}
