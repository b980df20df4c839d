import type { Knex } from 'knex';
import { enableTenantRls } from '../server/platform/db/rls.js';

/**
 * Where an account wants its events delivered, per mode. The signing secret is sealed with SecretBox; during
 * a rotation the previous one stays (sealed too) until `previous_secret_expires_at`, so receivers can switch
 * over while deliveries carry both signatures.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('webhook_endpoints', (t) => {
    t.text('id').primary();
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('mode').notNullable();
    t.text('url').notNullable();
    t.text('description');
    // Event types, or ['*'] for every type.
    t.jsonb('events').notNullable();
    t.boolean('enabled').notNullable().defaultTo(true);
    t.text('secret_sealed').notNullable();
    t.text('previous_secret_sealed');
    t.timestamp('previous_secret_expires_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['account_id', 'mode', 'id']);
    t.check(`mode in ('test', 'live')`, [], 'webhook_endpoints_mode_check');
    t.check(`jsonb_typeof(events) = 'array' and jsonb_array_length(events) > 0`, [], 'webhook_endpoints_events_check');
    t.check(
      `(previous_secret_sealed is null) = (previous_secret_expires_at is null)`,
      [],
      'webhook_endpoints_previous_secret_check',
    );
  });
  await enableTenantRls(knex, 'webhook_endpoints', { modeColumn: 'mode' });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('webhook_endpoints');
}
