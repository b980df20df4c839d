import { recordUsage } from '../usage/ledger.js';
import { recordEvent } from '../events/record.js';
import type { components } from '../generated/openapi.js';
import { chatFor, touchChat } from '../chats/chats.js';
import type { InboundContent, InboundEvent, Sender } from '../connections/transport.js';
import { addOptOut, removeOptOutOf } from '../opt-outs/opt-outs.js';
import type { Config } from '../config.js';
import type { TenantScope, Transaction } from '../platform/db/database.js';
import { newId } from '../platform/ids.js';
import type { Services } from '../platform/services.js';
import { isMediaType } from './content.js';
import { keepInboundMedia, type MediaNotKept } from './media-access.js';
import { MessageRow, type MessageType } from './models.js';
import { applyDeletion, applyEdit, textOf } from './revisions.js';
import { presentMessage } from './presenters.js';
import type { MediaFile } from './send.js';

type Schemas = components['schemas'];

export interface InboundContext {
  trx: Transaction;
  scope: TenantScope;
  config: Pick<Config, 'OPT_OUT_KEYWORDS' | 'OPT_IN_KEYWORDS' | 'USAGE_LEDGER'>;
  connection: { id: string; phone_number: string | null };
  /** The stored file of a media message (downloaded before the transaction). */
  media?: MediaFile;
  /** Why a media message arrived without its file: it is stored as `unsupported`, with this as its error. */
  mediaNotKept?: MediaNotKept;
}

/** The API's content object for what arrived; null when Parley cannot show it. */
export function contentOf(content: InboundContent, media: MediaFile | undefined): { type: MessageType; content: Record<string, unknown> | null } {
  if (isMediaType(content.type)) {
    if (!media || !('mimeType' in content)) return { type: 'unsupported', content: null };
    const info: Schemas['MediaInfo'] = {
      media_id: media.id,
      mime_type: media.mime_type,
      size: Number(media.size),
      filename: content.fileName,
      caption: content.caption,
      voice_note: content.voiceNote,
    };
    return { type: content.type, content: info };
  }
  switch (content.type) {
    case 'text':
      return { type: 'text', content: { body: content.body } };
    case 'location':
      return {
        type: 'location',
        content: {
          latitude: content.latitude,
          longitude: content.longitude,
          ...(content.name ? { name: content.name } : {}),
          ...(content.address ? { address: content.address } : {}),
        },
      };
    case 'contact': {
      const contacts = content.contacts.filter((card) => card.phoneNumbers.length > 0).map((card) => ({ name: card.name || card.phoneNumbers[0]!, phone_numbers: card.phoneNumbers.slice(0, 5) }));
      return contacts.length ? { type: 'contact', content: { contacts: contacts.slice(0, 10) } } : { type: 'unsupported', content: null };
    }
    case 'poll':
      return { type: 'poll', content: { question: content.question, options: content.options, selectable_count: content.selectableCount } };
    default:
      return { type: 'unsupported', content: null };
  }
}

const byWaId = (trx: Transaction, connectionId: string, waMessageId: string) =>
  MessageRow.query(trx).where({ connection_id: connectionId, wa_message_id: waMessageId }).orderBy('direction').first();

/** Stores an inbound message once (WhatsApp may deliver it again), with its chat; null for a repeat. */
async function insertInbound(
  context: InboundContext,
  input: {
    waMessageId: string;
    from: Sender;
    at: Date;
    type: MessageType;
    content: Record<string, unknown> | null;
    replyTo: string | null;
    mentions: string[];
    group?: string | undefined;
  },
): Promise<MessageRow | null> {
  const { trx, scope, connection } = context;
  const { group } = input;
  const chatId = await chatFor(trx, scope, connection.id, { phoneNumber: input.from.phoneNumber, lid: input.from.lid, name: input.from.name, ...(group ? { group } : {}) });
  const [raw] = (await trx('messages')
    .insert({
      id: newId('message'),
      account_id: scope.accountId,
      mode: scope.mode,
      connection_id: connection.id,
      chat_id: chatId,
      direction: 'inbound',
      type: input.type,
      status: 'received',
      from_phone: input.from.phoneNumber,
      from_lid: input.from.lid,
      // A group message is to the group, and its chat is the group's.
      to_phone: group ?? connection.phone_number,
      peer_phone: group ?? input.from.phoneNumber,
      content: input.content === null ? null : JSON.stringify(input.content),
      media_id: context.media?.id ?? null,
      error_code: context.mediaNotKept?.code ?? null,
      error_message: context.mediaNotKept?.message ?? null,
      reply_to: input.replyTo,
      mentions: JSON.stringify(input.mentions),
      wa_message_id: input.waMessageId,
      received_at: input.at,
    })
    .onConflict(['connection_id', 'direction', 'wa_message_id'])
    .ignore()
    .returning('*')) as Record<string, unknown>[];
  if (!raw) return null;
  const row = MessageRow.fromDatabaseJson(raw);
  await recordUsage(trx, context.config, scope, [{ category: 'messages_inbound', quantity: 1, subjectId: row.id }]);
  return row;
}

/**
 * Records what a person sent a connection, with its event, in the caller's transaction: messages (and their
 * opt-out keywords), reactions, edits and deletions. Repeats of the same WhatsApp message change nothing.
 */
export async function receiveInbound(context: InboundContext, event: InboundEvent): Promise<MessageRow | null> {
  const { trx, scope, connection } = context;
  switch (event.kind) {
    case 'message': {
      const mapped = contentOf(event.content, context.media);
      const replyTo = event.replyTo ? ((await byWaId(trx, connection.id, event.replyTo))?.id ?? null) : null;
      const row = await insertInbound(context, { ...event, ...mapped, replyTo });
      if (!row) return null;
      if (row.chat_id) await touchChat(trx, row.chat_id, { id: row.id, at: event.at, inbound: true });
      await recordEvent(trx, scope, 'message.received', presentMessage(row));
      // A keyword said in a group is said to the group, not to this number.
      if (event.content.type === 'text' && !event.group) await applyKeyword(context, event.from, event.content.body);
      return row;
    }
    case 'reaction': {
      const target = await byWaId(trx, connection.id, event.targetWaMessageId);
      if (!target) return null;
      const content: Schemas['ReactionContent'] = { message_id: target.id, emoji: event.emoji };
      const row = await insertInbound(context, { ...event, type: 'reaction', content, replyTo: null, mentions: [] });
      if (row) await recordEvent(trx, scope, 'message.reaction', presentMessage(row));
      return row;
    }
    case 'edit':
    case 'delete': {
      const target = await byWaId(trx, connection.id, event.targetWaMessageId);
      // Only the sender may edit or delete a message; anything else is not this chat's business. A message
      // already deleted (for everyone, or hidden in Parley) takes no further change.
      if (!target || target.direction !== 'inbound' || target.deleted_at || (target.from_phone ?? target.from_lid) !== (event.from.phoneNumber ?? event.from.lid)) return null;
      if (event.kind === 'delete') return applyDeletion(trx, scope, target, { by: 'contact', for: 'everyone', at: event.at });
      const text = event.content.type === 'text' ? event.content.body : 'caption' in event.content ? event.content.caption : null;
      // An edit WhatsApp delivers again (or one that changes nothing) is no new revision.
      if (text === null || textOf(target) === null || text === textOf(target)) return null;
      return applyEdit(trx, scope, target, { text, by: 'contact', at: event.at });
    }
  }
}

/** A message that is only a keyword (any case, spaces and a trailing "." or "!" aside) changes the suppression list. */
async function applyKeyword(context: InboundContext, from: Sender, body: string): Promise<void> {
  if (!from.phoneNumber) return;
  const keyword = body.trim().replace(/[.!]+$/, '').toUpperCase();
  const { trx, scope, config, connection } = context;
  if (config.OPT_OUT_KEYWORDS.includes(keyword)) {
    await addOptOut(trx, scope, { phoneNumber: from.phoneNumber, source: 'keyword', keyword, connectionId: connection.id });
  } else if (config.OPT_IN_KEYWORDS.includes(keyword)) {
    await removeOptOutOf(trx, scope, from.phoneNumber);
  }
}

/**
 * Stores what arrived for a connection: media first (downloaded before any transaction: WhatsApp's links
 * expire, and a download must not hold a database connection), then the message in `transaction`.
 */
export async function storeInboundEvent(
  services: Services,
  scope: TenantScope,
  connectionId: string,
  event: InboundEvent,
  transaction: (work: (trx: Transaction) => Promise<void>) => Promise<void>,
): Promise<void> {
  let file: Pick<InboundContext, 'media' | 'mediaNotKept'> = {};
  if (event.kind === 'message' && 'download' in event.content) {
    file = await keepInboundMedia(services, scope, event.content);
    if (file.mediaNotKept) {
      // The message is not lost for it: it is stored as unsupported, without the file, and its error says why.
      services.logger.info({ connection_id: connectionId, wa_message_id: event.waMessageId, code: file.mediaNotKept.code }, 'a received file was not kept');
    }
  }
  await transaction(async (trx) => {
    const connection = await trx('connections').where({ id: connectionId }).first('id', 'phone_number');
    if (!connection) return;
    await receiveInbound({ trx, scope, config: services.config, connection, ...file }, event);
  });
}
