import type { Knex } from 'knex';
import { enableTenantRls } from '../server/platform/db/rls.js';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('idempotency_keys', (t) => {
    // "acct_…:test:key_…" (account, mode, credential) for authenticated requests, "public" for sign-up and login.
    t.text('scope').notNullable();
    t.text('key').notNullable();
    t.text('account_id').references('accounts.id').onDelete('CASCADE');
    t.text('fingerprint').notNullable();
    t.integer('response_status').notNullable();
    // Encrypted: responses can carry secrets shown once (new API keys, session cookies).
    t.text('response_sealed').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.primary(['scope', 'key']);
    t.index(['expires_at']);
  });
  await enableTenantRls(knex, 'idempotency_keys');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('idempotency_keys');
}
