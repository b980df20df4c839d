import type { Services } from '../platform/services.js';
import { startMeterReporting } from './meter.js';
import { billingOf } from './stripe.js';
import { endGracePeriods } from './subscriptions.js';

const GRACE_CHECK_INTERVAL_MS = 60_000;
/** Stripe retries an event for up to 3 days; a month of ids is plenty to recognise any repeat. */
const STRIPE_EVENTS_KEPT_DAYS = 30;

/**
 * Billing's work on a worker, when Stripe billing is on: the meter outbox (usage to Stripe) and, every minute,
 * the end of grace periods after failed payments and the purge of Stripe event ids past any retry.
 */
export function startBillingWork(services: Pick<Services, 'db' | 'config' | 'logger'>): () => void {
  const billing = billingOf(services.config);
  if (!billing) return () => {};
  const logger = services.logger.child({ component: 'billing' });
  const stopMeter = startMeterReporting(services.db, billing, logger);
  const grace = setInterval(() => {
    endGracePeriods(services.db, services.config)
      .then((ended) => ended > 0 && logger.info({ ended }, 'grace periods ended: accounts moved to the free plan'))
      .catch((error: unknown) => logger.error({ err: error }, 'ending grace periods failed'));
    services.db
      .system((trx) => trx('stripe_events').where('processed_at', '<', trx.raw(`now() - make_interval(days => ?)`, [STRIPE_EVENTS_KEPT_DAYS])).delete())
      .catch((error: unknown) => logger.error({ err: error }, 'purging old Stripe events failed'));
  }, GRACE_CHECK_INTERVAL_MS);
  grace.unref();
  return () => {
    stopMeter();
    clearInterval(grace);
  };
}
