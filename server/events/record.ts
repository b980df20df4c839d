import type { Transaction, TenantScope } from '../platform/db/database.js';
import { newId } from '../platform/ids.js';
import type { EventType } from './types.js';

/**
 * Writes a domain event in the caller's transaction, so it commits together with the state change it
 * describes: `{id: "evt_…", type, created_at, data: {object}}`.
 */
export async function recordEvent(trx: Transaction, scope: TenantScope, type: EventType, object: unknown): Promise<string> {
  const row = eventRow(scope, type, object);
  await trx('events').insert(row);
  return row.id;
}

/** The `events` row for a change, for a caller that writes it in a statement of its own making. */
export function eventRow(scope: TenantScope, type: EventType, object: unknown) {
  return { id: newId('event'), account_id: scope.accountId, mode: scope.mode, type, data: { object } };
}

/**
 * Writes several domain events in one statement, in the caller's transaction; their ids follow the order given,
 * as if each had been written by its own recordEvent call.
 */
export async function recordEvents(trx: Transaction, scope: TenantScope, events: Array<{ type: EventType; object: unknown }>): Promise<void> {
  if (events.length === 0) return;
  await trx('events').insert(events.map((event) => eventRow(scope, event.type, event.object)));
}
