import { pipeline } from 'node:stream';
import type { InboundContent } from '../connections/transport.js';
import type { TenantScope } from '../platform/db/database.js';
import type { Services } from '../platform/services.js';
import { byteLimit, formatBytes, MEDIA_LIMITS } from '../media/limits.js';
import { loadMediaBytes as loadBytes, recordMedia, writeMedia, type WrittenMedia } from '../media/media.js';
import { MediaRow } from '../media/models.js';

/** The bytes of one of the scope's media files, for the worker that sends it. */
export async function loadMediaBytes(services: Services, scope: TenantScope, mediaId: string): Promise<Buffer> {
  const row = await services.db.tenant(scope, async (trx) => MediaRow.query(trx).findById(mediaId));
  if (!row) throw new Error(`media ${mediaId} is gone`);
  return loadBytes(services, row);
}

export type InboundMedia = Extract<InboundContent, { download: unknown }>;

/** Why the file of a message a person sent was not kept: the message is stored without it, with this as its error. */
export interface MediaNotKept {
  code: 'media_too_large' | 'media_download_failed';
  message: string;
}

const capitalized = (noun: string) => noun.charAt(0).toUpperCase() + noun.slice(1);

/**
 * Downloads the file of a message a person sent into the media store, so that GET /v1/media/{id} serves it:
 * at most MEDIA_MAX_BYTES, within MEDIA_FETCH_TIMEOUT_MS. Not the per-type limits of sending (MEDIA_LIMITS):
 * WhatsApp's apps let people send larger videos and documents than that, and what they sent must not be lost
 * to a limit that only describes what Parley may send. The size the sender declares is a claim: a file declared too large is not
 * downloaded at all, and a download that runs past the limit is stopped there, so nothing larger is ever read.
 * A file that cannot be had comes back as `mediaNotKept`; a failure to record one that was had (the database) throws.
 */
export async function keepInboundMedia(services: Services, scope: TenantScope, content: InboundMedia): Promise<{ media: MediaRow } | { mediaNotKept: MediaNotKept }> {
  const { config, logger } = services;
  const limit = MEDIA_LIMITS[content.type];
  const maxBytes = config.MEDIA_MAX_BYTES;
  const tooLarge = (size: string): { mediaNotKept: MediaNotKept } => ({
    mediaNotKept: {
      code: 'media_too_large',
      message: `${capitalized(limit.noun)} of ${size} arrived; Parley keeps received ${content.type} files of at most ${formatBytes(maxBytes)}, so its file was not downloaded.`,
    },
  });
  if (content.size !== null && content.size > maxBytes) {
    // "257 KB" against a limit of "256 KB" reads as a mistake; close to the limit, bytes tell them apart.
    return tooLarge(formatBytes(content.size) === formatBytes(maxBytes) ? `${content.size} bytes` : formatBytes(content.size));
  }

  const done = new AbortController();
  const deadline = AbortSignal.timeout(config.MEDIA_FETCH_TIMEOUT_MS);
  let overLimit = false;
  let written: WrittenMedia;
  try {
    const file = await content.download(AbortSignal.any([done.signal, deadline]));
    const cap = byteLimit(maxBytes, () => {
      overLimit = true;
      return new Error(`more than ${maxBytes} bytes`);
    });
    written = await writeMedia(services, scope, pipeline(file, cap, () => undefined));
  } catch (error) {
    if (overLimit) return tooLarge(`more than ${formatBytes(maxBytes)}`);
    logger.warn({ err: error, type: content.type }, 'could not download a received file');
    const why = deadline.aborted ? `it took longer than ${config.MEDIA_FETCH_TIMEOUT_MS / 1000} s` : 'the download failed';
    return { mediaNotKept: { code: 'media_download_failed', message: `Parley could not download the ${content.type} file from WhatsApp: ${why}.` } };
  } finally {
    // Whatever happened, nothing more is read: a download still open is dropped.
    done.abort();
  }
  return { media: await recordMedia(services, scope, written, { mimeType: content.mimeType, filename: content.fileName, source: 'inbound' }) };
}
