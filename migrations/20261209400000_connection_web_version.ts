import type { Knex } from 'knex';

/** The WhatsApp Web version a live connection presented when it last connected (null: sandbox, or not yet). */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('connections', (t) => {
    t.text('whatsapp_web_version');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('connections', (t) => {
    t.dropColumn('whatsapp_web_version');
  });
}
