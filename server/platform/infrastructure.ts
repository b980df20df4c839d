import path from 'node:path';
import { Redis } from 'ioredis';
import type { Config } from '../config.js';
import { SecretBox } from './crypto.js';
import { Database } from './db/database.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded.js';
import { migrateLatest } from './db/migrate.js';
import type { Logger } from './logger.js';
import { loadOrCreateEmbeddedSecrets } from './secrets.js';

export interface Infrastructure {
  db: Database;
  /** For opening further pools (the worker's own). */
  databaseUrl: string;
  redis: Redis | undefined;
  secrets: SecretBox;
  close(): Promise<void>;
}

/**
 * Connects to PostgreSQL (DATABASE_URL, or the embedded default), applies migrations, and connects
 * to Redis when REDIS_URL is set. Whatever was opened is closed again if a later step fails.
 */
export async function openInfrastructure(config: Config, logger: Logger): Promise<Infrastructure> {
  const closers: Array<() => Promise<unknown>> = [];
  const close = async () => {
    for (const closer of closers.reverse()) await closer().catch((error) => logger.error({ err: error }, 'close failed'));
  };
  try {
    let url = config.DATABASE_URL;
    let encryptionKey = config.ENCRYPTION_KEY;
    if (url === undefined) {
      const secrets = await loadOrCreateEmbeddedSecrets(config.dataDir);
      encryptionKey ??= secrets.encryption_key;
      const embedded: EmbeddedDatabase = await startEmbeddedPostgres(config.dataDir, secrets.database_password, logger, {
        sharedDir: path.resolve(config.PARLEY_SHARED_DIR),
      });
      closers.push(() => embedded.stop());
      url = embedded.url;
    }
    if (encryptionKey === undefined) throw new Error('ENCRYPTION_KEY is required');

    const db = new Database(url, { logger });
    closers.push(() => db.close());
    const applied = await migrateLatest(db.knex);
    if (applied.length > 0) logger.info({ migrations: applied }, 'applied migrations');

    let redis: Redis | undefined;
    if (config.REDIS_URL) {
      const client = new Redis(config.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 2 });
      client.on('error', (error) => logger.warn({ err: error }, 'redis error'));
      await client.connect();
      closers.push(() => client.quit());
      redis = client;
    }
    return { db, databaseUrl: url, redis, secrets: new SecretBox(encryptionKey), close };
  } catch (error) {
    await close();
    throw error;
  }
}
