import { recordEvent } from '../events/record.js';
import type { components } from '../generated/openapi.js';
import type { Database, Transaction } from '../platform/db/database.js';
import { conflict, invalidRequest, notFound } from '../platform/http/errors.js';
import { paginate, type PageParams } from '../platform/http/pagination.js';
import { WebhookAttemptRow, WebhookDeliveryRow, WebhookEndpointRow, type WebhookDeliveryStatus } from './models.js';
import { failPendingDeliveries, findWebhookEndpointRow } from './endpoints.js';
import { presentWebhookAttempt, presentWebhookDelivery, presentWebhookEndpoint } from './presenters.js';

type Schemas = components['schemas'];

/** The channel that wakes dispatchers; the `events` fan-out trigger notifies it too. */
export const DELIVERIES_CHANNEL = 'parley_webhook_deliveries';

/** How far back recovery reaches; finished deliveries are kept as long. */
export const DELIVERY_RETENTION_DAYS = 30;

/** Wakes the dispatchers when the transaction commits. */
async function announceDeliveries(trx: Transaction): Promise<void> {
  await trx.raw(`select pg_notify('${DELIVERIES_CHANNEL}', '')`);
}

function mustBeEnabled(endpoint: WebhookEndpointRow, action: string): void {
  if (!endpoint.enabled) {
    throw conflict(
      'webhook_endpoint_disabled',
      `Webhook endpoint ${endpoint.id} is disabled${endpoint.disabled_reason ? ` (${endpoint.disabled_reason})` : ''}, so Parley cannot ${action}; enable it with PATCH /v1/webhook-endpoints/${endpoint.id} {"enabled": true} first.`,
    );
  }
}

export interface DeliveryFilters extends PageParams {
  status?: WebhookDeliveryStatus;
  event_id?: string;
}

export async function listWebhookDeliveries(trx: Transaction, endpointId: string, filters: DeliveryFilters) {
  await findWebhookEndpointRow(trx, endpointId);
  const query = WebhookDeliveryRow.query(trx).where({ endpoint_id: endpointId });
  if (filters.status) query.where({ status: filters.status });
  if (filters.event_id) query.where({ event_id: filters.event_id });
  return paginate(query, filters, presentWebhookDelivery);
}

async function findDeliveryRow(trx: Transaction, id: string, options: { lock?: boolean } = {}): Promise<WebhookDeliveryRow> {
  const query = WebhookDeliveryRow.query(trx).findById(id);
  const row = await (options.lock ? query.forUpdate() : query);
  if (!row) throw notFound('webhook delivery', id);
  return row;
}

export async function findWebhookDelivery(trx: Transaction, id: string): Promise<Schemas['WebhookDelivery']> {
  return presentWebhookDelivery(await findDeliveryRow(trx, id));
}

export async function listWebhookAttempts(trx: Transaction, deliveryId: string, page: PageParams) {
  await findDeliveryRow(trx, deliveryId);
  return paginate(WebhookAttemptRow.query(trx).where({ delivery_id: deliveryId }), page, presentWebhookAttempt);
}

/** Due at once, with a fresh schedule; whatever the status, and the answer says what it was. */
export async function retryWebhookDelivery(trx: Transaction, id: string): Promise<Schemas['WebhookDeliveryRetry']> {
  const before = await findDeliveryRow(trx, id, { lock: true });
  mustBeEnabled(await findWebhookEndpointRow(trx, before.endpoint_id), 'retry its deliveries');
  const row = await WebhookDeliveryRow.query(trx).patchAndFetchById(id, requeue());
  await announceDeliveries(trx);
  const messages: Record<WebhookDeliveryStatus, string> = {
    succeeded: `Delivery ${id} had already succeeded; it is queued again, so the endpoint receives event ${row.event_id} once more, under the same webhook-id.`,
    failed: `Delivery ${id} had failed; it is queued again with a fresh retry schedule.`,
    pending: `Delivery ${id} was still pending; its next attempt is now, with a fresh retry schedule.`,
  };
  return { object: 'webhook_delivery_retry', previous_status: before.status, message: messages[before.status], delivery: presentWebhookDelivery(row) };
}

const requeue = () => ({ status: 'pending' as const, next_attempt_at: new Date(), round_attempts: 0, finished_at: null, updated_at: new Date() });

/** Queues again every failed delivery of this endpoint since `since`. */
export async function recoverWebhookEndpoint(
  trx: Transaction,
  endpointId: string,
  input: Schemas['RecoverWebhookEndpointRequest'],
  now = new Date(),
): Promise<Schemas['WebhookRecovery']> {
  const since = new Date(input.since);
  const oldest = new Date(now.getTime() - DELIVERY_RETENTION_DAYS * 86_400_000);
  if (since < oldest) {
    throw invalidRequest('since_too_old', `since must be within the last ${DELIVERY_RETENTION_DAYS} days (from ${oldest.toISOString()}); older deliveries are not kept.`, 'since');
  }
  if (since > now) throw invalidRequest('since_in_future', 'since is in the future; give the time from which to redeliver.', 'since');
  const endpoint = await findWebhookEndpointRow(trx, endpointId);
  mustBeEnabled(endpoint, 'recover its deliveries');
  const requeued = await WebhookDeliveryRow.query(trx)
    .where({ endpoint_id: endpointId, status: 'failed' })
    .where('created_at', '>=', since)
    .patch(requeue());
  if (requeued > 0) await announceDeliveries(trx);
  return { object: 'webhook_recovery', endpoint_id: endpointId, since: since.toISOString(), requeued };
}

/** A webhook.test event for this endpoint alone (the fan-out trigger skips the type). */
export async function testWebhookEndpoint(trx: Transaction, endpointId: string): Promise<Schemas['WebhookDelivery']> {
  const endpoint = await findWebhookEndpointRow(trx, endpointId);
  mustBeEnabled(endpoint, 'send it a test event');
  const scope = { accountId: endpoint.account_id, mode: endpoint.mode };
  const object: Schemas['WebhookTest'] = {
    object: 'webhook_test',
    endpoint_id: endpoint.id,
    message: `A test event from Parley for webhook endpoint ${endpoint.id}. If its signature verifies, the endpoint is set up.`,
  };
  const eventId = await recordEvent(trx, scope, 'webhook.test', object);
  const result = await trx.raw<{ rows: Record<string, unknown>[] }>(
    `insert into webhook_deliveries (id, account_id, mode, endpoint_id, event_id, event_type, next_attempt_at)
     values (parley_new_id('dlv'), ?, ?, ?, ?, 'webhook.test', now())
     returning *`,
    [scope.accountId, scope.mode, endpoint.id, eventId],
  );
  await announceDeliveries(trx);
  return presentWebhookDelivery(WebhookDeliveryRow.fromDatabaseJson(result.rows[0]!));
}

/**
 * Parley's own disabling (410 Gone, or failing for 5 days): the endpoint, its pending deliveries, and the
 * webhook_endpoint.disabled event, in the caller's transaction. Only endpoints still enabled are touched.
 */
export async function disableWebhookEndpoints(
  trx: Transaction,
  reasons: Map<string, 'endpoint_gone' | 'endpoint_failing'>,
  now: Date,
): Promise<WebhookEndpointRow[]> {
  if (reasons.size === 0) return [];
  const ids = [...reasons.keys()];
  const result = await trx.raw<{ rows: Record<string, unknown>[] }>(
    `update webhook_endpoints e set enabled = false, disabled_reason = v.reason, updated_at = ?
       from unnest(?::text[], ?::text[]) as v(id, reason)
      where e.id = v.id and e.enabled
      returning e.*`,
    [now, ids, ids.map((id) => reasons.get(id)!)],
  );
  const rows = result.rows.map((raw) => WebhookEndpointRow.fromDatabaseJson(raw));
  await failPendingDeliveries(trx, rows.map((row) => row.id), now);
  for (const row of rows) {
    await recordEvent(trx, { accountId: row.account_id, mode: row.mode }, 'webhook_endpoint.disabled', presentWebhookEndpoint(row));
  }
  return rows;
}

const PURGE_BATCH = 10_000;

/**
 * Deletes deliveries (and their attempts) finished more than the retention ago, a batch per transaction so no
 * transaction holds many locks, until none is left (or a bound, so one run cannot go on for ever).
 */
export async function purgeFinishedDeliveries(db: Database, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - DELIVERY_RETENTION_DAYS * 86_400_000);
  let purged = 0;
  for (let batch = 0; batch < 1_000; batch += 1) {
    const result = await db.system((trx) =>
      trx.raw<{ rowCount: number }>(
        `delete from webhook_deliveries where id in (
           select id from webhook_deliveries where status <> 'pending' and finished_at < ? limit ${PURGE_BATCH})`,
        [before],
      ),
    );
    purged += result.rowCount;
    if (result.rowCount < PURGE_BATCH) break;
  }
  return purged;
}
