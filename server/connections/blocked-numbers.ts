import type { TenantScope, Transaction } from '../platform/db/database.js';

/** A change to a number's blocklist: some numbers blocked or unblocked, or the whole list as WhatsApp gave it. */
export type BlocklistChange = { phoneNumbers: string[]; blocked: boolean } | { all: string[] };

/** Keeps the connection's stored blocklist (see the blocked_numbers migration) in step with a change. */
export async function recordBlocklist(trx: Transaction, scope: TenantScope, connectionId: string, change: BlocklistChange): Promise<void> {
  const rows = (phones: string[]) => phones.map((phone) => ({ account_id: scope.accountId, mode: scope.mode, connection_id: connectionId, phone_number: phone }));
  if ('all' in change) {
    await trx('blocked_numbers').where({ connection_id: connectionId }).whereNotIn('phone_number', change.all).delete();
    if (change.all.length > 0) await trx('blocked_numbers').insert(rows(change.all)).onConflict(['connection_id', 'phone_number']).ignore();
    return;
  }
  if (change.phoneNumbers.length === 0) return;
  if (change.blocked) {
    await trx('blocked_numbers').insert(rows(change.phoneNumbers)).onConflict(['connection_id', 'phone_number']).ignore();
  } else {
    await trx('blocked_numbers').where({ connection_id: connectionId }).whereIn('phone_number', change.phoneNumbers).delete();
  }
}

/** Which of these (connection, number) pairs are blocked: keys `${connectionId} ${phoneNumber}`. */
export async function blockedPairs(trx: Transaction, pairs: Array<{ connectionId: string; phoneNumber: string }>): Promise<Set<string>> {
  if (pairs.length === 0) return new Set();
  const rows = (await trx('blocked_numbers')
    .whereIn('connection_id', [...new Set(pairs.map((p) => p.connectionId))])
    .whereIn('phone_number', [...new Set(pairs.map((p) => p.phoneNumber))])
    .select('connection_id', 'phone_number')) as Array<{ connection_id: string; phone_number: string }>;
  return new Set(rows.map((row) => `${row.connection_id} ${row.phone_number}`));
}
