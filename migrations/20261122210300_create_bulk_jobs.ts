import type { Knex } from 'knex';
import { enableTenantRls } from '../server/platform/db/rls.js';

/**
 * Campaigns: a job holds the message to send (the request's template or content, as given) and its recipients,
 * expanded once when the job is created; the runner turns pending recipients into messages a few at a time.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('bulk_jobs', (t) => {
    t.text('id').primary();
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('mode').notNullable();
    t.text('status').notNullable();
    t.jsonb('connection_ids').notNullable();
    t.jsonb('message').notNullable();
    t.jsonb('metadata').notNullable().defaultTo('{}');
    t.timestamp('send_at', { useTz: true });
    t.integer('total').notNullable();
    t.timestamp('started_at', { useTz: true });
    t.timestamp('paused_at', { useTz: true });
    t.timestamp('completed_at', { useTz: true });
    t.timestamp('canceled_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['account_id', 'mode', 'id']);
    t.check(`mode in ('test', 'live')`, [], 'bulk_jobs_mode_check');
    t.check(`status in ('scheduled', 'running', 'paused', 'completed', 'canceled', 'failed')`, [], 'bulk_jobs_status_check');
  });
  // The runner looks for work among unfinished jobs only.
  await knex.raw(`create index bulk_jobs_active on bulk_jobs (status, send_at) where status in ('scheduled', 'running')`);
  await enableTenantRls(knex, 'bulk_jobs', { modeColumn: 'mode' });

  await knex.schema.createTable('bulk_job_recipients', (t) => {
    t.text('job_id').notNullable().references('bulk_jobs.id').onDelete('CASCADE');
    t.integer('position').notNullable();
    t.text('account_id').notNullable();
    t.text('mode').notNullable();
    t.text('to').notNullable();
    t.text('phone_number');
    t.jsonb('variables').notNullable().defaultTo('{}');
    t.text('status').notNullable();
    t.text('reason_code');
    t.text('reason_message');
    t.text('message_id');
    t.text('connection_id');
    t.primary(['job_id', 'position']);
    t.check(`status in ('pending', 'queued', 'skipped', 'failed', 'canceled')`, [], 'bulk_job_recipients_status_check');
  });
  // The runner's scan: the next pending recipients of a job, in order.
  await knex.raw(`create index bulk_job_recipients_pending on bulk_job_recipients (job_id, position) where status = 'pending'`);
  await enableTenantRls(knex, 'bulk_job_recipients', { modeColumn: 'mode' });

  await knex.schema.alterTable('messages', (t) => {
    t.text('bulk_job_id');
  });
  await knex.raw('create index messages_bulk_job on messages (bulk_job_id, status) where bulk_job_id is not null');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index messages_bulk_job');
  await knex.schema.alterTable('messages', (t) => {
    t.dropColumn('bulk_job_id');
  });
  await knex.schema.dropTable('bulk_job_recipients');
  await knex.schema.dropTable('bulk_jobs');
}
