import type { Knex } from 'knex';
import { ACCOUNT_SETTING, APP_ROLE, MODE_SETTING, SYSTEM_ROLE } from './roles.js';

/**
 * For migrations: put a tenant table under forced row-level security keyed on its account column and,
 * for tables that hold mode data, its mode column too, so test and live rows never meet.
 */
export async function enableTenantRls(
  knex: Knex,
  table: string,
  options: { accountColumn?: string; modeColumn?: string } = {},
): Promise<void> {
  const { accountColumn = 'account_id', modeColumn } = options;
  const condition = modeColumn
    ? knex.raw(`?? = current_setting('${ACCOUNT_SETTING}', true) and ?? = current_setting('${MODE_SETTING}', true)`, [
        accountColumn,
        modeColumn,
      ])
    : knex.raw(`?? = current_setting('${ACCOUNT_SETTING}', true)`, [accountColumn]);
  await knex.raw(`alter table ?? enable row level security`, [table]);
  await knex.raw(`alter table ?? force row level security`, [table]);
  await knex.raw(`create policy tenant_isolation on ?? to ${APP_ROLE} using (?) with check (?)`, [table, condition, condition]);
  await knex.raw(`create policy system_access on ?? to ${SYSTEM_ROLE} using (true) with check (true)`, [table]);
  await knex.raw(`grant select, insert, update, delete on ?? to ${APP_ROLE}, ${SYSTEM_ROLE}`, [table]);
}
