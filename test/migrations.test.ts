import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import knexFactory, { type Knex } from 'knex';
import { migrateLatest, migrateRollbackAll } from '../server/platform/db/migrate.js';
import { testEnv } from './helpers/server.js';

const PARLEY_TABLES = ['accounts', 'api_keys', 'idempotency_keys', 'memberships', 'sessions', 'users'];
const MIGRATIONS = readdirSync(path.resolve(import.meta.dirname, '../migrations'))
  .filter((file) => file.endsWith('.ts'))
  .sort();

/** Fresh databases on the run's PostgreSQL server, dropped again when the suite ends. */
function scratchDatabases() {
  const adminUrl = testEnv().postgresUrl;
  assert.ok(adminUrl, 'PARLEY_TEST_POSTGRES_URL is set by `npm test`');
  const admin = knexFactory({ client: 'pg', connection: adminUrl });
  const created: string[] = [];
  const opened: Knex[] = [];
  return {
    async create(): Promise<string> {
      const name = `parley_mig_${randomBytes(6).toString('hex')}`;
      await admin.raw(`create database ${name}`);
      created.push(name);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
    connect(url: string): Knex {
      const knex = knexFactory({ client: 'pg', connection: url });
      opened.push(knex);
      return knex;
    },
    async dropAll(): Promise<void> {
      for (const knex of opened) await knex.destroy();
      for (const name of created) await admin.raw(`drop database if exists ${name} with (force)`);
      await admin.destroy();
    },
  };
}

async function parleyTablesIn(knex: Knex): Promise<string[]> {
  const { rows } = await knex.raw<{ rows: Array<{ table_name: string }> }>(
    `select table_name from information_schema.tables
      where table_schema = 'public' and table_name = any(?) order by table_name`,
    [PARLEY_TABLES],
  );
  return rows.map((row) => row.table_name);
}

async function appliedMigrations(knex: Knex): Promise<string[]> {
  const rows = await knex('knex_migrations').select('name').orderBy('name');
  return rows.map((row: { name: string }) => row.name);
}

describe('migrations', () => {
  let databases: ReturnType<typeof scratchDatabases>;

  before(() => {
    databases = scratchDatabases();
  });
  after(() => databases.dropAll());

  test('every migration has a working down: latest, rollback of all, and latest again leave the same schema', async () => {
    assert.ok(MIGRATIONS.length >= 5, `found migrations: ${MIGRATIONS.join(', ')}`);
    const knex = databases.connect(await databases.create());

    const firstRun = await migrateLatest(knex);
    assert.deepEqual(firstRun, MIGRATIONS);
    assert.deepEqual(await parleyTablesIn(knex), PARLEY_TABLES);

    await migrateRollbackAll(knex);
    assert.deepEqual(await parleyTablesIn(knex), [], 'no Parley table survives a full rollback');
    assert.deepEqual(await appliedMigrations(knex), [], 'knex records no applied migration');
    const { rows: policies } = await knex.raw(`select tablename, policyname from pg_policies where schemaname = 'public'`);
    assert.deepEqual(policies, [], 'no row-level security policy survives a full rollback');

    const secondRun = await migrateLatest(knex);
    assert.deepEqual(secondRun, MIGRATIONS, 'every migration applies again after its down');
    assert.deepEqual(await parleyTablesIn(knex), PARLEY_TABLES);
    const { rows: secured } = await knex.raw(
      `select relname from pg_class
        where relnamespace = 'public'::regnamespace and relrowsecurity and relforcerowsecurity
          and relname = any(?) order by relname`,
      [PARLEY_TABLES],
    );
    assert.deepEqual(
      secured.map((row: { relname: string }) => row.relname),
      PARLEY_TABLES,
      'row-level security is back on every table',
    );
    assert.deepEqual(await migrateLatest(knex), [], 'a third run has nothing left to apply');
  });

  test('two processes migrating one fresh database at once both succeed, and each migration runs once', async () => {
    const url = await databases.create();
    const first = databases.connect(url);
    const second = databases.connect(url);

    const results = await Promise.all([migrateLatest(first), migrateLatest(second)]);

    // The advisory lock serializes them: one applies everything, the other finds nothing left to do.
    const byLength = [...results].sort((x, y) => x.length - y.length);
    assert.deepEqual(byLength, [[], MIGRATIONS]);
    assert.deepEqual(await appliedMigrations(first), MIGRATIONS, 'each migration is recorded exactly once');
    assert.deepEqual(await parleyTablesIn(second), PARLEY_TABLES);
  });
});
