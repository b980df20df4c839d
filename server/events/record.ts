import type { Transaction, TenantScope } from '../platform/db/database.js';
import { newId } from '../platform/ids.js';
import type { EventType } from './types.js';

/**
 * Writes a domain event in the caller's transaction, so it commits together with the state change it
 * describes: `{id: "evt_…", type, created_at, data: {object}}`.
 */
export async function recordEvent(trx: Transaction, scope: TenantScope, type: EventType, object: unknown): Promise<string> {
  const id = newId('event');
  await trx('events').insert({ id, account_id: scope.accountId, mode: scope.mode, type, data: { object } });
  return id;
}
