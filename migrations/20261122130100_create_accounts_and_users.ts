import type { Knex } from 'knex';
import { enableTenantRls } from '../server/platform/db/rls.js';
import { APP_ROLE, SYSTEM_ROLE } from '../server/platform/db/roles.js';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('accounts', (t) => {
    t.text('id').primary();
    t.text('name').notNullable();
    t.text('status').notNullable().defaultTo('active');
    t.text('plan').notNullable().defaultTo('free');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.check(`status in ('active', 'suspended')`, [], 'accounts_status_check');
  });
  // The account row is its own tenant: a tenant transaction sees only its account.
  await enableTenantRls(knex, 'accounts', { accountColumn: 'id' });

  // Users are people, not tenant data; they reach accounts through memberships.
  await knex.schema.createTable('users', (t) => {
    t.text('id').primary();
    t.text('email').notNullable().unique();
    t.text('password_hash').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.check(`email = lower(email)`, [], 'users_email_lowercase_check');
  });

  await knex.schema.createTable('memberships', (t) => {
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.text('role').notNullable().defaultTo('owner');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['account_id', 'user_id']);
    t.index(['user_id']);
    t.check(`role in ('owner', 'member')`, [], 'memberships_role_check');
  });
  await enableTenantRls(knex, 'memberships');

  // A tenant may read the users who are members of its account, and nothing more.
  await knex.raw('alter table users enable row level security');
  await knex.raw('alter table users force row level security');
  await knex.raw(
    `create policy members_of_account on users for select to ${APP_ROLE}
       using (exists (select 1 from memberships m where m.user_id = users.id))`,
  );
  await knex.raw(`create policy system_access on users to ${SYSTEM_ROLE} using (true) with check (true)`);
  await knex.raw(`grant select on users to ${APP_ROLE}`);
  await knex.raw(`grant select, insert, update, delete on users to ${SYSTEM_ROLE}`);
}

export async function down(knex: Knex): Promise<void> {
  // The users policy reads memberships, so it goes first.
  await knex.raw('drop policy members_of_account on users');
  await knex.schema.dropTable('memberships');
  await knex.schema.dropTable('users');
  await knex.schema.dropTable('accounts');
}
