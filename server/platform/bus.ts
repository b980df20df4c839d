import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import type { Logger } from './logger.js';

export type BusHandler = (message: unknown) => void;

/**
 * Fan-out between processes: Redis pub/sub when Redis is configured, so an API node hears what a worker
 * did; in-process otherwise (a single node). Delivery is best effort: durable state is in PostgreSQL.
 */
export interface Bus {
  publish(channel: string, message: unknown): Promise<void>;
  /** Returns the function that unsubscribes. */
  subscribe(channel: string, handler: BusHandler): Promise<() => void>;
  close(): Promise<void>;
}

export class LocalBus implements Bus {
  readonly #emitter = new EventEmitter().setMaxListeners(0);

  async publish(channel: string, message: unknown): Promise<void> {
    // Asynchronous like Redis, so publishers never run subscribers inside their own call stack.
    const copy = JSON.parse(JSON.stringify(message)) as unknown;
    setImmediate(() => this.#emitter.emit(channel, copy));
  }

  async subscribe(channel: string, handler: BusHandler): Promise<() => void> {
    this.#emitter.on(channel, handler);
    return () => this.#emitter.off(channel, handler);
  }

  async close(): Promise<void> {
    this.#emitter.removeAllListeners();
  }
}

export class RedisBus implements Bus {
  readonly #subscriber: Redis;
  readonly #handlers = new Map<string, Set<BusHandler>>();

  constructor(
    private readonly publisher: Redis,
    private readonly prefix: string,
    private readonly logger: Logger,
  ) {
    // A connection in subscriber mode can do nothing else, so the bus has its own.
    this.#subscriber = publisher.duplicate();
    this.#subscriber.on('message', (channel: string, raw: string) => {
      const handlers = this.#handlers.get(channel.slice(this.prefix.length));
      if (!handlers) return;
      let message: unknown;
      try {
        message = JSON.parse(raw);
      } catch (error) {
        this.logger.warn({ err: error, channel }, 'dropped a malformed bus message');
        return;
      }
      for (const handler of handlers) handler(message);
    });
    this.#subscriber.on('error', (error) => this.logger.warn({ err: error }, 'bus subscriber error'));
  }

  async publish(channel: string, message: unknown): Promise<void> {
    await this.publisher.publish(this.prefix + channel, JSON.stringify(message));
  }

  async subscribe(channel: string, handler: BusHandler): Promise<() => void> {
    let handlers = this.#handlers.get(channel);
    if (!handlers) {
      handlers = new Set();
      this.#handlers.set(channel, handlers);
      await this.#subscriber.subscribe(this.prefix + channel);
    }
    handlers.add(handler);
    return () => {
      handlers.delete(handler);
      if (handlers.size === 0) {
        this.#handlers.delete(channel);
        this.#subscriber.unsubscribe(this.prefix + channel).catch(() => undefined);
      }
    };
  }

  async close(): Promise<void> {
    this.#handlers.clear();
    this.#subscriber.disconnect();
  }
}
