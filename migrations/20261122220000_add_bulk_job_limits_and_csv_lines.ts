import type { Knex } from 'knex';

/**
 * An account's bulk-job recipient limit comes from its plan unless the platform admin set
 * `bulk_job_recipient_limit` for it (null: the plan's). A recipient read from a CSV file keeps the `line` it
 * came from, so a skipped or failed one can be found in the file.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('accounts', (t) => {
    t.integer('bulk_job_recipient_limit');
    t.check('bulk_job_recipient_limit is null or bulk_job_recipient_limit >= 1', [], 'accounts_bulk_job_recipient_limit_check');
  });
  await knex.schema.alterTable('bulk_job_recipients', (t) => {
    t.integer('line');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('bulk_job_recipients', (t) => {
    t.dropColumn('line');
  });
  await knex.schema.alterTable('accounts', (t) => {
    t.dropChecks(['accounts_bulk_job_recipient_limit_check']);
    t.dropColumn('bulk_job_recipient_limit');
  });
}
