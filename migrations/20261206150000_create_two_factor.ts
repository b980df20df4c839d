import type { Knex } from 'knex';
import { SYSTEM_ROLE } from '../server/platform/db/roles.js';

/**
 * Two-factor authentication (TOTP, RFC 6238) per user: the secret sealed, the last time step used (a code
 * works once), and single-use recovery codes stored as hashes. Only the system role touches them.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (t) => {
    t.text('totp_secret_sealed');
    t.text('totp_pending_sealed');
    t.timestamp('totp_enabled_at', { useTz: true });
    t.bigInteger('totp_last_step');
  });
  // An account may require its owners to use it: their sessions can then do nothing else until they do.
  await knex.schema.alterTable('accounts', (t) => {
    t.boolean('require_owner_two_factor').notNullable().defaultTo(false);
  });
  await knex.schema.createTable('user_recovery_codes', (t) => {
    t.text('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.text('code_hash').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('used_at', { useTz: true });
    t.primary(['user_id', 'code_hash']);
  });
  await knex.raw('alter table user_recovery_codes enable row level security');
  await knex.raw('alter table user_recovery_codes force row level security');
  await knex.raw(`create policy system_access on user_recovery_codes to ${SYSTEM_ROLE} using (true) with check (true)`);
  await knex.raw(`grant select, insert, update, delete on user_recovery_codes to ${SYSTEM_ROLE}`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('user_recovery_codes');
  await knex.schema.alterTable('accounts', (t) => {
    t.dropColumn('require_owner_two_factor');
  });
  await knex.schema.alterTable('users', (t) => {
    t.dropColumns('totp_secret_sealed', 'totp_pending_sealed', 'totp_enabled_at', 'totp_last_step');
  });
}
