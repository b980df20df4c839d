import type { components } from '../generated/openapi.js';
import type { SecretBox } from '../platform/crypto.js';
import type { WebhookAttemptRow, WebhookDeliveryRow, WebhookEndpointRow } from './models.js';
import { openWebhookSecret } from './secrets.js';

type Schemas = components['schemas'];

/** Never the secret: it is shown by create and by the secret endpoint only. */
export function presentWebhookEndpoint(row: WebhookEndpointRow): Schemas['WebhookEndpoint'] {
  return {
    id: row.id,
    object: 'webhook_endpoint',
    url: row.url,
    description: row.description,
    events: row.events as Schemas['WebhookEndpoint']['events'],
    enabled: row.enabled,
    disabled_reason: row.disabled_reason,
    failing_since: row.failing_since?.toISOString() ?? null,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

/** The previous secret is shown only while its overlap lasts; after that it signs nothing. */
export function presentWebhookSecret(box: SecretBox, row: WebhookEndpointRow, now = new Date()): Schemas['WebhookEndpointSecret'] {
  const overlapping = row.previous_secret_sealed !== null && row.previous_secret_expires_at !== null && row.previous_secret_expires_at > now;
  return {
    object: 'webhook_endpoint_secret',
    endpoint_id: row.id,
    secret: openWebhookSecret(box, row.secret_sealed),
    previous_secret: overlapping ? openWebhookSecret(box, row.previous_secret_sealed!) : null,
    previous_secret_expires_at: overlapping ? row.previous_secret_expires_at!.toISOString() : null,
  };
}

export function presentWebhookDelivery(row: WebhookDeliveryRow): Schemas['WebhookDelivery'] {
  return {
    id: row.id,
    object: 'webhook_delivery',
    endpoint_id: row.endpoint_id,
    event_id: row.event_id,
    event_type: row.event_type as Schemas['EventType'],
    status: row.status,
    attempt_count: row.attempt_count,
    next_attempt_at: row.next_attempt_at?.toISOString() ?? null,
    last_attempt_at: row.last_attempt_at?.toISOString() ?? null,
    last_status_code: row.last_status_code,
    last_error: row.last_error,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

export function presentWebhookAttempt(row: WebhookAttemptRow): Schemas['WebhookAttempt'] {
  return {
    id: row.id,
    object: 'webhook_attempt',
    delivery_id: row.delivery_id,
    endpoint_id: row.endpoint_id,
    url: row.url,
    attempted_at: row.attempted_at.toISOString(),
    status_code: row.status_code,
    latency_ms: row.latency_ms,
    response_body: row.response_body,
    error: row.error,
  };
}
