import type { components } from '../generated/openapi.js';
import type { Transaction } from '../platform/db/database.js';
import type { MediaType, MessageRef, OutboundContent, OutboundMessage } from '../connections/transport.js';
import { isGroupId } from '../connections/groups.js';
import { isMediaType, quotableText, vcardOf } from './content.js';
import { MessageRow } from './models.js';

type Schemas = components['schemas'];

/** Media content before its bytes are loaded: loading happens outside the claim's transaction. */
export type PendingMedia = { type: MediaType; mediaId: string; mimeType: string; fileName: string | null; caption: string | null; voiceNote: boolean };
export type PreparedContent = Exclude<OutboundContent, { media: unknown }> | PendingMedia;
export type PreparedMessage = Omit<OutboundMessage, 'content'> & { content: PreparedContent };

async function refOf(trx: Transaction, id: string | null): Promise<MessageRef | null> {
  if (id === null) return null;
  const target = await MessageRow.query(trx).findById(id);
  if (!target?.wa_message_id) return null;
  const fromMe = target.direction === 'outbound';
  const inGroup = target.peer_phone !== null && isGroupId(target.peer_phone);
  return {
    waMessageId: target.wa_message_id,
    fromMe,
    text: quotableText(target.type, target.content),
    ...(inGroup && !fromMe ? { participant: target.from_phone } : {}),
  };
}

/** What the transport needs to send a stored message, except media bytes. */
export async function toOutbound(trx: Transaction, row: MessageRow): Promise<PreparedMessage> {
  const content = row.content ?? {};
  let prepared: PreparedContent;
  if (isMediaType(row.type)) {
    const media = content as Schemas['MediaInfo'];
    prepared = { type: row.type, mediaId: media.media_id, mimeType: media.mime_type, fileName: media.filename, caption: media.caption, voiceNote: media.voice_note };
  } else {
    switch (row.type) {
      case 'text':
        prepared = { type: 'text', body: (content as Schemas['TextContent']).body };
        break;
      case 'location': {
        const place = content as Schemas['LocationContent'];
        prepared = { type: 'location', latitude: place.latitude, longitude: place.longitude, name: place.name ?? null, address: place.address ?? null };
        break;
      }
      case 'contact':
        prepared = {
          type: 'contact',
          contacts: (content as Schemas['ContactContent']).contacts.map((card) => ({ name: card.name, vcard: vcardOf(card, card.phone_numbers) })),
        };
        break;
      case 'reaction': {
        const reaction = content as Schemas['ReactionContent'];
        const target = await refOf(trx, reaction.message_id);
        if (!target) throw new Error(`reaction target ${reaction.message_id} has no WhatsApp id`);
        prepared = { type: 'reaction', emoji: reaction.emoji, target };
        break;
      }
      case 'poll': {
        const poll = content as Schemas['PollContent'];
        prepared = { type: 'poll', question: poll.question, options: poll.options, selectableCount: poll.selectable_count ?? 1 };
        break;
      }
      default:
        throw new Error(`cannot send a message of type ${row.type}`);
    }
  }
  return {
    id: row.id,
    waMessageId: row.wa_message_id!,
    to: row.to_phone!,
    content: prepared,
    replyTo: await refOf(trx, row.reply_to),
    mentions: row.mentions,
  };
}

/** The message ready to send: media bytes loaded through `load`. */
export async function withMedia(prepared: PreparedMessage, load: (mediaId: string) => Promise<Buffer>): Promise<OutboundMessage> {
  const { content } = prepared;
  if (!('mediaId' in content)) return { ...prepared, content };
  const { mediaId, mimeType, fileName, ...rest } = content;
  const media: OutboundContent = { ...rest, media: { data: await load(mediaId), mimeType, fileName } };
  return { ...prepared, content: media };
}
