import { LeaseLostError, type Lease } from '../connections/auth-store.js';
import type { Database, TenantScope, Transaction } from '../platform/db/database.js';

/** What one connection (or, without a lease, anyone of the tenant) asks of a shared transaction. */
export interface BatchEntry<I> {
  lease: Lease | undefined;
  item: I;
}

/**
 * Lanes of transactions, each with its own queue per tenant and its own limit of transactions in flight.
 * `reads`: lookups that lock nothing. `claims`: claims lock only rows nobody else holds (SKIP LOCKED) and the
 * lease rows in share mode, so two never wait on each other. `writes`: sent marks and receipts update messages and
 * chats that a receipt and a mark of the same message both touch, so they run one transaction at a time per tenant
 * (two at once could lock the same rows crosswise and deadlock).
 */
export const LANES = { reads: 2, claims: 2, writes: 1 } as const;
export type Lane = keyof typeof LANES;

/**
 * One kind of work that the connections of a tenant share transactions for: `run` gets every entry of its kind
 * in the transaction, in the order they were submitted, and returns one result per entry, in that order.
 * Within a transaction the kinds of its lane run by ascending `order`.
 */
export interface BatchOp<I, R> {
  readonly lane: Lane;
  readonly order: number;
  run(trx: Transaction, scope: TenantScope, entries: Array<BatchEntry<I>>): Promise<R[]>;
}

interface Pending {
  op: BatchOp<unknown, unknown>;
  entry: BatchEntry<unknown>;
  resolve(result: unknown): void;
  reject(error: unknown): void;
}

interface LaneQueue {
  scope: TenantScope;
  limit: number;
  pending: Pending[];
  inFlight: number;
  scheduled: boolean;
}

/** The most entries one transaction takes; the rest wait for the next. */
const MAX_ENTRIES = 2_000;

/**
 * The messages work of every connection a worker runs (claims, sends to mark, receipts, sandbox lookups), written
 * in shared transactions: per tenant and lane, each transaction takes everything submitted meanwhile, up to the
 * lane's limit of transactions in flight. A transaction first checks and share-locks every lease its entries
 * name, in one statement and in id order (as lease renewal locks them, so the two never deadlock); the entries of
 * a lease that is gone fail with LeaseLostError and write nothing, the others go on. Each entry is answered once
 * the transaction has committed. If the database refuses something in it, nothing of it is written and each entry
 * goes again alone, so only the one at fault fails; if the database cannot be reached, every entry fails with that.
 */
export class TenantBatches {
  readonly #queues = new Map<string, LaneQueue>();

  constructor(private readonly db: Database) {}

  submit<I, R>(scope: TenantScope, lease: Lease | undefined, op: BatchOp<I, R>, item: I): Promise<R> {
    const key = `${op.lane}:${scope.mode}:${scope.accountId}`;
    let queue = this.#queues.get(key);
    if (!queue) {
      queue = { scope: { accountId: scope.accountId, mode: scope.mode }, limit: LANES[op.lane], pending: [], inFlight: 0, scheduled: false };
      this.#queues.set(key, queue);
    }
    const promise = new Promise<R>((resolve, reject) => {
      queue.pending.push({ op: op as BatchOp<unknown, unknown>, entry: { lease, item }, resolve: resolve as (result: unknown) => void, reject });
    });
    this.#schedule(key, queue);
    return promise;
  }

  /** After this turn of the event loop: whatever else is submitted in it joins the same transaction. */
  #schedule(key: string, queue: LaneQueue): void {
    if (queue.scheduled || queue.inFlight >= queue.limit || queue.pending.length === 0) return;
    queue.scheduled = true;
    setImmediate(() => {
      queue.scheduled = false;
      if (queue.inFlight >= queue.limit || queue.pending.length === 0) return;
      queue.inFlight += 1;
      void this.#flush(queue.scope, queue.pending.splice(0, MAX_ENTRIES)).finally(() => {
        queue.inFlight -= 1;
        if (queue.inFlight === 0 && queue.pending.length === 0 && !queue.scheduled) this.#queues.delete(key);
        else this.#schedule(key, queue);
      });
      this.#schedule(key, queue);
    });
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
      if (batch.length === 1 || databaseUnreachable(error)) {
        for (const pending of batch) pending.reject(error);
        return;
      }
      // The database refused something in it: each entry goes again in a transaction of its own, in order, so
      // the one at fault fails alone and does not hold back its account's other connections on every retry.
      for (const pending of batch) await this.#flush(scope, [pending]);
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

/**
 * No connection to the database (refused, dropped, shut down, or none free in the pool): going again entry by
 * entry would only wait out the same failure once per entry.
 */
function databaseUnreachable(error: unknown): boolean {
  const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown };
  if (name === 'KnexTimeoutError') return true;
  if (typeof code !== 'string') return false;
  // SQLSTATE classes 08 (connection exception) and 57 (operator intervention: shutdown, cancel); socket errors.
  return /^(08|57)/.test(code) || /^E[A-Z]+$/.test(code);
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
