import type { Knex } from 'knex';

/**
 * Announces each new event on the `parley_events` channel. PostgreSQL delivers a NOTIFY only when its
 * transaction commits, so listeners never hear of a change that was rolled back, and the write path pays
 * no extra round trip. The payload names the event only (NOTIFY payloads are capped at 8000 bytes);
 * listeners read the row itself under the tenant's row-level security.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create function notify_event() returns trigger language plpgsql as $$
    begin
      perform pg_notify('parley_events', json_build_object(
        'id', new.id, 'account_id', new.account_id, 'mode', new.mode, 'type', new.type)::text);
      return null;
    end
    $$`);
  await knex.raw(`create trigger events_notify after insert on events for each row execute function notify_event()`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`drop trigger events_notify on events`);
  await knex.raw(`drop function notify_event()`);
}
