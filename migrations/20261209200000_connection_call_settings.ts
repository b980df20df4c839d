import type { Knex } from 'knex';

/** Whether a connection rejects the calls it receives, and the message it then sends the caller. */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`alter table connections add column reject_calls boolean not null default false, add column reject_call_message text`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('alter table connections drop column reject_calls, drop column reject_call_message');
}
