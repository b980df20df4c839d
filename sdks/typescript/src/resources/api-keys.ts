// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

import { APIResource, parseJson, pathParam } from '../core/index.js';
import type { APIPromise, PagePromise, RequestOptions } from '../core/index.js';
import type { ApiKey, ApiKeyId, ApiKeyWithSecret, CreateApiKeyRequest, DeletedApiKey } from '../types.js';

/**
 * Keys for the API, per mode (`parley_test_...`, `parley_live_...`). A key's secret is shown once, when it is
 * created, and stored only as a hash; a revoked key is refused from the next request on.
 */
export class ApiKeys extends APIResource {
  /**
   * List API keys
   *
   * Active keys, newest first, without secrets. An API key sees keys of its own mode; a console
   * session sees both modes.
   */
  list(query: ApiKeysListParams = {}, options?: RequestOptions): PagePromise<ApiKey> {
    return this._client.requestPage<ApiKey>({ method: 'get', path: '/v1/api-keys', query }, options);
  }

  /**
   * Create an API key
   *
   * Returns the key with its `secret`, which is shown this once and stored only as a hash.
   * An API key may create keys of its own mode only; a console session may create either mode.
   */
  create(body: CreateApiKeyRequest, options?: RequestOptions): APIPromise<ApiKeyWithSecret> {
    return this._client.request({ method: 'post', path: '/v1/api-keys', idempotent: true, body }, options, parseJson<ApiKeyWithSecret>);
  }

  /**
   * Revoke an API key
   *
   * The key is refused from the next request on, by every Parley API server. Revoking is permanent. When Parley cannot reach its Redis to tell the other servers, the revocation is refused with `503 credential_cache_unavailable` and nothing changes: retry.
   */
  revoke(id: ApiKeyId, options?: RequestOptions): APIPromise<DeletedApiKey> {
    return this._client.request({ method: 'delete', path: `/v1/api-keys/${pathParam(id)}` }, options, parseJson<DeletedApiKey>);
  }
}

export type ApiKeysListParams = {
  /**
   * How many objects to return, 1 to 100.
   * @default 10
   */
  limit?: number;
  /**
   * An object id; returns the page of objects that come after it (older).
   */
  starting_after?: string;
  /**
   * An object id; returns the page of objects that come before it (newer).
   */
  ending_before?: string;
};
