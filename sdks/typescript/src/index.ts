// @parley/sdk: the Parley client, its errors and runtime classes, and every API type.
import { Parley } from './client.js';

export { Parley };
export default Parley;
export type { ClientOptions, Fetch, RateLimit, RequestOptions, WithResponse } from './core/index.js';
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIPromise,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  Download,
  InternalServerError,
  NotFoundError,
  Page,
  PagePromise,
  ParleyError,
  PermissionDeniedError,
  RateLimitError,
  Stream,
  UnprocessableEntityError,
  WebhookVerificationError,
  toFile,
  type ErrorBody,
  type FileOptions,
  type Uploadable,
} from './core/index.js';
export { Webhooks, unwrapWebhook, type UnwrapOptions, type WebhookHeaders } from './lib/webhooks.js';
export { WEBHOOK_EVENT_TYPES } from './webhook-events.js';
export * from './resources/index.js';
export type * from './types.js';
