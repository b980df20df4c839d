/**
 * Live streams (`events.stream()`, `connections.events(id)`): an async iterable of the parsed `data:` payloads
 * that survives dropped connections. After a drop it waits the server's `retry:` delay, reopens with
 * `Last-Event-ID` set to the last id seen (so no event is missed), and carries on. `break`, `close()` or the
 * call's AbortSignal end it, and so does a reconnection answered 404 (the connection it followed was deleted).
 */
import { sleep } from '../internal/backoff.js';
import { NotFoundError, ParleyError } from './errors.js';
import { readServerSentEvents } from './sse.js';

const DEFAULT_RECONNECT_DELAY_MS = 1_000;

export class Stream<T> implements AsyncIterable<T> {
  /** The id of the last event received: where a reconnection resumes. */
  lastEventId: string | undefined;
  /** How many times the stream reconnected after a drop. */
  reconnections = 0;
  #reconnectDelayMs = DEFAULT_RECONNECT_DELAY_MS;
  #iterating = false;

  constructor(
    readonly response: Response,
    private readonly reopen: (lastEventId: string | undefined) => Promise<Response>,
    private readonly controller: AbortController,
  ) {}

  /** Closes the connection; a pending or later iteration ends. */
  close(): void {
    this.controller.abort();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    if (this.#iterating) throw new ParleyError('A stream can be iterated once');
    this.#iterating = true;
    const signal = this.controller.signal;
    let response = this.response;
    try {
      for (;;) {
        try {
          for await (const message of readServerSentEvents(response.body ?? emptyBody())) {
            if (message.id !== undefined) this.lastEventId = message.id;
            if (message.retry !== undefined) this.#reconnectDelayMs = message.retry;
            if (message.data === '') continue;
            yield parseData<T>(message.data, message.event);
          }
        } catch (error) {
          if (error instanceof ParleyError) throw error;
          // Anything else is the connection dropping mid-stream: reconnect below.
        }
        if (signal.aborted) return;
        try {
          await sleep(this.#reconnectDelayMs, signal);
        } catch {
          return;
        }
        try {
          response = await this.reopen(this.lastEventId);
        } catch (error) {
          // What the stream followed is gone (a deleted connection's stream ends after `connection.deleted`).
          if (signal.aborted || error instanceof NotFoundError) return;
          throw error;
        }
        this.reconnections++;
      }
    } finally {
      this.controller.abort();
    }
  }
}

function parseData<T>(data: string, event: string): T {
  try {
    return JSON.parse(data) as T;
  } catch {
    throw new ParleyError(`Parley sent a ${event} stream event whose data is not JSON: ${data.slice(0, 200)}`);
  }
}

function emptyBody(): ReadableStream<Uint8Array> {
  return new ReadableStream({ start: (controller) => controller.close() });
}
