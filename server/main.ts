import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './platform/logger.js';
import { EmbeddedDatabaseError } from './platform/db/embedded.js';
import { ListenError } from './platform/net.js';
import { startParley } from './runtime.js';
import { ensureConsoleBuilt } from './console/build.js';
import cluster from 'node:cluster';
import { superviseProcesses } from './cluster.js';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const logger = createLogger(config.LOG_LEVEL);
// Baileys answers some stanzas from event handlers whose promises nobody awaits; when a socket closes under one
// (a connection deleted or restarted mid-registration) the write rejects unhandled. Node would then end the
// process and every connection this worker runs with it, for a socket that was going away anyway.
process.on('unhandledRejection', (reason) => {
  logger.error({ err: reason }, 'unhandled promise rejection; Parley keeps running');
});
try {
  // Built once, here: the processes the supervisor starts find it up to date.
  if (config.PARLEY_ROLE !== 'worker' && cluster.isPrimary) {
    // The API does not need the console: a failed build is logged and /console says it is not built.
    await ensureConsoleBuilt({ log: (message) => logger.info(message) }).then(
      (build) => build.built && logger.info({ ms: build.ms }, 'web console built'),
      (error: unknown) => logger.error({ err: error }, 'the web console could not be built; the API runs without it'),
    );
  }
  if (config.PARLEY_API_PROCESSES > 1 && cluster.isPrimary) {
    await superviseProcesses(config, logger);
    process.exit(0);
  }
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
  // A port or address Parley cannot listen on, or an embedded database it cannot run, is the person's to fix:
  // one sentence, no stack.
  if (error instanceof ListenError || error instanceof EmbeddedDatabaseError) console.error(error.message);
  else logger.fatal({ err: error }, 'Parley failed to start');
  process.exit(1);
}
