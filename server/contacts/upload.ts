import type { Readable } from 'node:stream';
import busboy from 'busboy';
import { ApiError, invalidRequest } from '../platform/http/errors.js';
import type { StreamedBody } from '../platform/http/route.js';

/** Room for the form around the file (boundaries, part headers) in a request's declared length. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

const tooLarge = (maxBytes: number) =>
  new ApiError(413, 'invalid_request_error', 'body_too_large', `The file is larger than ${maxBytes / 1024 / 1024} MB (${maxBytes} bytes), the most an import accepts; split it.`, {
    param: 'file',
  });

/**
 * Reads a form with one file part named `file` into memory (an import is parsed whole and bounded by
 * `maxBytes`). Anything else in the form refuses it.
 */
export function readFormFile(body: StreamedBody, maxBytes: number): Promise<Buffer> {
  if (body.length !== undefined && body.length > maxBytes + FORM_OVERHEAD_BYTES) return Promise.reject(tooLarge(maxBytes));
  return new Promise((resolve, reject) => {
    let form: busboy.Busboy;
    try {
      // busboy reports a file of exactly `fileSize` bytes as over the limit, hence the one byte more.
      form = busboy({ headers: { 'content-type': body.contentType }, limits: { files: 1, fileSize: maxBytes + 1, fields: 10, parts: 20 } });
    } catch {
      reject(invalidRequest('invalid_multipart', 'The request body is not a multipart/form-data form with a boundary.'));
      return;
    }
    const chunks: Buffer[] = [];
    let received = false;
    let settled = false;
    const fail = (error: ApiError) => {
      if (settled) return;
      settled = true;
      body.stream.unpipe(form);
      form.destroy();
      reject(error);
    };
    form.on('file', (name, stream: Readable) => {
      if (name !== 'file') {
        stream.on('error', () => undefined).resume();
        fail(invalidRequest('parameter_unknown', `Unknown form part: ${name}. Send the CSV file in a part named \`file\`.`, name));
        return;
      }
      received = true;
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.once('limit', () => fail(tooLarge(maxBytes)));
    });
    form.on('filesLimit', () => fail(invalidRequest('parameter_invalid', 'Send one file per import; this form has more than one.', 'file')));
    form.on('field', (name) =>
      fail(
        name === 'file'
          ? invalidRequest('parameter_invalid', 'The `file` part must be a file: give it a filename (curl: `-F file=@contacts.csv`).', 'file')
          : invalidRequest('parameter_unknown', `Unknown form field: ${name}. The form takes one part, \`file\`.`, name),
      ),
    );
    form.on('partsLimit', () => fail(invalidRequest('invalid_multipart', 'The form has too many parts; send one part, `file`.')));
    form.on('error', () => fail(invalidRequest('invalid_multipart', 'The request body is not a well-formed multipart/form-data form.')));
    form.on('close', () => {
      if (settled) return;
      if (!received) return fail(invalidRequest('parameter_missing', 'Missing required form part: file.', 'file'));
      settled = true;
      resolve(Buffer.concat(chunks));
    });
    body.stream.once('close', () => {
      if (!(body.stream as Readable & { complete?: boolean }).complete) fail(invalidRequest('invalid_multipart', 'The upload ended early.'));
    });
    body.stream.pipe(form);
  });
}
