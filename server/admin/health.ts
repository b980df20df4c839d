import type { Config } from '../config.js';
import type { components } from '../generated/openapi.js';
import type { Transaction } from '../platform/db/database.js';
import { addCount, connectionCounts } from './accounts.js';

type Schemas = components['schemas'];
type Counts = Schemas['PlatformMessageCounts'];

const OUTBOUND = ['messages_accepted_text', 'messages_accepted_media', 'messages_accepted_template', 'messages_accepted_bulk'];

/** Stripe subscription statuses that bring in money each month (past_due keeps its plan through the grace period). */
const PAYING = ['active', 'past_due'];

/** Messages from the daily usage totals since `since` (a SQL date expression, UTC). */
async function messagesSince(trx: Transaction, since: string): Promise<Counts> {
  const rows = (await trx.raw(
    `select mode, category = 'messages_inbound' as inbound, sum(quantity)::bigint as n
       from usage_daily
      where day >= ${since} and (category = any(?) or category = 'messages_inbound')
      group by 1, 2`,
    [OUTBOUND],
  )) as { rows: Array<{ mode: 'live' | 'test'; inbound: boolean; n: string }> };
  const counts: Counts = { outbound_live: 0, outbound_test: 0, inbound_live: 0, inbound_test: 0 };
  for (const row of rows.rows) counts[`${row.inbound ? 'inbound' : 'outbound'}_${row.mode}`] += Number(row.n);
  return counts;
}

const countOf = async (query: Promise<unknown>) => Number(((await query) as { n: string | number } | undefined)?.n ?? 0);

/** The platform's figures, read now across every account (a system transaction). */
export async function platformHealth(trx: Transaction, config: Pick<Config, 'plans' | 'billing'>): Promise<Schemas['PlatformHealth']> {
  const accounts = (await trx('accounts').groupBy('plan', 'status').select('plan', 'status', trx.raw('count(*)::int as n'))) as Array<{ plan: string; status: string; n: number }>;
  const byPlan: Record<string, number> = {};
  const byStatus: Record<string, number> = {};
  for (const row of accounts) {
    byPlan[row.plan] = (byPlan[row.plan] ?? 0) + row.n;
    byStatus[row.status] = (byStatus[row.status] ?? 0) + row.n;
  }

  const byConnectionStatus = connectionCounts();
  const statuses = (await trx('connections').groupBy('status').select('status', trx.raw('count(*)::int as n'))) as Array<{ status: string; n: number }>;
  for (const row of statuses) addCount(byConnectionStatus, row.status, row.n);
  const workers = (await trx('connections')
    .whereNotNull('lease_owner')
    .where('lease_expires_at', '>', trx.fn.now())
    .groupBy('lease_owner')
    .select('lease_owner as worker', trx.raw('count(*)::int as connections'))
    .orderBy([{ column: 'connections', order: 'desc' }, { column: 'worker' }])) as Array<{ worker: string; connections: number }>;

  const attempts = (await trx('webhook_attempts')
    .where('attempted_at', '>=', trx.raw(`now() - interval '24 hours'`))
    .first(trx.raw('count(*)::int as attempts'), trx.raw('(count(*) filter (where status_code between 200 and 299))::int as succeeded'))) as { attempts: number; succeeded: number };

  let mrr: Schemas['PlatformHealth']['mrr'] = null;
  if (config.billing) {
    const subscriptions = (await trx('billing_subscriptions').whereIn('status', PAYING).select('plan', 'price_id')) as Array<{ plan: string | null; price_id: string | null }>;
    const amounts: Record<string, number> = {};
    for (const subscription of subscriptions) {
      const plan = config.plans.find((p) => p.id === subscription.plan) ?? config.plans.find((p) => p.stripe_price_id !== null && p.stripe_price_id === subscription.price_id);
      if (!plan) continue;
      amounts[plan.currency] = (amounts[plan.currency] ?? 0) + plan.price_monthly;
    }
    mrr = { subscriptions: subscriptions.length, amounts };
  }

  return {
    object: 'platform_health',
    generated_at: new Date().toISOString(),
    accounts: { total: accounts.reduce((sum, row) => sum + row.n, 0), by_plan: byPlan, by_status: byStatus },
    messages: {
      today: await messagesSince(trx, `(now() at time zone 'UTC')::date`),
      this_month: await messagesSince(trx, `date_trunc('month', now() at time zone 'UTC')::date`),
    },
    connections: { by_status: byConnectionStatus, by_worker: workers },
    webhooks: {
      attempts_24h: attempts.attempts,
      succeeded_24h: attempts.succeeded,
      success_rate_24h: attempts.attempts === 0 ? null : attempts.succeeded / attempts.attempts,
    },
    backlogs: {
      webhook_deliveries_pending: await countOf(trx('webhook_deliveries').where({ status: 'pending' }).first(trx.raw('count(*)::int as n'))),
      emails_queued: await countOf(trx('emails').where({ status: 'queued' }).first(trx.raw('count(*)::int as n'))),
      messages_due: await countOf(
        trx('messages')
          .whereIn('status', ['queued', 'scheduled'])
          .whereRaw('coalesce(next_attempt_at, send_at, created_at) <= now()')
          .first(trx.raw('count(*)::int as n')),
      ),
      metered_usage_unreported: await countOf(
        trx('usage_entries').where({ billable: true }).whereNull('reported_at').whereNull('report_refused_at').first(trx.raw('count(*)::int as n')),
      ),
    },
    mrr,
  };
}
