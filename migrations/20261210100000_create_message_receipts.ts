import type { Knex } from 'knex';
import { enableTenantRls } from '../server/platform/db/rls.js';

/**
 * Receipts per participant for messages sent to a group: WhatsApp reports, for each member's phone, when the
 * message reached it and when it was read. One row per message and participant; times only ever get set, never
 * moved back. The message keeps the counts (`receipts_*`) so its summary costs nothing to show, and its own status
 * moves to delivered (read) once every recipient has reached it.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('messages', (t) => {
    t.integer('receipts_recipients');
    t.integer('receipts_delivered').notNullable().defaultTo(0);
    t.integer('receipts_read').notNullable().defaultTo(0);
  });
  await knex.schema.createTable('message_receipts', (t) => {
    t.text('id').primary();
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('mode').notNullable();
    t.text('message_id').notNullable().references('messages.id').onDelete('CASCADE');
    /** The participant's phone number when known, else its LID: one row per person. */
    t.text('participant').notNullable();
    t.text('phone_number');
    t.text('lid');
    t.timestamp('delivered_at', { useTz: true });
    t.timestamp('read_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['message_id', 'participant']);
    t.index(['message_id', 'id']);
    t.check(`mode in ('test', 'live')`, [], 'message_receipts_mode_check');
  });
  await enableTenantRls(knex, 'message_receipts', { modeColumn: 'mode' });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('message_receipts');
  await knex.schema.alterTable('messages', (t) => {
    t.dropColumns('receipts_recipients', 'receipts_delivered', 'receipts_read');
  });
}
