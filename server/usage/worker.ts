import type { Mode } from '../platform/db/database.js';
import type { Services } from '../platform/services.js';
import { countConnectionDays } from './ledger.js';
import { reachMessageThresholds } from './limits.js';

const INTERVAL_MS = 60_000;

/**
 * Every minute, on any worker:
 * - A connection counts a connection-day when it connects; one that stays connected past midnight (UTC) is
 *   counted for the new day here. The day's row is unique per connection, so workers never count one twice.
 * - A send raises the messages thresholds it reaches as far as its transaction can see; sends that commit
 *   together can cross one unseen by each, and when no send follows (the limit's last messages), the threshold
 *   is raised here. Each threshold is raised once per period, whoever gets there first.
 */
export function startUsageCounting(services: Services): () => void {
  const run = async () => {
    await services.db
      .system((trx) => countConnectionDays(trx, services.config))
      .catch((error: unknown) => services.logger.error({ err: error }, 'counting connection-days failed'));
    await reachMissedThresholds(services).catch((error: unknown) => services.logger.error({ err: error }, 'checking usage thresholds failed'));
  };
  const timer = setInterval(() => void run(), INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * Raises the messages thresholds that a period's use has reached and no send raised (see
 * reachMessageThresholds). Periods whose 100 % alert was raised are passed over: use does not go past the
 * limit.
 */
export async function reachMissedThresholds(services: Pick<Services, 'db' | 'config'>): Promise<void> {
  const { rows } = await services.db.system((trx) =>
    trx.raw<{ rows: Array<{ account_id: string; mode: Mode }> }>(
      `with used as (
         select account_id, mode, period_start, sum(messages) as used
           from usage_periods where period_start <= now() and now() < period_end
          group by account_id, mode, period_start)
       select account_id, mode from used
        where used > 0 and not exists (
          select 1 from usage_threshold_hits h
           where h.account_id = used.account_id and h.mode = used.mode and h.limit_name = 'messages_per_period'
             and h.period_start = used.period_start and h.percent = 100)`,
    ),
  );
  for (const row of rows) {
    const scope = { accountId: row.account_id, mode: row.mode };
    await services.db.tenant(scope, (trx) => reachMessageThresholds(trx, services.config, scope));
  }
}
