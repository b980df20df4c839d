import type { Redis } from 'ioredis';
import type { CredentialCache } from '../auth/credential-cache.js';
import type { Config } from '../config.js';
import type { CommandClient } from '../connections/commands.js';
import type { ConnectionStreams } from '../connections/streams.js';
import type { EventStreams } from '../events/streams.js';
import type { MediaStore } from '../media/storage.js';
import type { Bus } from './bus.js';
import type { SecretBox } from './crypto.js';
import type { Database } from './db/database.js';
import type { Limiters } from './http/rate-limit.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';

/** Everything a handler, worker or test needs, built once at start and passed explicitly. */
export interface Services {
  config: Config;
  db: Database;
  redis: Redis | undefined;
  logger: Logger;
  secrets: SecretBox;
  limiters: Limiters;
  /** API keys that authenticated, served without a database read while nothing has refused them since. */
  credentials: CredentialCache;
  metrics: Metrics;
  /** Fan-out between processes (Redis pub/sub, or in process). */
  bus: Bus;
  /** Sends commands to the worker running a connection. */
  commands: CommandClient;
  connectionStreams: ConnectionStreams;
  /** Server-sent-event streams of account events (GET /v1/events/stream). */
  eventStreams: EventStreams;
  /** The bytes of uploads, fetched and inbound media. */
  media: MediaStore;
}
