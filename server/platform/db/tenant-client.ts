import { createRequire } from 'node:module';
import type { Knex } from 'knex';
import pg from 'pg';
import { ACCOUNT_SETTING, APP_ROLE, MODE_SETTING } from './roles.js';
import type { TenantScope } from './database.js';

// knex's own PostgreSQL client and transaction classes (knex 3 publishes no typed way to extend them).
const require = createRequire(import.meta.url);
const PgClient = require('knex/lib/dialects/postgres/index.js') as new (config: Knex.Config) => object;
const PgTransaction = require('knex/lib/dialects/postgres/execution/pg-transaction.js') as new (...args: never[]) => KnexTransactionInternals;

interface KnexTransactionInternals {
  isolationLevel?: string;
  readOnly?: boolean;
  query(connection: unknown, sql: string): Promise<unknown>;
  begin(connection: unknown): Promise<unknown>;
}

/**
 * The statement a tenant transaction opens with: BEGIN, then the role and tenant settings, local to the
 * transaction. Sent as one simple-protocol message (no bound values: the two values are quoted literals), so
 * entering a tenant costs one round trip, not two.
 */
export function tenantBeginStatement(scope: TenantScope, options: { isolationLevel?: string; readOnly?: boolean } = {}): string {
  const mode = [options.isolationLevel ? `isolation level ${options.isolationLevel}` : '', options.readOnly ? 'read only' : ''].join(' ').trim();
  const literal = pg.escapeLiteral;
  return (
    `begin${mode ? ` transaction ${mode}` : ''}; ` +
    `select set_config('role', ${literal(APP_ROLE)}, true), set_config('${ACCOUNT_SETTING}', ${literal(scope.accountId)}, true), ` +
    `set_config('${MODE_SETTING}', ${literal(scope.mode)}, true)`
  );
}

class TenantTransaction extends PgTransaction {
  /** Set before begin() runs: knex acquires the connection asynchronously, after this constructor. */
  readonly tenant: TenantScope | undefined;

  constructor(client: never, container: never, config: { tenant?: TenantScope } | undefined, outerTx: never) {
    super(client, container, config as never, outerTx);
    this.tenant = config?.tenant;
  }

  override begin(connection: { __knex__disposed?: unknown }): Promise<unknown> {
    const { tenant } = this;
    if (!tenant) return super.begin(connection);
    return this.query(connection, tenantBeginStatement(tenant, this)).then((result) => {
      // query() has already failed the transaction; a half-begun transaction must not go back to the pool.
      if (result === undefined) connection.__knex__disposed = 'the tenant transaction could not begin';
      return result;
    });
  }
}

/**
 * knex's PostgreSQL client, except that a transaction started with `{ tenant }` in its config enters that tenant
 * as it begins (see tenantBeginStatement). Everything else is knex's own behaviour.
 */
export class TenantAwarePgClient extends (PgClient as new (config: Knex.Config) => { transaction(...args: unknown[]): unknown }) {
  override transaction(...args: unknown[]): unknown {
    return new (TenantTransaction as unknown as new (...a: unknown[]) => unknown)(this, ...args);
  }
}
