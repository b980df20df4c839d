// The public runtime, as generated resources and hand-written extras import it.
export { APIPromise, rateLimitOf, type RateLimit, type WithResponse } from './api-promise.js';
export { BaseClient, DEFAULT_BASE_URL, parseDownload, parseEmpty, parseJson, parseText, type ClientOptions, type Fetch, type RequestSpec } from './client.js';
export * from './errors.js';
export { Page, PagePromise, type ListResponse } from './pagination.js';
export type { RequestOptions } from './request-options.js';
export { APIResource } from './resource.js';
export { readServerSentEvents, type ServerSentEvent } from './sse.js';
export { Stream } from './streaming.js';
export { Download, isUploadable, multipartBody, toFile, type FileOptions, type Uploadable } from './uploads.js';
export { pathParam } from '../internal/url.js';
