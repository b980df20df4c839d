import type { Readable } from 'node:stream';
import busboy from 'busboy';
import type { TenantScope } from '../platform/db/database.js';
import { ApiError, invalidRequest } from '../platform/http/errors.js';
import type { StreamedBody } from '../platform/http/route.js';
import type { Services } from '../platform/services.js';
import { formatBytes } from './limits.js';
import { recordMedia, writeMedia, type WrittenMedia } from './media.js';
import type { MediaRow } from './models.js';

/** Room for the form around the file (boundaries, part headers) in a request's declared length. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

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
  if (body.length !== undefined && body.length > maxBytes + FORM_OVERHEAD_BYTES) return Promise.reject(tooLarge(maxBytes));

  return new Promise((resolve, reject) => {
    let form: busboy.Busboy;
    try {
      // busboy reports a file of exactly `fileSize` bytes as over the limit, hence the one byte more.
      form = busboy({
        headers: { 'content-type': body.contentType },
        limits: { files: 1, fileSize: maxBytes + 1, fields: 10, parts: 20 },
        // Browsers send UTF-8 file names; busboy would read them as Latin-1.
        defParamCharset: 'utf8',
      });
    } catch {
      reject(invalidRequest('invalid_multipart', 'The request body is not a multipart/form-data form with a boundary.'));
      return;
    }
    let file: { written: Promise<WrittenMedia>; mimeType: string; filename: string | undefined } | undefined;
    let settled = false;

    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      // Stop reading; Node discards the rest of the request once the response is sent.
      body.stream.unpipe(form);
      form.destroy();
      // Bytes already (or still being) written belong to no row: remove them.
      file?.written.then((written) => services.media.delete(written.storageKey)).catch(() => undefined);
      reject(error);
    };

    form.on('file', (name, stream: Readable, info) => {
      if (name !== 'file') {
        // Drained, and its error (the form is torn down at once) is of no interest.
        stream.on('error', () => undefined).resume();
        fail(invalidRequest('parameter_unknown', `Unknown form part: ${name}. Send the file in a part named \`file\`.`, name));
        return;
      }
      stream.once('limit', () => stream.destroy(tooLarge(maxBytes)));
      const written = writeMedia(services, scope, stream);
      written.catch(fail);
      file = { written, mimeType: info.mimeType, filename: info.filename };
    });
    form.on('filesLimit', () => fail(invalidRequest('parameter_invalid', 'Send one file per upload; this form has more than one.', 'file')));
    form.on('field', (name) =>
      fail(
        name === 'file'
          ? invalidRequest('parameter_invalid', 'The `file` part must be a file: give it a filename (curl: `-F file=@photo.jpg`).', 'file')
          : invalidRequest('parameter_unknown', `Unknown form field: ${name}. The form takes one part, \`file\`.`, name),
      ),
    );
    form.on('partsLimit', () => fail(invalidRequest('invalid_multipart', 'The form has too many parts; send one part, `file`.')));
    form.on('error', () => fail(invalidRequest('invalid_multipart', 'The request body is not a well-formed multipart/form-data form.')));
    form.on('close', () => {
      if (settled) return;
      if (!file) {
        fail(invalidRequest('parameter_missing', 'Missing required form part: file.', 'file'));
        return;
      }
      // The form is whole and valid: from here the outcome is the row, or the error writing it (recordMedia
      // and writeMedia clean up after themselves).
      settled = true;
      const { written, mimeType, filename } = file;
      written.then((bytes) => recordMedia(services, scope, bytes, { mimeType, filename: filename ?? null, source: 'upload' })).then(resolve, reject);
    });
    // A client that goes away mid-upload never ends the form: fail instead of waiting forever.
    body.stream.once('close', () => {
      if (!(body.stream as Readable & { complete?: boolean }).complete) fail(invalidRequest('invalid_multipart', 'The upload ended early.'));
    });
    body.stream.pipe(form);
  });
}
