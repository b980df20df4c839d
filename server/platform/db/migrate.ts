import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Knex } from 'knex';

const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../migrations');
// Any constant works; it only has to be the same for every Parley process sharing a database.
const MIGRATION_LOCK = 7_240_913;

/**
 * Applies pending migrations. Several processes may start at once against one database: a session-level
 * advisory lock lets one migrate while the others wait, instead of failing on knex's own lock table.
 */
export async function migrateLatest(knex: Knex): Promise<string[]> {
  const connection = await knex.client.acquireConnection();
  try {
    // Waiting for another process's migrations is fine; waiting forever on a stuck one is not.
    await connection.query(`set lock_timeout = '120s'`);
    await connection.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const [, applied] = (await knex.migrate.latest({ directory: MIGRATIONS_DIR, loadExtensions: ['.ts'] })) as [
      number,
      string[],
    ];
    return applied;
  } finally {
    await connection.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await connection.query('reset lock_timeout').catch(() => undefined);
    await knex.client.releaseConnection(connection);
  }
}

export async function migrateRollbackAll(knex: Knex): Promise<void> {
  await knex.migrate.rollback({ directory: MIGRATIONS_DIR, loadExtensions: ['.ts'] }, true);
}
