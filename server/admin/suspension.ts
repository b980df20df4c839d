import { refuseCachedKeys } from '../keys/api-keys.js';
import { AccountRow } from '../accounts/models.js';
import { pauseBulkJob, resumeBulkJob } from '../bulk/transitions.js';
import { CONNECTIONS_CLAIMABLE } from '../connections/manager.js';
import { ConnectionRow } from '../connections/models.js';
import { presentConnection, presentStreamEvent } from '../connections/presenters.js';
import { CONNECTION_UPDATES, type ConnectionUpdate } from '../connections/runner.js';
import { normalizeEmail } from '../auth/signup.js';
import { recordEvent } from '../events/record.js';
import type { Transaction } from '../platform/db/database.js';
import { ApiError, conflict, notFound } from '../platform/http/errors.js';
import type { Services } from '../platform/services.js';

/** Why a connection a suspension stopped shows `disconnected`. */
export const SUSPENDED_REASON = 'account_suspended';

/**
 * FOR NO KEY UPDATE, not FOR UPDATE: a worker writing a connection's state and then its event (whose foreign key
 * takes KEY SHARE on the account) must not wait on this lock while this transaction waits on that connection's
 * row, which deadlocked suspensions under load.
 */
async function lockAccount(trx: Transaction, id: string): Promise<AccountRow> {
  const row = await AccountRow.query(trx).findById(id).forNoKeyUpdate();
  if (!row) throw notFound('account', id);
  return row;
}

/** Once the change is committed: workers tick (and find the leases they lost, or the connections to claim), streams hear of it. */
function announceAfterCommit(trx: Transaction, services: Services, rows: ConnectionRow[]): void {
  trx.executionPromise
    .then(async () => {
      await services.bus.publish(CONNECTIONS_CLAIMABLE, {});
      for (const row of rows) {
        const update: ConnectionUpdate = { accountId: row.account_id, mode: row.mode, connectionId: row.id, event: presentStreamEvent('connection.disconnected', row) };
        await services.bus.publish(CONNECTION_UPDATES, update);
      }
    })
    .catch((error: unknown) => services.logger.warn({ err: error }, 'could not announce an account suspension to the workers'));
}

/**
 * Suspends the account: its credentials are refused from now on (authentication reads accounts.status), its
 * running connections are taken from their workers and held, and its scheduled and running bulk jobs pause.
 *
 * A connection is taken by ending its lease (owner cleared, epoch moved on) in this transaction: its worker's
 * next renewal misses it and the worker stops it (closing its socket) without writing, and every write that
 * worker might still attempt is fenced by the old epoch. `held_by_suspension` keeps every worker from claiming it
 * again, and says which connections to bring back. Logged-out and failed connections are left as they are.
 */
export async function suspendAccount(trx: Transaction, services: Services, input: { id: string; reason: string; adminId: string; adminAccountId: string }): Promise<void> {
  const account = await lockAccount(trx, input.id);
  if (account.status === 'suspended') {
    throw conflict('account_already_suspended', `Account ${account.id} is suspended already (since ${account.status_changed_at?.toISOString() ?? 'before reasons were kept'}). Nothing was changed.`);
  }
  if (account.id === input.adminAccountId) {
    throw conflict('own_account', 'This is the account you are signed in to: suspending it would lock you out. Nothing was changed.');
  }
  // Suspending a platform admin's account would lock that admin out of /v1/admin (the configured one for good).
  const bootstrapEmail = services.config.ADMIN_EMAIL === undefined ? null : normalizeEmail(services.config.ADMIN_EMAIL);
  const admin = (await trx('memberships as m')
    .join('users as u', 'u.id', 'm.user_id')
    .where('m.account_id', account.id)
    .where((q) => {
      q.whereNotNull('u.platform_admin_at');
      if (bootstrapEmail !== null) q.orWhere('u.email', bootstrapEmail);
    })
    .first('u.email')) as { email: string } | undefined;
  if (admin) {
    throw conflict(
      'platform_admin_account',
      `${admin.email}, a platform admin, is a member of account ${account.id}: suspending it would lock them out of the platform. Remove them as a platform admin first (DELETE /v1/admin/admins/{id}). Nothing was changed.`,
    );
  }
  await AccountRow.query(trx)
    .findById(account.id)
    .patch({ status: 'suspended', status_reason: input.reason.trim(), status_changed_at: new Date(), status_changed_by: input.adminId });
  await refuseCachedKeys(trx, services, account.id);

  const held = (await trx.raw(
    `update connections
        set held_by_suspension = true, status = 'disconnected', status_reason = ?, qr = null, qr_expires_at = null,
            lease_owner = null, lease_expires_at = null, lease_epoch = lease_epoch + 1, updated_at = now()
      where account_id = ? and status not in ('logged_out', 'failed') and not held_by_suspension
      returning *`,
    [SUSPENDED_REASON, account.id],
  )) as { rows: Record<string, unknown>[] };
  const connections = held.rows.map((raw) => ConnectionRow.fromDatabaseJson(raw));
  for (const row of connections) await recordEvent(trx, { accountId: row.account_id, mode: row.mode }, 'connection.disconnected', presentConnection(row));

  const jobs = (await trx('bulk_jobs').where({ account_id: account.id }).whereIn('status', ['scheduled', 'running']).orderBy('id').pluck('id')) as string[];
  for (const id of jobs) {
    try {
      await pauseBulkJob(trx, id);
    } catch (error) {
      // Nothing left to hold back (its last messages are being sent): it completes on its own.
      if (error instanceof ApiError && error.code === 'bulk_job_state_invalid') continue;
      throw error;
    }
    await trx('bulk_jobs').where({ id }).update({ paused_by_suspension: true });
  }
  announceAfterCommit(trx, services, connections);
}

/**
 * Lifts the suspension: exactly the connections it held go back to the workers (as `pending`; they reconnect
 * with their kept credentials) and exactly the jobs it paused resume.
 */
export async function unsuspendAccount(trx: Transaction, services: Services, input: { id: string; reason: string | undefined; adminId: string }): Promise<void> {
  const account = await lockAccount(trx, input.id);
  if (account.status !== 'suspended') throw conflict('account_not_suspended', `Account ${account.id} is ${account.status}, not suspended. Nothing was changed.`);
  await AccountRow.query(trx)
    .findById(account.id)
    .patch({ status: 'active', status_reason: input.reason?.trim() ?? null, status_changed_at: new Date(), status_changed_by: input.adminId });
  await trx('connections')
    .where({ account_id: account.id, held_by_suspension: true })
    .update({ held_by_suspension: false, status: 'pending', status_reason: null, updated_at: trx.fn.now() });
  const jobs = (await trx('bulk_jobs').where({ account_id: account.id, paused_by_suspension: true }).orderBy('id').select('id', 'status')) as Array<{ id: string; status: string }>;
  for (const job of jobs) {
    if (job.status === 'paused') await resumeBulkJob(trx, job.id);
    await trx('bulk_jobs').where({ id: job.id }).update({ paused_by_suspension: false });
  }
  trx.executionPromise.then(() => services.bus.publish(CONNECTIONS_CLAIMABLE, {})).catch(() => undefined);
}
