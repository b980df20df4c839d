// `npm run bench:db`: where an API request's CPU goes below the HTTP layer. Node's CPU time per operation (user +
// system, process.cpuUsage) for the layers a tenant request goes through, each beside the one under it, 20 in
// flight (over a pool of 10 where Parley's pools are used, as the API runs them; node-postgres on a held connection
// per request): Redis, node-postgres alone, knex, a knex transaction, Parley's
// tenant transaction, and objection on top. PostgreSQL's own work is not counted (it is another process). Uses
// a scratch database on BENCH_POSTGRES_URL (default: this machine's), migrated, and Redis at BENCH_REDIS_URL.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import knexFactory from 'knex';
import pg from 'pg';
import { AccountRow } from '../../server/accounts/models.js';
import { Database } from '../../server/platform/db/database.js';
import { migrateLatest } from '../../server/platform/db/migrate.js';

const postgresUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const OPERATIONS = Number(process.env.BENCH_OPERATIONS ?? 4000);
const IN_FLIGHT = 20;

async function measure(label: string, operation: (lane: number) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 300; i++) await operation(i % IN_FLIGHT); // warm-up: JIT, pools, prepared plans
  const started = process.cpuUsage();
  const at = Date.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async (_, lane) => {
      while (next++ < OPERATIONS) await operation(lane);
    }),
  );
  const used = process.cpuUsage(started);
  const perOperation = (used.user + used.system) / OPERATIONS;
  console.log(`${label.padEnd(64)} ${perOperation.toFixed(0).padStart(5)} µs CPU   ${(OPERATIONS / ((Date.now() - at) / 1000)).toFixed(0).padStart(6)} op/s`);
  return perOperation;
}

const name = `parley_bench_${randomBytes(4).toString('hex')}`;
const admin = knexFactory({ client: 'pg', connection: postgresUrl });
await admin.raw(`create database ${name}`);
const url = new URL(postgresUrl);
url.pathname = `/${name}`;
const db = new Database(url.toString(), { poolMax: 10 });
const plainKnex = knexFactory({ client: 'pg', connection: url.toString(), pool: { min: 0, max: 10 } });
// One held connection per lane for the node-postgres figures; the pool-checkout figure uses it as a pool.
const pool = new pg.Pool({ connectionString: url.toString(), max: IN_FLIGHT });
const redis = new Redis(redisUrl);
try {
  await migrateLatest(db.knex);
  const scope = { accountId: 'acct_01M94CVH027ARABXT8TXWYN0PX', mode: 'test' as const };
  console.log(`Node CPU per operation, ${IN_FLIGHT} in flight, ${OPERATIONS} operations each, node ${process.version}`);
  await measure('Redis GET (ioredis)', () => redis.get('parley-bench-none'));
  const clients = await Promise.all(Array.from({ length: IN_FLIGHT }, () => pool.connect()));
  const pgOne = await measure('node-postgres: select 1 on a held connection', (lane) => clients[lane]!.query('select 1'));
  const pgTransaction = await measure('node-postgres: begin; select 1; commit on a held connection', async (lane) => {
    const held = clients[lane]!;
    await held.query('begin');
    await held.query('select 1');
    await held.query('commit');
  });
  for (const held of clients) held.release();
  await measure('node-postgres: select 1 through pg.Pool (checkout each time)', () => pool.query('select 1'));
  const knexOne = await measure('knex: select 1', () => plainKnex.raw('select 1'));
  const knexTransaction = await measure('knex: transaction of select 1', () => plainKnex.transaction((trx) => trx.raw('select 1')));
  const tenant = await measure('Parley: db.tenant of select 1 (BEGIN with the tenant; select; COMMIT)', () => db.tenant(scope, (trx) => trx.raw('select 1')));
  const objection = await measure('Parley: db.tenant of AccountRow.findById (objection)', () => db.tenant(scope, async (trx) => await AccountRow.query(trx).findById(scope.accountId)));
  console.log(
    `\nknex adds ${(knexOne - pgOne).toFixed(0)} µs to a statement; a knex transaction costs ${(knexTransaction / pgTransaction).toFixed(1)}× the same three statements on node-postgres; ` +
      `a tenant transaction ${tenant.toFixed(0)} µs; objection adds ${(objection - tenant).toFixed(0)} µs to a query`,
  );
} finally {
  await redis.quit();
  await pool.end();
  await plainKnex.destroy();
  await db.close();
  await admin.raw(`drop database if exists ${name} with (force)`);
  await admin.destroy();
}
