import { randomBytes } from 'node:crypto';
import knexFactory from 'knex';
import { migrateLatest } from '../../server/platform/db/migrate.js';
import { testEnv } from './server.js';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A migrated database of its own for a connections suite. Every Parley worker claims every claimable
 * connection in its database, across accounts; in the run's shared database the servers of other test
 * files (each on its own Redis prefix, so deaf to our commands) would take our connections over whenever a
 * lease is free, and ours would take over theirs.
 */
export async function createScratchDatabase(): Promise<ScratchDatabase> {
  const adminUrl = testEnv().postgresUrl;
  if (!adminUrl) throw new Error('PARLEY_TEST_POSTGRES_URL is set by `npm test`');
  const name = `parley_conn_${randomBytes(6).toString('hex')}`;
  const admin = knexFactory({ client: 'pg', connection: adminUrl });
  await admin.raw(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const migrator = knexFactory({ client: 'pg', connection: url.toString() });
  const failure = await migrateLatest(migrator).then(
    () => undefined,
    (error: unknown) => error,
  );
  await migrator.destroy();
  if (failure !== undefined) {
    await admin.raw(`drop database if exists ${name} with (force)`).catch(() => undefined);
    await admin.destroy();
    throw failure;
  }
  return {
    url: url.toString(),
    async drop() {
      await admin.raw(`drop database if exists ${name} with (force)`);
      await admin.destroy();
    },
  };
}
