import type { Transaction } from '../platform/db/database.js';
import type { Lease } from './auth-store.js';

/** A dead worker's connections are taken over within TTL + RENEW_INTERVAL (≤ 20 s); claims run on the same tick. */
export const LEASE_TTL_SECONDS = 15;
export const RENEW_INTERVAL_MS = 5_000;
/** A worker gives a lease up this long before it could expire, by its own clock, to allow for clock drift. */
const SAFETY_MARGIN_MS = 3_000;

/** The local deadline of a lease claimed or renewed by a query sent at `sentAt`. */
const leaseDeadline = (sentAt: number) => sentAt + LEASE_TTL_SECONDS * 1000 - SAFETY_MARGIN_MS;

interface LeaseRow {
  id: string;
  account_id: string;
  mode: 'test' | 'live';
  lease_epoch: string | number;
}

const toLease = (owner: string, validUntil: number) => (row: LeaseRow): Lease => ({
  connectionId: row.id,
  accountId: row.account_id,
  mode: row.mode,
  owner,
  epoch: Number(row.lease_epoch),
  validUntil,
});

/**
 * Takes up to `limit` connections whose lease is free or expired (and that no account suspension holds). SKIP LOCKED lets several workers claim
 * at once without waiting on each other or taking the same row; the epoch grows on every takeover.
 */
export async function claimLeases(trx: Transaction, owner: string, limit: number): Promise<Lease[]> {
  const sentAt = Date.now();
  const result = await trx.raw<{ rows: LeaseRow[] }>(
    `update connections set lease_owner = ?, lease_epoch = lease_epoch + 1,
            lease_expires_at = now() + make_interval(secs => ?)
      where id in (
        select id from connections
         where status not in ('logged_out', 'failed')
           and not held_by_suspension
           and (lease_expires_at is null or lease_expires_at < now())
         order by lease_expires_at nulls first
         limit ? for update skip locked)
      returning id, account_id, mode, lease_epoch`,
    [owner, LEASE_TTL_SECONDS, limit],
  );
  return result.rows.map(toLease(owner, leaseDeadline(sentAt)));
}

/** Extends the leases still held (and their local deadlines); returns the ids kept. Anything missing was lost. */
export async function renewLeases(trx: Transaction, leases: Lease[]): Promise<Set<string>> {
  if (leases.length === 0) return new Set();
  const sentAt = Date.now();
  const owner = leases[0]?.owner ?? '';
  // As JSON: knex would expand a JS array binding into a list of parameters.
  const held = JSON.stringify(leases.map((l) => ({ id: l.connectionId, epoch: l.epoch })));
  const result = await trx.raw<{ rows: Array<{ id: string }> }>(
    // The rows are locked in id order, as the drain's shared transactions share-lock them, so the two never deadlock.
    `update connections set lease_expires_at = now() + make_interval(secs => ?)
      where id in (
        select c.id from connections c
         where c.lease_owner = ? and c.lease_expires_at > now()
           and (c.id, c.lease_epoch) in (select h.id, h.epoch from jsonb_to_recordset(?::jsonb) as h(id text, epoch bigint))
         order by c.id
         for update)
      returning id`,
    [LEASE_TTL_SECONDS, owner, held],
  );
  const kept = new Set(result.rows.map((row) => row.id));
  for (const lease of leases) if (kept.has(lease.connectionId)) lease.validUntil = leaseDeadline(sentAt);
  return kept;
}

/** Gives a lease back at once (graceful shutdown, logout) so another worker need not wait for expiry. */
export async function releaseLease(trx: Transaction, lease: Lease): Promise<void> {
  await trx('connections')
    .where({ id: lease.connectionId, lease_owner: lease.owner, lease_epoch: lease.epoch })
    .update({ lease_owner: null, lease_expires_at: null });
}
