// `npm test`: static checks (generated types fresh, the OpenAPI linter, typecheck, lint), then every test file
// under node's test runner against the machine's real PostgreSQL and Redis, in a database created for this run only.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import knexFactory from 'knex';
import { migrateLatest } from '../server/platform/db/migrate.js';

const root = path.resolve(import.meta.dirname, '..');
const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
const database = `parley_test_${runId}`;
const only = process.argv.slice(2);

function step(name: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

// Redocly CLI reports usage and looks for updates over the network unless told not to; the linter runs offline.
const OFFLINE_REDOCLY = { REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };

const failedChecks: string[] = [];
if (only.length === 0) {
  if (!step('generated types are fresh', 'node', ['--import', 'tsx', 'openapi/generate.ts', '--check'])) failedChecks.push('generated types');
  if (!step('generated SDKs are fresh', 'node', ['--import', 'tsx', 'sdks/codegen/main.ts', '--check'])) failedChecks.push('generated SDKs');
  if (!step('the OpenAPI document passes the linter', 'npx', ['redocly', 'lint', 'openapi/openapi.yaml'], OFFLINE_REDOCLY)) failedChecks.push('OpenAPI lint');
  if (!step('typecheck', 'npx', ['tsc', '-p', '.'])) failedChecks.push('typecheck');
  if (!step('typecheck the console', 'npx', ['tsc', '-p', 'console'])) failedChecks.push('console typecheck');
  if (!step('typecheck the TypeScript SDK', 'npx', ['tsc', '-p', 'sdks/typescript', '--noEmit'])) failedChecks.push('TypeScript SDK typecheck');
  if (!step('typecheck the Python SDK (pyright, as Python 3.9)', 'npx', ['pyright', '-p', 'sdks/python'])) failedChecks.push('Python SDK typecheck');
  if (!step('lint', 'npx', ['eslint', '.'])) failedChecks.push('lint');
}

const testUrl = new URL(adminUrl);
testUrl.pathname = `/${database}`;
const admin = knexFactory({ client: 'pg', connection: adminUrl });
await admin.raw(`create database ${database}`);
const migrator = knexFactory({ client: 'pg', connection: testUrl.toString() });
await migrateLatest(migrator);
await migrator.destroy();

const files =
  only.length > 0
    ? only
    : readdirSync(path.join(root, 'test'), { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.test.ts'))
        .map((file) => path.join('test', file))
        .sort();

console.log(`\n▶ tests (${files.length} files, database ${database})`);
const run = spawnSync(
  'node',
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', '--test-timeout=120000', ...files],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      PARLEY_TEST_DATABASE_URL: testUrl.toString(),
      PARLEY_TEST_POSTGRES_URL: adminUrl,
      PARLEY_TEST_REDIS_URL: redisUrl,
      PARLEY_TEST_REDIS_PREFIX: `parley-test:${runId}:`,
      // Processes the tests start reach no outside service (a test that checks the refresh serves its own page).
      WHATSAPP_WEB_VERSION_REFRESH: 'false',
    },
  },
);

await admin.raw(`drop database if exists ${database} with (force)`).catch((error: unknown) => console.error(error));
await admin.destroy();
const redis = new Redis(redisUrl);
const keys = await redis.keys(`parley-test:${runId}:*`);
if (keys.length > 0) await redis.del(...keys);
await redis.quit();

if (failedChecks.length > 0) console.error(`\nstatic checks failed: ${failedChecks.join(', ')}`);
process.exit(run.status === 0 && failedChecks.length === 0 ? 0 : 1);
