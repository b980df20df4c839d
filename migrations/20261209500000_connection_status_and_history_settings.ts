import type { Knex } from 'knex';

/**
 * Two per-connection settings, both off by default: `receive_statuses` (contacts' statuses arrive as
 * `status.received` events) and `sync_history` (on linking, WhatsApp's history sync is stored as chats and
 * messages).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('connections', (t) => {
    t.boolean('receive_statuses').notNullable().defaultTo(false);
    t.boolean('sync_history').notNullable().defaultTo(false);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('connections', (t) => {
    t.dropColumn('receive_statuses');
    t.dropColumn('sync_history');
  });
}
