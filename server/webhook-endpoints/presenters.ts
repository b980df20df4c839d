import type { components } from '../generated/openapi.js';
import type { SecretBox } from '../platform/crypto.js';
import type { WebhookEndpointRow } from './models.js';
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
