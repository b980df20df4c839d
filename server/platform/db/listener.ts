import pg from 'pg';
import type { Logger } from '../logger.js';

const RECONNECT_MS = 1_000;
/**
 * SQLSTATE 57P01, "terminating connection due to administrator command": PostgreSQL shutting down, as it does
 * when Parley is stopped with Ctrl-C (the embedded database gets the same signal) or the database restarts. It
 * is expected and the connection is replaced, so it is no warning; a database that stays away still warns
 * through the failed reconnects.
 */
const ADMIN_SHUTDOWN = '57P01';
const isAdminShutdown = (error: Error | undefined) => (error as { code?: unknown } | undefined)?.code === ADMIN_SHUTDOWN;

export interface ChannelListenerOptions {
  /** The database's URL. */
  connection: string;
  channel: string;
  logger: Logger;
  /** What listens, for the log lines ("webhook", "bulk job"). */
  name: string;
  onNotification: (payload: string | undefined) => void;
  /**
   * After each connect and reconnect: whatever was notified while nothing listened is gone, so the caller looks
   * for work itself.
   */
  onListening?: () => void;
  /** When the connection is lost, before it is replaced: notifications until then may be missed. */
  onLost?: () => void;
}

/**
 * One LISTEN connection of its own (a pooled connection would be handed to other queries), replaced a second
 * after it is lost, for as long as that takes. Callers poll as well, so a notification missed meanwhile only
 * makes the work later, never lost.
 */
export class ChannelListener {
  #client: pg.Client | undefined;
  #reconnect: NodeJS.Timeout | undefined;
  #stopped = false;

  constructor(private readonly options: ChannelListenerOptions) {}

  /** Whether notifications are being heard now. */
  get listening(): boolean {
    return this.#client !== undefined;
  }

  /** Resolves once listening; rejects when the first connection fails. */
  async start(): Promise<void> {
    await this.#connect();
  }

  /** Like start, but a first connection that fails is retried like a lost one instead of failing the caller. */
  startInBackground(): void {
    this.#connect().catch((error: unknown) => this.#retry(error));
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#reconnect);
    const client = this.#client;
    this.#client = undefined;
    await client?.end().catch(() => undefined);
  }

  async #connect(): Promise<void> {
    const { connection, channel, logger, name } = this.options;
    const client = new pg.Client({ connectionString: connection });
    client.on('notification', (message) => {
      if (message.channel === channel) this.options.onNotification(message.payload);
    });
    const lost = (error?: Error) => {
      if (this.#stopped || this.#client !== client) return;
      this.#client = undefined;
      client.end().catch(() => undefined);
      if (isAdminShutdown(error)) logger.debug({ code: ADMIN_SHUTDOWN }, `the database ended the ${name} LISTEN connection (shutting down); reconnecting`);
      else logger.warn({ err: error }, `lost the ${name} LISTEN connection; reconnecting`);
      this.options.onLost?.();
      this.#scheduleReconnect();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      await client.query(`listen ${channel}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.#stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.#client = client;
    this.options.onListening?.();
  }

  #retry(error: unknown): void {
    this.options.logger.warn({ err: error }, `could not connect the ${this.options.name} LISTEN connection; trying again`);
    if (!this.#stopped) this.#scheduleReconnect();
  }

  #scheduleReconnect(): void {
    this.#reconnect = setTimeout(() => {
      this.#connect().catch((error: unknown) => this.#retry(error));
    }, RECONNECT_MS);
    this.#reconnect.unref();
  }
}
