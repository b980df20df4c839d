import type { Knex } from 'knex';
import { enableTenantRls } from '../server/platform/db/rls.js';

/**
 * Templates and their immutable versions. An edit inserts the next version and moves `templates.version` on;
 * a message names the version it was rendered from, so versions are never updated or deleted (a deleted
 * template is only marked, and keeps them).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('templates', (t) => {
    t.text('id').primary();
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('mode').notNullable();
    t.text('name').notNullable();
    t.text('language').notNullable();
    // The current version.
    t.integer('version').notNullable();
    t.timestamp('deleted_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['account_id', 'mode', 'id']);
    t.check(`mode in ('test', 'live')`, [], 'templates_mode_check');
  });
  // A deleted template frees its name and language for a new one.
  await knex.raw(
    'create unique index templates_name_language on templates (account_id, mode, name, language) where deleted_at is null',
  );
  await enableTenantRls(knex, 'templates', { modeColumn: 'mode' });

  await knex.schema.createTable('template_versions', (t) => {
    t.text('template_id').notNullable().references('templates.id').onDelete('CASCADE');
    t.integer('version').notNullable();
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('mode').notNullable();
    t.text('category').notNullable();
    t.text('body').notNullable();
    // {type: 'text', text} or {type: 'image' | 'video' | 'document', media: {media_id, mime_type, size, filename}}
    t.jsonb('header');
    t.text('footer');
    t.jsonb('buttons').notNullable().defaultTo('[]');
    t.jsonb('variables').notNullable().defaultTo('[]');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['template_id', 'version']);
    t.check(`mode in ('test', 'live')`, [], 'template_versions_mode_check');
    t.check(`category in ('marketing', 'utility', 'authentication')`, [], 'template_versions_category_check');
  });
  await enableTenantRls(knex, 'template_versions', { modeColumn: 'mode' });

  await knex.schema.alterTable('messages', (t) => {
    t.text('template_id').references('templates.id').onDelete('SET NULL');
    t.integer('template_version');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('messages', (t) => {
    t.dropColumn('template_version');
    t.dropColumn('template_id');
  });
  await knex.schema.dropTable('template_versions');
  await knex.schema.dropTable('templates');
}
