import type { Knex } from 'knex';

/**
 * Members get one of four roles (owner, admin, developer, viewer; see server/auth/roles.ts), the earlier
 * `member` becoming `developer`; API keys get a scope: `full` keys act as a developer, `read_only` keys as a
 * viewer.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('alter table memberships drop constraint memberships_role_check');
  await knex('memberships').where({ role: 'member' }).update({ role: 'developer' });
  await knex.raw(`alter table memberships add constraint memberships_role_check check (role in ('owner', 'admin', 'developer', 'viewer'))`);
  await knex.schema.alterTable('api_keys', (t) => {
    t.text('scope').notNullable().defaultTo('full');
    t.check(`scope in ('full', 'read_only')`, [], 'api_keys_scope_check');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('api_keys', (t) => {
    t.dropChecks(['api_keys_scope_check']);
    t.dropColumn('scope');
  });
  await knex.raw('alter table memberships drop constraint memberships_role_check');
  await knex('memberships').whereNot({ role: 'owner' }).update({ role: 'member' });
  await knex.raw(`alter table memberships add constraint memberships_role_check check (role in ('owner', 'member'))`);
}
