import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { createApp } from './app.js';
import { bootstrapPlatformAdmin } from './auth/admin-bootstrap.js';
import type { Config } from './config.js';
import { BaileysTransport } from './connections/baileys/transport.js';
import { WebVersionSource } from './connections/baileys/web-version.js';
import { CommandClient } from './connections/commands.js';
import { ConnectionManager } from './connections/manager.js';
import { SandboxTransport } from './connections/sandbox/transport.js';
import { sandboxNetwork } from './messages/sandbox-network.js';
import { startMessageSweeper } from './messages/sweeper.js';
import { startBulkRunner } from './bulk/runner.js';
import { startUsageCounting } from './usage/worker.js';
import { purgeOldEmails, startEmailSender } from './email/outbox.js';
import { startBillingWork } from './billing/worker.js';
import { startAccountDataWork } from './account-data/worker.js';
import { ConnectionStreams } from './connections/streams.js';
import { EventStreams } from './events/streams.js';
import type { Transport } from './connections/transport.js';
import { createMediaStore } from './media/store.js';
import { LocalBus, RedisBus } from './platform/bus.js';
import { CredentialCache, LocalGenerations, RedisGenerations } from './auth/credential-cache.js';
import { Database, type Mode } from './platform/db/database.js';
import { purgeExpiredIdempotencyKeys } from './platform/http/idempotency.js';
import { createLimiters } from './platform/http/rate-limit.js';
import { openInfrastructure } from './platform/infrastructure.js';
import { createLogger, type Logger } from './platform/logger.js';
import { createMetrics } from './platform/metrics.js';
import { answerClientErrors } from './platform/http/client-errors.js';
import { checkListenAddress, listenError } from './platform/net.js';
import type { Services } from './platform/services.js';
import { purgeFinishedDeliveries } from './webhook-endpoints/deliveries.js';
import { webhookAddressPolicy } from './webhook-endpoints/url-policy.js';
import { WebhookDispatcher } from '../webhooks/dispatcher.js';

export interface Parley {
  services: Services;
  url: string;
  /** The worker side, when this process has that role. */
  connections: ConnectionManager | undefined;
  /** Graceful: stop accepting, let in-flight requests finish, hand connections back, close pools. */
  stop(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  /** Replaces the transports (tests); defaults to the sandbox for test mode and Baileys for live mode. */
  transports?: Record<Mode, Transport>;
}

const MAINTENANCE_INTERVAL_MS = 15 * 60_000;

/** Starts one Parley process in its role: `api` (HTTP API), `worker` (connections) or `all`. */
export async function startParley(config: Config, options: StartOptions = {}): Promise<Parley> {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  await checkListenAddress(config.PORT, config.HOST);
  const infrastructure = await openInfrastructure(config, logger);
  const bus = infrastructure.redis ? new RedisBus(infrastructure.redis, config.REDIS_KEY_PREFIX, logger) : new LocalBus();
  const services: Services = {
    config,
    logger,
    db: infrastructure.db,
    redis: infrastructure.redis,
    secrets: infrastructure.secrets,
    limiters: createLimiters(config, infrastructure.redis),
    credentials: new CredentialCache(
      infrastructure.redis ? new RedisGenerations(infrastructure.redis, config.REDIS_KEY_PREFIX, logger) : new LocalGenerations(),
    ),
    metrics: createMetrics(),
    bus,
    commands: new CommandClient(bus),
    connectionStreams: new ConnectionStreams(),
    eventStreams: new EventStreams(infrastructure.db, infrastructure.databaseUrl, logger),
    media: createMediaStore(config),
  };
  const servesApi = config.PARLEY_ROLE !== 'worker';
  const runsWorker = config.PARLEY_ROLE !== 'api';
  const server = http.createServer();
  answerClientErrors(server, logger);
  let manager: ConnectionManager | undefined;
  let workerDb: Database | undefined;
  let stopSweeper = () => {};
  let stopBulkRunner = () => {};
  let stopUsageCounting = () => {};
  let stopEmailSender = async () => {};
  let stopBillingWork = () => {};
  let stopAccountDataWork = async () => {};
  let dispatcher: WebhookDispatcher | undefined;

  try {
    await bootstrapPlatformAdmin(services);
    if (servesApi) {
      await services.commands.start();
      await services.connectionStreams.start(bus);
      await services.eventStreams.start();
    }
    if (runsWorker) {
      // The worker writes through its own pools: an API request that holds a connection while it waits for
      // a worker's answer must never starve the worker of the connection it needs to give that answer.
      workerDb = new Database(infrastructure.databaseUrl, { logger: services.logger });
      const transports = options.transports ?? {
        test: new SandboxTransport(sandboxNetwork({ ...services, db: workerDb }), workerDb),
        live: new BaileysTransport({
          ...(config.WHATSAPP_WS_URL ? { waWebSocketUrl: config.WHATSAPP_WS_URL } : {}),
          webVersion: new WebVersionSource({
            configured: config.WHATSAPP_WEB_VERSION,
            refresh: config.whatsappWebVersionRefresh,
            url: config.WHATSAPP_WEB_VERSION_URL,
            timeoutMs: config.WHATSAPP_WEB_VERSION_TIMEOUT_MS,
            logger: services.logger.child({ component: 'whatsapp-web-version' }),
          }),
        }),
      };
      manager = new ConnectionManager({ ...services, db: workerDb }, bus, transports, config.WORKER_MAX_CONNECTIONS);
      await manager.start();
      stopSweeper = startMessageSweeper({ ...services, db: workerDb });
      stopBulkRunner = startBulkRunner({ ...services, db: workerDb }, { databaseUrl: infrastructure.databaseUrl });
      stopUsageCounting = startUsageCounting({ ...services, db: workerDb });
      stopEmailSender = await startEmailSender({ ...services, db: workerDb });
      stopBillingWork = startBillingWork({ ...services, db: workerDb });
      // Erasing an account logs its connections out through whichever worker runs them: a worker-only process
      // sends commands too.
      if (!servesApi) await services.commands.start();
      stopAccountDataWork = await startAccountDataWork({ ...services, db: workerDb });
      dispatcher = new WebhookDispatcher({
        db: workerDb,
        secrets: services.secrets,
        logger: services.logger.child({ component: 'webhooks' }),
        metrics: services.metrics,
        policy: { test: webhookAddressPolicy(config, 'test'), live: webhookAddressPolicy(config, 'live') },
        databaseUrl: infrastructure.databaseUrl,
      });
      await dispatcher.start();
    }
    server.on('request', createApp(services, { serveApi: servesApi }).callback());
    await new Promise<void>((resolve, reject) => {
      // Taken between the check and now: the same one sentence.
      server.once('error', (error) => reject(listenError(error, config.PORT, config.HOST) ?? error));
      server.listen(config.PORT, config.HOST, resolve);
    });
  } catch (error) {
    await dispatcher?.stop().catch(() => undefined);
    await stopEmailSender().catch(() => undefined);
    await stopAccountDataWork().catch(() => undefined);
    await manager?.stop().catch(() => undefined);
    await services.eventStreams.stop();
    await workerDb?.close();
    await bus.close();
    await infrastructure.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${port}`;
  logger.info({ url, role: config.PARLEY_ROLE, worker: manager?.owner }, 'Parley is listening');

  const maintenance = runsWorker
    ? setInterval(() => {
        services.db
          .system(purgeExpiredIdempotencyKeys)
          .then((purged) => purged > 0 && logger.info({ purged }, 'purged expired idempotency keys'))
          .catch((error) => logger.error({ err: error }, 'maintenance failed'));
        purgeFinishedDeliveries(services.db)
          .then((purged) => purged > 0 && logger.info({ purged }, 'purged finished webhook deliveries'))
          .catch((error) => logger.error({ err: error }, 'maintenance failed'));
        purgeOldEmails(services.db)
          .then((purged) => purged > 0 && logger.info({ purged }, 'purged old emails'))
          .catch((error) => logger.error({ err: error }, 'maintenance failed'));
      }, MAINTENANCE_INTERVAL_MS)
    : undefined;
  maintenance?.unref();

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      logger.info('shutting down: no new connections, finishing in-flight requests');
      clearInterval(maintenance);
      stopSweeper();
      stopBulkRunner();
      stopUsageCounting();
      stopBillingWork();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // Event streams never finish on their own; end them so their connections can close.
      services.connectionStreams.closeAll();
      services.eventStreams.closeAll();
      const deadline = setTimeout(() => {
        logger.warn('shutdown timeout: closing the connections still open');
        server.closeAllConnections();
      }, config.SHUTDOWN_TIMEOUT_MS);
      await closed;
      clearTimeout(deadline);
      services.commands.stop();
      const gaveUp = await Promise.race([
        (async () => {
          await services.eventStreams.stop();
          await dispatcher?.stop();
          await stopEmailSender();
          await stopAccountDataWork();
          await manager?.stop();
          await workerDb?.close();
          await bus.close();
          await infrastructure.close();
          return false;
        })(),
        sleep(config.SHUTDOWN_TIMEOUT_MS).then(() => true),
      ]);
      if (gaveUp) logger.warn('shutdown timeout: connections, database or Redis did not close in time');
      logger.info('stopped');
    })());

  return { services, url, connections: manager, stop };
}
