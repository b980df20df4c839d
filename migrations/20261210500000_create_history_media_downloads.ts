import type { Knex } from 'knex';
import { enableTenantRls } from '../server/platform/db/rls.js';

/**
 * Files of synced history still to download: a media message of WhatsApp's history sync is stored at once
 * (as `unsupported`, error `history_media_pending`), and its file is fetched afterwards by the connection's
 * worker, outside the batch's transaction. The row keeps what the download needs (WhatsApp's message, encoded),
 * so a worker that restarts picks the download up again; it goes once the file is kept or given up.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('history_media_downloads', (t) => {
    t.text('message_id').primary().references('messages.id').onDelete('CASCADE');
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('mode').notNullable();
    t.text('connection_id').notNullable().references('connections.id').onDelete('CASCADE');
    t.binary('wa_message').notNullable();
    t.integer('attempts').notNullable().defaultTo(0);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['connection_id', 'created_at']);
    t.check(`mode in ('test', 'live')`, [], 'history_media_downloads_mode_check');
  });
  await enableTenantRls(knex, 'history_media_downloads', { modeColumn: 'mode' });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('history_media_downloads');
}
