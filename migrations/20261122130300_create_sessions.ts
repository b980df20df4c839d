import type { Knex } from 'knex';
import { enableTenantRls } from '../server/platform/db/rls.js';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('sessions', (t) => {
    t.text('id').primary();
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('user_id').notNullable().references('users.id').onDelete('CASCADE');
    // sha256 of the cookie value; a leaked table does not yield usable cookies.
    t.text('token_hash').notNullable().unique();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('revoked_at', { useTz: true });
    t.index(['user_id']);
  });
  await enableTenantRls(knex, 'sessions');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('sessions');
}
