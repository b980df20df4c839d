import { Transform } from 'node:stream';
import { invalidRequest } from '../platform/http/errors.js';

export type MediaMessageType = 'image' | 'video' | 'audio' | 'document' | 'sticker';

const KB = 1024;
const MB = 1024 * KB;

interface TypeLimit {
  /** Media types (lower case, without parameters) WhatsApp plays for this message type; null for any. */
  mimeTypes: readonly string[] | null;
  maxBytes: number;
  /** "an image must be JPEG, PNG or WebP" */
  noun: string;
  formats: string;
}

/** WhatsApp's own limits per message type; a larger or other file is refused before it is queued. */
export const MEDIA_LIMITS: Record<MediaMessageType, TypeLimit> = {
  image: { mimeTypes: ['image/jpeg', 'image/png', 'image/webp'], maxBytes: 5 * MB, noun: 'an image', formats: 'JPEG, PNG or WebP' },
  video: { mimeTypes: ['video/mp4', 'video/3gpp'], maxBytes: 16 * MB, noun: 'a video', formats: 'MP4 or 3GPP' },
  audio: {
    mimeTypes: ['audio/aac', 'audio/mp4', 'audio/mpeg', 'audio/amr', 'audio/ogg'],
    maxBytes: 16 * MB,
    noun: 'an audio',
    formats: 'AAC, MP4, MPEG, AMR or OGG',
  },
  sticker: { mimeTypes: ['image/webp'], maxBytes: 500 * KB, noun: 'a sticker', formats: 'WebP' },
  document: { mimeTypes: null, maxBytes: 100 * MB, noun: 'a document', formats: 'any type' },
};

/** "5 MB", "500 KB", "1234 bytes": sizes in messages people read. */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${Number((bytes / MB).toFixed(1))} MB`;
  if (bytes >= KB) return `${Number((bytes / KB).toFixed(1))} KB`;
  return `${bytes} bytes`;
}

const essenceOf = (mimeType: string) => mimeType.split(';')[0]!.trim().toLowerCase();

/** Refuses media WhatsApp would not take as this message type (`param` names the field, e.g. `image.media_id`). */
export function checkMediaForType(type: MediaMessageType, media: { mimeType: string; size: number }, param: string): void {
  const limit = MEDIA_LIMITS[type];
  const essence = essenceOf(media.mimeType);
  if (limit.mimeTypes !== null && !limit.mimeTypes.includes(essence)) {
    throw invalidRequest('media_type_unsupported', `${param} is ${essence}; ${limit.noun} must be ${limit.formats}.`, param);
  }
  if (media.size > limit.maxBytes) {
    throw invalidRequest(
      'media_too_large',
      `${param} is ${formatBytes(media.size)}; ${limit.noun} may be at most ${formatBytes(limit.maxBytes)}.`,
      param,
    );
  }
}

/** Passes bytes through until more than `maxBytes` went by, then fails with `tooLarge()` (which stops the source). */
export function byteLimit(maxBytes: number, tooLarge: () => Error): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > maxBytes) callback(tooLarge());
      else callback(null, chunk);
    },
  });
}
