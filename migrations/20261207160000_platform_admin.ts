import type { Knex } from 'knex';
import { enableTenantRls } from '../server/platform/db/rls.js';
import { SYSTEM_ROLE } from '../server/platform/db/roles.js';

/**
 * The platform admin's tools (issue 18, part 6).
 * - users.platform_admin_*: further platform admins, named by the one ADMIN_EMAIL configures (who needs no row).
 * - accounts.status_*: why, when and by whom the account was last suspended or unsuspended.
 * - connections.held_by_suspension: connections a suspension stopped, which workers do not claim, and which come
 *   back on unsuspension (and no others).
 * - bulk_jobs.paused_by_suspension: jobs a suspension paused, which resume on unsuspension (jobs their people
 *   paused stay paused).
 * - account_features: a feature turned on or off for one account; without a row the catalog's default applies.
 * - platform_audit_log: every platform admin's change, append-only like audit_log; only the system role reads it.
 *   `target_account_id` is not a foreign key: the record outlives an erased account.
 * - indexes for platform health's scans by day (usage_daily) and by time (webhook_attempts).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (t) => {
    t.timestamp('platform_admin_at', { useTz: true });
    t.text('platform_admin_added_by');
  });
  await knex.schema.alterTable('accounts', (t) => {
    t.text('status_reason');
    t.timestamp('status_changed_at', { useTz: true });
    t.text('status_changed_by');
  });
  await knex.schema.alterTable('connections', (t) => {
    t.boolean('held_by_suspension').notNullable().defaultTo(false);
  });
  await knex.schema.alterTable('bulk_jobs', (t) => {
    t.boolean('paused_by_suspension').notNullable().defaultTo(false);
  });
  await knex.raw('create index connections_held_by_suspension on connections (account_id) where held_by_suspension');
  // Platform health reads a day's and a month's usage totals across accounts, and the last 24 hours of webhook attempts.
  await knex.raw('create index usage_daily_day on usage_daily (day)');
  await knex.raw('create index webhook_attempts_attempted_at on webhook_attempts (attempted_at)');

  await knex.schema.createTable('account_features', (t) => {
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('feature').notNullable();
    t.boolean('enabled').notNullable();
    t.text('set_by');
    t.timestamp('set_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['account_id', 'feature']);
  });
  await enableTenantRls(knex, 'account_features');

  await knex.schema.createTable('platform_audit_log', (t) => {
    t.text('id').primary();
    t.text('action').notNullable();
    t.text('actor_id').notNullable();
    t.text('actor_email');
    t.text('target_account_id');
    t.text('ip');
    t.text('user_agent');
    t.text('request_id');
    t.text('target_type');
    t.text('target_id');
    t.jsonb('changes').notNullable().defaultTo('{}');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['target_account_id', 'id']);
    t.index(['action', 'id']);
    t.index(['actor_id', 'id']);
  });
  await knex.raw('alter table platform_audit_log enable row level security');
  await knex.raw('alter table platform_audit_log force row level security');
  await knex.raw(`create policy system_access on platform_audit_log to ${SYSTEM_ROLE} using (true) with check (true)`);
  await knex.raw(`grant select, insert on platform_audit_log to ${SYSTEM_ROLE}`);
  await knex.raw(`create trigger platform_audit_log_append_only before update on platform_audit_log for each row execute function audit_log_append_only()`);
  await knex.raw(`create trigger platform_audit_log_no_truncate before truncate on platform_audit_log for each statement execute function audit_log_append_only()`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('platform_audit_log');
  await knex.schema.dropTable('account_features');
  await knex.raw('drop index webhook_attempts_attempted_at');
  await knex.raw('drop index usage_daily_day');
  await knex.raw('drop index connections_held_by_suspension');
  await knex.schema.alterTable('bulk_jobs', (t) => {
    t.dropColumn('paused_by_suspension');
  });
  await knex.schema.alterTable('connections', (t) => {
    t.dropColumn('held_by_suspension');
  });
  await knex.schema.alterTable('accounts', (t) => {
    t.dropColumns('status_reason', 'status_changed_at', 'status_changed_by');
  });
  await knex.schema.alterTable('users', (t) => {
    t.dropColumns('platform_admin_at', 'platform_admin_added_by');
  });
}
