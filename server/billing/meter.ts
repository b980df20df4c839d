import Stripe from 'stripe';
import type { Database } from '../platform/db/database.js';
import type { Logger } from '../platform/logger.js';
import { isStripeUnavailable, type Billing } from './stripe.js';

/**
 * Stripe refuses meter events older than 35 days. An entry that old is refused here, before sending, with a
 * margin for the time the request takes; Stripe also refuses timestamps more than 5 minutes ahead, so a clock
 * ahead of Stripe's sends "now" instead.
 */
const MAX_AGE_MS = 35 * 86_400_000 - 3_600_000;
/** Meter events in flight at once per worker; each is one request to Stripe's v1 meter events endpoint. */
const CONCURRENCY = 10;

interface ClaimedEntry {
  id: string;
  quantity: number;
  occurred_at: Date;
  stripe_customer_id: string | null;
}

type Outcome = { id: string; result: 'reported' } | { id: string; result: 'refused'; error: string } | { id: string; result: 'unavailable'; error: string };

export interface ReportRound {
  claimed: number;
  reported: number;
  refused: number;
  /** Stripe did not answer for these: they stay unreported and are sent again later. */
  unavailable: number;
}

/** Stripe's answer to a meter event whose identifier it already has: that usage was delivered before. */
export function isDuplicateMeterEvent(error: unknown): boolean {
  if (!(error instanceof Stripe.errors.StripeInvalidRequestError)) return false;
  return error.code === 'duplicate_meter_event' || /already exists with identifier/i.test(error.message);
}

async function send(billing: Billing, entry: ClaimedEntry, now: number): Promise<Outcome> {
  if (!entry.stripe_customer_id) {
    // Billable entries come from a metered plan, which a Stripe subscription (and so a customer) sells. One put
    // on such a plan by hand is billed by contract, not through the meter.
    return { id: entry.id, result: 'refused', error: 'no_stripe_customer: the account has no Stripe customer; its usage is not billed through Stripe' };
  }
  const at = entry.occurred_at.getTime();
  if (now - at > MAX_AGE_MS) {
    return { id: entry.id, result: 'refused', error: `timestamp_too_old: ${entry.occurred_at.toISOString()} is beyond the 35 days Stripe accepts meter events for` };
  }
  try {
    await billing.stripe.billing.meterEvents.create({
      event_name: billing.config.meterEventName,
      // The ledger row's id: Stripe keeps one event per identifier, so a resend after a crash bills nothing twice.
      identifier: `parley_usage_${entry.id}`,
      payload: { stripe_customer_id: entry.stripe_customer_id, value: String(entry.quantity) },
      timestamp: Math.floor(Math.min(at, now) / 1000),
    }, { timeout: 10_000, maxNetworkRetries: 1 });
    return { id: entry.id, result: 'reported' };
  } catch (error) {
    if (isDuplicateMeterEvent(error)) return { id: entry.id, result: 'reported' };
    const message = error instanceof Error ? error.message : String(error);
    if (isStripeUnavailable(error) || !(error instanceof Stripe.errors.StripeError)) return { id: entry.id, result: 'unavailable', error: message };
    return { id: entry.id, result: 'refused', error: `stripe_refused: ${message}` };
  }
}

/**
 * One round of the meter outbox: claims up to `batchSize` billable ledger entries not yet reported nor refused
 * (`FOR UPDATE SKIP LOCKED`, so workers share the work and never send the same entry at once), sends each to
 * Stripe's billing meter with the entry's id as the event's `identifier`, and records the outcomes in the same
 * transaction. A worker killed mid-round leaves its entries unreported: the next round sends them again, and
 * Stripe answers the ones it already has as duplicates, which count as reported. Entries Stripe does not answer
 * for stay unreported; those it refuses (or that are too old to send) are marked refused with the reason, and
 * are not sent again.
 */
export async function reportUsageRound(db: Database, billing: Billing, now = () => Date.now()): Promise<ReportRound> {
  return db.system(async (trx) => {
    const { rows } = await trx.raw<{ rows: ClaimedEntry[] }>(
      `select u.id, u.quantity, u.occurred_at, c.stripe_customer_id
         from usage_entries u
         left join billing_customers c on c.account_id = u.account_id
        where u.billable and u.reported_at is null and u.report_refused_at is null
        order by u.id
        limit ?
        for update of u skip locked`,
      [billing.config.meterBatchSize],
    );
    const outcomes: Outcome[] = [];
    const queue = [...rows];
    await Promise.all(
      Array.from({ length: Math.min(CONCURRENCY, queue.length) }, async () => {
        for (let entry = queue.shift(); entry; entry = queue.shift()) {
          const outcome = await send(billing, entry, now());
          outcomes.push(outcome);
          // Stripe is not answering: the rest of the batch waits for the next round rather than holding these
          // rows (and this transaction) through a timeout each.
          if (outcome.result === 'unavailable') queue.length = 0;
        }
      }),
    );
    const ids = (result: Outcome['result']) => outcomes.filter((o) => o.result === result).map((o) => o.id);
    const reported = ids('reported');
    if (reported.length > 0) await trx('usage_entries').whereIn('id', reported).update({ reported_at: trx.fn.now(), report_error: null });
    for (const outcome of outcomes) {
      if (outcome.result === 'refused') {
        await trx('usage_entries').where({ id: outcome.id }).update({ report_refused_at: trx.fn.now(), report_error: outcome.error.slice(0, 1000) });
      }
    }
    const unavailable = outcomes.filter((o) => o.result === 'unavailable');
    if (unavailable.length > 0) {
      await trx('usage_entries').whereIn('id', unavailable.map((o) => o.id)).update({ report_error: `stripe_unavailable: ${unavailable[0]!.error}`.slice(0, 1000) });
    }
    return { claimed: rows.length, reported: reported.length, refused: ids('refused').length, unavailable: unavailable.length };
  });
}

const MAX_BACKOFF_MS = 5 * 60_000;

/**
 * The meter outbox loop on a worker: a round every STRIPE_METER_REPORT_INTERVAL_MS, at once again while rounds
 * come back full, and backing off (doubling, up to 5 minutes) while Stripe does not answer. Sends never wait for
 * any of this: they write the ledger, and this reads it.
 */
export function startMeterReporting(db: Database, billing: Billing, logger: Logger): () => void {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let backoff = billing.config.meterIntervalMs;
  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => void run(), ms);
    timer.unref();
  };
  const run = async () => {
    let next = billing.config.meterIntervalMs;
    try {
      const round = await reportUsageRound(db, billing);
      if (round.reported + round.refused > 0) logger.info(round, 'reported metered usage to Stripe');
      if (round.unavailable > 0) {
        backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
        next = backoff;
        logger.warn({ ...round, retry_in_ms: next }, 'Stripe did not answer for metered usage; it stays in the outbox');
      } else {
        backoff = billing.config.meterIntervalMs;
        if (round.claimed === billing.config.meterBatchSize) next = 0;
      }
    } catch (error) {
      logger.error({ err: error }, 'reporting metered usage failed');
    }
    schedule(next);
  };
  schedule(0);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
