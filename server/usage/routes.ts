import type { components } from '../generated/openapi.js';
import { AccountRow } from '../accounts/models.js';
import { conflict, invalidRequest, notFound } from '../platform/http/errors.js';
import { authenticatedRoute } from '../platform/http/route.js';
import { newId } from '../platform/ids.js';
import { USAGE_CATEGORIES, type UsageCategory } from './ledger.js';
import { DEFAULT_THRESHOLDS, periodOf } from './limits.js';

type Schemas = components['schemas'];

/** The longest range one request may ask for: a year, leap day included. */
const MAX_RANGE_DAYS = 366;
const MAX_OWN_THRESHOLDS = 50;
const DAY_MS = 86_400_000;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (day: string, days: number) => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** The buckets of a range: each day, or each calendar month clipped to the range. */
function buckets(start: string, end: string, granularity: 'day' | 'month'): Array<{ start: string; end: string }> {
  const result: Array<{ start: string; end: string }> = [];
  for (let day = start; day <= end; ) {
    let last = day;
    if (granularity === 'month') {
      const date = new Date(`${day}T00:00:00Z`);
      const monthEnd = isoDay(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)));
      last = monthEnd < end ? monthEnd : end;
    }
    result.push({ start: day, end: last });
    day = addDays(last, 1);
  }
  return result;
}

const zeroTotals = (categories: readonly UsageCategory[]): Schemas['UsageTotals'] =>
  Object.fromEntries(categories.map((category) => [category, 0])) as Schemas['UsageTotals'];

export function presentThreshold(row: { id: string; limit_name: string; percent: number; created_at: Date }): Schemas['UsageThreshold'] {
  return {
    id: row.id,
    object: 'usage_threshold',
    limit: row.limit_name as Schemas['LimitName'],
    percent: row.percent,
    created_at: row.created_at.toISOString(),
  };
}

export const usageRoutes = [
  authenticatedRoute('getUsage', async ({ trx, actor, query }) => {
    let { start, end } = query;
    if (start === undefined || end === undefined) {
      const account = await AccountRow.query(trx).findById(actor.accountId);
      if (!account) throw notFound('account', actor.accountId);
      const period = periodOf(account);
      start ??= isoDay(period.start);
      end ??= isoDay(new Date(period.end.getTime() - 1));
    }
    if (start > end) {
      throw invalidRequest('usage_range_invalid', `start (${start}) is after end (${end}); both days are included, so give start ≤ end.`, 'start');
    }
    if (daysBetween(start, end) + 1 > MAX_RANGE_DAYS) {
      throw invalidRequest('usage_range_too_long', `A usage range is at most ${MAX_RANGE_DAYS} days; ${start} to ${end} is ${daysBetween(start, end) + 1}. Ask for it in parts.`, 'end');
    }
    const granularity = query.granularity ?? 'day';
    const categories = query.category ? [query.category] : USAGE_CATEGORIES;
    // The daily totals, not the ledger: at most a year of days × categories × slots, by the primary key's
    // order, summed over their slots here.
    const rows = (await trx('usage_daily')
      .where({ account_id: actor.accountId, mode: actor.mode })
      .whereBetween('day', [start, end])
      .modify((q) => (query.category ? q.where('category', query.category) : q))
      .groupBy('day', 'category')
      .select(trx.raw(`to_char(day, 'YYYY-MM-DD') as day`), 'category', trx.raw('sum(quantity) as quantity'))) as Array<{ day: string; category: UsageCategory; quantity: string }>;
    const totals = zeroTotals(categories);
    const series = buckets(start, end, granularity).map((bucket) => ({ ...bucket, totals: zeroTotals(categories) }));
    for (const row of rows) {
      const quantity = Number(row.quantity);
      totals[row.category] = (totals[row.category] ?? 0) + quantity;
      // Buckets are in order and contiguous: the last one starting on or before the day holds it.
      const bucket = granularity === 'day' ? series[daysBetween(start, row.day)] : series.findLast((b) => b.start <= row.day);
      if (bucket) bucket.totals[row.category] = (bucket.totals[row.category] ?? 0) + quantity;
    }
    return { status: 200, body: { object: 'usage' as const, mode: actor.mode, start, end, granularity, totals, data: series } };
  }),

  authenticatedRoute('listUsageThresholds', async ({ trx }) => {
    const rows = await trx('usage_thresholds').orderBy([{ column: 'limit_name' }, { column: 'percent' }]);
    return { status: 200, body: { object: 'list' as const, defaults: DEFAULT_THRESHOLDS, data: rows.map(presentThreshold), has_more: false as const } };
  }),

  authenticatedRoute('createUsageThreshold', async ({ trx, actor, body }) => {
    const exists = () =>
      conflict('usage_threshold_exists', `${body.limit} already alerts at ${body.percent} %.${DEFAULT_THRESHOLDS.includes(body.percent) ? ' Every limit alerts at 80 % and 100 %.' : ''}`, 'percent');
    if (DEFAULT_THRESHOLDS.includes(body.percent)) throw exists();
    // Serialized per account, so two at once cannot both slip under the cap.
    await trx.raw('select pg_advisory_xact_lock(hashtextextended(?, 1))', [`usage_thresholds:${actor.accountId}`]);
    const own = Number((await trx('usage_thresholds').count({ n: '*' }).first())?.n ?? 0);
    if (own >= MAX_OWN_THRESHOLDS) {
      throw conflict('usage_threshold_limit_reached', `An account may have at most ${MAX_OWN_THRESHOLDS} thresholds of its own. Remove one it no longer needs.`);
    }
    const [row] = await trx('usage_thresholds')
      .insert({ id: newId('usageThreshold'), account_id: actor.accountId, limit_name: body.limit, percent: body.percent })
      .onConflict(['account_id', 'limit_name', 'percent'])
      .ignore()
      .returning('*');
    if (!row) throw exists();
    return { status: 201, body: presentThreshold(row) };
  }),

  authenticatedRoute('deleteUsageThreshold', async ({ trx, params }) => {
    const deleted = await trx('usage_thresholds').where({ id: params.id }).delete();
    if (deleted === 0) throw notFound('usage threshold', params.id);
    return { status: 200, body: { id: params.id, object: 'usage_threshold' as const, deleted: true as const } };
  }),
];
