import type { Knex } from 'knex';
import { enableTenantRls } from '../server/platform/db/rls.js';

/**
 * Data export and erasure. An export is built by a worker into one archive in the media store and can be
 * downloaded until it expires; at most one per account is being built at a time (the partial unique index).
 * An erasure request is kept after the account and everything else of it is gone: it is the record that the
 * erasure was asked for (by whom, from where) and done, with the Stripe ids billing records are kept under.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('account_exports', (t) => {
    t.text('id').primary();
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    // The mode it was asked for in: its account.export_ready event is written there.
    t.text('mode').notNullable();
    t.text('status').notNullable().defaultTo('pending');
    t.text('requested_by_type').notNullable();
    t.text('requested_by_id').notNullable();
    t.integer('attempts').notNullable().defaultTo(0);
    t.timestamp('next_attempt_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.text('storage_key');
    t.bigInteger('size');
    t.text('sha256');
    t.jsonb('files');
    t.text('error');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('completed_at', { useTz: true });
    t.timestamp('expires_at', { useTz: true });
    t.index(['account_id', 'id']);
    t.check(`status in ('pending', 'ready', 'failed', 'expired')`, [], 'account_exports_status_check');
    t.check(`mode in ('test', 'live')`, [], 'account_exports_mode_check');
  });
  await knex.raw(`create unique index account_exports_one_pending on account_exports (account_id) where status = 'pending'`);
  await knex.raw(`create index account_exports_due on account_exports (next_attempt_at) where status = 'pending'`);
  await knex.raw(`create index account_exports_expiring on account_exports (expires_at) where status = 'ready'`);
  await enableTenantRls(knex, 'account_exports');

  await knex.schema.createTable('account_erasures', (t) => {
    t.text('id').primary();
    // No foreign key: this row outlives the account.
    t.text('account_id').notNullable().unique();
    t.text('status').notNullable().defaultTo('pending');
    t.text('requested_by').notNullable();
    t.text('ip');
    t.text('user_agent');
    t.text('request_id');
    // The members' user ids: those left with no other account are erased with it.
    t.specificType('member_user_ids', 'text[]').notNullable();
    t.text('stripe_customer_id');
    t.text('stripe_subscription_id');
    t.text('plan').notNullable();
    // Rows removed, by table: what the erasure did.
    t.jsonb('erased').notNullable().defaultTo('{}');
    t.integer('attempts').notNullable().defaultTo(0);
    t.timestamp('next_attempt_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.text('last_error');
    t.timestamp('requested_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('erased_at', { useTz: true });
    t.check(`status in ('pending', 'erased')`, [], 'account_erasures_status_check');
  });
  await knex.raw(`create index account_erasures_due on account_erasures (next_attempt_at) where status = 'pending'`);
  await enableTenantRls(knex, 'account_erasures');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('account_erasures');
  await knex.schema.dropTable('account_exports');
}
