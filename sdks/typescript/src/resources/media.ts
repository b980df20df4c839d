// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

import { APIResource, multipartBody, parseDownload, parseJson, pathParam } from '../core/index.js';
import type { APIPromise, Download, FileOptions, RequestOptions, Uploadable } from '../core/index.js';
import type { Media, MediaId } from '../types.js';

/**
 * Files for media messages, uploaded by you or received from people.
 */
export class MediaResource extends APIResource {
  /**
   * Upload media
   *
   * Upload a file as `multipart/form-data` with one part named `file` (its content type is the part's
   * `Content-Type`, its name the part's filename), e.g. `curl -F file=@photo.jpg`. The answer's `id` goes
   * in a message's `media_id`. At most `MEDIA_MAX_BYTES` (100 MB by default; a larger file is refused with
   * `413 body_too_large` and nothing is stored); the limits of each message type are checked when the
   * media is sent. A form without a `file` part, with a second file, or with other fields is refused.
   *
   * An upload's `Idempotency-Key` is matched by the key alone, not by the file: a retry with the key of an
   * upload that succeeded replays its media object without storing the file again, so use a new key for
   * each new file.
   */
  upload(file: Uploadable, fileOptions?: FileOptions, options?: RequestOptions): APIPromise<Media> {
    return this._client.request({ method: 'post', path: '/v1/media', idempotent: true, body: multipartBody('file', file, fileOptions) }, options, parseJson<Media>);
  }

  /**
   * Download media
   *
   * The file itself, with its content type: uploads, media fetched from a message's `url`, and media
   * people sent to your connections. It comes as an attachment (`Content-Disposition: attachment` with its
   * file name), `Cache-Control: private` and `X-Content-Type-Options: nosniff`. Media of another account or
   * of the other mode is `404`; a file deleted with the message that held it is `410 media_deleted` (and a
   * message naming it is `404`).
   */
  download(id: MediaId, options?: RequestOptions): APIPromise<Download> {
    return this._client.request({ method: 'get', path: `/v1/media/${pathParam(id)}`, accept: '*/*' }, options, parseDownload);
  }
}
