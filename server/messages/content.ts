import type { components } from '../generated/openapi.js';
import { invalidRequest } from '../platform/http/errors.js';
import type { MediaType } from '../connections/transport.js';

type Schemas = components['schemas'];
export type ContentType = Schemas['MessageType'];
/** The content fields of a send (or a sandbox inbound) request: one per type. */
export type ContentFields = Partial<Pick<Schemas['CreateMessageRequest'], ContentType>>;

export const CONTENT_TYPES: readonly ContentType[] = ['text', 'image', 'video', 'audio', 'document', 'sticker', 'location', 'contact', 'reaction', 'poll'];
export const MEDIA_TYPES: readonly MediaType[] = ['image', 'video', 'audio', 'document', 'sticker'];
export const isMediaType = (type: string): type is MediaType => (MEDIA_TYPES as readonly string[]).includes(type);

const CAPTIONED = new Set(['image', 'video', 'document']);

/** A field the request's other fields rule out, and why. */
export const unexpected = (param: string, why: string) => invalidRequest('parameter_unexpected', `${param} is not allowed here: ${why}.`, param);

/**
 * Checks that exactly the content field named by `type` is present and that its parts fit the type (the spec
 * checks each content object's own shape). Returns that content object.
 */
export function contentFor(type: ContentType, fields: ContentFields): NonNullable<ContentFields[ContentType]> {
  const present = CONTENT_TYPES.filter((field) => fields[field] !== undefined);
  const content = fields[type];
  if (content === undefined) {
    throw invalidRequest('parameter_missing', `A ${type} message needs its content in a \`${type}\` object.`, type);
  }
  const other = present.find((field) => field !== type);
  if (other !== undefined) throw unexpected(other, `a ${type} message takes its content from \`${type}\` alone`);
  if (isMediaType(type)) checkMedia(type, content as Schemas['MediaContent']);
  if (type === 'poll') {
    const poll = content as Schemas['PollContent'];
    if ((poll.selectable_count ?? 1) > poll.options.length) {
      throw invalidRequest('parameter_invalid', 'poll.selectable_count cannot exceed the number of options.', 'poll.selectable_count');
    }
  }
  return content;
}

function checkMedia(type: MediaType, media: Schemas['MediaContent']): void {
  if ((media.media_id === undefined) === (media.url === undefined)) {
    throw invalidRequest(
      media.media_id === undefined ? 'parameter_missing' : 'parameter_conflict',
      `A ${type} message needs exactly one of ${type}.media_id (an upload) or ${type}.url.`,
      `${type}.media_id`,
    );
  }
  if (media.caption !== undefined && !CAPTIONED.has(type)) throw unexpected(`${type}.caption`, 'only images, videos and documents have captions');
  if (media.filename !== undefined && type !== 'document') throw unexpected(`${type}.filename`, 'only documents have file names');
  if (media.voice_note !== undefined && type !== 'audio') throw unexpected(`${type}.voice_note`, 'only audio can be a voice note');
}

/** Mentions go in text and captions; elsewhere WhatsApp has nowhere to show them. */
export function checkMentions(type: ContentType, content: unknown, mentions: string[] | undefined): void {
  if (!mentions || mentions.length === 0) return;
  const hasText = type === 'text' || (CAPTIONED.has(type) && (content as Schemas['MediaContent']).caption !== undefined);
  if (!hasText) throw unexpected('mentions', 'mentions need a text message or a caption to appear in');
}

/** What a message stores for media: the file it sends and how. */
export function mediaInfo(
  type: MediaType,
  media: { id: string; mime_type: string; size: number | string; filename: string | null },
  content: Schemas['MediaContent'],
): Schemas['MediaInfo'] {
  return {
    media_id: media.id,
    mime_type: media.mime_type,
    size: Number(media.size),
    filename: type === 'document' ? (content.filename ?? media.filename) : null,
    caption: content.caption ?? null,
    voice_note: type === 'audio' && content.voice_note === true,
  };
}

/** The text a quote of this content shows: the body or caption. */
export function quotableText(type: string, content: Record<string, unknown> | null): string | null {
  if (!content) return null;
  if (type === 'text') return String(content.body ?? '');
  return typeof content.caption === 'string' ? content.caption : null;
}

/** A vCard 3.0 for a contact card, as WhatsApp carries it; `waid` lets the app offer "Message". */
export function vcardOf(card: Schemas['ContactCard'], phoneNumbers: string[]): string {
  const escape = (value: string) => value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/([,;])/g, '\\$1');
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', `FN:${escape(card.name)}`];
  if (card.organization) lines.push(`ORG:${escape(card.organization)}`);
  for (const phone of phoneNumbers) lines.push(`TEL;type=CELL;waid=${phone.replace(/\D/g, '')}:${phone}`);
  if (card.email) lines.push(`EMAIL:${escape(card.email)}`);
  lines.push('END:VCARD');
  return lines.join('\n');
}
