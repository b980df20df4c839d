import { EVENT_TYPES, isEventType } from '../events/types.js';
import type { components } from '../generated/openapi.js';
import { scopeOf, type Actor } from '../platform/actor.js';
import { admitCount } from '../usage/limits.js';
import type { Transaction } from '../platform/db/database.js';
import { invalidRequest, notFound } from '../platform/http/errors.js';
import { paginate, type PageParams } from '../platform/http/pagination.js';
import { newId } from '../platform/ids.js';
import type { Services } from '../platform/services.js';
import { WebhookEndpointRow } from './models.js';
import { presentWebhookEndpoint, presentWebhookSecret } from './presenters.js';
import { newWebhookSecret, ROTATION_OVERLAP_MS, sealWebhookSecret } from './secrets.js';
import type { CheckedWebhookUrl } from './url-policy.js';

type Schemas = components['schemas'];

/** Exactly ['*'], or known types only; every unknown type is named so several typos are found at once. */
function checkEvents(events: string[]): string[] {
  if (events.includes('*')) {
    if (events.length > 1) {
      throw invalidRequest('events_invalid', 'events is either ["*"] for every type or a list of event types, not both.', 'events');
    }
    return events;
  }
  const unknown = events.filter((type) => !isEventType(type));
  if (unknown.length > 0) {
    throw invalidRequest(
      'event_type_unknown',
      `Unknown event type${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Known types: ${EVENT_TYPES.join(', ')}; or ["*"] for all.`,
      'events',
    );
  }
  return events;
}

export async function createWebhookEndpoint(
  trx: Transaction,
  services: Services,
  actor: Actor,
  input: Schemas['CreateWebhookEndpointRequest'],
  checked: CheckedWebhookUrl,
): Promise<Schemas['WebhookEndpoint']> {
  const events = checkEvents(input.events);
  await admitCount(trx, services.config, scopeOf(actor), 'webhook_endpoints', async () => Number((await trx('webhook_endpoints').count({ n: '*' }).first())?.n ?? 0), {
    remedy: 'Delete one you no longer use (one endpoint can subscribe to many event types), or',
  });
  const secret = newWebhookSecret();
  const row = await WebhookEndpointRow.query(trx).insertAndFetch({
    id: newId('webhookEndpoint'),
    account_id: actor.accountId,
    mode: actor.mode,
    url: checked.url,
    description: input.description ?? null,
    events: JSON.stringify(events) as unknown as string[],
    enabled: input.enabled ?? true,
    secret_sealed: sealWebhookSecret(services.secrets, secret),
  });
  return { ...presentWebhookEndpoint(row), secret };
}

export function listWebhookEndpoints(trx: Transaction, query: PageParams) {
  return paginate(WebhookEndpointRow.query(trx), query, presentWebhookEndpoint);
}

export async function findWebhookEndpointRow(trx: Transaction, id: string, options: { lock?: boolean } = {}): Promise<WebhookEndpointRow> {
  const query = WebhookEndpointRow.query(trx).findById(id);
  const row = await (options.lock ? query.forUpdate() : query);
  if (!row) throw notFound('webhook endpoint', id);
  return row;
}

export async function findWebhookEndpoint(trx: Transaction, id: string): Promise<Schemas['WebhookEndpoint']> {
  return presentWebhookEndpoint(await findWebhookEndpointRow(trx, id));
}

export async function updateWebhookEndpoint(
  trx: Transaction,
  id: string,
  input: Schemas['UpdateWebhookEndpointRequest'],
  checked: CheckedWebhookUrl | undefined,
): Promise<Schemas['WebhookEndpoint']> {
  const before = await findWebhookEndpointRow(trx, id, { lock: true });
  const now = new Date();
  const row = await WebhookEndpointRow.query(trx).patchAndFetchById(id, {
    ...(checked ? { url: checked.url } : {}),
    ...(input.events !== undefined ? { events: JSON.stringify(checkEvents(input.events)) as unknown as string[] } : {}),
    ...(input.description !== undefined ? { description: input.description } : {}),
    // Enabling starts afresh: the failure streak that may have disabled it is over.
    ...(input.enabled === true && !before.enabled ? { enabled: true, disabled_reason: null, failing_since: null } : {}),
    ...(input.enabled === false ? { enabled: false } : {}),
    updated_at: now,
  });
  if (before.enabled && !row.enabled) await failPendingDeliveries(trx, [id], now);
  return presentWebhookEndpoint(row);
}

export async function deleteWebhookEndpoint(trx: Transaction, id: string): Promise<Schemas['DeletedWebhookEndpoint']> {
  const deleted = await WebhookEndpointRow.query(trx).deleteById(id);
  if (deleted === 0) throw notFound('webhook endpoint', id);
  return { id, object: 'webhook_endpoint', deleted: true };
}

export async function findWebhookEndpointSecret(trx: Transaction, services: Services, id: string): Promise<Schemas['WebhookEndpointSecret']> {
  return presentWebhookSecret(services.secrets, await findWebhookEndpointRow(trx, id));
}

/**
 * The current secret becomes the previous one for ROTATION_OVERLAP_MS; a previous secret still overlapping
 * is dropped, since a delivery carries at most the two newest signatures.
 */
export async function rotateWebhookEndpointSecret(trx: Transaction, services: Services, id: string): Promise<Schemas['WebhookEndpointSecret']> {
  const current = await findWebhookEndpointRow(trx, id, { lock: true });
  const now = new Date();
  const row = await WebhookEndpointRow.query(trx).patchAndFetchById(id, {
    secret_sealed: sealWebhookSecret(services.secrets, newWebhookSecret()),
    previous_secret_sealed: current.secret_sealed,
    previous_secret_expires_at: new Date(now.getTime() + ROTATION_OVERLAP_MS),
    updated_at: now,
  });
  return presentWebhookSecret(services.secrets, row, now);
}

/**
 * Ends the pending deliveries of endpoints that were just disabled: `failed`, so that recovery can send them
 * once the endpoint is enabled again.
 */
export async function failPendingDeliveries(trx: Transaction, endpointIds: string[], now: Date): Promise<void> {
  if (endpointIds.length === 0) return;
  await trx.raw(
    `update webhook_deliveries set status = 'failed', next_attempt_at = null, finished_at = ?, updated_at = ?,
            last_error = 'the endpoint was disabled' || coalesce('; the last attempt: ' || last_error, '')
      where endpoint_id = any(?) and status = 'pending'`,
    [now, now, endpointIds],
  );
}
