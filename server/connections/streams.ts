import { PassThrough } from 'node:stream';
import type { Bus } from '../platform/bus.js';
import type { ConnectionRow } from './models.js';
import { presentStreamEvent } from './presenters.js';
import { CONNECTION_UPDATES, type ConnectionUpdate } from './runner.js';

const KEEP_ALIVE_MS = 15_000;

const frame = (type: string, data: unknown) => `event: ${type}\ndata: ${JSON.stringify(data)}\n\n`;

/**
 * Server-sent-event streams of connection state on this API node. Updates arrive over the bus, so a
 * stream works whichever worker runs the connection.
 */
export class ConnectionStreams {
  readonly #streams = new Map<string, Set<PassThrough>>();
  #unsubscribe: (() => void) | undefined;

  async start(bus: Bus): Promise<void> {
    this.#unsubscribe = await bus.subscribe(CONNECTION_UPDATES, (message) => {
      const update = message as ConnectionUpdate;
      for (const stream of this.#streams.get(update.connectionId) ?? []) {
        stream.write(frame(update.event.type, update.event));
        // A deleted connection has nothing more to say.
        if (update.event.type === 'connection.deleted') stream.end();
      }
    });
  }

  /** Opens a stream that starts with the connection's current state. */
  open(row: ConnectionRow): PassThrough {
    const stream = new PassThrough();
    const set = this.#streams.get(row.id) ?? new Set();
    this.#streams.set(row.id, set);
    set.add(stream);
    stream.write(`retry: 3000\n${frame('connection.state', presentStreamEvent('connection.state', row))}`);
    const keepAlive = setInterval(() => stream.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
    // Koa destroys the body stream when the client goes away.
    stream.on('close', () => {
      clearInterval(keepAlive);
      set.delete(stream);
      if (set.size === 0) this.#streams.delete(row.id);
    });
    return stream;
  }

  /** Ends every open stream, so a graceful shutdown is not held up by idle listeners. */
  closeAll(): void {
    this.#unsubscribe?.();
    for (const set of this.#streams.values()) for (const stream of set) stream.end();
  }
}
