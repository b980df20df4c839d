import type { Readable } from 'node:stream';
import type { ReceivedStatus, StatusFont } from '../connections/status-history.js';
import type { InboundContent, Sender } from '../connections/transport.js';
import { recordEvent } from '../events/record.js';
import type { components } from '../generated/openapi.js';
import { keepInboundMedia } from '../messages/media-access.js';
import type { MediaFile } from '../messages/send.js';
import type { TenantScope, Transaction } from '../platform/db/database.js';
import type { Services } from '../platform/services.js';
import { presentReceivedStatus } from './presenters.js';

/** A status as a contact's phone delivers it: a text with its card, or a file (opened by `file.open`) with its caption. */
export function contactStatus(
  waMessageId: string,
  from: Sender,
  content: { type: 'text'; body: string; backgroundColor: string | null; font: StatusFont | null } | { type: 'image' | 'video'; caption: string | null },
  file: { mimeType: string; size: number; open(): Promise<Readable> } | undefined,
): ReceivedStatus {
  const received: InboundContent =
    content.type === 'text'
      ? { type: 'text', body: content.body }
      : { type: content.type, mimeType: file!.mimeType, fileName: null, caption: content.caption, voiceNote: false, size: file!.size, download: () => file!.open() };
  const text = content.type === 'text' ? content : undefined;
  return { waMessageId, from, at: new Date(), content: received, backgroundColor: text?.backgroundColor ?? null, font: text?.font ?? null };
}

const receivesStatuses = async (trx: Transaction, connectionId: string) =>
  ((await trx('connections').where({ id: connectionId }).first('receive_statuses')) as { receive_statuses: boolean } | undefined)?.receive_statuses === true;

/** Records a contact's status as a `status.received` event, in the caller's transaction; null when the connection does not receive statuses. */
export async function recordReceivedStatus(
  trx: Transaction,
  scope: TenantScope,
  connectionId: string,
  status: ReceivedStatus,
  media: MediaFile | undefined,
): Promise<components['schemas']['Status'] | null> {
  if (!(await receivesStatuses(trx, connectionId))) return null;
  const presented = presentReceivedStatus(connectionId, status, media);
  await recordEvent(trx, scope, 'status.received', presented);
  return presented;
}

/**
 * A contact's status as the worker receives it: nothing at all unless the connection has `receive_statuses` on
 * (its file is not even downloaded); else its file is kept first (outside any transaction, as for messages),
 * then its event is written in `transaction`.
 */
export async function storeReceivedStatus(
  services: Services,
  scope: TenantScope,
  connectionId: string,
  status: ReceivedStatus,
  transaction: (work: (trx: Transaction) => Promise<void>) => Promise<void>,
): Promise<void> {
  if (!(await services.db.tenant(scope, (trx) => receivesStatuses(trx, connectionId)))) return;
  let media: MediaFile | undefined;
  if ('download' in status.content) {
    const kept = await keepInboundMedia(services, scope, status.content);
    if ('media' in kept) media = kept.media;
    else services.logger.info({ connection_id: connectionId, wa_message_id: status.waMessageId, code: kept.mediaNotKept.code }, 'the file of a received status was not kept');
  }
  await transaction(async (trx) => {
    await recordReceivedStatus(trx, scope, connectionId, status, media);
  });
}
