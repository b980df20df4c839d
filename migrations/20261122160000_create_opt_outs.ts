import type { Knex } from 'knex';
import { enableTenantRls } from '../server/platform/db/rls.js';

/** The suppression list: numbers an account must not message (per mode: the sandbox's are not real people). */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('opt_outs', (t) => {
    t.text('id').primary();
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('mode').notNullable();
    t.text('phone_number').notNullable();
    // How the number got here: added through the API, or by the person's own STOP-style reply.
    t.text('source').notNullable();
    t.text('keyword');
    t.text('connection_id').references('connections.id').onDelete('SET NULL');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['account_id', 'mode', 'phone_number']);
    t.index(['account_id', 'mode', 'id']);
    t.check(`mode in ('test', 'live')`, [], 'opt_outs_mode_check');
    t.check(`source in ('api', 'keyword')`, [], 'opt_outs_source_check');
    t.check(`(source = 'keyword') = (keyword is not null)`, [], 'opt_outs_keyword_check');
  });
  await enableTenantRls(knex, 'opt_outs', { modeColumn: 'mode' });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('opt_outs');
}
