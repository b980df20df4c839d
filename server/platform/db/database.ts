import knexFactory, { type Knex } from 'knex';
import type { Logger } from '../logger.js';
import { SYSTEM_ROLE } from './roles.js';
import { TenantAwarePgClient } from './tenant-client.js';

export type Transaction = Knex.Transaction;
export type Mode = 'test' | 'live';

type AfterCommit = () => Promise<void>;
const afterCommitWork = new WeakMap<Transaction, AfterCommit[]>();

/**
 * Work that must follow `trx`'s commit and come before its caller sees the result: Database.tenant() and
 * system() run it once the transaction has committed, and resolve only after it. Nothing runs if the transaction
 * (or the savepoint `trx` is) rolls back. The work handles its own failures; the commit has happened either way.
 */
export function afterCommit(trx: Transaction, work: AfterCommit): void {
  let root = trx as Transaction & { parentTransaction?: Transaction };
  while (root.parentTransaction) root = root.parentTransaction as typeof root;
  const add = () => afterCommitWork.set(root, [...(afterCommitWork.get(root) ?? []), work]);
  if (root === trx) add();
  // A savepoint's work joins its transaction's once the savepoint is released, which is before that commits.
  else trx.executionPromise.then(add, () => undefined);
}

async function committing<T>(start: (work: (trx: Transaction) => Promise<T>) => Promise<T>, work: (trx: Transaction) => Promise<T>): Promise<T> {
  let used: Transaction | undefined;
  const result = await start((trx) => {
    used = trx;
    return work(trx);
  });
  for (const next of (used && afterCommitWork.get(used)) ?? []) await next();
  return result;
}

export interface TenantScope {
  accountId: string;
  mode: Mode;
}

/**
 * The only ways to reach data: `tenant()` for one account's rows under row-level security, and
 * `system()` / `systemPool` for the few operations that must cross accounts. Models are not bound to a
 * global knex instance, so a query that forgets its transaction fails instead of running unscoped.
 */
export class Database {
  /** The connecting (owner) user: migrations, and tenant transactions, which switch role per transaction. */
  readonly knex: Knex;
  /**
   * Connections that are the system role for their whole life, so a single-statement system lookup
   * (authenticating a credential) needs no transaction around it: one round trip instead of four.
   */
  readonly systemPool: Knex;

  constructor(url: string, options: { poolMax?: number; logger?: Logger } = {}) {
    const poolMax = options.poolMax ?? 10;
    // knex prints its own warnings (pool and connection trouble) to stderr unless given a logger.
    const log = options.logger && knexLog(options.logger.child({ component: 'knex' }));
    this.knex = knexFactory({
      ...(log && { log }),
      // Enters the tenant in the same round trip as BEGIN (see tenant()).
      client: TenantAwarePgClient as unknown as Knex.Config['client'],
      connection: url,
      pool: { min: 0, max: poolMax },
      acquireConnectionTimeout: 10_000,
      // Bound values (emails, password hashes) must not end up in error messages and so in logs.
      compileSqlOnError: false,
    });
    this.systemPool = knexFactory({
      ...(log && { log }),
      client: 'pg',
      connection: url,
      compileSqlOnError: false,
      pool: {
        min: 0,
        max: Math.max(2, Math.ceil(poolMax / 2)),
        afterCreate: (connection: { query(sql: string, done: (error?: Error) => void): void }, done: (error: Error | undefined, connection: unknown) => void) =>
          connection.query(`set role ${SYSTEM_ROLE}`, (error) => done(error, connection)),
      },
      acquireConnectionTimeout: 10_000,
    });
  }

  /**
   * A transaction as the app role, confined by row-level security to one account and mode: the role and the
   * tenant are set local to the transaction, in the same message as its BEGIN (TenantAwarePgClient).
   * `snapshot`: one consistent view of the data for the whole transaction (repeatable read), for long reads.
   */
  tenant<T>(scope: TenantScope, work: (trx: Transaction) => Promise<T>, options: { snapshot?: boolean } = {}): Promise<T> {
    const tenant = { accountId: scope.accountId, mode: scope.mode };
    const config = { tenant, ...(options.snapshot && { isolationLevel: 'repeatable read' as const, readOnly: true }) };
    return committing((inner) => this.knex.transaction(inner, config as Knex.TransactionConfig), work);
  }

  system<T>(work: (trx: Transaction) => Promise<T>): Promise<T> {
    return committing((inner) => this.systemPool.transaction(inner), work);
  }

  async ping(): Promise<void> {
    await this.knex.raw('select 1');
  }

  async close(): Promise<void> {
    await Promise.all([this.knex.destroy(), this.systemPool.destroy()]);
  }
}

function knexLog(logger: Logger): Knex.Config['log'] {
  return {
    warn: (message: unknown) => logger.warn({ knex: message }, 'database client warning'),
    error: (message: unknown) => logger.error({ knex: message }, 'database client error'),
    deprecate: (method: string, alternative: string) => logger.warn({ method, alternative }, 'deprecated database client call'),
    debug: (message: unknown) => logger.debug({ knex: message }, 'database client debug'),
  };
}
