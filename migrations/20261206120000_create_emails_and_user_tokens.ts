import type { Knex } from 'knex';
import { APP_ROLE, SYSTEM_ROLE } from '../server/platform/db/roles.js';

/**
 * Email goes out from an outbox: a row written in the transaction that decides to send it (a password reset,
 * an address to verify), sent by the workers and retried. The links in a body carry single-use tokens, so
 * bodies are stored sealed and cleared once sent or given up. Tokens are kept as SHA-256 hashes only.
 *
 * Both tables belong to people, not to a tenant: only the system role may read them.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (t) => {
    t.timestamp('email_verified_at', { useTz: true });
  });

  await knex.schema.createTable('emails', (t) => {
    t.text('id').primary();
    t.text('user_id').references('users.id').onDelete('SET NULL');
    t.text('kind').notNullable();
    t.text('to_address').notNullable();
    t.text('subject').notNullable();
    // SecretBox-sealed text body; null once sent or given up.
    t.text('body_sealed');
    t.text('status').notNullable().defaultTo('queued');
    t.integer('attempts').notNullable().defaultTo(0);
    t.timestamp('next_attempt_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.text('last_error');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('sent_at', { useTz: true });
    t.check(`status in ('queued', 'sent', 'failed')`, [], 'emails_status_check');
    t.check(`kind in ('password_reset', 'email_verification', 'invitation')`, [], 'emails_kind_check');
  });
  await knex.raw(`create index emails_due on emails (next_attempt_at) where status = 'queued'`);

  await knex.schema.createTable('user_tokens', (t) => {
    t.text('id').primary();
    t.text('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.text('purpose').notNullable();
    // The address the token was sent to: a verification proves this one, not whatever the user has since.
    t.text('email').notNullable();
    t.text('token_hash').notNullable().unique();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('used_at', { useTz: true });
    t.index(['user_id', 'purpose']);
    t.check(`purpose in ('password_reset', 'email_verification')`, [], 'user_tokens_purpose_check');
  });

  for (const table of ['emails', 'user_tokens']) {
    await knex.raw('alter table ?? enable row level security', [table]);
    await knex.raw('alter table ?? force row level security', [table]);
    await knex.raw(`create policy system_access on ?? to ${SYSTEM_ROLE} using (true) with check (true)`, [table]);
    await knex.raw(`grant select, insert, update, delete on ?? to ${SYSTEM_ROLE}`, [table]);
  }
  // A tenant's transaction may queue an email (an invitation) so that it goes out only if that transaction
  // commits; it can neither read nor change what is queued.
  await knex.raw(`create policy tenant_queue on emails for insert to ${APP_ROLE} with check (status = 'queued' and attempts = 0)`);
  await knex.raw(`grant insert on emails to ${APP_ROLE}`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('user_tokens');
  await knex.schema.dropTable('emails');
  await knex.schema.alterTable('users', (t) => {
    t.dropColumn('email_verified_at');
  });
}
