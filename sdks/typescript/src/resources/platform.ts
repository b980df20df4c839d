// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

import { APIResource, parseJson, parseText } from '../core/index.js';
import type { APIPromise, RequestOptions } from '../core/index.js';
import type { Health, Readiness } from '../types.js';

/**
 * Health, metrics and this document.
 */
export class Platform extends APIResource {
  /**
   * Liveness
   *
   * Answers 200 while the process is up.
   */
  health(options?: RequestOptions): APIPromise<Health> {
    return this._client.request({ method: 'get', path: '/healthz' }, options, parseJson<Health>);
  }

  /**
   * Readiness
   *
   * Answers 200 when the database (and Redis, when configured) answer; 503 otherwise.
   */
  readiness(options?: RequestOptions): APIPromise<Readiness> {
    return this._client.request({ method: 'get', path: '/readyz' }, options, parseJson<Readiness>);
  }

  /**
   * Prometheus metrics
   *
   * Request latency, WhatsApp connections, webhook attempts and process figures, in the Prometheus text format.
   * Public unless the deployment sets `METRICS_TOKEN`: then only `Authorization: Bearer <METRICS_TOKEN>`
   * (the operator's token, not an API key) is answered, and anything else gets `401 metrics_token_invalid`.
   */
  metrics(options?: RequestOptions): APIPromise<string> {
    return this._client.request({ method: 'get', path: '/metrics', accept: 'text/plain' }, options, parseText);
  }

  /**
   * This document, as JSON
   */
  openapi(options?: RequestOptions): APIPromise<{
    [key: string]: unknown;
  }> {
    return this._client.request({ method: 'get', path: '/openapi.json' }, options, parseJson<{
    [key: string]: unknown;
  }>);
  }

  /**
   * The rendered API reference
   */
  docs(options?: RequestOptions): APIPromise<string> {
    return this._client.request({ method: 'get', path: '/docs', accept: 'text/html' }, options, parseText);
  }
}
