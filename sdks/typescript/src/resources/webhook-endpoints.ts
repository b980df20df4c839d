// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

import { APIResource, parseJson, pathParam } from '../core/index.js';
import type { APIPromise, PagePromise, RequestOptions } from '../core/index.js';
import type { CreateWebhookEndpointRequest, DeletedWebhookEndpoint, EventId, RecoverWebhookEndpointRequest, UpdateWebhookEndpointRequest, WebhookAttempt, WebhookDelivery, WebhookDeliveryId, WebhookDeliveryRetry, WebhookDeliveryStatus, WebhookEndpoint, WebhookEndpointId, WebhookEndpointSecret, WebhookRecovery } from '../types.js';

/**
 * URLs that receive the account's events as signed HTTP POSTs, per mode. Each endpoint subscribes to event
 * types (or `*`) and has its own signing secret (`whsec_...`) in the Standard Webhooks format that the svix
 * libraries verify. Rotating the secret keeps the previous one in use for 24 hours. URLs on private,
 * loopback, link-local or cloud-metadata addresses are refused, when the endpoint is saved and again when
 * Parley delivers.
 *
 * **Delivery.** Each event is POSTed as JSON (the same object `GET /v1/events/{id}` returns) to every enabled
 * endpoint subscribed to its type, with the Standard Webhooks headers `webhook-id` (the event id: the same
 * on every retry, so deduplicate on it), `webhook-timestamp` (Unix seconds, fresh on each attempt) and
 * `webhook-signature` (`v1,<base64 HMAC-SHA256>`; two of them, space-separated, while a rotated secret
 * overlaps). Verify with svix's `Webhook.verify` or any Standard Webhooks library.
 *
 * A 2xx answer within 15 seconds is success. Anything else (another status, a redirect, which is not
 * followed, a timeout or a network error) is retried: 5 seconds, 5 minutes, 30 minutes, 2 hours, 5 hours,
 * 10 hours and 10 hours after the first attempt's failure, each with up to 10 % jitter; then the delivery
 * is `failed`. On 429 or 503 a `Retry-After` between 5 seconds and 10 hours replaces the scheduled wait.
 * Deliveries are at least once and not ordered: order by the event's `created_at` if you need to.
 *
 * An endpoint that answers `410 Gone`, or that has failed every attempt for 5 days, is disabled, with a
 * `webhook_endpoint.disabled` event; its pending deliveries become `failed`. Enable it again with
 * PATCH, then redeliver what it missed with `POST /v1/webhook-endpoints/{id}/recover`. A disabled endpoint
 * gets no new deliveries; events of that time stay readable with `GET /v1/events`.
 *
 * Every attempt is logged with its status code, latency and the first 1 KB of the answer, or the network
 * error. Deliveries and their attempts are kept for 30 days after they finish.
 */
export class WebhookEndpoints extends APIResource {
  /**
   * List webhook endpoints
   *
   * The endpoints of the calling mode, newest first. Secrets are not listed.
   */
  list(query: WebhookEndpointsListParams = {}, options?: RequestOptions): PagePromise<WebhookEndpoint> {
    return this._client.requestPage<WebhookEndpoint>({ method: 'get', path: '/v1/webhook-endpoints', query }, options);
  }

  /**
   * Create a webhook endpoint
   *
   * The endpoint's mode is the caller's. The answer carries the signing `secret`; keep it, and read it again
   * with `GET /v1/webhook-endpoints/{id}/secret`. The URL must be http(s), without credentials, and its host
   * must resolve to public addresses only (`400 url_not_allowed` otherwise), except that a test-mode
   * endpoint may point at the server's own machine (`127.0.0.1`, `localhost`, `[::1]`) where the operator
   * allows it, as the embedded development setup does. An account has at most its plan's endpoints per mode
   * (`403 plan_limit_reached`, `param`: `webhook_endpoints`).
   */
  create(body: CreateWebhookEndpointRequest, options?: RequestOptions): APIPromise<WebhookEndpoint> {
    return this._client.request({ method: 'post', path: '/v1/webhook-endpoints', idempotent: true, body }, options, parseJson<WebhookEndpoint>);
  }

  /**
   * Retrieve a webhook endpoint
   */
  retrieve(id: WebhookEndpointId, options?: RequestOptions): APIPromise<WebhookEndpoint> {
    return this._client.request({ method: 'get', path: `/v1/webhook-endpoints/${pathParam(id)}` }, options, parseJson<WebhookEndpoint>);
  }

  /**
   * Update a webhook endpoint
   *
   * Changes its URL (checked like a new one), event types, description, or pauses it (`enabled`).
   */
  update(id: WebhookEndpointId, body: UpdateWebhookEndpointRequest, options?: RequestOptions): APIPromise<WebhookEndpoint> {
    return this._client.request({ method: 'patch', path: `/v1/webhook-endpoints/${pathParam(id)}`, body }, options, parseJson<WebhookEndpoint>);
  }

  /**
   * Delete a webhook endpoint
   *
   * No further events are delivered to it.
   */
  delete(id: WebhookEndpointId, options?: RequestOptions): APIPromise<DeletedWebhookEndpoint> {
    return this._client.request({ method: 'delete', path: `/v1/webhook-endpoints/${pathParam(id)}` }, options, parseJson<DeletedWebhookEndpoint>);
  }

  /**
   * Retrieve an endpoint's signing secret
   *
   * The current secret, and while a rotation's overlap lasts the previous one with the time it stops
   * being used.
   */
  retrieveSecret(id: WebhookEndpointId, options?: RequestOptions): APIPromise<WebhookEndpointSecret> {
    return this._client.request({ method: 'get', path: `/v1/webhook-endpoints/${pathParam(id)}/secret` }, options, parseJson<WebhookEndpointSecret>);
  }

  /**
   * Rotate an endpoint's signing secret
   *
   * Makes a new secret current. For 24 hours the previous one stays in use too: each delivery carries a
   * signature by each secret, so a receiver can move to the new one without missing events. Rotating again
   * within those 24 hours retires the older previous secret at once.
   */
  rotateSecret(id: WebhookEndpointId, options?: RequestOptions): APIPromise<WebhookEndpointSecret> {
    return this._client.request({ method: 'post', path: `/v1/webhook-endpoints/${pathParam(id)}/rotate-secret`, idempotent: true }, options, parseJson<WebhookEndpointSecret>);
  }

  /**
   * Send a test event
   *
   * Records a `webhook.test` event and delivers it to this endpoint only, signed and retried like any other
   * event. The answer is the delivery; follow it with `GET /v1/webhook-deliveries/{id}/attempts`. A disabled
   * endpoint is refused with `409 webhook_endpoint_disabled`.
   */
  test(id: WebhookEndpointId, options?: RequestOptions): APIPromise<WebhookDelivery> {
    return this._client.request({ method: 'post', path: `/v1/webhook-endpoints/${pathParam(id)}/test`, idempotent: true }, options, parseJson<WebhookDelivery>);
  }

  /**
   * Redeliver failed deliveries
   *
   * Queues again, at once, every `failed` delivery to this endpoint of an event created at or after
   * `since` (at most 30 days ago), each with a fresh retry schedule. Use it after an outage, once the
   * endpoint is enabled again (a disabled endpoint is refused with `409 webhook_endpoint_disabled`).
   */
  recover(id: WebhookEndpointId, body: RecoverWebhookEndpointRequest, options?: RequestOptions): APIPromise<WebhookRecovery> {
    return this._client.request({ method: 'post', path: `/v1/webhook-endpoints/${pathParam(id)}/recover`, idempotent: true, body }, options, parseJson<WebhookRecovery>);
  }

  /**
   * List an endpoint's deliveries
   *
   * One delivery per event sent to this endpoint, newest event first.
   */
  listDeliveries(id: WebhookEndpointId, query: WebhookEndpointsListDeliveriesParams = {}, options?: RequestOptions): PagePromise<WebhookDelivery> {
    return this._client.requestPage<WebhookDelivery>({ method: 'get', path: `/v1/webhook-endpoints/${pathParam(id)}/deliveries`, query }, options);
  }

  /**
   * Retrieve a delivery
   */
  retrieveDelivery(id: WebhookDeliveryId, options?: RequestOptions): APIPromise<WebhookDelivery> {
    return this._client.request({ method: 'get', path: `/v1/webhook-deliveries/${pathParam(id)}` }, options, parseJson<WebhookDelivery>);
  }

  /**
   * List a delivery's attempts
   *
   * Every attempt to deliver it, newest first, with what the endpoint answered.
   */
  listDeliveryAttempts(id: WebhookDeliveryId, query: WebhookEndpointsListDeliveryAttemptsParams = {}, options?: RequestOptions): PagePromise<WebhookAttempt> {
    return this._client.requestPage<WebhookAttempt>({ method: 'get', path: `/v1/webhook-deliveries/${pathParam(id)}/attempts`, query }, options);
  }

  /**
   * Retry a delivery now
   *
   * Queues the delivery for an attempt at once, with a fresh retry schedule. Allowed whatever its status: a
   * delivery that already succeeded is sent again (same `webhook-id`), and the answer says so in
   * `previous_status` and `message`. A disabled endpoint is refused with `409 webhook_endpoint_disabled`.
   */
  retryDelivery(id: WebhookDeliveryId, options?: RequestOptions): APIPromise<WebhookDeliveryRetry> {
    return this._client.request({ method: 'post', path: `/v1/webhook-deliveries/${pathParam(id)}/retry`, idempotent: true }, options, parseJson<WebhookDeliveryRetry>);
  }
}

export type WebhookEndpointsListParams = {
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

export type WebhookEndpointsListDeliveriesParams = {
  /**
   * Only deliveries in this status.
   */
  status?: WebhookDeliveryStatus;
  /**
   * Only the delivery of this event.
   */
  event_id?: EventId;
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

export type WebhookEndpointsListDeliveryAttemptsParams = {
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
