// WhatsApp media encryption as phones do it, and the phone's side of media messages: downloading, checking and
// decrypting what a companion sent, and building the message for media a phone sends.
//
// A media key (32 random bytes) is expanded with HKDF-SHA256 (info "WhatsApp <Image|Video|Audio|Document> Keys",
// stickers use Image) to 112 bytes: iv (16), cipherKey (32), macKey (32), the rest unused. The blob is
// AES-256-CBC(cipherKey, iv) of the file followed by the first 10 bytes of HMAC-SHA256(macKey, iv ‖ ciphertext).
// fileSha256 is the SHA-256 of the file, fileEncSha256 that of the whole blob (ciphertext ‖ mac).
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { extractMessageContent, getContentType, getMediaKeys, type proto } from '@whiskeysockets/baileys';
import type { MediaHost, StoredMedia } from './media-host.js';

export type MediaKind = 'image' | 'video' | 'audio' | 'document' | 'sticker';

const MAC_LENGTH = 10;
const AES_BLOCK = 16;

const KIND_BY_CONTENT: Record<string, MediaKind> = {
  imageMessage: 'image',
  videoMessage: 'video',
  audioMessage: 'audio',
  documentMessage: 'document',
  stickerMessage: 'sticker',
};

export interface EncryptedMedia {
  mediaKey: Buffer;
  /** ciphertext ‖ 10-byte mac: what is uploaded. */
  blob: Buffer;
  fileSha256: Buffer;
  fileEncSha256: Buffer;
  fileLength: number;
}

export const sha256 = (data: Buffer): Buffer => createHash('sha256').update(data).digest();

async function keysOf(mediaKey: Uint8Array, kind: MediaKind): Promise<{ iv: Uint8Array; cipherKey: Uint8Array; macKey: Uint8Array }> {
  const { iv, cipherKey, macKey } = await getMediaKeys(mediaKey, kind);
  // Baileys types macKey as optional, but always derives it
  if (!macKey) throw new Error('no mac key derived');
  return { iv, cipherKey, macKey };
}

export async function encryptMedia(data: Buffer, kind: MediaKind, mediaKey: Buffer = randomBytes(32)): Promise<EncryptedMedia> {
  const { iv, cipherKey, macKey } = await keysOf(mediaKey, kind);
  const cipher = createCipheriv('aes-256-cbc', cipherKey, iv);
  const ciphertext = Buffer.concat([cipher.update(data), cipher.final()]);
  const mac = createHmac('sha256', macKey).update(iv).update(ciphertext).digest().subarray(0, MAC_LENGTH);
  const blob = Buffer.concat([ciphertext, mac]);
  return { mediaKey, blob, fileSha256: sha256(data), fileEncSha256: sha256(blob), fileLength: data.length };
}

/** Whether `blob` can be ciphertext ‖ mac at all: whole AES blocks (at least one) and the mac. */
export const isMediaBlobShape = (blob: Buffer): boolean =>
  blob.length >= AES_BLOCK + MAC_LENGTH && (blob.length - MAC_LENGTH) % AES_BLOCK === 0;

/** Checks the mac, then decrypts. Throws with the reason a phone would refuse the file. */
export async function decryptMedia(blob: Buffer, mediaKey: Uint8Array, kind: MediaKind): Promise<Buffer> {
  if (!isMediaBlobShape(blob)) throw new Error('not an encrypted media blob');
  const { iv, cipherKey, macKey } = await keysOf(mediaKey, kind);
  const ciphertext = blob.subarray(0, blob.length - MAC_LENGTH);
  const expected = createHmac('sha256', macKey).update(iv).update(ciphertext).digest().subarray(0, MAC_LENGTH);
  if (!timingSafeEqual(expected, blob.subarray(blob.length - MAC_LENGTH))) throw new Error('mac mismatch');
  const decipher = createDecipheriv('aes-256-cbc', cipherKey, iv);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
}

/** A media file a phone received, downloaded and decrypted. */
export interface ReceivedMedia {
  type: MediaKind;
  mimetype: string | undefined;
  /** The decrypted file, byte for byte what the sender had. */
  data: Buffer;
  fileName: string | undefined;
  caption: string | undefined;
  /** Audio sent as a voice note. */
  ptt: boolean | undefined;
  seconds: number | undefined;
  directPath: string;
}

/** What a phone sends with `sim.sendMedia`. */
export interface OutgoingMedia {
  type: MediaKind;
  data: Buffer;
  mimetype: string;
  fileName?: string;
  caption?: string;
  /** Audio as a voice note. */
  ptt?: boolean;
  seconds?: number;
}

type MediaContent = proto.Message.IImageMessage &
  proto.Message.IVideoMessage &
  proto.Message.IAudioMessage &
  proto.Message.IDocumentMessage &
  proto.Message.IStickerMessage;

/** The media part of a message (inside wrappers such as documentWithCaptionMessage), if it carries a file. */
export function mediaContentOf(message: proto.IMessage): { kind: MediaKind; content: MediaContent } | undefined {
  const inner = extractMessageContent(message);
  const type = inner ? getContentType(inner) : undefined;
  const kind = type ? KIND_BY_CONTENT[type] : undefined;
  if (!inner || !type || !kind) return undefined;
  return { kind, content: inner[type] as MediaContent };
}

/**
 * The phone's download of a received media message: fetch the blob by its direct path (or URL), check
 * fileEncSha256, check the mac and decrypt with the media key, check fileSha256 and fileLength.
 * Throws with the reason the file was refused.
 */
export async function downloadAsPhone(host: MediaHost, kind: MediaKind, content: MediaContent): Promise<ReceivedMedia> {
  const location = content.directPath || content.url;
  if (!location) throw new Error('no directPath or url');
  if (!content.mediaKey?.length) throw new Error('no mediaKey');
  const stored: StoredMedia | undefined = host.find(location);
  if (!stored) throw new Error('not found on the media host');
  if (!content.fileEncSha256 || !sha256(stored.blob).equals(Buffer.from(content.fileEncSha256))) throw new Error('fileEncSha256 mismatch');
  const data = await decryptMedia(stored.blob, content.mediaKey, kind);
  if (!content.fileSha256 || !sha256(data).equals(Buffer.from(content.fileSha256))) throw new Error('fileSha256 mismatch');
  if (content.fileLength != null && Number(content.fileLength) !== data.length) throw new Error('fileLength mismatch');
  return {
    type: kind,
    mimetype: content.mimetype ?? undefined,
    data,
    fileName: content.fileName ?? undefined,
    caption: content.caption ?? undefined,
    ptt: kind === 'audio' ? !!content.ptt : undefined,
    seconds: content.seconds ?? undefined,
    directPath: stored.directPath,
  };
}

/** The message a phone sends for media it encrypted and stored on the host. */
export function mediaMessage(media: OutgoingMedia, encrypted: EncryptedMedia, location: { url: string; directPath: string }): proto.IMessage {
  const common = {
    url: location.url,
    directPath: location.directPath,
    mediaKey: encrypted.mediaKey,
    mediaKeyTimestamp: Math.floor(Date.now() / 1000),
    fileSha256: encrypted.fileSha256,
    fileEncSha256: encrypted.fileEncSha256,
    fileLength: encrypted.fileLength,
    mimetype: media.mimetype,
  };
  switch (media.type) {
    case 'image':
      return { imageMessage: { ...common, caption: media.caption } };
    case 'video':
      return { videoMessage: { ...common, caption: media.caption, seconds: media.seconds } };
    case 'audio':
      return { audioMessage: { ...common, ptt: !!media.ptt, seconds: media.seconds } };
    case 'document':
      return { documentMessage: { ...common, fileName: media.fileName, title: media.fileName, caption: media.caption } };
    case 'sticker':
      return { stickerMessage: { ...common } };
  }
}
