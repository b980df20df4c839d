import { ConnectionRow } from '../connections/models.js';
import { presentConnection } from '../connections/presenters.js';
import { recordEvent } from '../events/record.js';
import type { Transaction, TenantScope } from '../platform/db/database.js';

/**
 * After a 463 the connection starts no new conversation until `until` (the drain holds those messages back;
 * people it already talks to still get theirs). A later pause never shortens an earlier one.
 */
export async function pauseNewContacts(trx: Transaction, scope: TenantScope, connectionId: string, until: Date): Promise<void> {
  const [row] = await ConnectionRow.query(trx)
    .where({ id: connectionId })
    .where((q) => q.whereNull('new_contacts_paused_until').orWhere('new_contacts_paused_until', '<', until))
    .patch({ new_contacts_paused_until: until, updated_at: new Date() })
    .returning('*');
  if (row) await recordEvent(trx, scope, 'connection.updated', presentConnection(row));
}
