// History sync with past chats: as WhatsApp's phones do for a payload of any size, the phone uploads the zlib'd
// proto.HistorySync encrypted to the media host (History keys) and names it in the notification.
import type { proto } from '@whiskeysockets/baileys';
import { encryptMedia, type MediaKind } from './media.js';
import type { WhatsAppSimulator } from './server.js';

/** Uploads a deflated HistorySync for `phone` and returns the notification fields that name it. */
export async function uploadHistory(sim: WhatsAppSimulator, phone: string, payload: Buffer): Promise<proto.Message.IHistorySyncNotification> {
  // Baileys derives the keys of 'md-msg-hist' with HKDF info "WhatsApp History Keys", as for any media type.
  const encrypted = await encryptMedia(payload, 'md-msg-hist' as MediaKind);
  const stored = sim.media.store('md-msg-hist', encrypted.blob, phone);
  return {
    mediaKey: encrypted.mediaKey,
    fileSha256: encrypted.fileSha256,
    fileEncSha256: encrypted.fileEncSha256,
    fileLength: encrypted.fileLength,
    directPath: stored.directPath,
  };
}
