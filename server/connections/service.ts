import { assertFeature } from '../accounts/features.js';
import { recordEvent } from '../events/record.js';
import { scopeOf, type Actor } from '../platform/actor.js';
import type { Transaction } from '../platform/db/database.js';
import { conflict, notFound } from '../platform/http/errors.js';
import { admitCount } from '../usage/limits.js';
import { paginate, type PageParams } from '../platform/http/pagination.js';
import { newId } from '../platform/ids.js';
import type { Services } from '../platform/services.js';
import { unavailable, type ConnectionCommand } from './commands.js';
import { CONNECTIONS_CLAIMABLE } from './manager.js';
import { ConnectionRow, isStopped } from './models.js';
import { presentConnection, presentStreamEvent, type StreamEventType } from './presenters.js';
import { CONNECTION_UPDATES, type ConnectionUpdate } from './runner.js';
import { callSettingsPatch, type CallSettingsInput } from './call-settings.js';

export async function findConnection(trx: Transaction, id: string): Promise<ConnectionRow> {
  // Row-level security already confines this to the caller's account and mode: anything else is a 404.
  const row = await ConnectionRow.query(trx).findById(id);
  if (!row) throw notFound('connection', id);
  return row;
}

/** Tells the event streams (on every API node) about a change made here rather than by a worker. */
function announceAfterCommit(trx: Transaction, services: Services, type: StreamEventType, row: ConnectionRow): void {
  const update: ConnectionUpdate = {
    accountId: row.account_id,
    mode: row.mode,
    connectionId: row.id,
    event: presentStreamEvent(type, row),
  };
  trx.executionPromise
    .then(() => services.bus.publish(CONNECTION_UPDATES, update))
    .catch((error: unknown) => services.logger.warn({ err: error }, 'could not announce a connection update'));
}

/** A connection needs a worker now: say so once it is committed, so none waits for its next tick. */
function wakeWorkersAfterCommit(trx: Transaction, services: Services): void {
  trx.executionPromise.then(() => services.bus.publish(CONNECTIONS_CLAIMABLE, {})).catch(() => undefined);
}

/** The per-connection settings of statuses and history: read by the worker when WhatsApp delivers them. */
interface ConnectionSettings {
  receive_statuses?: boolean;
  sync_history?: boolean;
}

const settingsPatch = (input: ConnectionSettings): Partial<ConnectionRow> => ({
  ...(input.receive_statuses !== undefined ? { receive_statuses: input.receive_statuses } : {}),
  ...(input.sync_history !== undefined ? { sync_history: input.sync_history } : {}),
});

export const hasLiveOwner = (row: ConnectionRow) => row.lease_owner !== null && row.lease_expires_at !== null && row.lease_expires_at > new Date();

export async function createConnection(
  trx: Transaction,
  services: Services,
  actor: Actor,
  input: { name?: string; send_rate?: number; new_contact_daily_limit?: number | null } & CallSettingsInput & ConnectionSettings,
): Promise<ConnectionRow> {
  if (actor.mode === 'live') await assertFeature(trx, actor.accountId, 'live_connections');
  await admitCount(trx, services.config, scopeOf(actor), 'connections', async () => Number((await trx('connections').count({ n: '*' }).first())?.n ?? 0), {
    remedy: 'Delete one you no longer use, or',
  });
  const row = await ConnectionRow.query(trx).insertAndFetch({
    id: newId('connection'),
    account_id: actor.accountId,
    mode: actor.mode,
    name: input.name?.trim() ?? null,
    send_rate: input.send_rate ?? 20,
    ...(input.new_contact_daily_limit !== undefined ? { new_contact_daily_limit: input.new_contact_daily_limit } : {}),
    ...callSettingsPatch(input),
    ...settingsPatch(input),
  });
  await recordEvent(trx, scopeOf(actor), 'connection.created', presentConnection(row));
  wakeWorkersAfterCommit(trx, services);
  return row;
}

/** Renames it or changes its pacing; the worker's drain reads the rate and the limits before each send. */
export async function updateConnection(
  trx: Transaction,
  services: Services,
  actor: Actor,
  id: string,
  input: { name?: string | null; send_rate?: number; new_contact_daily_limit?: number | null; new_contacts_paused_until?: null } & CallSettingsInput & ConnectionSettings,
): Promise<ConnectionRow> {
  await findConnection(trx, id);
  const patch: Partial<ConnectionRow> = settingsPatch(input);
  if (input.name !== undefined) patch.name = input.name?.trim() ?? null;
  if (input.send_rate !== undefined) patch.send_rate = input.send_rate;
  if (input.new_contact_daily_limit !== undefined) patch.new_contact_daily_limit = input.new_contact_daily_limit;
  if (input.new_contacts_paused_until === null) patch.new_contacts_paused_until = null;
  Object.assign(patch, callSettingsPatch(input));
  const row = await ConnectionRow.query(trx).patchAndFetchById(id, { ...patch, updated_at: new Date() });
  await recordEvent(trx, scopeOf(actor), 'connection.updated', presentConnection(row));
  announceAfterCommit(trx, services, 'connection.updated', row);
  return row;
}

export function listConnections(trx: Transaction, page: PageParams) {
  return paginate(ConnectionRow.query(trx), page, presentConnection);
}

/**
 * Sends a command to the worker running the connection. The caller must not hold a lock on the row:
 * the worker writes it while carrying the command out.
 */
export async function commandConnection(services: Services, row: ConnectionRow, command: ConnectionCommand, timeoutMs?: number): Promise<unknown> {
  assertCommandable(row);
  return services.commands.send(row.id, command, timeoutMs);
}

/** Refuses, before anything is sent, a command that no worker would carry out: the connection is stopped or unowned. */
export function assertCommandable(row: ConnectionRow): void {
  if (isStopped(row)) {
    throw conflict(
      'connection_stopped',
      `Connection ${row.id} is ${row.status}${row.status_reason ? ` (${row.status_reason})` : ''}. Restart it first.`,
    );
  }
  // Without a live lease nobody would answer: say so now rather than after the whole timeout.
  if (!hasLiveOwner(row)) throw unavailable(row.id);
}

/** Restarts a running connection through its worker, or puts a stopped one back in line for a worker. */
export async function restartConnection(trx: Transaction, services: Services, actor: Actor, id: string): Promise<ConnectionRow> {
  const row = await findConnection(trx, id);
  if (isStopped(row)) {
    const restarted = await ConnectionRow.query(trx)
      .patchAndFetchById(id, { status: 'pending', status_reason: null } as Partial<ConnectionRow>);
    await recordEvent(trx, scopeOf(actor), 'connection.restarted', presentConnection(restarted));
    announceAfterCommit(trx, services, 'connection.restarted', restarted);
    wakeWorkersAfterCommit(trx, services);
    return restarted;
  }
  if (hasLiveOwner(row)) await services.commands.send(id, { name: 'restart' });
  return findConnection(trx, id);
}

/**
 * Unlinks the device and wipes its credentials. A worker running it logs out of WhatsApp; a connection no
 * worker runs (pending, failed) is marked logged out here, in one conditional update that a worker
 * claiming it at the same moment cannot race.
 */
export async function logoutConnection(trx: Transaction, services: Services, actor: Actor, id: string): Promise<ConnectionRow> {
  const row = await findConnection(trx, id);
  if (row.status === 'logged_out') return row;
  if (hasLiveOwner(row)) {
    await services.commands.send(id, { name: 'logout' });
    return findConnection(trx, id);
  }
  const updated = await trx('connections')
    .where({ id })
    .where((q) => q.whereNull('lease_expires_at').orWhere('lease_expires_at', '<', trx.fn.now()))
    .update({
      status: 'logged_out',
      status_reason: 'logged_out_by_user',
      linked_at: null,
      qr: null,
      qr_expires_at: null,
      updated_at: trx.fn.now(),
    })
    .returning('id');
  if (updated.length === 0) throw conflict('connection_busy', 'A worker just picked this connection up; retry the logout.');
  await trx('connection_auth_keys').where({ connection_id: id }).delete();
  await trx('connection_auth_creds').where({ connection_id: id }).delete();
  const loggedOut = await findConnection(trx, id);
  await recordEvent(trx, scopeOf(actor), 'connection.logged_out', presentConnection(loggedOut));
  announceAfterCommit(trx, services, 'connection.logged_out', loggedOut);
  return loggedOut;
}

/** Logs out (best effort: a worker that cannot be reached does not block deletion), then deletes. */
export async function deleteConnection(trx: Transaction, services: Services, actor: Actor, id: string) {
  const row = await findConnection(trx, id);
  if (hasLiveOwner(row) && !isStopped(row)) {
    await services.commands.send(id, { name: 'logout' }).catch((error: unknown) => {
      services.logger.warn({ err: error, connection_id: id }, 'deleting a connection whose worker did not answer the logout');
    });
  }
  await recordEvent(trx, scopeOf(actor), 'connection.deleted', presentConnection(row));
  await ConnectionRow.query(trx).deleteById(id);
  announceAfterCommit(trx, services, 'connection.deleted', row);
  return { id, object: 'connection' as const, deleted: true as const };
}
