/**
 * Uploading a reply's attachment with `POST /v1/media` through the SDK, reporting how much has gone up: `fetch`
 * cannot tell upload progress, so this one call runs on an SDK client whose fetch is an XMLHttpRequest. The
 * session, its CSRF token and the mode are the console's, as for every other call.
 */
import { Parley, type Media, type MessageType } from '@parley/sdk';
import { getState } from '../api/session';

/** The message type a file is sent as, from its MIME type: WhatsApp's own kinds, and anything else a document. */
export type AttachmentType = Extract<MessageType, 'image' | 'video' | 'audio' | 'document'>;

export function attachmentType(mimeType: string): AttachmentType {
  const kind = mimeType.split('/')[0];
  return kind === 'image' || kind === 'video' || kind === 'audio' ? kind : 'document';
}

/** Audio is the one kind WhatsApp shows without a caption. */
export const takesCaption = (type: AttachmentType): boolean => type !== 'audio';

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function headersOf(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const at = line.indexOf(':');
    if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  return headers;
}

/** A `fetch` over XMLHttpRequest that reports the share of the request body sent (0 to 1). */
function fetchWithProgress(onProgress: (sent: number) => void) {
  return (input: string, init: RequestInit): Promise<Response> =>
    new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(init.method ?? 'GET', input);
      xhr.responseType = 'blob';
      for (const [name, value] of new Headers(init.headers).entries()) xhr.setRequestHeader(name, value);
      xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
      xhr.onload = () => resolve(new Response(xhr.response as Blob, { status: xhr.status, statusText: xhr.statusText, headers: headersOf(xhr.getAllResponseHeaders()) }));
      xhr.onerror = () => reject(new TypeError('The upload did not reach Parley: check the connection and try again.'));
      xhr.onabort = () => reject(new DOMException('The upload was stopped.', 'AbortError'));
      init.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
      xhr.send(init.body as XMLHttpRequestBodyInit | null);
    });
}

export function uploadWithProgress(file: File, onProgress: (sent: number) => void): Promise<Media> {
  const { session, mode } = getState();
  const client = new Parley({
    apiKey: null,
    baseUrl: location.origin,
    fetch: fetchWithProgress(onProgress),
    ...(session ? { csrfToken: session.csrf_token } : {}),
    mode,
    maxRetries: 1,
    // The whole file goes up before Parley answers: a large one on a slow line takes a while.
    timeout: 10 * 60_000,
  });
  return client.media.upload(file, { filename: file.name, contentType: file.type || 'application/octet-stream' });
}
