import type { Knex } from 'knex';

/**
 * The messages counter and the daily totals are split into slots (USAGE_SLOTS in server/usage/slots.ts), so
 * that concurrent sends of one account lock different rows instead of queueing on one until each commits:
 * with one row, an account's accept rate was bounded by one commit at a time. A period's use is the sum of its
 * slots; each slot admits at most its share of the limit, so the sum never passes it. Rows counted before keep
 * slot 0.
 */
export async function up(knex: Knex): Promise<void> {
  for (const table of ['usage_periods', 'usage_daily']) {
    await knex.schema.alterTable(table, (t) => {
      t.smallint('slot').notNullable().defaultTo(0);
      t.check('slot >= 0', [], `${table}_slot_check`);
    });
  }
  await knex.schema.alterTable('usage_periods', (t) => {
    t.dropPrimary();
    t.primary(['account_id', 'mode', 'period_start', 'slot']);
  });
  await knex.schema.alterTable('usage_daily', (t) => {
    t.dropPrimary();
    t.primary(['account_id', 'mode', 'day', 'category', 'slot']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`create temporary table usage_periods_summed on commit drop as
                    select account_id, mode, period_start, max(period_end) as period_end, sum(messages) as messages
                      from usage_periods group by account_id, mode, period_start`);
  await knex('usage_periods').delete();
  await knex.raw(`create temporary table usage_daily_summed on commit drop as
                    select account_id, mode, day, category, sum(quantity) as quantity from usage_daily group by account_id, mode, day, category`);
  await knex('usage_daily').delete();
  await knex.schema.alterTable('usage_periods', (t) => {
    t.dropPrimary();
    t.dropChecks(['usage_periods_slot_check']);
    t.dropColumn('slot');
    t.primary(['account_id', 'mode', 'period_start']);
  });
  await knex.schema.alterTable('usage_daily', (t) => {
    t.dropPrimary();
    t.dropChecks(['usage_daily_slot_check']);
    t.dropColumn('slot');
    t.primary(['account_id', 'mode', 'day', 'category']);
  });
  await knex.raw('insert into usage_periods (account_id, mode, period_start, period_end, messages) select * from usage_periods_summed');
  await knex.raw('insert into usage_daily (account_id, mode, day, category, quantity) select * from usage_daily_summed');
}
