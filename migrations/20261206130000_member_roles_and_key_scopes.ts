import type { Knex } from 'knex';
import { enableTenantRls } from '../server/platform/db/rls.js';

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

  // An invitation to join an account with a role, sent by email; its token is stored only as a hash.
  await knex.schema.createTable('invitations', (t) => {
    t.text('id').primary();
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('email').notNullable();
    t.text('role').notNullable();
    t.text('token_hash').notNullable().unique();
    t.text('invited_by').references('users.id').onDelete('SET NULL');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('accepted_at', { useTz: true });
    t.text('accepted_by').references('users.id').onDelete('SET NULL');
    t.timestamp('revoked_at', { useTz: true });
    t.index(['account_id', 'email']);
    t.check(`role in ('owner', 'admin', 'developer', 'viewer')`, [], 'invitations_role_check');
    t.check(`email = lower(email)`, [], 'invitations_email_lowercase_check');
  });
  await enableTenantRls(knex, 'invitations');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('invitations');
  await knex.schema.alterTable('api_keys', (t) => {
    t.dropChecks(['api_keys_scope_check']);
    t.dropColumn('scope');
  });
  await knex.raw('alter table memberships drop constraint memberships_role_check');
  await knex('memberships').whereNot({ role: 'owner' }).update({ role: 'member' });
  await knex.raw(`alter table memberships add constraint memberships_role_check check (role in ('owner', 'member'))`);
}
