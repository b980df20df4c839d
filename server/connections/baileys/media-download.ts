import { createDecipheriv, createHmac, timingSafeEqual } from 'node:crypto';
import { pipeline, Readable, Transform } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { DEF_MEDIA_HOST, DEFAULT_ORIGIN, getMediaKeys, type MediaType, type WAMessage } from '@whiskeysockets/baileys';
import { unwrap } from './inbound-content.js';

/**
 * Downloading what people send, in place of Baileys' downloadMediaMessage, which pipes the HTTP body into its
 * decrypter with `.pipe()`: a connection that breaks mid-file leaves the decrypter waiting forever and throws
 * the body's error where nothing listens (an uncaught exception, the end of the worker), and nothing stops a
 * download once it has started. Here the fetch takes an abort signal, every stage is one pipeline (an error or
 * a destroy anywhere tears all of it down and drops the connection), and the file's mac is checked.
 */

const MAC_BYTES = 10;
const MAX_REDIRECTS = 3;
/** What WhatsApp's media hosts answer for a file whose link has expired: its sender's phone must upload it again. */
const EXPIRED = new Set([404, 410]);

/** The media parts of a message, each with the HKDF info its keys are derived under. */
const MEDIA_PARTS = [
  ['imageMessage', 'image'],
  ['videoMessage', 'video'],
  ['ptvMessage', 'ptv'],
  ['audioMessage', 'audio'],
  ['documentMessage', 'document'],
  ['stickerMessage', 'sticker'],
] as const;

interface MediaPart {
  keyType: MediaType;
  mediaKey: Uint8Array;
  directPath: string | null | undefined;
  url: string | null | undefined;
}

export interface MediaDownloadDeps {
  /** Asks the sender's phone to upload an expired file again; resolves to the message with the file's new place. */
  reupload(message: WAMessage): Promise<WAMessage>;
}

function mediaPartOf(message: WAMessage): MediaPart {
  const content = unwrap(message.message);
  for (const [field, keyType] of MEDIA_PARTS) {
    const part = content?.[field];
    if (!part) continue;
    if (!part.mediaKey?.length) throw new Error(`the ${keyType} carries no media key`);
    return { keyType, mediaKey: part.mediaKey, directPath: part.directPath, url: part.url };
  }
  throw new Error('the message carries no file');
}

const parse = (value: string): URL | null => {
  try {
    return new URL(value);
  } catch {
    return null;
  }
};

/**
 * Only https on WhatsApp's own hosts: the URL and path come from the sender's app, and a worker must not be
 * made to request addresses on its own network.
 */
const isWhatsAppMedia = (url: URL | null): url is URL =>
  !!url &&
  url.protocol === 'https:' &&
  url.port === '' &&
  url.username === '' &&
  url.password === '' &&
  (url.hostname === 'whatsapp.net' || url.hostname.endsWith('.whatsapp.net'));

/** Where the file is: its direct path on the host its URL names (else mmg.whatsapp.net), or the URL itself. */
export function mediaUrlOf(part: Pick<MediaPart, 'directPath' | 'url'>): URL {
  const given = part.url ? parse(part.url) : null;
  const host = isWhatsAppMedia(given) ? given.host : DEF_MEDIA_HOST;
  const url = part.directPath ? parse(`https://${host}${part.directPath}`) : given;
  if (!isWhatsAppMedia(url)) throw new Error('the message does not place its file on a WhatsApp media host');
  return url;
}

async function fetchBlob(url: URL, signal: AbortSignal): Promise<Response> {
  for (let redirects = 0; ; redirects++) {
    const response = await fetch(url, { headers: { Origin: DEFAULT_ORIGIN }, redirect: 'manual', signal });
    const location = response.headers.get('location');
    if (response.status < 300 || response.status > 399 || location === null) return response;
    await response.body?.cancel();
    const next = parse(new URL(location, url).href);
    if (redirects === MAX_REDIRECTS || !isWhatsAppMedia(next)) throw new Error(`the media host redirected to ${next?.host ?? 'an invalid URL'}`);
    url = next;
  }
}

/**
 * Decrypts a media blob as it streams: AES-256-CBC of the file, then the first 10 bytes of
 * HMAC-SHA256(macKey, iv ‖ ciphertext). The last 10 bytes seen are held back as the mac; a file whose mac
 * does not match fails at the end, so whatever already streamed on is discarded by the pipeline's failure.
 */
function decrypter(keys: { iv: Uint8Array; cipherKey: Uint8Array; macKey?: Uint8Array }): Transform {
  if (!keys.macKey) throw new Error('no mac key was derived for the file');
  const decipher = createDecipheriv('aes-256-cbc', keys.cipherKey, keys.iv);
  const hmac = createHmac('sha256', keys.macKey).update(keys.iv);
  let held: Buffer = Buffer.alloc(0);
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      const data = held.length > 0 ? Buffer.concat([held, chunk]) : chunk;
      const ciphertext = data.subarray(0, Math.max(0, data.length - MAC_BYTES));
      held = data.subarray(ciphertext.length);
      hmac.update(ciphertext);
      try {
        callback(null, decipher.update(ciphertext));
      } catch (error) {
        callback(error as Error);
      }
    },
    flush(callback) {
      const mac = hmac.digest().subarray(0, MAC_BYTES);
      if (held.length !== MAC_BYTES || !timingSafeEqual(mac, held)) {
        callback(new Error('the file does not match its mac'));
        return;
      }
      try {
        callback(null, decipher.final());
      } catch (error) {
        callback(error as Error);
      }
    },
  });
}

/**
 * The decrypted file of a media message, as a stream. A link WhatsApp answers as expired is asked for again
 * once, through the sender's phone. Aborting `signal` ends the download; destroying the stream does too.
 */
export async function downloadMedia(message: WAMessage, deps: MediaDownloadDeps, signal: AbortSignal): Promise<Readable> {
  let part = mediaPartOf(message);
  let response = await fetchBlob(mediaUrlOf(part), signal);
  if (EXPIRED.has(response.status)) {
    await response.body?.cancel();
    part = mediaPartOf(await deps.reupload(message));
    response = await fetchBlob(mediaUrlOf(part), signal);
  }
  try {
    if (!response.ok || !response.body) throw new Error(`WhatsApp's media host answered ${response.status}`);
    const decrypt = decrypter(await getMediaKeys(part.mediaKey, part.keyType));
    return pipeline(Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>), decrypt, () => undefined);
  } catch (error) {
    await response.body?.cancel().catch(() => undefined);
    throw error;
  }
}
