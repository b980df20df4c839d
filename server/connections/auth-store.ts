import type { SecretBox } from '../platform/crypto.js';
import type { Database, Mode, Transaction } from '../platform/db/database.js';

/** The lease a worker holds on a connection; its epoch fences every write. */
export interface Lease {
  connectionId: string;
  accountId: string;
  mode: Mode;
  owner: string;
  epoch: number;
  /**
   * By this worker's clock, the moment after which it must assume the lease is gone, renewed or not: the
   * database may be out of reach while WhatsApp is not, and a socket needs no database write to keep going.
   */
  validUntil?: number;
}

/** Whether the worker may still act on `lease` (open or keep a socket), by its own clock. */
export const holdsLease = (lease: Lease) => lease.validUntil === undefined || Date.now() < lease.validUntil;

export class LeaseLostError extends Error {
  constructor(lease: Lease) {
    super(`worker ${lease.owner} no longer holds connection ${lease.connectionId} (epoch ${lease.epoch})`);
  }
}

export interface KeyWrite {
  type: string;
  id: string;
  /** null deletes the key. */
  value: string | null;
}

/**
 * Runs `work` in a tenant transaction, after checking (and share-locking) that `lease` is still the
 * current lease. A takeover's UPDATE cannot touch the row while this lock is held (its claim skips locked
 * rows), so a write is either committed before the takeover or refused after it, never interleaved.
 */
export async function withLease<T>(db: Database, lease: Lease, work: (trx: Transaction) => Promise<T>): Promise<T> {
  return db.tenant({ accountId: lease.accountId, mode: lease.mode }, async (trx) => {
    const held = await trx('connections')
      .where({ id: lease.connectionId, lease_owner: lease.owner, lease_epoch: lease.epoch })
      .where('lease_expires_at', '>', trx.fn.now())
      .forShare()
      .first('id');
    if (!held) throw new LeaseLostError(lease);
    return work(trx);
  });
}

/**
 * A connection's WhatsApp credentials and keys in PostgreSQL, sealed with AES-256-GCM under a key derived
 * for this connection alone. Values are opaque strings (the transport serializes them). Every write is one
 * transaction fenced by the lease.
 */
export class AuthStore {
  readonly #purpose: string;

  constructor(
    private readonly db: Database,
    private readonly secrets: SecretBox,
    readonly lease: Lease,
  ) {
    this.#purpose = `connection-auth:${lease.connectionId}`;
  }

  #scope() {
    return { accountId: this.lease.accountId, mode: this.lease.mode };
  }

  #open(sealed: string): string {
    return this.secrets.decrypt(this.#purpose, sealed).toString('utf8');
  }

  async readCreds(): Promise<string | undefined> {
    const row = await this.db.tenant(this.#scope(), (trx) =>
      trx('connection_auth_creds').where({ connection_id: this.lease.connectionId }).first('sealed'),
    );
    return row ? this.#open(row.sealed) : undefined;
  }

  async writeCreds(serialized: string): Promise<void> {
    await withLease(this.db, this.lease, (trx) =>
      trx('connection_auth_creds')
        .insert({
          connection_id: this.lease.connectionId,
          account_id: this.lease.accountId,
          mode: this.lease.mode,
          sealed: this.secrets.encrypt(this.#purpose, serialized),
          updated_at: trx.fn.now(),
        })
        .onConflict('connection_id')
        .merge(['sealed', 'updated_at']),
    );
  }

  async readKeys(type: string, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{ key_id: string; sealed: string }> = await this.db.tenant(this.#scope(), (trx) =>
      trx('connection_auth_keys')
        .where({ connection_id: this.lease.connectionId, type })
        .whereIn('key_id', ids)
        .select('key_id', 'sealed'),
    );
    return new Map(rows.map((row) => [row.key_id, this.#open(row.sealed)]));
  }

  /** All writes of one call commit together or not at all (Baileys retries a failed batch whole). */
  async writeKeys(writes: KeyWrite[]): Promise<void> {
    if (writes.length === 0) return;
    await withLease(this.db, this.lease, async (trx) => {
      const upserts = writes.filter((w) => w.value !== null);
      const deletes = writes.filter((w) => w.value === null);
      for (let i = 0; i < upserts.length; i += 500) {
        await trx('connection_auth_keys')
          .insert(
            upserts.slice(i, i + 500).map((w) => ({
              connection_id: this.lease.connectionId,
              account_id: this.lease.accountId,
              mode: this.lease.mode,
              type: w.type,
              key_id: w.id,
              sealed: this.secrets.encrypt(this.#purpose, w.value as string),
            })),
          )
          .onConflict(['connection_id', 'type', 'key_id'])
          .merge(['sealed']);
      }
      for (const w of deletes) {
        await trx('connection_auth_keys').where({ connection_id: this.lease.connectionId, type: w.type, key_id: w.id }).delete();
      }
    });
  }

  /** Wipes the credentials and every key (logout). */
  async clear(): Promise<void> {
    await withLease(this.db, this.lease, async (trx) => {
      await trx('connection_auth_keys').where({ connection_id: this.lease.connectionId }).delete();
      await trx('connection_auth_creds').where({ connection_id: this.lease.connectionId }).delete();
    });
  }
}
