import type { TenantScope, Transaction } from '../platform/db/database.js';
import { notFound } from '../platform/http/errors.js';
import type { Services } from '../platform/services.js';
import type { MediaFile } from './send.js';

// Bridges to the media store, which lands with server/media/.
export async function loadMediaBytes(_services: Services, _scope: TenantScope, mediaId: string): Promise<Buffer> {
  throw new Error(`media ${mediaId}: no media store yet`);
}

export async function storeInboundMedia(_services: Services, _scope: TenantScope, _data: Buffer, _mimeType: string, _fileName: string | null): Promise<MediaFile> {
  throw new Error('no media store yet');
}

export async function findMediaForMessage(trx: Transaction, id: string): Promise<MediaFile> {
  const row = (await trx('media').where({ id }).first()) as MediaFile | undefined;
  if (!row) throw notFound('media', id);
  return row;
}
