import type { Knex } from 'knex';
import { ACCOUNT_SETTING, APP_ROLE, SYSTEM_ROLE } from './roles.js';

/** For migrations: put a tenant table under forced row-level security keyed on its account column. */
export async function enableTenantRls(knex: Knex, table: string, accountColumn = 'account_id'): Promise<void> {
  await knex.raw(`alter table ?? enable row level security`, [table]);
  await knex.raw(`alter table ?? force row level security`, [table]);
  await knex.raw(
    `create policy tenant_isolation on ?? to ${APP_ROLE}
       using (?? = current_setting('${ACCOUNT_SETTING}', true))
       with check (?? = current_setting('${ACCOUNT_SETTING}', true))`,
    [table, accountColumn, accountColumn],
  );
  await knex.raw(`create policy system_access on ?? to ${SYSTEM_ROLE} using (true) with check (true)`, [table]);
  await knex.raw(`grant select, insert, update, delete on ?? to ${APP_ROLE}, ${SYSTEM_ROLE}`, [table]);
}
