import type { Knex } from 'knex';
import { enableTenantRls } from '../server/platform/db/rls.js';

/**
 * The sandbox's simulated WhatsApp groups (test mode only): shared by the sandbox connections of one account,
 * so that one connection's group is seen by the others it has as participants. A connection is in a group when
 * its number is among `participants` ([{ phone_number, lid, role }]).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('sandbox_groups', (t) => {
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('mode').notNullable().defaultTo('test');
    t.text('id').notNullable();
    t.text('subject').notNullable();
    t.text('description');
    t.boolean('announce').notNullable().defaultTo(false);
    t.boolean('locked').notNullable().defaultTo(false);
    t.text('invite_code').notNullable();
    t.text('creator_phone_number').notNullable();
    t.jsonb('participants').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['account_id', 'id']);
    t.unique(['account_id', 'invite_code']);
  });
  await knex.raw(`alter table sandbox_groups add constraint sandbox_groups_test_only check (mode = 'test')`);
  await enableTenantRls(knex, 'sandbox_groups', { modeColumn: 'mode' });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('sandbox_groups');
}
