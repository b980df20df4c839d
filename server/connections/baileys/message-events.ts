import type { WAMessage } from '@whiskeysockets/baileys';
import type { Logger } from '../../platform/logger.js';
import type { ReceivedStatus } from '../status-history.js';
import type { InboundEvent, MessageStatusUpdate } from '../transport.js';
import { inboundEventOf, type InboundDeps } from './inbound-content.js';
import { downloadMedia } from './media-download.js';
import { statusOfUpdate, statusOfUpsert, type ReportedStatuses } from './receipts.js';
import type { BaileysSocket } from './socket.js';
import { statusEventOf } from './status.js';

export interface MessageEventsDeps {
  reported: ReportedStatuses;
  status(update: MessageStatusUpdate): void;
  inbound(event: InboundEvent): void;
  /** A contact's status (story), from the status broadcast. */
  contactStatus?(status: ReceivedStatus): void;
  log: Logger;
  /** A group participant from the group's cached metadata (inbound group messages that name one form only). */
  groupMember?: InboundDeps['groupMember'];
}

/**
 * Turns a socket's message events into what the transport reports: receipts on this connection's messages,
 * from `messages.update` and from receipts folded into a sent message's own upsert, and what people send.
 * One message that cannot be read is logged and skipped; the rest of its batch, and later ones, still go.
 */
export function reportMessageEvents(socket: BaileysSocket, deps: MessageEventsDeps): void {
  const { log } = deps;
  const reupload = (expired: WAMessage) => {
    log.info({ wa_message_id: expired.key.id }, 'a received file has expired; asking the sender\'s phone to upload it again');
    return socket.updateMediaMessage(expired);
  };
  const inboundDeps: InboundDeps = {
    phoneJidOfLid: (lid) => socket.signalRepository.lidMapping.getPNForLID(lid),
    download: (message, signal) => downloadMedia(message, { reupload }, signal),
    ...(deps.groupMember ? { groupMember: deps.groupMember } : {}),
  };
  const report = (update: MessageStatusUpdate | undefined) => {
    if (update && deps.reported.isNew(update)) deps.status(update);
  };
  // Reading a message may wait (a LID lookup); batches are read one after the other so that an edit or a
  // reaction is never reported before the message it is about.
  let reading = Promise.resolve();

  socket.ev.on('messages.update', (updates) => {
    for (const update of updates) {
      try {
        report(statusOfUpdate(update));
      } catch (error) {
        log.warn({ err: error, wa_message_id: update.key?.id }, 'could not read a message update');
      }
    }
  });

  socket.ev.on('messages.upsert', ({ messages, type }) => {
    for (const message of messages) {
      try {
        if (message.key?.fromMe) report(statusOfUpsert(message));
      } catch (error) {
        log.warn({ err: error, wa_message_id: message.key?.id }, 'could not read the status of a sent message');
      }
    }
    reading = reading.then(async () => {
      for (const message of messages) {
        try {
          const status = await statusEventOf(message, type, inboundDeps);
          if (status) {
            deps.contactStatus?.(status);
            continue;
          }
          const event = await inboundEventOf(message, type, inboundDeps);
          if (event) deps.inbound(event);
        } catch (error) {
          log.warn({ err: error, wa_message_id: message.key?.id }, 'could not read an inbound message; skipped');
        }
      }
    });
  });
}
