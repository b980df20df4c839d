import { startBackgroundWork } from '../platform/background.js';
import type { Services } from '../platform/services.js';
import { eraseAccount, ERASURES_QUEUED, type ErasureRow } from './erasure.js';
import { buildExport, EXPORTS_QUEUED, type ExportRow } from './exports.js';

const POLL_INTERVAL_MS = 15_000;
/** A claimed export or erasure is left alone this long: a worker that stopped half way leaves it to another. */
const CLAIM_SECONDS = 600;
/** Tries at an export before it is marked failed; an erasure is tried until it is done. */
const EXPORT_ATTEMPTS = 5;

const retryDelaySeconds = (attempts: number) => Math.min(30 * 2 ** (attempts - 1), 3600);
const message = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 1000);

/** Claims one due row of `table` (its next attempt pushed past the claim), or none. */
async function claim<T>(services: Pick<Services, 'db'>, table: 'account_exports' | 'account_erasures'): Promise<T | undefined> {
  return services.db.system(async (trx) => {
    const result = await trx.raw<{ rows: T[] }>(
      `update ${table} t set attempts = t.attempts + 1, next_attempt_at = now() + make_interval(secs => ?)
         from (select id from ${table} where status = 'pending' and next_attempt_at <= now()
                order by next_attempt_at limit 1 for update skip locked) due
        where t.id = due.id
        returning t.*`,
      [CLAIM_SECONDS],
    );
    return result.rows[0];
  });
}

/** Builds the exports that are due, one at a time; returns how many were tried. */
export async function runDueExports(services: Services): Promise<number> {
  let tried = 0;
  for (let row = await claim<ExportRow>(services, 'account_exports'); row; row = await claim<ExportRow>(services, 'account_exports')) {
    tried++;
    const started = Date.now();
    try {
      await buildExport(services, row);
      services.logger.info({ export: row.id, account_id: row.account_id, ms: Date.now() - started }, 'built an account export');
    } catch (error) {
      const giveUp = row.attempts >= EXPORT_ATTEMPTS;
      services.logger.warn({ err: error, export: row.id, attempts: row.attempts, giveUp }, 'building an account export failed');
      await services.db.system((trx) =>
        trx('account_exports')
          .where({ id: row.id, status: 'pending' })
          .update(giveUp ? { status: 'failed', error: message(error) } : { next_attempt_at: new Date(Date.now() + retryDelaySeconds(row.attempts) * 1000), error: message(error) }),
      );
    }
  }
  return tried;
}

/** Erases the accounts that are due; an erasure that fails is tried again later, never given up. */
export async function runDueErasures(services: Services): Promise<number> {
  let tried = 0;
  for (let row = await claim<ErasureRow>(services, 'account_erasures'); row; row = await claim<ErasureRow>(services, 'account_erasures')) {
    tried++;
    try {
      await eraseAccount(services, row);
    } catch (error) {
      services.logger.error({ err: error, erasure: row.id, account_id: row.account_id, attempts: row.attempts }, 'erasing an account failed; it is tried again');
      await services.db.system((trx) =>
        trx('account_erasures')
          .where({ id: row.id, status: 'pending' })
          .update({ next_attempt_at: new Date(Date.now() + retryDelaySeconds(row.attempts) * 1000), last_error: message(error) }),
      );
    }
  }
  return tried;
}

/** Deletes the archives of exports past their expiry; returns how many. */
export async function purgeExpiredExports(services: Services): Promise<number> {
  const expired = (await services.db.system((trx) =>
    trx('account_exports').where({ status: 'ready' }).where('expires_at', '<=', trx.fn.now()).select('id', 'storage_key'),
  )) as Array<{ id: string; storage_key: string | null }>;
  for (const row of expired) {
    if (row.storage_key) await services.media.delete(row.storage_key);
    await services.db.system((trx) => trx('account_exports').where({ id: row.id, status: 'ready' }).update({ status: 'expired', storage_key: null }));
  }
  return expired.length;
}

/**
 * Builds exports and runs erasures as soon as they are requested (the bus says so), and what is due for a
 * retry every few seconds; deletes expired exports with each poll.
 */
export function startAccountDataWork(services: Services): Promise<() => Promise<void>> {
  return startBackgroundWork(services, {
    name: 'account data work',
    channels: [EXPORTS_QUEUED, ERASURES_QUEUED],
    intervalMs: POLL_INTERVAL_MS,
    work: async () => {
      await runDueErasures(services);
      await runDueExports(services);
      const purged = await purgeExpiredExports(services);
      if (purged > 0) services.logger.info({ purged }, 'deleted expired exports');
    },
  });
}
