import type { Knex } from 'knex';

/**
 * Columns that legitimately change on a request Parley refuses: authenticating with an API key stamps its
 * `last_used_at` (at most once a minute) before the request is validated.
 */
const VOLATILE_COLUMNS: Record<string, string[]> = { api_keys: ['last_used_at'] };

export type Fingerprint = Map<string, string>;

/**
 * One row count and one hash of every row, per table of the database (knex's own tables aside): equal
 * fingerprints before and after a request mean the request changed nothing. Rows are hashed as JSON minus
 * VOLATILE_COLUMNS, in a stable order. `idempotencyKey`: the refusal of a request sent with an Idempotency-Key
 * is stored for its retries (as the contract says), so rows holding that key are left out.
 */
export async function fingerprintDatabase(db: Knex, options: { idempotencyKey?: string } = {}): Promise<Fingerprint> {
  const tables = (
    await db.raw<{ rows: { table_name: string }[] }>(
      `select table_name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'knex_migrations%'
        order by table_name`,
    )
  ).rows.map((row) => row.table_name);
  const bindings: unknown[] = [];
  const parts = tables.map((table) => {
    const volatile = VOLATILE_COLUMNS[table] ?? [];
    // Constant column names, written into the statement: `row` appears twice in it.
    const row = volatile.length > 0 ? `(to_jsonb(t) - '{${volatile.join(',')}}'::text[])` : 'to_jsonb(t)';
    let where = '';
    if (table === 'idempotency_keys' && options.idempotencyKey !== undefined) {
      where = 'where t.key <> ?';
      bindings.push(options.idempotencyKey);
    }
    return `select '${table}' as name, count(*)::text || ':' || coalesce(md5(string_agg(md5(${row}::text), ',' order by md5(${row}::text))), '') as print
      from "${table}" t ${where}`;
  });
  const result = await db.raw<{ rows: { name: string; print: string }[] }>(parts.join(' union all '), bindings as Knex.RawBinding[]);
  return new Map(result.rows.map((row) => [row.name, row.print]));
}

/** The tables whose fingerprints differ, with their "count:hash" before and after. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return [...new Set([...before.keys(), ...after.keys()])]
    .filter((table) => before.get(table) !== after.get(table))
    .map((table) => `${table} (${before.get(table)} → ${after.get(table)})`);
}
