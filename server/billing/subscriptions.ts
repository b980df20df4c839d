import type Stripe from 'stripe';
import { changePlan, type PlanChangeCause } from '../accounts/plan-changes.js';
import { findPlan } from '../accounts/plans.js';
import type { Config } from '../config.js';
import type { Database, Transaction } from '../platform/db/database.js';
import type { Logger } from '../platform/logger.js';

const DAY_MS = 86_400_000;

export interface SubscriptionRow {
  account_id: string;
  stripe_subscription_id: string;
  status: Stripe.Subscription.Status;
  price_id: string | null;
  plan: string | null;
  current_period_start: Date | null;
  current_period_end: Date | null;
  cancel_at_period_end: boolean;
  past_due_since: Date | null;
  grace_ends_at: Date | null;
  grace_ended_at: Date | null;
  synced_at: Date;
}

/** A subscription in these states no longer pays for a plan: the account is on the free plan. */
const ENDED: ReadonlySet<string> = new Set(['canceled', 'unpaid', 'incomplete_expired', 'paused']);

/** The plan an account falls back to: `free`, or the default plan where the catalog has no free one. */
export const freePlanOf = (config: Config) => (findPlan(config, 'free') ? 'free' : config.PARLEY_DEFAULT_PLAN);

/** The plan a subscription sells: the catalog plan whose monthly price is one of its items'. */
function planOfSubscription(config: Config, subscription: Stripe.Subscription) {
  for (const item of subscription.items.data) {
    const plan = config.plans.find((candidate) => candidate.stripe_price_id !== null && candidate.stripe_price_id === item.price.id);
    if (plan) return { plan, item };
  }
  return undefined;
}

const fromUnix = (seconds: number) => new Date(seconds * 1000);

/**
 * Brings the account in line with its subscription as Stripe reported it at `fetchedAt` (read back from Stripe,
 * never taken from an event, so events may arrive in any order and more than once). In the caller's system
 * transaction, under the account's row lock, so two webhooks for one account apply one after the other and an
 * older read of the subscription never overwrites a newer one.
 *
 * - `active`, `trialing`: the account is on the subscription's plan, its billing period the subscription's.
 * - `past_due`: the plan stays for BILLING_GRACE_DAYS from the first failed payment (the grace worker then moves
 *   the account to the free plan, unless the payment went through by then).
 * - `canceled`, `unpaid`, `incomplete_expired`, `paused`: the free plan, calendar-month periods.
 * - `incomplete`: nothing yet (the first payment is being made).
 *
 * An ended subscription does not override another, live one of the same account (an old subscription's late
 * `deleted` after a new Checkout).
 */
export async function syncSubscription(
  trx: Transaction,
  config: Config,
  logger: Logger,
  input: { accountId: string; subscription: Stripe.Subscription; fetchedAt: Date; cause: PlanChangeCause; graceDays: number },
): Promise<SubscriptionRow | undefined> {
  const { accountId, subscription, fetchedAt } = input;
  await trx('accounts').where({ id: accountId }).forUpdate().first('id');
  const stored = (await trx('billing_subscriptions').where({ account_id: accountId }).first()) as SubscriptionRow | undefined;
  if (stored && stored.synced_at > fetchedAt) return stored;
  const ended = ENDED.has(subscription.status);
  if (stored && stored.stripe_subscription_id !== subscription.id && ended && !ENDED.has(stored.status)) {
    logger.info({ account_id: accountId, subscription: subscription.id }, 'an ended subscription did not replace the live one');
    return stored;
  }

  const sold = planOfSubscription(config, subscription);
  const item = sold?.item ?? subscription.items.data[0];
  const period = item ? { start: fromUnix(item.current_period_start), end: fromUnix(item.current_period_end) } : null;
  const sameEpisode = stored?.stripe_subscription_id === subscription.id && stored.past_due_since !== null;
  const pastDueSince = subscription.status === 'past_due' ? (sameEpisode ? stored!.past_due_since! : fetchedAt) : null;
  const row: SubscriptionRow = {
    account_id: accountId,
    stripe_subscription_id: subscription.id,
    status: subscription.status,
    price_id: item?.price.id ?? null,
    plan: sold?.plan.id ?? null,
    current_period_start: period?.start ?? null,
    current_period_end: period?.end ?? null,
    cancel_at_period_end: subscription.cancel_at_period_end,
    past_due_since: pastDueSince,
    grace_ends_at: pastDueSince ? new Date(pastDueSince.getTime() + input.graceDays * DAY_MS) : null,
    grace_ended_at: subscription.status === 'past_due' && sameEpisode ? stored!.grace_ended_at : null,
    synced_at: fetchedAt,
  };
  await trx('billing_subscriptions').insert(row).onConflict('account_id').merge();

  if (ended) {
    const cause = subscription.status === 'canceled' ? 'canceled' : subscription.status === 'unpaid' ? 'payment_failed' : input.cause;
    await changePlan(trx, config, accountId, { plan: freePlanOf(config), period: null, cause });
  } else if (subscription.status === 'past_due' && row.grace_ended_at) {
    // The grace period ended in this unpaid episode: the account stays on the free plan until it is paid.
  } else if (subscription.status === 'active' || subscription.status === 'trialing' || subscription.status === 'past_due') {
    if (!sold) {
      logger.warn({ account_id: accountId, subscription: subscription.id, price: row.price_id }, 'no plan in the catalog sells this subscription\'s price; the plan is left as it is');
      return row;
    }
    await changePlan(trx, config, accountId, { plan: sold.plan.id, period, cause: input.cause });
  }
  return row;
}

/**
 * Moves each account whose grace period after a failed payment has ended, still unpaid, to the free plan
 * (`account.plan_changed`, cause `grace_ended`). Any worker may run it: each account is changed in its own
 * transaction under its row lock (taken before the subscription's, in the order webhooks take them), and read
 * again under it, so two workers, or a payment arriving at the same moment, never both act. `now` is
 * injectable for tests.
 */
export async function endGracePeriods(db: Database, config: Config, now = new Date()): Promise<number> {
  const due = (await db.system((trx) =>
    trx('billing_subscriptions')
      .where('grace_ends_at', '<=', now)
      .whereNull('grace_ended_at')
      .where({ status: 'past_due' })
      .orderBy('grace_ends_at')
      .limit(500)
      .pluck('account_id'),
  )) as string[];
  let ended = 0;
  for (const accountId of due) {
    await db.system(async (trx) => {
      await trx('accounts').where({ id: accountId }).forUpdate().first('id');
      const still = await trx('billing_subscriptions')
        .where({ account_id: accountId, status: 'past_due' })
        .where('grace_ends_at', '<=', now)
        .whereNull('grace_ended_at')
        .first('account_id');
      if (!still) return;
      await changePlan(trx, config, accountId, { plan: freePlanOf(config), period: null, cause: 'grace_ended' });
      await trx('billing_subscriptions').where({ account_id: accountId }).update({ grace_ended_at: now });
      ended += 1;
    });
  }
  return ended;
}
