import { PassThrough } from 'node:stream';
import type { Database, TenantScope } from '../platform/db/database.js';
import { ChannelListener } from '../platform/db/listener.js';
import type { Logger } from '../platform/logger.js';
import { presentEvent } from './events.js';
import { EventRow } from './models.js';

/** The channel the `events` insert trigger notifies (migrations/20261122180000_notify_events.ts). */
export const EVENTS_CHANNEL = 'parley_events';

const KEEP_ALIVE_MS = 15_000;
/** A client this far behind is cut off; it reconnects with Last-Event-ID and catches up from the table. */
const MAX_BUFFERED_BYTES = 1024 * 1024;

interface Notification {
  id: string;
  account_id: string;
  mode: TenantScope['mode'];
  type: string;
}

const frame = (row: EventRow) => `id: ${row.id}\nevent: ${row.type}\ndata: ${JSON.stringify(presentEvent(row))}\n\n`;
const keyOf = (scope: TenantScope) => `${scope.accountId}:${scope.mode}`;

/** One client's stream. Until its replay is written, live events wait, so the stream stays in order. */
class Subscriber {
  readonly stream = new PassThrough();
  #held: EventRow[] | undefined = [];

  deliver(row: EventRow): void {
    if (this.#held) this.#held.push(row);
    else this.#write(row);
  }

  /** Writes the missed events, then whatever arrived meanwhile that the replay did not already carry. */
  begin(replay: EventRow[]): void {
    const held = this.#held ?? [];
    this.#held = undefined;
    const replayed = new Set(replay.map((row) => row.id));
    for (const row of replay) this.#write(row);
    for (const row of held) if (!replayed.has(row.id)) this.#write(row);
  }

  #write(row: EventRow): void {
    if (this.stream.destroyed || this.stream.writableEnded) return;
    this.stream.write(frame(row));
    if (this.stream.writableLength > MAX_BUFFERED_BYTES) this.stream.destroy();
  }
}

/**
 * Server-sent-event streams of account events on this API node. The `events` insert trigger notifies on
 * commit (so nothing rolled back is ever sent); one LISTEN connection per node hears every account and
 * fans out to the streams of the notified account and mode, reading the row under that tenant's RLS.
 */
export class EventStreams {
  readonly #subscribers = new Map<string, Set<Subscriber>>();
  /** Per tenant, so one tenant's events reach its streams in the order they were notified. */
  readonly #reads = new Map<string, Promise<void>>();
  readonly #listener: ChannelListener;
  #stopped = false;

  constructor(
    private readonly db: Database,
    databaseUrl: string,
    private readonly logger: Logger,
  ) {
    this.#listener = new ChannelListener({
      connection: databaseUrl,
      channel: EVENTS_CHANNEL,
      logger,
      name: 'events',
      onNotification: (payload) => {
        if (payload) this.#notified(payload);
      },
      // Whatever was notified while it was down is gone: streams end, and their clients resume with Last-Event-ID.
      onLost: () => this.closeAll(),
    });
  }

  async start(): Promise<void> {
    await this.#listener.start();
  }

  #notified(payload: string): void {
    let note: Notification;
    try {
      note = JSON.parse(payload) as Notification;
    } catch (error) {
      this.logger.warn({ err: error }, 'unreadable events notification');
      return;
    }
    const scope: TenantScope = { accountId: note.account_id, mode: note.mode };
    const key = keyOf(scope);
    if (!this.#subscribers.has(key)) return;
    const read = (this.#reads.get(key) ?? Promise.resolve())
      .then(async () => {
        if (!this.#subscribers.has(key)) return;
        const row = await this.db.tenant(scope, async (trx) => await EventRow.query(trx).findById(note.id));
        if (row) for (const subscriber of this.#subscribers.get(key) ?? []) subscriber.deliver(row);
      })
      .catch((error: unknown) => this.logger.warn({ err: error, event_id: note.id }, 'could not read a notified event'));
    this.#reads.set(key, read);
    void read.then(() => {
      if (this.#reads.get(key) === read) this.#reads.delete(key);
    });
  }

  /**
   * Opens a tenant's stream: live events from now on, after `replay()` (the missed events, read once
   * subscribed so that nothing committed in between is lost).
   */
  async open(scope: TenantScope, replay: () => Promise<EventRow[]>): Promise<PassThrough> {
    const key = keyOf(scope);
    const subscriber = new Subscriber();
    const set = this.#subscribers.get(key) ?? new Set();
    this.#subscribers.set(key, set);
    set.add(subscriber);
    const { stream } = subscriber;
    const keepAlive = setInterval(() => stream.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
    // Koa destroys the body stream when the client goes away.
    stream.on('close', () => {
      clearInterval(keepAlive);
      set.delete(subscriber);
      if (set.size === 0 && this.#subscribers.get(key) === set) this.#subscribers.delete(key);
    });
    try {
      stream.write('retry: 3000\n\n');
      subscriber.begin(await replay());
    } catch (error) {
      stream.destroy();
      throw error;
    }
    if (this.#stopped || !this.#listener.listening) stream.end();
    return stream;
  }

  /** Ends every open stream, so a graceful shutdown is not held up by idle listeners. */
  closeAll(): void {
    for (const set of this.#subscribers.values()) for (const subscriber of set) subscriber.stream.end();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.closeAll();
    await this.#listener.stop();
  }
}
