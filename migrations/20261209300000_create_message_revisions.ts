import type { Knex } from 'knex';
import { enableTenantRls } from '../server/platform/db/rls.js';

/**
 * A message's history: one row per edit or deletion, by this connection or by the contact. An edit keeps the text
 * it replaced; a deletion removes the message's content and, with it, the texts of its earlier revisions (the
 * rows stay, with their times and who made them). `messages.deleted_for` says whether a deletion reached
 * WhatsApp (`everyone`) or only hides the message in Parley (`me`).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('messages', (t) => {
    t.text('deleted_for');
    t.check(`deleted_for in ('everyone', 'me')`, [], 'messages_deleted_for_check');
  });
  await knex.schema.createTable('message_revisions', (t) => {
    t.text('id').primary();
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('mode').notNullable();
    t.text('message_id').notNullable().references('messages.id').onDelete('CASCADE');
    t.text('action').notNullable();
    t.text('actor').notNullable();
    t.text('previous_text');
    t.text('text');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['message_id', 'id']);
    t.check(`mode in ('test', 'live')`, [], 'message_revisions_mode_check');
    t.check(`action in ('edited', 'deleted')`, [], 'message_revisions_action_check');
    t.check(`actor in ('connection', 'contact')`, [], 'message_revisions_actor_check');
  });
  await enableTenantRls(knex, 'message_revisions', { modeColumn: 'mode' });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('message_revisions');
  await knex.schema.alterTable('messages', (t) => {
    t.dropChecks(['messages_deleted_for_check']);
    t.dropColumn('deleted_for');
  });
}
