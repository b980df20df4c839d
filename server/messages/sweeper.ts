import { recordEvent } from '../events/record.js';
import type { Services } from '../platform/services.js';
import { MessageRow } from './models.js';
import { presentMessage } from './presenters.js';
import { EXPIRED_MESSAGE } from './status.js';
import { purgeDeletedMedia } from '../media/release.js';

const SWEEP_INTERVAL_MS = 5_000;
const BATCH = 500;

/**
 * Ends messages no drain will send: past their expiry (the connection stayed away), or due on a connection that
 * is logged out or failed (no worker runs it). Any worker may sweep; SKIP LOCKED keeps two from ending the same
 * row, and a drain holding a row is never overridden.
 */
export async function sweepMessages(services: Services): Promise<number> {
  return services.db.system(async (trx) => {
    const result = await trx.raw<{ rows: Record<string, unknown>[] }>(
      `with doomed as (
         select m.id, case when m.expires_at <= now() then 'expired' else 'failed' end as outcome, c.status as connection_status
           from messages m join connections c on c.id = m.connection_id
          where m.status in ('scheduled', 'queued', 'sending')
            and (m.expires_at <= now()
                 or (c.status in ('logged_out', 'failed') and coalesce(m.send_at, m.created_at) <= now()))
          limit ${BATCH}
          for update of m skip locked)
       update messages m set
         status = d.outcome,
         expired_at = case when d.outcome = 'expired' then now() end,
         failed_at = case when d.outcome = 'failed' then now() end,
         error_code = case when d.outcome = 'expired' then 'expired' else 'connection_' || d.connection_status end,
         error_message = case when d.outcome = 'expired'
           then ?
           else 'The connection is ' || replace(d.connection_status, '_', ' ') || '; restart it and link it again, then send again.' end,
         next_attempt_at = null,
         updated_at = now()
       from doomed d where m.id = d.id
       returning m.*`,
      [EXPIRED_MESSAGE],
    );
    for (const raw of result.rows) {
      const row = MessageRow.fromDatabaseJson(raw);
      await recordEvent(trx, { accountId: row.account_id, mode: row.mode }, `message.${row.status}`, presentMessage(row));
    }
    return result.rows.length;
  });
}

/** Sweeps now and then; returns a stop function. */
export function startMessageSweeper(services: Services): () => void {
  const timer = setInterval(() => {
    sweepMessages(services).catch((error: unknown) => services.logger.error({ err: error }, 'message sweep failed'));
    purgeDeletedMedia(services).catch((error: unknown) => services.logger.error({ err: error }, 'media purge failed'));
  }, SWEEP_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
