/**
 * Files going up (multipart uploads) and coming down (media, QR images): the same code in Node and browsers,
 * built only on Blob, File, FormData and Response.
 */
import { typeOfFileName } from '../internal/mime.js';

/** What an upload accepts: a `File` or `Blob`, bytes, or a stream of bytes. */
export type Uploadable = Blob | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array>;

export interface FileOptions {
  /** The file name Parley records; defaults to the File's own name, else `upload`. */
  filename?: string;
  /** The MIME type; defaults to the Blob's own type, else one guessed from the file name's extension. */
  contentType?: string;
}

export function isUploadable(value: unknown): value is Uploadable {
  return (
    value instanceof Blob ||
    value instanceof Uint8Array ||
    value instanceof ArrayBuffer ||
    (typeof ReadableStream !== 'undefined' && value instanceof ReadableStream)
  );
}

/** A `File` from any uploadable value, for building uploads yourself: `toFile(bytes, 'photo.jpg', { type: 'image/jpeg' })`. */
export async function toFile(value: Uploadable, name?: string, options: { type?: string } = {}): Promise<File> {
  const ownName = typeof File !== 'undefined' && value instanceof File ? value.name : undefined;
  const ownType = value instanceof Blob && value.type !== '' ? value.type : undefined;
  const type = options.type ?? ownType ?? typeOfFileName(name ?? ownName) ?? '';
  // A stream can be read once; reading it into a Blob up front lets a retried upload send it again.
  const part = value instanceof ReadableStream ? await new Response(value).blob() : value;
  // Any Uint8Array is a valid part; DOM's typing only admits those over a non-shared ArrayBuffer.
  return new File([part as Blob], name ?? ownName ?? 'upload', { type });
}

/** The multipart body of an upload: the file under `field`, plus any other (string) fields. */
export async function multipartBody(field: string, file: Uploadable, options: FileOptions = {}, fields: Record<string, unknown> = {}): Promise<FormData> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) form.append(name, String(value));
  const upload = await toFile(file, options.filename, { type: options.contentType });
  form.append(field, upload, upload.name);
  return form;
}

/**
 * A downloaded file (media, a QR image): its type and name from the headers, and the body read the way you need
 * it. The body is read at most once and not before you ask, so large files can be streamed from `body`.
 */
export class Download {
  constructor(readonly response: Response) {}

  /** The `Content-Type`, such as `image/png`. */
  get contentType(): string | null {
    return this.response.headers.get('content-type');
  }

  /** The file name from `Content-Disposition`, when Parley sent one. */
  get filename(): string | null {
    return filenameOf(this.response.headers.get('content-disposition'));
  }

  /** The size in bytes from `Content-Length`, when known. */
  get size(): number | null {
    const length = this.response.headers.get('content-length');
    return length === null ? null : Number(length);
  }

  get body(): ReadableStream<Uint8Array> | null {
    return this.response.body;
  }

  async bytes(): Promise<Uint8Array> {
    return new Uint8Array(await this.response.arrayBuffer());
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    return this.response.arrayBuffer();
  }

  blob(): Promise<Blob> {
    return this.response.blob();
  }

  text(): Promise<string> {
    return this.response.text();
  }
}

function filenameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // fall through to the plain parameter
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/.exec(disposition);
  if (!plain) return null;
  return plain[1] !== undefined ? plain[1].replace(/\\(.)/g, '$1') : (plain[2]?.trim() ?? null);
}
