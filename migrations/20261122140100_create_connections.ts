import type { Knex } from 'knex';
import { enableTenantRls } from '../server/platform/db/rls.js';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('connections', (t) => {
    t.text('id').primary();
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('mode').notNullable();
    t.text('name');
    t.text('status').notNullable().defaultTo('pending');
    // Why the connection failed or disconnected, as a stable code (banned, connection_replaced, ...).
    t.text('status_reason');
    t.integer('send_rate').notNullable();
    t.text('phone_number');
    t.text('wa_jid');
    t.text('wa_lid');
    t.text('qr');
    t.timestamp('qr_expires_at', { useTz: true });
    t.timestamp('linked_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    // Ownership: exactly one worker runs a connection; the epoch grows on every takeover and fences writes.
    t.text('lease_owner');
    t.timestamp('lease_expires_at', { useTz: true });
    t.bigInteger('lease_epoch').notNullable().defaultTo(0);
    t.index(['account_id', 'mode', 'id']);
    t.check(`mode in ('test', 'live')`, [], 'connections_mode_check');
    t.check(
      `status in ('pending', 'qr', 'connecting', 'connected', 'disconnected', 'logged_out', 'failed')`,
      [],
      'connections_status_check',
    );
  });
  // Workers look for connections to run: those that should run and whose lease is free or expired.
  await knex.raw(
    `create index connections_claimable on connections (lease_expires_at nulls first)
       where status not in ('logged_out', 'failed')`,
  );
  await enableTenantRls(knex, 'connections', { modeColumn: 'mode' });

  // WhatsApp credentials, sealed with AES-256-GCM under ENCRYPTION_KEY.
  await knex.schema.createTable('connection_auth_creds', (t) => {
    t.text('connection_id').primary().references('connections.id').onDelete('CASCADE');
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('mode').notNullable();
    t.text('sealed').notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await enableTenantRls(knex, 'connection_auth_creds', { modeColumn: 'mode' });

  await knex.schema.createTable('connection_auth_keys', (t) => {
    t.text('connection_id').notNullable().references('connections.id').onDelete('CASCADE');
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('mode').notNullable();
    t.text('type').notNullable();
    t.text('key_id').notNullable();
    t.text('sealed').notNullable();
    t.primary(['connection_id', 'type', 'key_id']);
  });
  await enableTenantRls(knex, 'connection_auth_keys', { modeColumn: 'mode' });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('connection_auth_keys');
  await knex.schema.dropTable('connection_auth_creds');
  await knex.schema.dropTable('connections');
}
