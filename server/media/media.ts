import { createHash } from 'node:crypto';
import { pipeline, Readable, Transform } from 'node:stream';
import type { TenantScope, Transaction } from '../platform/db/database.js';
import { ApiError, notFound } from '../platform/http/errors.js';
import { newId } from '../platform/ids.js';
import type { Services } from '../platform/services.js';
import { anyAddress, isPublicAddress } from './address-policy.js';
import { normalizeMimeType, safeFilename } from './file-info.js';
import { checkMediaForType, MEDIA_LIMITS, type MediaMessageType } from './limits.js';
import { MediaRow, type MediaSource } from './models.js';
import { MediaObjectMissing, type MediaStore } from './storage.js';
import { fetchMediaUrl } from './url-fetch.js';

export interface NewMedia {
  data: Buffer | Readable;
  mimeType: string;
  filename: string | null;
  source: MediaSource;
}

/** Bytes in the store that no row points at yet. */
export interface WrittenMedia {
  id: string;
  storageKey: string;
  sha256: string;
  size: number;
}

/**
 * Streams `data` into the media store under a new id, hashing and counting it on the way, so even a 100 MB
 * file is never held in memory. A stream that fails leaves nothing in the store.
 */
export async function writeMedia(services: Services, scope: TenantScope, data: Buffer | Readable): Promise<WrittenMedia> {
  const id = newId('media');
  const storageKey = `${scope.accountId}/${scope.mode}/${id}`;
  const { sha256, size } = await putMetered(services.media, storageKey, Buffer.isBuffer(data) ? Readable.from([data]) : data);
  return { id, storageKey, sha256, size };
}

/** Streams `source` into the store under `key`, hashing and counting it on the way; a failing source stores nothing. */
export async function putMetered(store: MediaStore, key: string, source: Readable): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    },
  });
  // pipeline() carries a failure of the source (a broken upload, a download over its limit) into the store's put.
  await store.put(key, pipeline(source, meter, () => undefined));
  return { sha256: hash.digest('hex'), size };
}

/** The row for written bytes, in its own tenant transaction; the bytes are removed again if it cannot be written. */
export async function recordMedia(
  services: Services,
  scope: TenantScope,
  written: WrittenMedia,
  details: Omit<NewMedia, 'data'>,
): Promise<MediaRow> {
  try {
    return await services.db.tenant(scope, async (trx) =>
      MediaRow.query(trx).insertAndFetch({
        id: written.id,
        account_id: scope.accountId,
        mode: scope.mode,
        source: details.source,
        mime_type: normalizeMimeType(details.mimeType),
        size: written.size,
        filename: safeFilename(details.filename),
        sha256: written.sha256,
        storage_key: written.storageKey,
      }),
    );
  } catch (error) {
    await services.media.delete(written.storageKey).catch((cleanup: unknown) =>
      services.logger.error({ err: cleanup, key: written.storageKey }, 'could not remove media whose row was not written'),
    );
    throw error;
  }
}

/** Stores a file (an upload, a fetched URL, inbound media) and records it for the scope's account and mode. */
export async function storeMedia(services: Services, scope: TenantScope, input: NewMedia): Promise<MediaRow> {
  return recordMedia(services, scope, await writeMedia(services, scope, input.data), input);
}

/**
 * Fetches a message's media URL (SSRF-guarded, within MEDIA_FETCH_TIMEOUT_MS, at most the type's limit and
 * MEDIA_MAX_BYTES) and stores it. Call it outside any open transaction: it may take the whole timeout.
 */
export async function fetchMediaFromUrl(
  services: Services,
  scope: TenantScope,
  url: string,
  type: MediaMessageType,
  param: string,
): Promise<MediaRow> {
  const { config } = services;
  const maxBytes = Math.min(MEDIA_LIMITS[type].maxBytes, config.MEDIA_MAX_BYTES);
  const options = {
    param,
    maxBytes,
    timeoutMs: config.MEDIA_FETCH_TIMEOUT_MS,
    isAllowed: config.MEDIA_ALLOW_PRIVATE_NETWORKS ? anyAddress : isPublicAddress,
  };
  return fetchMediaUrl(url, options, async (media) => {
    // The type is known from the headers: refuse a wrong one before downloading anything.
    checkMediaForType(type, { mimeType: media.mimeType, size: media.length ?? 0 }, param);
    return storeMedia(services, scope, { data: media.body, mimeType: media.mimeType, filename: media.filename, source: 'url' });
  });
}

/** The caller's media (row-level security scopes `trx` to its account and mode), or 404. */
export async function findMedia(trx: Transaction, id: string, param = 'id'): Promise<MediaRow> {
  const row = await MediaRow.query(trx).findById(id);
  if (!row) throw notFound('media', id, param);
  if (row.deleted_at) {
    throw new ApiError(410, 'not_found_error', 'media_deleted', `Media ${id} was deleted with the message that held it; its file is gone.`, { param });
  }
  return row;
}

/** A stored media for a message of `type`, in the sender's tenant transaction: 404 when it is not theirs. */
export async function findMediaForMessage(trx: Transaction, id: string, type: MediaMessageType, param: string): Promise<MediaRow> {
  // A deleted file is not there to send: the same 404 as any media that does not exist.
  const row = await MediaRow.query(trx).findById(id);
  if (!row || row.deleted_at) throw notFound('media', id, param);
  checkMediaForType(type, { mimeType: row.mime_type, size: row.size }, param);
  return row;
}

const fileMissing = (row: MediaRow) =>
  new ApiError(404, 'not_found_error', 'media_file_missing', `Media ${row.id} is recorded, but its file is no longer in storage.`, {
    param: 'id',
  });

/** The bytes to send, for the worker. */
export async function loadMediaBytes(services: Services, row: MediaRow): Promise<Buffer> {
  try {
    return await services.media.read(row.storage_key);
  } catch (error) {
    throw error instanceof MediaObjectMissing ? fileMissing(row) : error;
  }
}

/** The bytes as a stream, for downloads. */
export async function openMediaContent(services: Services, row: MediaRow): Promise<Readable> {
  try {
    return await services.media.get(row.storage_key);
  } catch (error) {
    if (!(error instanceof MediaObjectMissing)) throw error;
    services.logger.error({ media_id: row.id, key: row.storage_key }, 'media row without its file');
    throw fileMissing(row);
  }
}
