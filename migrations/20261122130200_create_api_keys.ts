import type { Knex } from 'knex';
import { enableTenantRls } from '../server/platform/db/rls.js';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('api_keys', (t) => {
    t.text('id').primary();
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('name').notNullable();
    t.text('mode').notNullable();
    t.text('prefix').notNullable();
    t.text('last4').notNullable();
    // sha256 of the whole secret; the secret itself is never stored. Unique, so lookup is one index probe.
    t.text('secret_hash').notNullable().unique();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('last_used_at', { useTz: true });
    t.timestamp('revoked_at', { useTz: true });
    t.index(['account_id', 'id']);
    t.check(`mode in ('test', 'live')`, [], 'api_keys_mode_check');
  });
  await enableTenantRls(knex, 'api_keys');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('api_keys');
}
