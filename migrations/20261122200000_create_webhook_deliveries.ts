import type { Knex } from 'knex';
import { enableTenantRls } from '../server/platform/db/rls.js';

/**
 * Webhook delivery: one row per (event, subscribed endpoint), written by a trigger on `events` in the
 * transaction that writes the event, so an event that commits always has its deliveries and one that rolls
 * back has none, on every write path, at no extra round trip. Dispatchers in the workers claim due rows with
 * FOR UPDATE SKIP LOCKED and log each attempt.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('webhook_endpoints', (t) => {
    // The first failed attempt since the last 2xx; disabling after 5 days of failures reads it.
    t.timestamp('failing_since', { useTz: true });
    t.text('disabled_reason');
    t.check(`disabled_reason in ('endpoint_gone', 'endpoint_failing')`, [], 'webhook_endpoints_disabled_reason_check');
  });

  await knex.schema.createTable('webhook_deliveries', (t) => {
    t.text('id').primary();
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('mode').notNullable();
    t.text('endpoint_id').notNullable().references('webhook_endpoints.id').onDelete('CASCADE');
    t.text('event_id').notNullable().references('events.id').onDelete('CASCADE');
    t.text('event_type').notNullable();
    t.text('status').notNullable().defaultTo('pending');
    // Every attempt ever made; a dispatcher's result is written only if no other claimed the row since.
    t.integer('attempt_count').notNullable().defaultTo(0);
    // Attempts since the delivery was last queued (created, retried or recovered): the retry schedule's step.
    t.integer('round_attempts').notNullable().defaultTo(0);
    // While an attempt is under way this is its claim's expiry: if the dispatcher dies, the row is due again then.
    t.timestamp('next_attempt_at', { useTz: true });
    t.timestamp('last_attempt_at', { useTz: true });
    t.integer('last_status_code');
    t.text('last_error');
    t.timestamp('finished_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['endpoint_id', 'id']);
    t.index(['event_id']);
    t.check(`mode in ('test', 'live')`, [], 'webhook_deliveries_mode_check');
    t.check(`status in ('pending', 'succeeded', 'failed')`, [], 'webhook_deliveries_status_check');
    t.check(`(status = 'pending') = (next_attempt_at is not null)`, [], 'webhook_deliveries_next_attempt_check');
  });
  // What the dispatchers scan: small, since finished rows leave it.
  await knex.raw(`create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'pending'`);
  // Retention purges finished deliveries by age.
  await knex.raw(`create index webhook_deliveries_finished on webhook_deliveries (finished_at) where status <> 'pending'`);
  await enableTenantRls(knex, 'webhook_deliveries', { modeColumn: 'mode' });

  await knex.schema.createTable('webhook_attempts', (t) => {
    t.text('id').primary();
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('mode').notNullable();
    t.text('delivery_id').notNullable().references('webhook_deliveries.id').onDelete('CASCADE');
    t.text('endpoint_id').notNullable();
    t.text('url').notNullable();
    t.timestamp('attempted_at', { useTz: true }).notNullable();
    t.integer('status_code');
    t.integer('latency_ms').notNullable();
    t.text('response_body');
    t.text('error');
    t.index(['delivery_id', 'id']);
    t.check(`mode in ('test', 'live')`, [], 'webhook_attempts_mode_check');
  });
  await enableTenantRls(knex, 'webhook_attempts', { modeColumn: 'mode' });

  // A ULID-shaped id (48-bit millisecond time, 80 random bits, Crockford base32) made in SQL, sortable like the
  // ids the application makes, for rows the database itself inserts.
  await knex.raw(`
    create function parley_new_id(prefix text) returns text language plpgsql volatile as $$
    declare
      alphabet constant text := '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
      ms bigint := floor(extract(epoch from clock_timestamp()) * 1000);
      uuid bytea := uuid_send(gen_random_uuid());
      -- A version 4 UUID's bytes 0-5 and 10-15 are all random.
      random bytea := substring(uuid from 1 for 5) || substring(uuid from 11 for 5);
      chunk bigint;
      result text := prefix || '_';
    begin
      for i in reverse 9..0 loop
        result := result || substr(alphabet, ((ms >> (i * 5)) & 31)::int + 1, 1);
      end loop;
      for half in 0..1 loop
        chunk := 0;
        for j in 0..4 loop
          chunk := (chunk << 8) | get_byte(random, half * 5 + j);
        end loop;
        for i in reverse 7..0 loop
          result := result || substr(alphabet, ((chunk >> (i * 5)) & 31)::int + 1, 1);
        end loop;
      end loop;
      return result;
    end
    $$`);

  // Runs as the writer of the event, so row-level security limits it to the event's own account and mode.
  // webhook.test goes only to the endpoint that asked for it, which inserts its own delivery.
  await knex.raw(`
    create function fan_out_event() returns trigger language plpgsql as $$
    begin
      if new.type = 'webhook.test' then
        return null;
      end if;
      insert into webhook_deliveries (id, account_id, mode, endpoint_id, event_id, event_type, next_attempt_at)
      select parley_new_id('dlv'), e.account_id, e.mode, e.id, new.id, new.type, new.created_at
        from webhook_endpoints e
       where e.account_id = new.account_id and e.mode = new.mode and e.enabled
         and (e.events @> jsonb_build_array(new.type) or e.events @> '["*"]');
      if found then
        perform pg_notify('parley_webhook_deliveries', '');
      end if;
      return null;
    end
    $$`);
  await knex.raw(`create trigger events_fan_out after insert on events for each row execute function fan_out_event()`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`drop trigger events_fan_out on events`);
  await knex.raw(`drop function fan_out_event()`);
  await knex.raw(`drop function parley_new_id(text)`);
  await knex.schema.dropTable('webhook_attempts');
  await knex.schema.dropTable('webhook_deliveries');
  await knex.schema.alterTable('webhook_endpoints', (t) => {
    t.dropChecks(['webhook_endpoints_disabled_reason_check']);
    t.dropColumn('disabled_reason');
    t.dropColumn('failing_since');
  });
}
