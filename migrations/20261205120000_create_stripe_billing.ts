import type { Knex } from 'knex';
import { enableTenantRls } from '../server/platform/db/rls.js';
import { SYSTEM_ROLE } from '../server/platform/db/roles.js';

/**
 * Stripe billing.
 * - billing_customers: each account's Stripe customer, created once (the primary key keeps it one even when two
 *   first Checkouts race; the unique customer id maps Stripe's webhooks back to the account).
 * - billing_subscriptions: the account's subscription as Stripe last reported it, read back from Stripe (not
 *   from an event's copy) at `synced_at`, so an older read never overwrites a newer one; `past_due_since` and
 *   `grace_ends_at` run the grace period after a failed payment, `grace_ended_at` says it moved the account to
 *   the free plan.
 * - stripe_events: every Stripe event processed, inserted in the transaction of its effect: each once. No
 *   tenant reads it (system role only). Kept 30 days (Stripe stops retrying an event after 3).
 * - usage_entries: the meter outbox. A billable entry is reported (`reported_at`), or refused by Stripe or by
 *   Parley before sending (`report_refused_at`, `report_error`: a timestamp older than Stripe takes, no Stripe
 *   customer); the partial index holds only what is still to send.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('billing_customers', (t) => {
    t.text('account_id').primary().references('accounts.id').onDelete('CASCADE');
    t.text('stripe_customer_id').notNullable().unique();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await enableTenantRls(knex, 'billing_customers');

  await knex.schema.createTable('billing_subscriptions', (t) => {
    t.text('account_id').primary().references('accounts.id').onDelete('CASCADE');
    t.text('stripe_subscription_id').notNullable();
    t.text('status').notNullable();
    t.text('price_id');
    t.text('plan');
    t.timestamp('current_period_start', { useTz: true });
    t.timestamp('current_period_end', { useTz: true });
    t.boolean('cancel_at_period_end').notNullable().defaultTo(false);
    t.timestamp('past_due_since', { useTz: true });
    t.timestamp('grace_ends_at', { useTz: true });
    t.timestamp('grace_ended_at', { useTz: true });
    t.timestamp('synced_at', { useTz: true }).notNullable();
    t.check(`(current_period_start is null) = (current_period_end is null)`, [], 'billing_subscriptions_period_check');
    t.check(`(past_due_since is null) = (grace_ends_at is null)`, [], 'billing_subscriptions_grace_check');
  });
  await enableTenantRls(knex, 'billing_subscriptions');
  // The grace worker's scan: past-due subscriptions whose grace has not ended yet.
  await knex.raw(`create index billing_subscriptions_grace on billing_subscriptions (grace_ends_at)
                  where grace_ends_at is not null and grace_ended_at is null`);

  await knex.schema.createTable('stripe_events', (t) => {
    t.text('id').primary();
    t.text('type').notNullable();
    t.text('outcome').notNullable();
    t.timestamp('processed_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.check(`outcome in ('processed', 'ignored')`, [], 'stripe_events_outcome_check');
    t.index(['processed_at'], 'stripe_events_processed_at');
  });
  await knex.raw('alter table stripe_events enable row level security');
  await knex.raw('alter table stripe_events force row level security');
  await knex.raw(`create policy system_access on stripe_events to ${SYSTEM_ROLE} using (true) with check (true)`);
  await knex.raw(`grant select, insert, update, delete on stripe_events to ${SYSTEM_ROLE}`);

  await knex.schema.alterTable('usage_entries', (t) => {
    t.timestamp('report_refused_at', { useTz: true });
    t.text('report_error');
    t.check(`(report_refused_at is null or reported_at is null)`, [], 'usage_entries_report_check');
  });
  await knex.raw('drop index usage_entries_unreported');
  await knex.raw('create index usage_entries_unreported on usage_entries (id) where billable and reported_at is null and report_refused_at is null');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index usage_entries_unreported');
  await knex.raw('create index usage_entries_unreported on usage_entries (id) where billable and reported_at is null');
  await knex.schema.alterTable('usage_entries', (t) => {
    t.dropChecks(['usage_entries_report_check']);
    t.dropColumn('report_error');
    t.dropColumn('report_refused_at');
  });
  await knex.schema.dropTable('stripe_events');
  await knex.schema.dropTable('billing_subscriptions');
  await knex.schema.dropTable('billing_customers');
}
