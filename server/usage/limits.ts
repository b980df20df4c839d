import { AccountRow } from '../accounts/models.js';
import { LIMIT_NOUNS, limitsOf, planOf, type LimitName, type PlanDefinition } from '../accounts/plans.js';
import type { Config } from '../config.js';
import { recordEvent } from '../events/record.js';
import type { Mode, TenantScope, Transaction } from '../platform/db/database.js';
import { ApiError, notFound } from '../platform/http/errors.js';

export interface Period {
  start: Date;
  end: Date;
}

/** The billing period `at` falls in: the subscription's current one, else the calendar month (UTC). */
export function periodOf(account: Pick<AccountRow, 'billing_period_start' | 'billing_period_end'>, at = new Date()): Period {
  const { billing_period_start: start, billing_period_end: end } = account;
  if (start && end && start <= at && at < end) return { start, end };
  return {
    start: new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1)),
    end: new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1)),
  };
}

/** The same as SQL over an `accounts` row `a`, for statements that work it out themselves. */
export const PERIOD_START_SQL = `case when a.billing_period_start <= now() and now() < a.billing_period_end then a.billing_period_start
  else date_trunc('month', now() at time zone 'UTC') at time zone 'UTC' end`;
export const PERIOD_END_SQL = `case when a.billing_period_start <= now() and now() < a.billing_period_end then a.billing_period_end
  else (date_trunc('month', now() at time zone 'UTC') + interval '1 month') at time zone 'UTC' end`;

const number = (n: number) => n.toLocaleString('en-US');
const counted = (limit: LimitName, n: number) => `${number(n)} ${LIMIT_NOUNS[limit][n === 1 ? 0 : 1]}`;

/** The typed refusal every limit gives: which limit, its value, what is used, and how to get more. */
export function planLimitReached(
  limit: LimitName,
  /** remedy: what the caller can do first, ending in "or" ("Delete one you no longer use, or"). */
  details: { value: number; used: number; plan: PlanDefinition; mode: Mode; period?: Period; adding?: number; remedy?: string },
): ApiError {
  const { value, used, plan, mode, period } = details;
  const scope = limit === 'messages_per_period'
    ? `per billing period in ${mode} mode, and ${number(used)} have been accepted in this one (it ends ${period?.end.toISOString()})`
    : limit === 'bulk_job_recipients'
      ? `in one bulk job, and this one has ${number(used)}`
      : limit === 'team_members'
        ? `in the account, and it has ${number(used)} (members and pending invitations)`
        : `in ${mode} mode, and ${used === 1 ? '1 is' : `${number(used)} are`} in use${details.adding && details.adding > 1 ? ` (this would add ${number(details.adding)})` : ''}`;
  const raise = 'move to a plan with more (GET /v1/plans, then POST /v1/billing/checkout-sessions), or ask the platform operator for a higher limit.';
  const how = details.remedy ? `${details.remedy} ${raise}` : `${raise[0]!.toUpperCase()}${raise.slice(1)}`;
  return new ApiError(
    403,
    'permission_error',
    'plan_limit_reached',
    `This account's ${plan.name} plan allows ${counted(limit, value)} ${scope}. ${how}`,
    { param: limit, details: { limit: { name: limit, value, used, plan: plan.id } } },
  );
}

export interface AccountLimits {
  account: AccountRow;
  plan: PlanDefinition;
  value: number;
  period: Period;
}

export async function accountLimit(trx: Transaction, config: Config, accountId: string, limit: LimitName): Promise<AccountLimits> {
  const account = await AccountRow.query(trx).findById(accountId);
  if (!account) throw notFound('account', accountId);
  return { account, plan: planOf(config, account), value: limitsOf(config, account)[limit], period: periodOf(account) };
}

/**
 * Takes the transaction-scoped lock that serializes changes to one limit's use (per account, mode and limit),
 * then reads the limit: two requests at the edge cannot both pass.
 */
export async function lockLimit(trx: Transaction, config: Config, scope: TenantScope, limit: LimitName): Promise<AccountLimits> {
  await trx.raw('select pg_advisory_xact_lock(hashtextextended(?, 1))', [`${limit}:${scope.accountId}:${scope.mode}`]);
  return accountLimit(trx, config, scope.accountId, limit);
}

/**
 * Checks a countable limit (connections, keys, endpoints, contacts) before `adding` more, and raises the usage
 * alerts the addition reaches. Serialized per account, mode and limit with a transaction-scoped lock, so two
 * requests at the edge cannot both pass; the caller adds in the same transaction. `count` runs under the lock.
 */
export async function admitCount(
  trx: Transaction,
  config: Config,
  scope: TenantScope,
  limit: Exclude<LimitName, 'messages_per_period' | 'bulk_job_recipients'>,
  count: () => Promise<number>,
  options: { adding?: number; remedy?: string } = {},
): Promise<void> {
  const adding = options.adding ?? 1;
  const found = await lockLimit(trx, config, scope, limit);
  const used = await count();
  if (used + adding > found.value) {
    throw planLimitReached(limit, { value: found.value, used, plan: found.plan, mode: scope.mode, adding, ...(options.remedy ? { remedy: options.remedy } : {}) });
  }
  await reachThresholds(trx, config, scope, { limit, before: used, after: used + adding, value: found.value, period: found.period });
}

/** The account's thresholds for one limit, in percent: the defaults (80 and 100) and its own. */
async function thresholdsOf(trx: Transaction, accountId: string, limit: LimitName): Promise<number[]> {
  const own = await trx('usage_thresholds').where({ account_id: accountId, limit_name: limit }).pluck('percent');
  return [...new Set([...DEFAULT_THRESHOLDS, ...(own as number[])])];
}

export const DEFAULT_THRESHOLDS = [80, 100];

/** The use at which `percent` of `value` is reached (at least 1). */
export const thresholdUse = (value: number, percent: number) => Math.max(1, Math.ceil((value * percent) / 100));

/**
 * Records `usage.threshold_reached` for each threshold that `before → after` crosses, once per period: a
 * threshold already reached in this period (say the limit was lowered, then raised) does not fire again.
 */
export async function reachThresholds(
  trx: Transaction,
  config: Pick<Config, 'USAGE_LEDGER'>,
  scope: TenantScope,
  change: { limit: LimitName; before: number; after: number; value: number; period: Period; percents?: number[] },
): Promise<void> {
  if (!config.USAGE_LEDGER || change.after <= change.before || change.value <= 0) return;
  const percents = change.percents ?? (await thresholdsOf(trx, scope.accountId, change.limit));
  const crossed = percents.filter((percent) => {
    const at = thresholdUse(change.value, percent);
    return change.before < at && at <= change.after;
  });
  if (crossed.length === 0) return;
  const hits = (await trx('usage_threshold_hits')
    .insert(crossed.map((percent) => ({ account_id: scope.accountId, mode: scope.mode, limit_name: change.limit, percent, period_start: change.period.start })))
    .onConflict(['account_id', 'mode', 'limit_name', 'percent', 'period_start'])
    .ignore()
    .returning('percent')) as Array<{ percent: number }>;
  for (const { percent } of hits.sort((a, b) => a.percent - b.percent)) {
    await recordEvent(trx, scope, 'usage.threshold_reached', {
      object: 'usage_threshold_alert',
      limit: change.limit,
      percent,
      threshold: thresholdUse(change.value, percent),
      used: change.after,
      value: change.value,
      mode: scope.mode,
      period: { start: change.period.start.toISOString(), end: change.period.end.toISOString() },
    });
  }
}

/**
 * Raises the messages thresholds the period's committed use has reached and nothing raised yet. A send raises
 * the ones it reaches as far as its own statement can see; sends committing alongside it are not in that view,
 * so a send near a threshold runs this once it has committed, and the usage worker runs it for every period
 * (which covers a process that stopped in between).
 */
export async function reachMessageThresholds(trx: Transaction, config: Config, scope: TenantScope): Promise<void> {
  const account = await AccountRow.query(trx).findById(scope.accountId);
  if (!account) return;
  const period = periodOf(account);
  const used = (await trx('usage_periods').where({ account_id: scope.accountId, mode: scope.mode, period_start: period.start }).sum({ n: 'messages' }).first()) as
    | { n: string | null }
    | undefined;
  const reached = (await trx('usage_threshold_hits')
    .where({ account_id: scope.accountId, mode: scope.mode, limit_name: 'messages_per_period', period_start: period.start })
    .pluck('percent')) as number[];
  const percents = (await thresholdsOf(trx, scope.accountId, 'messages_per_period')).filter((percent) => !reached.includes(percent));
  const value = limitsOf(config, account).messages_per_period;
  await reachThresholds(trx, config, scope, { limit: 'messages_per_period', before: 0, after: Number(used?.n ?? 0), value, period, percents });
}
