// A server for the benchmark, in its own process so the load generator does not share its event loop.
//   serve.ts bare    → a bare Koa handler (the baseline)
//   serve.ts parley  → Parley, configured from the environment
//   serve.ts floor   → the least any server can do for an authenticated tenant read with Parley's guarantees, on the
//                      raw drivers (FLOOR_DATABASE_URL, FLOOR_REDIS_URL, FLOOR_ACCOUNT_ID): the key from memory, one
//                      Redis round trip for its account's credential generation and the rate limit together, then
//                      a transaction as parley_app with the tenant set in BEGIN's message, the row read, COMMIT
// Prints one JSON line {"url": ...} once listening; stops on SIGTERM.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import Koa from 'koa';
import pg from 'pg';
import { loadConfig } from '../../server/config.js';
import { tenantBeginStatement } from '../../server/platform/db/tenant-client.js';
import { startParley } from '../../server/runtime.js';

const mode = process.argv[2];
if (mode === 'bare') {
  const app = new Koa();
  app.use((ctx) => {
    ctx.body = { object: 'account', id: 'acct_bare' };
  });
  const server = http.createServer(app.callback()).listen(0, '127.0.0.1', () => {
    console.log(JSON.stringify({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
  });
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
} else if (mode === 'parley') {
  const parley = await startParley(loadConfig());
  console.log(JSON.stringify({ url: parley.url }));
  process.once('SIGTERM', () => void parley.stop().then(() => process.exit(0)));
} else if (mode === 'floor') {
  await serveFloor();
} else {
  console.error('usage: serve.ts bare|parley|floor');
  process.exit(2);
}

/**
 * No framework beyond Koa, no query builder, no logging, no validation: what is left is the work Parley's design
 * requires of every such request (a revocation seen on the next request on every node, a shared rate limit, row-level
 * security set per transaction). Its requests/s are the ceiling for Parley's GET /v1/account on this machine.
 */
async function serveFloor(): Promise<void> {
  const accountId = process.env.FLOOR_ACCOUNT_ID!;
  const scope = { accountId, mode: 'test' as const };
  const pool = new pg.Pool({ connectionString: process.env.FLOOR_DATABASE_URL, max: 10 });
  const redis = new Redis(process.env.FLOOR_REDIS_URL!);
  const app = new Koa();
  app.use(async (ctx) => {
    const [[, generation], [, count]] = (await redis.pipeline().get(`floor:credentials:${accountId}`).incr('floor:rl').pexpire('floor:rl', 60_000).exec()) as [[null, string | null], [null, number]];
    if (generation !== null || count < 0) throw new Error('the floor server expects no revocations');
    const client = await pool.connect();
    try {
      await client.query(tenantBeginStatement(scope));
      const { rows } = await client.query('select * from accounts where id = $1', [accountId]);
      await client.query('commit');
      const row = rows[0] as { id: string; name: string; status: string; created_at: Date };
      ctx.body = { object: 'account', id: row.id, name: row.name, status: row.status, created_at: row.created_at.toISOString(), mode: 'test' };
    } finally {
      client.release();
    }
  });
  const server = http.createServer(app.callback()).listen(0, '127.0.0.1', () => {
    console.log(JSON.stringify({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
  });
  process.once('SIGTERM', () => server.close(() => void Promise.all([pool.end(), redis.quit()]).then(() => process.exit(0))));
}
