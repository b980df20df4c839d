import { LeaseLostError, type Lease } from '../connections/auth-store.js';
import type { Database, TenantScope, Transaction } from '../platform/db/database.js';

/** What one connection (or, without a lease, anyone of the tenant) asks of a shared transaction. */
export interface BatchEntry<I> {
  lease: Lease | undefined;
  item: I;
}

/**
 * One kind of work that the connections of a tenant share transactions for: `run` gets every entry of its kind
 * in the transaction, in the order they were submitted, and returns one result per entry, in that order.
 * Within a transaction the kinds run by ascending `order`.
 */
export interface BatchOp<I, R> {
  readonly order: number;
  run(trx: Transaction, scope: TenantScope, entries: Array<BatchEntry<I>>): Promise<R[]>;
}

interface Pending {
  op: BatchOp<unknown, unknown>;
  entry: BatchEntry<unknown>;
  resolve(result: unknown): void;
  reject(error: unknown): void;
}

interface TenantQueue {
  scope: TenantScope;
  pending: Pending[];
}

/** The most entries one transaction takes; the rest wait for the next. */
const MAX_ENTRIES = 2_000;

/**
 * The messages work of every connection a worker runs (claims, sends to mark, receipts, sandbox lookups), written
 * in shared transactions: one at a time per tenant, each taking everything submitted for that tenant meanwhile.
 * A transaction first checks and share-locks every lease its entries name, in one statement and in id order (as
 * lease renewal locks them, so the two never deadlock); the entries of a lease that is gone fail with
 * LeaseLostError and write nothing, the others go on. Each entry is answered once the transaction has committed;
 * if it fails, every entry in it fails with its error (nothing of it was written).
 */
export class TenantBatches {
  readonly #queues = new Map<string, TenantQueue>();

  constructor(private readonly db: Database) {}

  submit<I, R>(scope: TenantScope, lease: Lease | undefined, op: BatchOp<I, R>, item: I): Promise<R> {
    const key = `${scope.mode}:${scope.accountId}`;
    let queue = this.#queues.get(key);
    if (!queue) {
      const created: TenantQueue = { scope: { accountId: scope.accountId, mode: scope.mode }, pending: [] };
      this.#queues.set(key, created);
      // After this turn of the event loop: whatever else is submitted in it joins the same transaction.
      setImmediate(() => void this.#drain(key, created));
      queue = created;
    }
    const pending = queue.pending;
    return new Promise<R>((resolve, reject) => {
      pending.push({ op: op as BatchOp<unknown, unknown>, entry: { lease, item }, resolve: resolve as (result: unknown) => void, reject });
    });
  }

  async #drain(key: string, queue: TenantQueue): Promise<void> {
    while (queue.pending.length > 0) await this.#flush(queue.scope, queue.pending.splice(0, MAX_ENTRIES));
    // In the same synchronous step as the last check: a later submit makes a new queue and schedules it.
    this.#queues.delete(key);
  }

  async #flush(scope: TenantScope, batch: Pending[]): Promise<void> {
    const settled: Array<() => void> = [];
    const live = new Set(batch);
    try {
      await this.db.tenant(scope, async (trx) => {
        const leases = [...new Set(batch.map((pending) => pending.entry.lease).filter((lease): lease is Lease => lease !== undefined))];
        const held = await heldLeases(trx, leases);
        for (const pending of batch) {
          const { lease } = pending.entry;
          if (lease && !held.has(lease)) {
            live.delete(pending);
            settled.push(() => pending.reject(new LeaseLostError(lease)));
          }
        }
        const ops = [...new Set([...live].map((pending) => pending.op))].sort((a, b) => a.order - b.order);
        for (const op of ops) {
          const mine = [...live].filter((pending) => pending.op === op);
          const results = await op.run(trx, scope, mine.map((pending) => pending.entry));
          mine.forEach((pending, i) => settled.push(() => pending.resolve(results[i])));
        }
      });
    } catch (error) {
      for (const pending of batch) pending.reject(error);
      return;
    }
    for (const settle of settled) settle();
  }
}

/** Which of `leases` are still current, their connection rows share-locked until the transaction ends. */
async function heldLeases(trx: Transaction, leases: Lease[]): Promise<Set<Lease>> {
  if (leases.length === 0) return new Set();
  // As JSON: knex would expand a JS array binding into a list of parameters.
  const wanted = JSON.stringify(leases.map((lease) => ({ id: lease.connectionId, owner: lease.owner, epoch: lease.epoch })));
  const result = await trx.raw<{ rows: Array<{ id: string; epoch: string }> }>(
    `select c.id, c.lease_epoch as epoch
       from connections c join jsonb_to_recordset(?::jsonb) as h(id text, owner text, epoch bigint)
         on c.id = h.id and c.lease_owner = h.owner and c.lease_epoch = h.epoch
      where c.lease_expires_at > now()
      order by c.id
      for share of c`,
    [wanted],
  );
  const current = new Set(result.rows.map((row) => `${row.id}:${row.epoch}`));
  return new Set(leases.filter((lease) => current.has(`${lease.connectionId}:${lease.epoch}`)));
}

const shared = new WeakMap<Database, TenantBatches>();

/** The batches of everything that uses `db` in this process: one worker's connections share them. */
export function batchesOf(db: Database): TenantBatches {
  let batches = shared.get(db);
  if (!batches) {
    batches = new TenantBatches(db);
    shared.set(db, batches);
  }
  return batches;
}
