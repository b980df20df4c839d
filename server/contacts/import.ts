import type { Config } from '../config.js';
import { lockLimit, planLimitReached, reachThresholds } from '../usage/limits.js';
import { countContacts } from './contacts.js';
import type { components } from '../generated/openapi.js';
import { scopeOf, type Actor } from '../platform/actor.js';
import type { Transaction } from '../platform/db/database.js';
import { invalidRequest } from '../platform/http/errors.js';
import { newId } from '../platform/ids.js';
import { checkContactRow, type ContactFields } from './fields.js';

type ContactImport = components['schemas']['ContactImport'];
type RowError = components['schemas']['ContactImportRowError'];

export const MAX_IMPORT_ROWS = 100_000;
/** Rows per statement: large enough that 100,000 rows take a few dozen round trips, small enough for one JSON parameter. */
const BATCH_SIZE = 5_000;

/** One row as read from the file or the JSON list; `line` is the CSV line it starts on (null for JSON). */
export interface ImportRow {
  line: number | null;
  values: Record<string, unknown>;
  /** Set when reading the row already found it unusable (a CSV row with too many cells). */
  problem?: { code: RowError['code']; reason: string };
}

export const tooManyRows = () =>
  invalidRequest('import_too_many_rows', `An import takes at most ${MAX_IMPORT_ROWS.toLocaleString('en')} rows; split the file and import the parts one after another. Nothing was imported.`);

/**
 * Upserts the valid rows and reports the others. Runs in the caller's transaction, so an import that fails
 * part way (a lost database) leaves nothing behind.
 */
export async function importContacts(trx: Transaction, config: Config, actor: Actor, format: ContactImport['format'], rows: ImportRow[]): Promise<ContactImport> {
  if (rows.length > MAX_IMPORT_ROWS) throw tooManyRows();
  const invalid: RowError[] = [];
  const valid: ContactFields[] = [];
  // The first row of a number wins: a later one is reported rather than silently overwriting it.
  const firstRow = new Map<string, ImportRow & { index: number }>();
  rows.forEach((row, index) => {
    const check = row.problem ? { ok: false as const, ...row.problem } : checkContactRow(row.values);
    if (!check.ok) {
      invalid.push({ line: row.line, index, code: check.code, reason: check.reason });
      return;
    }
    const first = firstRow.get(check.fields.phone_number);
    if (first) {
      const where = first.line === null ? `row ${first.index}` : `line ${first.line}`;
      invalid.push({ line: row.line, index, code: 'duplicate_phone_number', reason: `${check.fields.phone_number} is already imported from ${where}.` });
      return;
    }
    firstRow.set(check.fields.phone_number, { ...row, index });
    valid.push(check.fields);
  });

  // Which rows are new is known only once they are written: the import runs under the limit's lock, and one
  // that would pass the limit is undone whole (the transaction rolls back) with the counts in the error.
  const scope = scopeOf(actor);
  const limit = await lockLimit(trx, config, scope, 'contacts');
  const before = await countContacts(trx);
  let created = 0;
  let updated = 0;
  for (let start = 0; start < valid.length; start += BATCH_SIZE) {
    const counts = await upsertBatch(trx, actor, valid.slice(start, start + BATCH_SIZE));
    created += counts.created;
    updated += counts.updated;
  }
  if (before + created > limit.value) {
    throw planLimitReached('contacts', {
      value: limit.value,
      used: before,
      adding: created,
      plan: limit.plan,
      mode: scope.mode,
      remedy: 'Nothing was imported. Import fewer new numbers, delete contacts you no longer need, or',
    });
  }
  await reachThresholds(trx, config, scope, { limit: 'contacts', before, after: before + created, value: limit.value, period: limit.period });
  return { object: 'contact_import', format, rows: rows.length, created, updated, unchanged: valid.length - created - updated, invalid };
}

/**
 * Two statements per batch: new numbers are inserted (ON CONFLICT DO NOTHING), then existing ones are updated
 * only where the row changes something, so an import repeated as is writes nothing and moves no updated_at.
 * The update sees the rows the insert just wrote, but merging a row into itself changes nothing.
 */
async function upsertBatch(trx: Transaction, actor: Actor, batch: ContactFields[]): Promise<{ created: number; updated: number }> {
  const { accountId, mode } = scopeOf(actor);
  const input = JSON.stringify(batch.map((fields) => ({ id: newId('contact'), ...fields })));
  const source = `jsonb_to_recordset(?::jsonb) as i(id text, phone_number text, name text, attributes jsonb, tags text[])`;
  const inserted = await trx.raw(
    `insert into contacts (id, account_id, mode, phone_number, name, attributes, tags)
     select i.id, ?, ?, i.phone_number, i.name, coalesce(i.attributes, '{}'), coalesce(i.tags, '{}') from ${source}
     on conflict (account_id, mode, phone_number) do nothing`,
    [accountId, mode, input],
  );
  const changed = await trx.raw(
    `update contacts as c
     set name = coalesce(i.name, c.name), attributes = c.attributes || coalesce(i.attributes, '{}'), tags = coalesce(i.tags, c.tags), updated_at = now()
     from ${source}
     where c.phone_number = i.phone_number
       and (c.name, c.attributes, c.tags) is distinct from (coalesce(i.name, c.name), c.attributes || coalesce(i.attributes, '{}'), coalesce(i.tags, c.tags))`,
    [input],
  );
  return { created: inserted.rowCount ?? 0, updated: changed.rowCount ?? 0 };
}
