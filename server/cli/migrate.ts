// `npm run migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
import { ConfigError, loadConfig } from '../config.js';
import { EmbeddedDatabaseError } from '../platform/db/embedded.js';
import { openInfrastructure } from '../platform/infrastructure.js';
import { createLogger } from '../platform/logger.js';

try {
  const config = loadConfig();
  const infrastructure = await openInfrastructure(config, createLogger(config.LOG_LEVEL));
  await infrastructure.close();
  console.log('migrations are up to date');
} catch (error) {
  console.error(error instanceof ConfigError || error instanceof EmbeddedDatabaseError ? error.message : error);
  process.exit(1);
}
