import type { Knex } from 'knex';
import { enableTenantRls } from '../server/platform/db/rls.js';

/**
 * The numbers each connection's number has blocked, as Parley last learned them (its own block and unblock
 * calls, a blocklist listing, and WhatsApp's notices when the phone blocks or unblocks someone). Parley sends
 * nothing to a blocked number: a message to one fails with `recipient_blocked` when it comes up to be sent.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('blocked_numbers', (t) => {
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('mode').notNullable();
    t.text('connection_id').notNullable().references('connections.id').onDelete('CASCADE');
    t.text('phone_number').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['connection_id', 'phone_number']);
    t.check(`mode in ('test', 'live')`, [], 'blocked_numbers_mode_check');
  });
  await enableTenantRls(knex, 'blocked_numbers', { modeColumn: 'mode' });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('blocked_numbers');
}
