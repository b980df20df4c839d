import type { Knex } from 'knex';
import { enableTenantRls } from '../server/platform/db/rls.js';

/** An account's address book, per mode (the sandbox's numbers are not real people). */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('contacts', (t) => {
    t.text('id').primary();
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('mode').notNullable();
    // E.164, so that every spelling of a number is the same contact.
    t.text('phone_number').notNullable();
    t.text('name');
    t.jsonb('attributes').notNullable().defaultTo('{}');
    t.specificType('tags', 'text[]').notNullable().defaultTo('{}');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['account_id', 'mode', 'phone_number']);
    t.index(['account_id', 'mode', 'id']);
    t.check(`mode in ('test', 'live')`, [], 'contacts_mode_check');
    t.check(`jsonb_typeof(attributes) = 'object'`, [], 'contacts_attributes_check');
  });
  // Bulk jobs select recipients by tags (`tags && …` for any, `tags @> …` for all): a GIN index serves both.
  await knex.raw('create index contacts_tags_index on contacts using gin (tags)');
  await enableTenantRls(knex, 'contacts', { modeColumn: 'mode' });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('contacts');
}
