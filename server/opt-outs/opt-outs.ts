import { recordEvent } from '../events/record.js';
import type { components } from '../generated/openapi.js';
import { scopeOf, type Actor } from '../platform/actor.js';
import type { Transaction } from '../platform/db/database.js';
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
export async function createOptOut(
  trx: Transaction,
  actor: Actor,
  input: Schemas['CreateOptOutRequest'],
): Promise<{ optOut: Schemas['OptOut']; created: boolean }> {
  const phoneNumber = normalizePhoneNumber(input.phone_number, 'phone_number');
  // One statement, so a concurrent delete cannot slip between "already there" and reading it back. The no-op
  // update makes RETURNING give the existing row; xmax = 0 tells a fresh insert from it.
  const [row] = (await trx('opt_outs')
    .insert({ id: newId('optOut'), account_id: actor.accountId, mode: actor.mode, phone_number: phoneNumber, source: 'api' })
    .onConflict(['account_id', 'mode', 'phone_number'])
    .merge(['phone_number'])
    .returning(['*', trx.raw('(xmax = 0) as created')])) as (OptOutRow & { created: boolean })[];
  const optOut = presentOptOut(OptOutRow.fromDatabaseJson(row!));
  if (row!.created) await recordEvent(trx, scopeOf(actor), 'opt_out.created', optOut);
  return { optOut, created: row!.created };
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
