import type { Config } from '../config.js';
import { admitCount } from '../usage/limits.js';
import type { components } from '../generated/openapi.js';
import { scopeOf, type Actor } from '../platform/actor.js';
import type { Transaction } from '../platform/db/database.js';
import { conflict, notFound } from '../platform/http/errors.js';
import { paginate, type PageParams } from '../platform/http/pagination.js';
import { newId } from '../platform/ids.js';
import { normalizePhoneNumber } from '../platform/phone.js';
import { normalizeTags } from './fields.js';
import { ContactRow } from './models.js';
import { presentContact } from './presenters.js';

type Schemas = components['schemas'];

const contactExists = (id: string) =>
  conflict('contact_exists', `Contact ${id} already has this phone number; update it instead (PATCH /v1/contacts/${id}).`, 'phone_number');

async function assertNumberFree(trx: Transaction, phoneNumber: string, exceptId?: string): Promise<void> {
  const query = ContactRow.query(trx).select('id').where('phone_number', phoneNumber);
  if (exceptId !== undefined) query.whereNot('id', exceptId);
  const existing = await query.first();
  if (existing) throw contactExists(existing.id);
}

export async function createContact(trx: Transaction, config: Config, actor: Actor, input: Schemas['CreateContactRequest']): Promise<Schemas['Contact']> {
  const scope = scopeOf(actor);
  const phoneNumber = normalizePhoneNumber(input.phone_number, 'phone_number');
  await admitCount(trx, config, scope, 'contacts', () => countContacts(trx), { remedy: 'Delete contacts you no longer need, or' });
  // ON CONFLICT, not check-then-insert: a concurrent create of the same number gets the 409 too.
  const [row] = (await trx('contacts')
    .insert({
      id: newId('contact'),
      account_id: scope.accountId,
      mode: scope.mode,
      phone_number: phoneNumber,
      name: input.name ?? null,
      attributes: input.attributes ?? {},
      tags: normalizeTags(input.tags ?? []),
    })
    .onConflict(['account_id', 'mode', 'phone_number'])
    .ignore()
    .returning('*')) as ContactRow[];
  if (!row) {
    await assertNumberFree(trx, phoneNumber);
    // Deleted again between the two statements: the caller may simply retry.
    throw conflict('concurrent_update', 'The request raced with another one; retry it.');
  }
  return presentContact(ContactRow.fromDatabaseJson(row));
}

/** The contacts of the transaction's account and mode (row-level security scopes the count). */
export async function countContacts(trx: Transaction): Promise<number> {
  return Number((await trx('contacts').count({ n: '*' }).first())?.n ?? 0);
}

export function listContacts(trx: Transaction, query: PageParams & { tag?: string; phone_number?: string }) {
  const rows = ContactRow.query(trx);
  if (query.tag !== undefined) rows.whereRaw('tags @> ?::text[]', [[query.tag.trim()]]);
  if (query.phone_number !== undefined) rows.where('phone_number', normalizePhoneNumber(query.phone_number, 'phone_number'));
  return paginate(rows, query, presentContact);
}

export async function findContact(trx: Transaction, id: string): Promise<Schemas['Contact']> {
  const row = await ContactRow.query(trx).findById(id);
  if (!row) throw notFound('contact', id);
  return presentContact(row);
}

/** Attributes merge (null or "" removes a key), tags replace; `updated_at` moves only when something changed. */
export async function updateContact(trx: Transaction, id: string, input: Schemas['UpdateContactRequest']): Promise<Schemas['Contact']> {
  const row = await ContactRow.query(trx).findById(id).forUpdate();
  if (!row) throw notFound('contact', id);
  const attributes = { ...row.attributes };
  for (const [key, value] of Object.entries(input.attributes ?? {})) {
    if (value === null || value === '') delete attributes[key];
    else attributes[key] = value;
  }
  const next = {
    phone_number: input.phone_number === undefined ? row.phone_number : normalizePhoneNumber(input.phone_number, 'phone_number'),
    name: input.name === undefined ? row.name : input.name,
    attributes,
    tags: input.tags === undefined ? row.tags : normalizeTags(input.tags),
  };
  const current = { phone_number: row.phone_number, name: row.name, attributes: row.attributes, tags: row.tags };
  if (sameContact(current, next)) return presentContact(row);
  if (next.phone_number !== row.phone_number) await assertNumberFree(trx, next.phone_number, id);
  const updated = await ContactRow.query(trx).patchAndFetchById(id, { ...next, updated_at: trx.fn.now() as unknown as Date });
  return presentContact(updated);
}

type Comparable = Pick<ContactRow, 'phone_number' | 'name' | 'attributes' | 'tags'>;

function sameContact(a: Comparable, b: Comparable): boolean {
  const sortedEntries = (attributes: Record<string, string>) => JSON.stringify(Object.entries(attributes).sort(([x], [y]) => (x < y ? -1 : 1)));
  return (
    a.phone_number === b.phone_number &&
    a.name === b.name &&
    a.tags.length === b.tags.length &&
    a.tags.every((tag, index) => tag === b.tags[index]) &&
    sortedEntries(a.attributes) === sortedEntries(b.attributes)
  );
}

export async function deleteContact(trx: Transaction, id: string): Promise<Schemas['DeletedContact']> {
  const deleted = await ContactRow.query(trx).deleteById(id);
  if (deleted === 0) throw notFound('contact', id);
  return { id, object: 'contact', deleted: true };
}
