import type { Knex } from 'knex';

/**
 * A job's own cap (`rate`, messages a minute across its connections) and the state of its allowance:
 * `rate_next_at` is when the job may release its next message. It lives on the row, which the runner locks
 * while it steps the job, so the cap holds across worker restarts and any number of workers.
 *
 * A job that becomes due (created without a later `send_at`, or resumed) is announced on `parley_bulk_jobs`;
 * PostgreSQL delivers the NOTIFY when the transaction commits, so the runners start it at once instead of at
 * their next tick, and never see a job that was rolled back.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('bulk_jobs', (t) => {
    t.integer('rate');
    t.timestamp('rate_next_at', { useTz: true });
    t.check('rate is null or rate > 0', [], 'bulk_jobs_rate_check');
  });
  await knex.raw(`
    create function notify_bulk_job_due() returns trigger language plpgsql as $$
    begin
      if new.status in ('scheduled', 'running') and (new.send_at is null or new.send_at <= now())
         and (tg_op = 'INSERT' or old.status = 'paused') then
        perform pg_notify('parley_bulk_jobs', '');
      end if;
      return null;
    end
    $$`);
  await knex.raw(`create trigger bulk_jobs_notify after insert or update of status on bulk_jobs for each row execute function notify_bulk_job_due()`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop trigger bulk_jobs_notify on bulk_jobs');
  await knex.raw('drop function notify_bulk_job_due()');
  await knex.schema.alterTable('bulk_jobs', (t) => {
    t.dropColumn('rate_next_at');
    t.dropColumn('rate');
  });
}
