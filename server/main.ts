import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './platform/logger.js';
import { startParley } from './runtime.js';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const logger = createLogger(config.LOG_LEVEL);
try {
  const parley = await startParley(config, { logger });
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'signal received');
    parley.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
} catch (error) {
  logger.fatal({ err: error }, 'Parley failed to start');
  process.exit(1);
}
