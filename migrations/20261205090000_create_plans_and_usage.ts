import type { Knex } from 'knex';
import { enableTenantRls } from '../server/platform/db/rls.js';
import { APP_ROLE, SYSTEM_ROLE } from '../server/platform/db/roles.js';

/**
 * Plans and usage.
 * - accounts: the platform admin's limits for one account (`limit_overrides`, by limit name, replacing the one
 *   bulk-job limit column) and the billing period a subscription set (null: calendar months, UTC).
 * - usage_entries: the ledger, one row per billable thing, written in the transaction of the change that
 *   caused it. Live entries beyond a plan's included messages are `billable` until reported to Stripe.
 * - usage_daily: the ledger summed per account, mode, category and UTC day, in the same transaction, so
 *   GET /v1/usage reads at most a few thousand rows for a year whatever the ledger holds.
 * - usage_periods: messages accepted per account, mode and billing period: the counter the messages limit is
 *   enforced on (its row lock is what makes two sends at the edge unable to both pass).
 * - usage_thresholds / usage_threshold_hits: an account's own alert thresholds, and the thresholds already
 *   reached in a period (each fires once).
 * - connection_days: which connections were connected on which UTC day (one count each).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('accounts', (t) => {
    t.jsonb('limit_overrides').notNullable().defaultTo('{}');
    t.timestamp('billing_period_start', { useTz: true });
    t.timestamp('billing_period_end', { useTz: true });
  });
  await knex.raw(`update accounts set limit_overrides = jsonb_build_object('bulk_job_recipients', bulk_job_recipient_limit)
                  where bulk_job_recipient_limit is not null`);
  await knex.schema.alterTable('accounts', (t) => {
    t.dropChecks(['accounts_bulk_job_recipient_limit_check']);
    t.dropColumn('bulk_job_recipient_limit');
    t.check(`jsonb_typeof(limit_overrides) = 'object'`, [], 'accounts_limit_overrides_check');
    t.check(`(billing_period_start is null) = (billing_period_end is null)`, [], 'accounts_billing_period_check');
  });

  await knex.schema.createTable('usage_entries', (t) => {
    t.bigIncrements('id');
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('mode').notNullable();
    t.text('category').notNullable();
    t.integer('quantity').notNullable();
    t.timestamp('occurred_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    // What the entry is about (a message, a connection), for tracing a count back to its cause.
    t.text('subject_id');
    t.boolean('billable').notNullable().defaultTo(false);
    t.timestamp('reported_at', { useTz: true });
    t.check(`mode in ('test', 'live')`, [], 'usage_entries_mode_check');
    t.check(`quantity > 0`, [], 'usage_entries_quantity_check');
    t.check(`not billable or mode = 'live'`, [], 'usage_entries_billable_check');
  });
  await knex.raw('create index usage_entries_account on usage_entries (account_id, mode, occurred_at)');
  await knex.raw('create index usage_entries_unreported on usage_entries (id) where billable and reported_at is null');
  await enableTenantRls(knex, 'usage_entries', { modeColumn: 'mode' });
  await knex.raw(`grant usage on sequence usage_entries_id_seq to ${APP_ROLE}, ${SYSTEM_ROLE}`);

  await knex.schema.createTable('usage_daily', (t) => {
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('mode').notNullable();
    t.date('day').notNullable();
    t.text('category').notNullable();
    t.bigInteger('quantity').notNullable();
    t.primary(['account_id', 'mode', 'day', 'category']);
  });
  await enableTenantRls(knex, 'usage_daily', { modeColumn: 'mode' });

  await knex.schema.createTable('usage_periods', (t) => {
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('mode').notNullable();
    t.timestamp('period_start', { useTz: true }).notNullable();
    t.timestamp('period_end', { useTz: true }).notNullable();
    t.bigInteger('messages').notNullable().defaultTo(0);
    t.primary(['account_id', 'mode', 'period_start']);
  });
  await enableTenantRls(knex, 'usage_periods', { modeColumn: 'mode' });

  await knex.schema.createTable('usage_thresholds', (t) => {
    t.text('id').primary();
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('limit_name').notNullable();
    t.integer('percent').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['account_id', 'limit_name', 'percent']);
    t.check('percent between 1 and 1000', [], 'usage_thresholds_percent_check');
  });
  await enableTenantRls(knex, 'usage_thresholds');

  await knex.schema.createTable('usage_threshold_hits', (t) => {
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('mode').notNullable();
    t.text('limit_name').notNullable();
    t.integer('percent').notNullable();
    t.timestamp('period_start', { useTz: true }).notNullable();
    t.timestamp('reached_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['account_id', 'mode', 'limit_name', 'percent', 'period_start']);
  });
  await enableTenantRls(knex, 'usage_threshold_hits', { modeColumn: 'mode' });

  await knex.schema.createTable('connection_days', (t) => {
    t.text('connection_id').notNullable().references('connections.id').onDelete('CASCADE');
    t.date('day').notNullable();
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('mode').notNullable();
    t.primary(['connection_id', 'day']);
  });
  await enableTenantRls(knex, 'connection_days', { modeColumn: 'mode' });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['connection_days', 'usage_threshold_hits', 'usage_thresholds', 'usage_periods', 'usage_daily', 'usage_entries']) {
    await knex.schema.dropTable(table);
  }
  await knex.schema.alterTable('accounts', (t) => {
    t.dropChecks(['accounts_limit_overrides_check', 'accounts_billing_period_check']);
    t.integer('bulk_job_recipient_limit');
    t.check('bulk_job_recipient_limit is null or bulk_job_recipient_limit >= 1', [], 'accounts_bulk_job_recipient_limit_check');
  });
  await knex.raw(`update accounts set bulk_job_recipient_limit = (limit_overrides ->> 'bulk_job_recipients')::integer`);
  await knex.schema.alterTable('accounts', (t) => {
    t.dropColumn('billing_period_end');
    t.dropColumn('billing_period_start');
    t.dropColumn('limit_overrides');
  });
}
