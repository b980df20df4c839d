import type { components } from '../generated/openapi.js';
import type { Config } from '../config.js';
import { recordEvent } from '../events/record.js';
import type { Transaction } from '../platform/db/database.js';
import { invalidRequest, notFound } from '../platform/http/errors.js';
import { periodOf } from '../usage/limits.js';
import { AccountRow } from './models.js';
import { findPlan, limitsOf, planOf } from './plans.js';
import { presentPlan } from './presenters.js';

export type PlanChangeCause = components['schemas']['PlanChange']['cause'];

/** Refuses a plan id the catalog does not have, naming the ones it does. */
export function assertPlanExists(config: Config, id: string, param = 'plan'): void {
  if (!findPlan(config, id)) {
    throw invalidRequest('plan_unknown', `No plan "${id}" exists. Plans: ${config.plans.map((plan) => plan.id).join(', ')}.`, param);
  }
}

/**
 * Puts an account on a plan, with the billing period its subscription gives (null: calendar months), in the
 * caller's system transaction. A change of plan writes `account.plan_changed` (live mode: a plan belongs to
 * the account, not to a mode). The account row is locked, so changes from Stripe and the admin never interleave.
 */
export async function changePlan(
  trx: Transaction,
  config: Config,
  accountId: string,
  change: { plan: string; period?: { start: Date; end: Date } | null; cause: PlanChangeCause },
): Promise<{ changed: boolean; account: AccountRow }> {
  assertPlanExists(config, change.plan);
  const before = await AccountRow.query(trx).findById(accountId).forUpdate();
  if (!before) throw notFound('account', accountId);
  const patch: Partial<AccountRow> = { plan: change.plan };
  if (change.period !== undefined) {
    patch.billing_period_start = change.period?.start ?? null;
    patch.billing_period_end = change.period?.end ?? null;
  }
  const account = await AccountRow.query(trx).patchAndFetchById(accountId, patch);
  const changed = before.plan !== account.plan;
  if (changed) {
    const period = periodOf(account);
    await recordEvent(trx, { accountId, mode: 'live' }, 'account.plan_changed', {
      object: 'plan_change',
      account_id: accountId,
      previous_plan: before.plan,
      plan: presentPlan(planOf(config, account)),
      limits: limitsOf(config, account),
      period: { start: period.start.toISOString(), end: period.end.toISOString() },
      cause: change.cause,
    } satisfies components['schemas']['PlanChange']);
  }
  return { changed, account };
}
