import type { TenantScope } from '../platform/db/database.js';
import { ApiError } from '../platform/http/errors.js';
import { receiveFileForm } from '../platform/http/file-form.js';
import type { StreamedBody } from '../platform/http/route.js';
import type { Services } from '../platform/services.js';
import { formatBytes } from './limits.js';
import { recordMedia, writeMedia, type WrittenMedia } from './media.js';
import type { MediaRow } from './models.js';

const tooLarge = (maxBytes: number) =>
  new ApiError(413, 'invalid_request_error', 'body_too_large', `The file is larger than ${formatBytes(maxBytes)} (${maxBytes} bytes), the most Parley accepts.`, {
    param: 'file',
  });

/**
 * Reads an upload form (one part named `file`) straight into the media store and records it. The file is
 * never held in memory, and the row is written only once the whole form has been read and found valid, so
 * a refused upload leaves nothing behind: neither a row nor bytes in the store.
 */
export function receiveUpload(services: Services, scope: TenantScope, body: StreamedBody): Promise<MediaRow> {
  const maxBytes = services.config.MEDIA_MAX_BYTES;
  return new Promise((resolve, reject) => {
    let file: { written: Promise<WrittenMedia>; mimeType: string; filename: string | undefined } | undefined;
    receiveFileForm(body, { maxBytes, tooLarge: () => tooLarge(maxBytes), example: 'photo.jpg' }, {
      file(stream, info, refuse) {
        stream.once('limit', () => stream.destroy(tooLarge(maxBytes)));
        const written = writeMedia(services, scope, stream);
        written.catch(refuse);
        file = { written, mimeType: info.mimeType, filename: info.filename };
      },
      refused(error) {
        // Bytes already (or still being) written belong to no row: remove them.
        file?.written.then((written) => services.media.delete(written.storageKey)).catch(() => undefined);
        reject(error);
      },
      done() {
        // The form is whole and valid: from here the outcome is the row, or the error writing it (recordMedia
        // and writeMedia clean up after themselves).
        const { written, mimeType, filename } = file!;
        written.then((bytes) => recordMedia(services, scope, bytes, { mimeType, filename: filename ?? null, source: 'upload' })).then(resolve, reject);
      },
    });
  });
}
