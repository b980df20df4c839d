import { findConnection, commandConnection } from '../connections/service.js';
import type { StatusCommand, StatusContent } from '../connections/status-history.js';
import { notConnected, type TransportSession } from '../connections/transport.js';
import type { components } from '../generated/openapi.js';
import { findMediaForMessage, loadMediaBytes } from '../media/media.js';
import { MediaRow } from '../media/models.js';
import { newWaMessageId, type MediaFile } from '../messages/send.js';
import type { TenantScope, Transaction } from '../platform/db/database.js';
import { invalidRequest } from '../platform/http/errors.js';
import { normalizePhoneNumber } from '../platform/phone.js';
import type { Services } from '../platform/services.js';
import { presentPostedStatus } from './presenters.js';

type Schemas = components['schemas'];
type StatusFields = Pick<Schemas['CreateStatusRequest'], 'type' | 'text' | 'image' | 'video'>;

/** Posting uploads the file to WhatsApp and encrypts it for every recipient's devices: allow it a minute. */
const POST_TIMEOUT_MS = 60_000;
const CONTENT_FIELDS = ['text', 'image', 'video'] as const;

/** The one content field `type` names must be given, and no other; media must be an upload of that type. */
export async function statusContentOf(
  trx: Transaction,
  body: StatusFields,
): Promise<{ content: StatusCommand['content']; media: MediaFile | undefined }> {
  for (const field of CONTENT_FIELDS) {
    if (field !== body.type && body[field] !== undefined) {
      throw invalidRequest('parameter_unexpected', `A ${body.type} status takes only the ${body.type} field; remove ${field}.`, field);
    }
  }
  if (body.type === 'text') {
    const text = body.text;
    if (!text) throw invalidRequest('parameter_missing', 'A text status needs text.body.', 'text');
    return { content: { type: 'text', body: text.body, backgroundColor: text.background_color?.toUpperCase() ?? null, font: text.font ?? null }, media: undefined };
  }
  const given = body[body.type];
  if (!given) throw invalidRequest('parameter_missing', `A ${body.type} status needs ${body.type}.media_id (upload the file first).`, body.type);
  const media = await findMediaForMessage(trx, given.media_id, body.type, `${body.type}.media_id`);
  return { content: { type: body.type, mediaId: media.id, caption: given.caption ?? null }, media };
}

/** The recipients in E.164, each once, in the order given. */
function recipientsOf(recipients: string[]): string[] {
  const normalized = recipients.map((number, i) => normalizePhoneNumber(number, `recipients[${i}]`));
  return [...new Set(normalized)];
}

/**
 * Posts a status through the worker that runs the connection, and answers once WhatsApp has it: nothing is
 * stored before, so a failure leaves nothing behind and the request can simply be retried.
 */
export async function createStatus(trx: Transaction, services: Services, connectionId: string, body: Schemas['CreateStatusRequest']): Promise<Schemas['Status']> {
  const connection = await findConnection(trx, connectionId);
  const recipients = recipientsOf(body.recipients);
  const { content, media } = await statusContentOf(trx, body);
  if (connection.status !== 'connected') throw notConnected(connection.id);
  const status: StatusCommand = { waMessageId: newWaMessageId(), content, recipients };
  await commandConnection(services, connection, { name: 'post_status', status }, POST_TIMEOUT_MS);
  return presentPostedStatus(connection.id, status, media, new Date());
}

/** The worker's side: the file's bytes from storage, then the post through the connection's session. */
export async function postStatusOnWorker(services: Services, scope: TenantScope, session: TransportSession, status: StatusCommand): Promise<void> {
  const { content } = status;
  let loaded: StatusContent;
  if (content.type === 'text') {
    loaded = content;
  } else {
    const row = await services.db.tenant(scope, async (trx) => MediaRow.query(trx).findById(content.mediaId));
    if (!row) throw new Error(`media ${content.mediaId} is gone`);
    loaded = { type: content.type, caption: content.caption, media: { data: await loadMediaBytes(services, row), mimeType: row.mime_type, fileName: null } };
  }
  await session.postStatus({ waMessageId: status.waMessageId, content: loaded, recipients: status.recipients });
}
