import type { Readable } from 'node:stream';
import type { TenantScope } from '../platform/db/database.js';
import type { Services } from '../platform/services.js';
import { loadMediaBytes as loadBytes, storeMedia } from '../media/media.js';
import { MediaRow } from '../media/models.js';

/** The bytes of one of the scope's media files, for the worker that sends it. */
export async function loadMediaBytes(services: Services, scope: TenantScope, mediaId: string): Promise<Buffer> {
  const row = await services.db.tenant(scope, async (trx) => MediaRow.query(trx).findById(mediaId));
  if (!row) throw new Error(`media ${mediaId} is gone`);
  return loadBytes(services, row);
}

/** A file a person sent, kept so that GET /v1/media/{id} can serve it. */
export async function storeInboundMedia(services: Services, scope: TenantScope, data: Readable, mimeType: string, filename: string | null): Promise<MediaRow> {
  return storeMedia(services, scope, { data, mimeType, filename, source: 'inbound' });
}
