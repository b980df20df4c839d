import { presentEvent } from '../server/events/events.js';
import { EventRow } from '../server/events/models.js';
import type { SecretBox } from '../server/platform/crypto.js';
import type { Database, Mode } from '../server/platform/db/database.js';
import { ChannelListener } from '../server/platform/db/listener.js';
import type { Logger } from '../server/platform/logger.js';
import type { Metrics } from '../server/platform/metrics.js';
import type { AddressPolicy } from '../server/media/address-policy.js';
import { DELIVERIES_CHANNEL } from '../server/webhook-endpoints/deliveries.js';
import { openWebhookSecret } from '../server/webhook-endpoints/secrets.js';
import { WebhookClient, type PostResult } from './post.js';
import { ResultWriter, type AttemptedDelivery } from './results.js';
import { Signer } from './signing.js';

export interface DispatcherOptions {
  db: Database;
  secrets: SecretBox;
  logger: Logger;
  metrics?: Pick<Metrics, 'webhookAttempts'>;
  /** Which addresses deliveries may connect to: one policy for both modes, or one per mode. */
  policy: AddressPolicy | Record<Mode, AddressPolicy>;
  /** For LISTEN: new deliveries are attempted as soon as their transaction commits. Without it, polling only. */
  databaseUrl?: string;
  /** Replaceable so tests can walk the retry schedule without waiting for it. */
  clock?: () => Date;
  random?: () => number;
  /** Attempts under way at once in this dispatcher. */
  maxInFlight?: number;
  /** Attempts under way at once to one endpoint, so a slow endpoint cannot take every slot. */
  maxPerEndpoint?: number;
  /** A claimed delivery whose result is not written by then is attempted again. */
  claimTimeoutMs?: number;
  /** How often to look for due retries when nothing wakes the dispatcher. */
  pollMs?: number;
  requestTimeoutMs?: number;
}

const CLAIM_BATCH = 100;
/** How many due rows a claim ranks per row it may take. */
const CLAIM_WINDOW = 10;

interface Claimed extends AttemptedDelivery {
  eventId: string;
  body: string;
  secrets: string[];
}

/**
 * Delivers webhooks: claims due deliveries with FOR UPDATE SKIP LOCKED (so any number of dispatchers, in any
 * number of workers, share the work without taking the same row), signs each attempt, POSTs it, and hands
 * the result to the ResultWriter. A claim pushes the row's next attempt past the claim timeout: if this
 * process dies mid-flight, another dispatcher attempts the delivery again when the claim expires.
 */
export class WebhookDispatcher {
  readonly #clock: () => Date;
  readonly #writer: ResultWriter;
  /** One client per mode: each mode's endpoints may reach different addresses. */
  readonly #clients: Record<Mode, WebhookClient>;
  readonly #signer = new Signer();
  readonly #opened = new Map<string, string>();
  readonly #perEndpoint = new Map<string, number>();
  readonly #maxInFlight: number;
  readonly #maxPerEndpoint: number;
  readonly #claimTimeoutMs: number;
  readonly #pollMs: number;
  #inFlight = 0;
  readonly #attempts = new Set<Promise<void>>();
  #stopped = false;
  #loop: Promise<void> | undefined;
  #wakeUp: (() => void) | undefined;
  #woken = false;
  #listener: ChannelListener | undefined;

  constructor(private readonly options: DispatcherOptions) {
    this.#clock = options.clock ?? (() => new Date());
    this.#maxInFlight = options.maxInFlight ?? 256;
    this.#maxPerEndpoint = options.maxPerEndpoint ?? 16;
    this.#claimTimeoutMs = options.claimTimeoutMs ?? 60_000;
    this.#pollMs = options.pollMs ?? 1_000;
    const requestTimeoutMs = options.requestTimeoutMs ?? 15_000;
    if (this.#claimTimeoutMs <= requestTimeoutMs) throw new Error('the claim timeout must outlast the request timeout');
    const policies = typeof options.policy === 'function' ? { test: options.policy, live: options.policy } : options.policy;
    this.#clients = {
      test: new WebhookClient(policies.test, requestTimeoutMs, this.#maxPerEndpoint * 4),
      live: new WebhookClient(policies.live, requestTimeoutMs, this.#maxPerEndpoint * 4),
    };
    this.#writer = new ResultWriter(options.db, options.logger, this.#clock, options.random ?? Math.random, { maxBatch: 200, maxDelayMs: 20 });
  }

  async start(): Promise<void> {
    if (this.options.databaseUrl && !this.#listener) {
      this.#listener = new ChannelListener({
        connection: this.options.databaseUrl,
        channel: DELIVERIES_CHANNEL,
        logger: this.options.logger,
        name: 'webhook',
        onNotification: () => this.wake(),
        onListening: () => this.wake(),
      });
      await this.#listener.start();
    }
    this.#loop ??= this.#run();
  }

  /** Stops claiming, lets the attempts under way finish (each ends within the request timeout), writes their results. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.wake();
    await this.#loop;
    await Promise.all(this.#attempts);
    await this.#writer.flush();
    this.#clients.test.close();
    this.#clients.live.close();
    await this.#listener?.stop();
  }

  wake(): void {
    this.#woken = true;
    this.#wakeUp?.();
  }

  /**
   * Attempts every delivery due now (by this dispatcher's clock) and writes the results, until none is due.
   * For tests and tools that drive the dispatcher step by step instead of starting it.
   */
  async runDue(): Promise<number> {
    let attempted = 0;
    for (;;) {
      const claimed = await this.#claim(this.#maxInFlight);
      if (claimed.length === 0) return attempted;
      attempted += claimed.length;
      await Promise.all(claimed.map((delivery) => this.#attempt(delivery)));
      await this.#writer.flush();
    }
  }

  #nap(ms: number): Promise<void> {
    if (this.#woken) {
      this.#woken = false;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#wakeUp = undefined;
        this.#woken = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.#wakeUp = done;
    });
  }

  async #run(): Promise<void> {
    let failures = 0;
    while (!this.#stopped) {
      const room = this.#maxInFlight - this.#inFlight;
      if (room <= 0) {
        await this.#nap(this.#pollMs);
        continue;
      }
      let claimed: Claimed[];
      try {
        claimed = await this.#claim(Math.min(room, CLAIM_BATCH));
        failures = 0;
      } catch (error) {
        failures += 1;
        this.options.logger.error({ err: error }, 'claiming webhook deliveries failed');
        await this.#nap(Math.min(30_000, 500 * 2 ** failures));
        continue;
      }
      for (const delivery of claimed) {
        const attempt = this.#attempt(delivery);
        this.#attempts.add(attempt);
        void attempt.finally(() => this.#attempts.delete(attempt));
      }
      // A full batch means more may be due: look again at once.
      if (claimed.length < Math.min(room, CLAIM_BATCH)) await this.#nap(this.#pollMs);
    }
  }

  async #claim(limit: number): Promise<Claimed[]> {
    const now = this.#clock();
    const busy = [...this.#perEndpoint];
    const saturated = busy.filter(([, n]) => n >= this.#maxPerEndpoint).map(([id]) => id);
    // The oldest due rows, at most the room each endpoint has left (its cap less its attempts under way here),
    // so one endpoint's backlog cannot fill a claim. Ranking reads a bounded window without locks; the rows
    // are then locked, skipping any another dispatcher holds, and checked again as locked. They are looked up
    // by id (= any(array)) rather than joined to the ranking: the planner cannot tell how many ranks fit the
    // room, and with tens of thousands of deliveries it chose to read the whole table, finished ones included,
    // on every claim.
    const result = await this.options.db.system((trx) =>
      trx.raw<{ rows: Array<Record<string, unknown>> }>(
        `with window_rows as (
           select d.id, d.endpoint_id, d.next_attempt_at from webhook_deliveries d
            where d.status = 'pending' and d.next_attempt_at <= ? and d.endpoint_id <> all(?::text[])
            order by d.next_attempt_at
            limit ?),
         ranked as (
           select w.id, w.next_attempt_at, row_number() over (partition by w.endpoint_id order by w.next_attempt_at) as rank,
                  ? - coalesce(f.n, 0) as room
             from window_rows w left join unnest(?::text[], ?::int[]) as f(endpoint_id, n) on f.endpoint_id = w.endpoint_id),
         due as (
           select d.id from webhook_deliveries d
             join webhook_endpoints e on e.id = d.endpoint_id and e.enabled
            where d.id = any(array(select r.id from ranked r where r.rank <= r.room))
              and d.status = 'pending' and d.next_attempt_at <= ?
            order by d.next_attempt_at
            limit ?
            for update of d skip locked)
         update webhook_deliveries d set
           next_attempt_at = ?, attempt_count = d.attempt_count + 1, round_attempts = d.round_attempts + 1
           from due, webhook_endpoints e, events ev
          where d.id = due.id and e.id = d.endpoint_id and ev.id = d.event_id
          returning d.id, d.account_id, d.mode, d.endpoint_id, d.event_id, d.attempt_count, d.round_attempts,
                    e.url, e.secret_sealed, e.previous_secret_sealed, e.previous_secret_expires_at,
                    ev.type as event_type, ev.created_at as event_created_at, ev.data as event_data`,
        [
          now,
          saturated,
          limit * CLAIM_WINDOW,
          this.#maxPerEndpoint,
          busy.map(([id]) => id),
          busy.map(([, n]) => n),
          now,
          limit,
          new Date(now.getTime() + this.#claimTimeoutMs),
        ],
      ),
    );
    const bodies = new Map<string, string>();
    return result.rows.map((row) => {
      const eventId = row.event_id as string;
      let body = bodies.get(eventId);
      if (body === undefined) {
        const event = EventRow.fromJson({ id: eventId, type: row.event_type, created_at: row.event_created_at, data: row.event_data }, { skipValidation: true });
        body = JSON.stringify(presentEvent(event));
        bodies.set(eventId, body);
      }
      const secrets = [this.#open(row.secret_sealed as string)];
      const previousUntil = row.previous_secret_expires_at as Date | null;
      if (row.previous_secret_sealed && previousUntil && previousUntil > now) secrets.push(this.#open(row.previous_secret_sealed as string));
      return {
        id: row.id as string,
        accountId: row.account_id as string,
        mode: row.mode as Claimed['mode'],
        endpointId: row.endpoint_id as string,
        url: row.url as string,
        attemptCount: row.attempt_count as number,
        roundAttempts: row.round_attempts as number,
        eventId,
        body,
        secrets,
      };
    });
  }

  #open(sealed: string): string {
    let secret = this.#opened.get(sealed);
    if (secret === undefined) {
      if (this.#opened.size >= 10_000) this.#opened.clear();
      secret = openWebhookSecret(this.options.secrets, sealed);
      this.#opened.set(sealed, secret);
    }
    return secret;
  }

  async #attempt(delivery: Claimed): Promise<void> {
    this.#inFlight += 1;
    this.#perEndpoint.set(delivery.endpointId, (this.#perEndpoint.get(delivery.endpointId) ?? 0) + 1);
    const attemptedAt = this.#clock();
    let result: PostResult;
    try {
      const headers = this.#signer.headers(delivery.secrets, delivery.eventId, attemptedAt, delivery.body);
      result = await this.#clients[delivery.mode].post(delivery.url, headers, delivery.body);
    } catch (error) {
      this.options.logger.error({ err: error, delivery_id: delivery.id }, 'a webhook attempt failed unexpectedly');
      result = { statusCode: null, responseBody: null, error: 'Parley could not make the request', latencyMs: 0, retryAfter: undefined };
    } finally {
      this.#inFlight -= 1;
      const left = this.#perEndpoint.get(delivery.endpointId)! - 1;
      if (left === 0) this.#perEndpoint.delete(delivery.endpointId);
      else this.#perEndpoint.set(delivery.endpointId, left);
      // A freed slot may let a claim through that was held back.
      if (left === this.#maxPerEndpoint - 1 || this.#inFlight === this.#maxInFlight - 1) this.wake();
    }
    this.options.metrics?.webhookAttempts.observe({ outcome: result.error === null ? 'succeeded' : 'failed' }, result.latencyMs / 1000);
    this.#writer.add({ delivery, attemptedAt, result });
  }
}
