import type { Readable } from 'node:stream';
import busboy from 'busboy';
import { ApiError, invalidRequest } from './errors.js';
import type { StreamedBody } from './route.js';

const malformed = () => invalidRequest('invalid_multipart', 'The request body is not a well-formed multipart/form-data form.');

/** Room for the form around the file (boundaries, part headers) in a request's declared length. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

export interface FileFormOptions {
  maxBytes: number;
  /** The error for a file over `maxBytes`. */
  tooLarge: () => ApiError;
  /** A file name for the curl hint in errors (`-F file=@photo.jpg`). */
  example: string;
}

export interface FileFormHandlers {
  /** The part named `file`, at most once; `refuse` stops the form (its limit event is the handler's to watch). */
  file(stream: Readable, info: busboy.FileInfo, refuse: (error: unknown) => void): void;
  /** The whole form was read, held a `file` part and nothing else, and nothing refused it. */
  done(): void;
  /** The form was refused (at most once, and never after `done`). */
  refused(error: unknown): void;
}

/**
 * Streams a multipart/form-data body that must hold exactly one file part named `file` (uploads and imports),
 * refusing anything else in it with the one error contract. The caller decides what becomes of the file.
 */
export function receiveFileForm(body: StreamedBody, options: FileFormOptions, handlers: FileFormHandlers): void {
  const { maxBytes, tooLarge, example } = options;
  if (body.length !== undefined && body.length > maxBytes + FORM_OVERHEAD_BYTES) return handlers.refused(tooLarge());
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
    return handlers.refused(invalidRequest('invalid_multipart', 'The request body is not a multipart/form-data form with a boundary.'));
  }
  let received = false;
  let settled = false;
  const refuse = (error: unknown) => {
    if (settled) return;
    settled = true;
    // Stop reading; Node discards the rest of the request once the response is sent.
    body.stream.unpipe(form);
    form.destroy();
    handlers.refused(error);
  };

  form.on('file', (name, stream: Readable, info) => {
    if (name !== 'file') {
      // Drained, and its error (the form is torn down at once) is of no interest.
      stream.on('error', () => undefined).resume();
      refuse(invalidRequest('parameter_unknown', `Unknown form part: ${name}. Send the file in a part named \`file\`.`, name));
      return;
    }
    received = true;
    // A form cut short errors the part it was reading: that refuses the form, whether or not the handler listens.
    stream.on('error', (error) => refuse(error instanceof ApiError ? error : malformed()));
    handlers.file(stream, info, refuse);
  });
  form.on('filesLimit', () => refuse(invalidRequest('parameter_invalid', 'Send one file at a time; this form has more than one.', 'file')));
  form.on('field', (name) =>
    refuse(
      name === 'file'
        ? invalidRequest('parameter_invalid', `The \`file\` part must be a file: give it a filename (curl: \`-F file=@${example}\`).`, 'file')
        : invalidRequest('parameter_unknown', `Unknown form field: ${name}. The form takes one part, \`file\`.`, name),
    ),
  );
  form.on('partsLimit', () => refuse(invalidRequest('invalid_multipart', 'The form has too many parts; send one part, `file`.')));
  form.on('error', () => refuse(malformed()));
  form.on('close', () => {
    if (settled) return;
    if (!received) return refuse(invalidRequest('parameter_missing', 'Missing required form part: file.', 'file'));
    settled = true;
    handlers.done();
  });
  // A client that goes away mid-upload never ends the form: refuse instead of waiting forever.
  body.stream.once('close', () => {
    if (!(body.stream as Readable & { complete?: boolean }).complete) refuse(invalidRequest('invalid_multipart', 'The upload ended early.'));
  });
  body.stream.pipe(form);
}
