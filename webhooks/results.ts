import type { Database, Mode, Transaction } from '../server/platform/db/database.js';
import { newId } from '../server/platform/ids.js';
import type { Logger } from '../server/platform/logger.js';
import { disableWebhookEndpoints } from '../server/webhook-endpoints/deliveries.js';
import type { PostResult } from './post.js';
import { parseRetryAfter, retryDelay } from './schedule.js';

/** An endpoint that has failed every attempt this long is disabled. */
export const DISABLE_AFTER_FAILING_MS = 5 * 24 * 3_600_000;

/** A claimed delivery, as the dispatcher attempted it. */
export interface AttemptedDelivery {
  id: string;
  accountId: string;
  mode: Mode;
  endpointId: string;
  url: string;
  /**
   * The delivery's counts as claimed: its result is written only if no later claim took the row (attempt_count)
   * and no one queued it again meanwhile (a retry or recovery resets round_attempts; the delivery then stays due).
   */
  attemptCount: number;
  roundAttempts: number;
}

export interface AttemptOutcome {
  delivery: AttemptedDelivery;
  attemptedAt: Date;
  result: PostResult;
}

const ok = (result: PostResult) => result.error === null;

/**
 * Writes attempts in batches: one transaction records every attempt of the batch, moves each delivery on
 * (succeeded, retry later, or failed), keeps each endpoint's failure streak, and disables endpoints that
 * answered 410 or have failed for 5 days. Until its batch is written a delivery stays claimed; a dispatcher
 * that dies first leaves it to be attempted again when the claim expires, under the same webhook-id.
 */
export class ResultWriter {
  #batch: AttemptOutcome[] = [];
  #timer: NodeJS.Timeout | undefined;
  #flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly logger: Logger,
    private readonly clock: () => Date,
    private readonly random: () => number,
    private readonly options: { maxBatch: number; maxDelayMs: number },
  ) {}

  add(outcome: AttemptOutcome): void {
    this.#batch.push(outcome);
    if (this.#batch.length >= this.options.maxBatch) void this.flush();
    else this.#timer ??= setTimeout(() => void this.flush(), this.options.maxDelayMs);
  }

  /** Writes everything added so far; resolves once it is written (or given up after repeated failures). */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const batch = this.#batch;
    this.#batch = [];
    this.#flushing = this.#flushing.then(() => (batch.length > 0 ? this.#write(batch) : undefined));
    return this.#flushing;
  }

  async #write(batch: AttemptOutcome[]): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.db.system((trx) => this.#record(trx, batch));
        return;
      } catch (error) {
        // The claims expire meanwhile and their deliveries are attempted again; past that, writing is moot.
        if (attempt >= 8) {
          this.logger.error({ err: error, deliveries: batch.length }, 'could not record webhook attempts; their deliveries will be attempted again');
          return;
        }
        this.logger.warn({ err: error, attempt }, 'recording webhook attempts failed; retrying');
        await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 250 * 2 ** attempt)));
      }
    }
  }

  async #record(trx: Transaction, batch: AttemptOutcome[]): Promise<void> {
    const now = this.clock();
    const attempts = batch.map(({ delivery, attemptedAt, result }) => ({
      id: newId('webhookAttempt'),
      account_id: delivery.accountId,
      mode: delivery.mode,
      delivery_id: delivery.id,
      endpoint_id: delivery.endpointId,
      url: delivery.url,
      attempted_at: attemptedAt.toISOString(),
      status_code: result.statusCode,
      latency_ms: result.latencyMs,
      response_body: result.responseBody,
      error: result.error,
    }));
    // A delivery deleted meanwhile (its endpoint was deleted) has no log to add to.
    await trx.raw(
      `insert into webhook_attempts (id, account_id, mode, delivery_id, endpoint_id, url, attempted_at, status_code, latency_ms, response_body, error)
       select v.* from jsonb_to_recordset(?::jsonb) as v(id text, account_id text, mode text, delivery_id text, endpoint_id text,
         url text, attempted_at timestamptz, status_code int, latency_ms int, response_body text, error text)
        where exists (select 1 from webhook_deliveries d where d.id = v.delivery_id)`,
      [JSON.stringify(attempts)],
    );

    const deliveries = batch.map(({ delivery, attemptedAt, result }) => {
      const next = this.#next(delivery, result, attemptedAt);
      return {
        id: delivery.id,
        attempt_count: delivery.attemptCount,
        round_attempts: delivery.roundAttempts,
        status: next === null ? (ok(result) ? 'succeeded' : 'failed') : 'pending',
        next_attempt_at: next?.toISOString() ?? null,
        attempted_at: attemptedAt.toISOString(),
        status_code: result.statusCode,
        error: result.error,
      };
    });
    // A retry of an endpoint disabled meanwhile fails instead: a disabled endpoint has nothing pending.
    await trx.raw(
      `update webhook_deliveries d set
         status = case when v.status = 'pending' and not e.enabled then 'failed' else v.status end,
         next_attempt_at = case when v.status = 'pending' and e.enabled then v.next_attempt_at end,
         finished_at = case when v.status = 'pending' and e.enabled then null else ?::timestamptz end,
         last_attempt_at = v.attempted_at, last_status_code = v.status_code, last_error = v.error, updated_at = ?
       from jsonb_to_recordset(?::jsonb) as v(id text, attempt_count int, round_attempts int, status text, next_attempt_at timestamptz,
              attempted_at timestamptz, status_code int, error text),
            webhook_endpoints e
      where d.id = v.id and d.attempt_count = v.attempt_count and d.round_attempts = v.round_attempts and e.id = d.endpoint_id`,
      [now, now, JSON.stringify(deliveries)],
    );

    await this.#trackEndpoints(trx, batch, now);
  }

  #next(delivery: AttemptedDelivery, result: PostResult, attemptedAt: Date): Date | null {
    if (ok(result)) return null;
    const retryAfter = result.statusCode === 429 || result.statusCode === 503 ? parseRetryAfter(result.retryAfter, attemptedAt) : null;
    const delay = retryDelay(delivery.roundAttempts, retryAfter, this.random);
    return delay === null ? null : new Date(attemptedAt.getTime() + delay);
  }

  /** Each endpoint's failure streak after this batch, and the endpoints to disable. */
  async #trackEndpoints(trx: Transaction, batch: AttemptOutcome[], now: Date): Promise<void> {
    const streaks = new Map<string, { ok: boolean; firstFailure: Date | null }>();
    const gone = new Set<string>();
    for (const { delivery, attemptedAt, result } of [...batch].sort((a, b) => a.attemptedAt.getTime() - b.attemptedAt.getTime())) {
      if (result.statusCode === 410) gone.add(delivery.endpointId);
      const streak = streaks.get(delivery.endpointId);
      if (ok(result)) streaks.set(delivery.endpointId, { ok: true, firstFailure: null });
      else if (!streak || streak.ok) streaks.set(delivery.endpointId, { ok: false, firstFailure: attemptedAt });
    }
    const rows = [...streaks].map(([id, streak]) => ({ id, ok: streak.ok, first_failure: streak.firstFailure?.toISOString() ?? null }));
    // Only rows whose streak changes are written: a steady endpoint costs no update per batch.
    await trx.raw(
      `update webhook_endpoints e set failing_since = case when v.ok then null else v.first_failure end
         from jsonb_to_recordset(?::jsonb) as v(id text, ok boolean, first_failure timestamptz)
        where e.id = v.id and ((v.ok and e.failing_since is not null) or (not v.ok and e.failing_since is null))`,
      [JSON.stringify(rows)],
    );
    const stillFailing = rows.filter((row) => !row.ok).map((row) => row.id);
    const longFailing =
      stillFailing.length === 0
        ? []
        : await trx('webhook_endpoints')
            .whereIn('id', stillFailing)
            .where('failing_since', '<=', new Date(now.getTime() - DISABLE_AFTER_FAILING_MS))
            .pluck('id');
    const reasons = new Map<string, 'endpoint_gone' | 'endpoint_failing'>();
    for (const id of longFailing as string[]) reasons.set(id, 'endpoint_failing');
    for (const id of gone) reasons.set(id, 'endpoint_gone');
    const disabled = await disableWebhookEndpoints(trx, reasons, now);
    for (const row of disabled) {
      this.logger.warn({ endpoint_id: row.id, account_id: row.account_id, reason: row.disabled_reason }, 'disabled a webhook endpoint');
    }
  }
}
