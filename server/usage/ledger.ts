import type { Config } from '../config.js';
import type { TenantScope, Transaction } from '../platform/db/database.js';
import { BACKEND_SLOT_SQL } from './slots.js';

/**
 * What Parley counts. `messages_accepted_*` are outbound messages accepted (by what they are: session text,
 * which includes locations, contacts, polls and reactions; media; a template; a bulk job's), `messages_sent_*`
 * the same when WhatsApp takes them, then inbound messages, numbers checked, and connection-days (a connection
 * that was connected at some time on a UTC day counts 1 for that day).
 */
export const USAGE_CATEGORIES = [
  'messages_accepted_text',
  'messages_accepted_media',
  'messages_accepted_template',
  'messages_accepted_bulk',
  'messages_sent_text',
  'messages_sent_media',
  'messages_sent_template',
  'messages_sent_bulk',
  'messages_inbound',
  'number_checks',
  'connection_days',
] as const;
export type UsageCategory = (typeof USAGE_CATEGORIES)[number];

export type MessageKind = 'text' | 'media' | 'template' | 'bulk';

const MEDIA_TYPES = new Set(['image', 'video', 'audio', 'document', 'sticker']);

/** The kind an outbound message counts as: a bulk job's first, then a template's, then by its content. */
export function messageKind(message: { bulk_job_id: string | null; template_id: string | null; type: string }): MessageKind {
  if (message.bulk_job_id !== null) return 'bulk';
  if (message.template_id !== null) return 'template';
  return MEDIA_TYPES.has(message.type) ? 'media' : 'text';
}

/** The day a count belongs to, as SQL: UTC, whatever the session's time zone. */
export const UTC_DAY = `(now() at time zone 'UTC')::date`;

export interface UsageRecord {
  category: UsageCategory;
  quantity: number;
  subjectId?: string | null;
}

/**
 * Counts things in the caller's transaction, so the count commits (or not) with the change that caused it: one
 * ledger entry each, and the day's totals (in this connection's slot), in one statement.
 */
export async function recordUsage(trx: Transaction, config: Pick<Config, 'USAGE_LEDGER'>, scope: TenantScope, records: UsageRecord[]): Promise<void> {
  const counted = records.filter((record) => record.quantity > 0);
  if (!config.USAGE_LEDGER || counted.length === 0) return;
  await trx.raw(
    `with given as (
       select * from jsonb_to_recordset(?::jsonb) as g(category text, quantity integer, subject_id text)
     ), entries as (
       insert into usage_entries (account_id, mode, category, quantity, subject_id)
       select ?, ?, category, quantity, subject_id from given
     )
     insert into usage_daily as d (account_id, mode, day, category, slot, quantity)
     select ?, ?, ${UTC_DAY}, category, ${BACKEND_SLOT_SQL}, sum(quantity) from given group by category
     on conflict (account_id, mode, day, category, slot) do update set quantity = d.quantity + excluded.quantity`,
    [
      JSON.stringify(counted.map((record) => ({ category: record.category, quantity: record.quantity, subject_id: record.subjectId ?? null }))),
      scope.accountId,
      scope.mode,
      scope.accountId,
      scope.mode,
    ],
  );
}

/**
 * Counts a connection-day for every connection connected now that has none for today (all of them, or the one
 * named), with its ledger entry. Runs in a tenant transaction for one connection (when it connects) or a system
 * transaction for all (the worker's sweep, for connections that stay connected past midnight).
 */
export async function countConnectionDays(trx: Transaction, config: Pick<Config, 'USAGE_LEDGER'>, connectionId?: string): Promise<number> {
  if (!config.USAGE_LEDGER) return 0;
  const result = await trx.raw<{ rows: Array<{ n: string }> }>(
    `with days as (
       insert into connection_days (connection_id, day, account_id, mode)
       select id, ${UTC_DAY}, account_id, mode from connections where status = 'connected' ${connectionId ? 'and id = :connectionId' : ''}
       on conflict do nothing
       returning connection_id, day, account_id, mode
     ), entries as (
       insert into usage_entries (account_id, mode, category, quantity, subject_id)
       select account_id, mode, 'connection_days', 1, connection_id from days
     ), totals as (
       insert into usage_daily as d (account_id, mode, day, category, slot, quantity)
       select account_id, mode, day, 'connection_days', ${BACKEND_SLOT_SQL}, count(*) from days group by account_id, mode, day
       on conflict (account_id, mode, day, category, slot) do update set quantity = d.quantity + excluded.quantity
     )
     select count(*) as n from days`,
    connectionId ? { connectionId } : {},
  );
  return Number(result.rows[0]?.n ?? 0);
}
