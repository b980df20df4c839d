import { ApiError } from '../platform/http/errors.js';
import { receiveFileForm } from '../platform/http/file-form.js';
import type { StreamedBody } from '../platform/http/route.js';

const tooLarge = (maxBytes: number) =>
  new ApiError(413, 'invalid_request_error', 'body_too_large', `The file is larger than ${maxBytes / 1024 / 1024} MB (${maxBytes} bytes), the most an import accepts; split it.`, {
    param: 'file',
  });

/** Reads the form's `file` part into memory: an import is parsed whole, and `maxBytes` bounds what it may hold. */
export function readFormFile(body: StreamedBody, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    receiveFileForm(body, { maxBytes, tooLarge: () => tooLarge(maxBytes), example: 'contacts.csv' }, {
      file(stream, _info, refuse) {
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.once('limit', () => refuse(tooLarge(maxBytes)));
      },
      refused: reject,
      done: () => resolve(Buffer.concat(chunks)),
    });
  });
}
