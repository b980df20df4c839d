import type { Knex } from 'knex';
import { ACCOUNT_SETTING, APP_ROLE, SYSTEM_ROLE } from '../server/platform/db/roles.js';

/**
 * The audit log: who changed what in an account's setup, when and from where. Append-only for Parley itself:
 * the application's roles may insert and read rows but hold no right to change or delete them, and a trigger
 * refuses any update whoever asks. (Rows go with their account when the account itself is erased.)
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('audit_log', (t) => {
    t.text('id').primary();
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('mode');
    t.text('action').notNullable();
    t.text('actor_type').notNullable();
    t.text('actor_id');
    t.text('actor_email');
    t.text('ip');
    t.text('user_agent');
    t.text('request_id');
    t.text('target_type');
    t.text('target_id');
    // { field: { before, after } } for the fields the change touched; secrets never appear.
    t.jsonb('changes').notNullable().defaultTo('{}');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['account_id', 'id']);
    t.index(['account_id', 'action', 'id']);
    t.index(['account_id', 'actor_id', 'id']);
    t.check(`actor_type in ('user', 'api_key', 'platform_admin')`, [], 'audit_log_actor_type_check');
  });
  const condition = `account_id = current_setting('${ACCOUNT_SETTING}', true)`;
  await knex.raw('alter table audit_log enable row level security');
  await knex.raw('alter table audit_log force row level security');
  await knex.raw(`create policy tenant_isolation on audit_log to ${APP_ROLE} using (${condition}) with check (${condition})`);
  await knex.raw(`create policy system_access on audit_log to ${SYSTEM_ROLE} using (true) with check (true)`);
  await knex.raw(`grant select, insert on audit_log to ${APP_ROLE}, ${SYSTEM_ROLE}`);
  await knex.raw(`
    create function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'the audit log is append-only' using errcode = 'insufficient_privilege';
    end $$`);
  await knex.raw(`create trigger audit_log_append_only before update on audit_log for each row execute function audit_log_append_only()`);
  await knex.raw(`create trigger audit_log_no_truncate before truncate on audit_log for each statement execute function audit_log_append_only()`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('audit_log');
  await knex.raw('drop function audit_log_append_only()');
}
