import { randomBytes } from 'node:crypto';
import { recordEvent } from '../events/record.js';
import type { components } from '../generated/openapi.js';
import { chatFor } from '../chats/chats.js';
import { findConnection } from '../connections/service.js';
import { scopeOf, type Actor } from '../platform/actor.js';
import type { Transaction } from '../platform/db/database.js';
import { conflict, invalidRequest } from '../platform/http/errors.js';
import type { MediaType } from '../connections/transport.js';
import { newId } from '../platform/ids.js';
import { normalizePhoneNumber } from '../platform/phone.js';
import type { Services } from '../platform/services.js';
import { checkMentions, contentFor, isMediaType, mediaInfo } from './content.js';
import { MESSAGES_QUEUED, MessageRow } from './models.js';
import { presentMessage } from './presenters.js';
import { findMessageInChat } from './queries.js';

type Schemas = components['schemas'];

const MAX_SCHEDULE_AHEAD_MS = 30 * 24 * 3600_000;

/** A WhatsApp message id in the form WhatsApp Web uses, chosen once so that every attempt reuses it. */
export const newWaMessageId = () => `3EB0${randomBytes(9).toString('hex').toUpperCase()}`;

/** Media resolved before the transaction (a URL fetched and stored), by the route's prepare step. */
export interface MediaFile {
  id: string;
  mime_type: string;
  size: number | string;
  filename: string | null;
}

export interface SendOptions {
  /** Looks an uploaded file up in the caller's transaction and checks it fits the message type. */
  findMedia(trx: Transaction, id: string, type: MediaType, param: string): Promise<MediaFile>;
  /** The file fetched from the content's `url`, when it had one. */
  fetched?: MediaFile;
}

function sendAtOf(input: string | undefined): Date | null {
  if (input === undefined) return null;
  const at = new Date(input);
  const now = Date.now();
  if (at.getTime() <= now) {
    throw invalidRequest('send_at_in_past', `send_at (${input}) is in the past; leave it out to send now.`, 'send_at');
  }
  if (at.getTime() > now + MAX_SCHEDULE_AHEAD_MS) {
    throw invalidRequest('send_at_too_far', 'send_at may be at most 30 days ahead.', 'send_at');
  }
  return at;
}

/**
 * Accepts a send: checks it whole, then stores it with its event in the caller's transaction. Nothing is
 * queued when anything is wrong. The worker is told once the transaction commits.
 */
export async function createMessage(
  trx: Transaction,
  services: Services,
  actor: Actor,
  body: Schemas['CreateMessageRequest'],
  options: SendOptions,
): Promise<Schemas['Message']> {
  const scope = scopeOf(actor);
  const connection = await findConnection(trx, body.connection_id);
  if (connection.status === 'logged_out' || connection.status === 'failed') {
    throw conflict(
      `connection_${connection.status}`,
      `Connection ${connection.id} is ${connection.status.replace('_', ' ')}${connection.status_reason ? ` (${connection.status_reason})` : ''}, so it cannot send. Restart it and link it again.`,
    );
  }
  const to = normalizePhoneNumber(body.to, 'to');
  const sendAt = sendAtOf(body.send_at);
  let content: Record<string, unknown> = { ...contentFor(body.type, body) };
  checkMentions(body.type, content, body.mentions);
  const mentions = (body.mentions ?? []).map((mention, i) => normalizePhoneNumber(mention, `mentions[${i}]`));

  let mediaId: string | null = null;
  if (isMediaType(body.type)) {
    const given = content as Schemas['MediaContent'];
    const media = given.media_id !== undefined ? await options.findMedia(trx, given.media_id, body.type, `${body.type}.media_id`) : options.fetched;
    if (!media) throw new Error('a media URL must be fetched before the transaction');
    mediaId = media.id;
    content = mediaInfo(body.type, media, given);
  }
  if (body.type === 'poll') content = { selectable_count: 1, ...content };
  if (body.type === 'reaction') await findMessageInChat(trx, connection.id, to, (content as Schemas['ReactionContent']).message_id, 'reaction.message_id');
  if (body.reply_to !== undefined) await findMessageInChat(trx, connection.id, to, body.reply_to, 'reply_to');

  const chatId = await chatFor(trx, scope, connection.id, { phoneNumber: to, lid: null });
  const due = sendAt ?? new Date();
  const row = await MessageRow.query(trx).insertAndFetch({
    id: newId('message'),
    account_id: actor.accountId,
    mode: actor.mode,
    connection_id: connection.id,
    chat_id: chatId,
    direction: 'outbound',
    type: body.type,
    status: sendAt ? 'scheduled' : 'queued',
    from_phone: connection.phone_number,
    to_phone: to,
    peer_phone: to,
    content,
    media_id: mediaId,
    reply_to: body.reply_to ?? null,
    // jsonb columns: objection would otherwise send a JS array as a PostgreSQL array literal.
    mentions: JSON.stringify(mentions) as unknown as string[],
    metadata: body.metadata ?? {},
    send_at: sendAt,
    wa_message_id: newWaMessageId(),
    expires_at: new Date(due.getTime() + services.config.MESSAGE_EXPIRY_HOURS * 3600_000),
  });
  const message = presentMessage(row);
  await recordEvent(trx, scope, sendAt ? 'message.scheduled' : 'message.queued', message);
  trx.executionPromise.then(() => services.bus.publish(MESSAGES_QUEUED, { connectionId: connection.id })).catch(() => undefined);
  return message;
}
