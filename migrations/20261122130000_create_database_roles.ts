import type { Knex } from 'knex';
import { APP_ROLE, SYSTEM_ROLE } from '../server/platform/db/roles.js';

// Roles belong to the whole cluster, not one database: several Parley databases (or test runs) may
// create them at the same moment, so a lost race is as good as success. `down` leaves them for that reason.
export async function up(knex: Knex): Promise<void> {
  for (const role of [APP_ROLE, SYSTEM_ROLE]) {
    await knex.raw(`
      do $$ begin
        create role ${role} nologin nobypassrls;
      exception when duplicate_object or unique_violation then null;
      end $$`);
    await knex.raw(`grant ${role} to current_user`);
  }
  await knex.raw(`grant usage on schema public to ${APP_ROLE}, ${SYSTEM_ROLE}`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`revoke usage on schema public from ${APP_ROLE}, ${SYSTEM_ROLE}`);
}
