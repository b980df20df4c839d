import type { Knex } from 'knex';

/**
 * WhatsApp bans numbers that message too many strangers: each connection may start at most
 * `new_contact_daily_limit` conversations in any 24 hours (null: no limit), and stops starting any until
 * `new_contacts_paused_until` after WhatsApp refuses one (error 463, the reach-out timelock). A message that
 * started a conversation carries `new_contact_at`, which the limit counts.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('connections', (t) => {
    t.integer('new_contact_daily_limit').defaultTo(100);
    t.timestamp('new_contacts_paused_until', { useTz: true });
    t.check('new_contact_daily_limit is null or new_contact_daily_limit >= 0', [], 'connections_new_contact_daily_limit_check');
  });
  await knex.schema.alterTable('messages', (t) => {
    t.timestamp('new_contact_at', { useTz: true });
  });
  await knex.raw('create index messages_new_contacts on messages (connection_id, new_contact_at) where new_contact_at is not null');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index messages_new_contacts');
  await knex.schema.alterTable('messages', (t) => {
    t.dropColumn('new_contact_at');
  });
  await knex.schema.alterTable('connections', (t) => {
    t.dropChecks(['connections_new_contact_daily_limit_check']);
    t.dropColumn('new_contacts_paused_until');
    t.dropColumn('new_contact_daily_limit');
  });
}
