import type { Knex } from 'knex';
import { enableTenantRls } from '../server/platform/db/rls.js';

export async function up(knex: Knex): Promise<void> {
  // Every domain state change writes one row here, in the same transaction as the change.
  await knex.schema.createTable('events', (t) => {
    t.text('id').primary();
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('mode').notNullable();
    t.text('type').notNullable();
    t.jsonb('data').notNullable();
    // The moment of the write, not of the transaction's start, so events order as they happened.
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.raw('clock_timestamp()'));
    t.index(['account_id', 'mode', 'id']);
    t.check(`mode in ('test', 'live')`, [], 'events_mode_check');
  });
  await enableTenantRls(knex, 'events', { modeColumn: 'mode' });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('events');
}
