import { recordEvent } from '../events/record.js';
import type { components } from '../generated/openapi.js';
import { scopeOf, type Actor } from '../platform/actor.js';
import type { TenantScope, Transaction } from '../platform/db/database.js';
import { notFound } from '../platform/http/errors.js';
import { paginate, type PageParams } from '../platform/http/pagination.js';
import { newId } from '../platform/ids.js';
import { normalizePhoneNumber } from '../platform/phone.js';
import { OptOutRow } from './models.js';

type Schemas = components['schemas'];

export function presentOptOut(row: OptOutRow): Schemas['OptOut'] {
  return {
    id: row.id,
    object: 'opt_out',
    phone_number: row.phone_number,
    source: row.source,
    keyword: row.keyword,
    connection_id: row.connection_id,
    created_at: row.created_at.toISOString(),
  };
}

/** Adds the number once; `created` is false when it was already on the list (nothing changes then). */
export function createOptOut(
  trx: Transaction,
  actor: Actor,
  input: Schemas['CreateOptOutRequest'],
): Promise<{ optOut: Schemas['OptOut']; created: boolean }> {
  return addOptOut(trx, scopeOf(actor), { phoneNumber: normalizePhoneNumber(input.phone_number, 'phone_number'), source: 'api' });
}

/** Adds an E.164 number (from the API, or from the person's own keyword) unless it is already listed. */
export async function addOptOut(
  trx: Transaction,
  scope: TenantScope,
  entry: { phoneNumber: string; source: 'api' } | { phoneNumber: string; source: 'keyword'; keyword: string; connectionId: string },
): Promise<{ optOut: Schemas['OptOut']; created: boolean }> {
  const keyword = entry.source === 'keyword' ? { keyword: entry.keyword, connection_id: entry.connectionId } : {};
  // One statement, so a concurrent delete cannot slip between "already there" and reading it back. The no-op
  // update makes RETURNING give the existing row; xmax = 0 tells a fresh insert from it.
  const [row] = (await trx('opt_outs')
    .insert({ id: newId('optOut'), account_id: scope.accountId, mode: scope.mode, phone_number: entry.phoneNumber, source: entry.source, ...keyword })
    .onConflict(['account_id', 'mode', 'phone_number'])
    .merge(['phone_number'])
    .returning(['*', trx.raw('(xmax = 0) as created')])) as (OptOutRow & { created: boolean })[];
  const optOut = presentOptOut(OptOutRow.fromDatabaseJson(row!));
  if (row!.created) await recordEvent(trx, scope, 'opt_out.created', optOut);
  return { optOut, created: row!.created };
}

/** The person asked to hear from the account again: their entry goes, whoever added it. */
export async function removeOptOutOf(trx: Transaction, scope: TenantScope, phoneNumber: string): Promise<void> {
  const rows = (await trx('opt_outs').where({ phone_number: phoneNumber }).delete().returning('*')) as OptOutRow[];
  for (const row of rows) await recordEvent(trx, scope, 'opt_out.deleted', presentOptOut(OptOutRow.fromDatabaseJson(row)));
}

export function listOptOuts(trx: Transaction, query: PageParams & { phone_number?: string }) {
  const rows = OptOutRow.query(trx);
  if (query.phone_number !== undefined) rows.where('phone_number', normalizePhoneNumber(query.phone_number, 'phone_number'));
  return paginate(rows, query, presentOptOut);
}

export async function findOptOut(trx: Transaction, id: string): Promise<Schemas['OptOut']> {
  const row = await OptOutRow.query(trx).findById(id);
  if (!row) throw notFound('opt-out', id);
  return presentOptOut(row);
}

export async function deleteOptOut(trx: Transaction, actor: Actor, id: string): Promise<Schemas['DeletedOptOut']> {
  const row = await OptOutRow.query(trx).findById(id).forUpdate();
  if (!row) throw notFound('opt-out', id);
  await OptOutRow.query(trx).deleteById(id);
  await recordEvent(trx, scopeOf(actor), 'opt_out.deleted', presentOptOut(row));
  return { id, object: 'opt_out', deleted: true };
}
