import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import { bootstrapPlatformAdmin } from './auth/admin-bootstrap.js';
import type { Config } from './config.js';
import { purgeExpiredIdempotencyKeys } from './platform/http/idempotency.js';
import { createLimiters } from './platform/http/rate-limit.js';
import { openInfrastructure } from './platform/infrastructure.js';
import { createLogger, type Logger } from './platform/logger.js';
import { createMetrics } from './platform/metrics.js';
import type { Services } from './platform/services.js';

export interface Parley {
  services: Services;
  url: string;
  /** Graceful: stop accepting, let in-flight requests finish, then close pools and the embedded database. */
  stop(): Promise<void>;
}

const MAINTENANCE_INTERVAL_MS = 15 * 60_000;

/** Starts one Parley process in its role: `api` (HTTP API), `worker` (background work) or `all`. */
export async function startParley(config: Config, logger: Logger = createLogger(config.LOG_LEVEL)): Promise<Parley> {
  const infrastructure = await openInfrastructure(config, logger);
  const services: Services = {
    config,
    logger,
    db: infrastructure.db,
    redis: infrastructure.redis,
    secrets: infrastructure.secrets,
    limiters: createLimiters(config, infrastructure.redis),
    metrics: createMetrics(),
  };
  const runsWorker = config.PARLEY_ROLE !== 'api';
  await bootstrapPlatformAdmin(services);

  const server = http.createServer();
  try {
    server.on('request', createApp(services, { serveApi: config.PARLEY_ROLE !== 'worker' }).callback());
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.PORT, config.HOST, resolve);
    });
  } catch (error) {
    await infrastructure.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${port}`;
  logger.info({ url, role: config.PARLEY_ROLE }, 'Parley is listening');

  const maintenance = runsWorker
    ? setInterval(() => {
        services.db
          .system(purgeExpiredIdempotencyKeys)
          .then((purged) => purged > 0 && logger.info({ purged }, 'purged expired idempotency keys'))
          .catch((error) => logger.error({ err: error }, 'maintenance failed'));
      }, MAINTENANCE_INTERVAL_MS)
    : undefined;
  maintenance?.unref();

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      logger.info('shutting down: no new connections, finishing in-flight requests');
      clearInterval(maintenance);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const deadline = setTimeout(() => {
        logger.warn('shutdown timeout: closing the connections still open');
        server.closeAllConnections();
      }, config.SHUTDOWN_TIMEOUT_MS);
      await closed;
      clearTimeout(deadline);
      const gaveUp = await Promise.race([
        infrastructure.close().then(() => false),
        sleep(config.SHUTDOWN_TIMEOUT_MS).then(() => true),
      ]);
      if (gaveUp) logger.warn('shutdown timeout: database or Redis did not close in time');
      logger.info('stopped');
    })());

  return { services, url, stop };
}
