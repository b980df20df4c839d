import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../server/config.js';
import { createLogger } from '../../server/platform/logger.js';
import { startParley, type Parley } from '../../server/runtime.js';
import { Client } from './client.js';

/** A fixed key for tests only; production keys come from the environment or the embedded data directory. */
export const TEST_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString('base64');

export function testEnv(): { databaseUrl: string; postgresUrl: string; redisUrl: string; redisPrefix: string } {
  const databaseUrl = process.env.PARLEY_TEST_DATABASE_URL;
  if (!databaseUrl) throw new Error('run tests through `npm test`, which creates the test database');
  return {
    databaseUrl,
    postgresUrl: process.env.PARLEY_TEST_POSTGRES_URL ?? '',
    redisUrl: process.env.PARLEY_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    redisPrefix: process.env.PARLEY_TEST_REDIS_PREFIX ?? 'parley-test:',
  };
}

export interface TestServer extends Parley {
  client: Client;
}

/**
 * Starts a real Parley (HTTP on a free port, the run's PostgreSQL, real Redis unless `REDIS_URL: ''`;
 * the `api` role unless `PARLEY_ROLE` says otherwise)
 * with response validation on, so every response in every test is checked against openapi.yaml.
 * Each server gets its own Redis key prefix, so rate-limit budgets never leak between tests.
 */
export async function startTestServer(overrides: Record<string, string> = {}): Promise<TestServer> {
  const env = testEnv();
  const config = loadConfig({
    DATABASE_URL: env.databaseUrl,
    REDIS_URL: env.redisUrl,
    REDIS_KEY_PREFIX: `${env.redisPrefix}${randomBytes(4).toString('hex')}:`,
    ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.PARLEY_TEST_LOG_LEVEL ?? 'silent',
    PARLEY_VALIDATE_RESPONSES: 'true',
    // Tests reach no outside service: the WhatsApp Web version stays the pinned one unless a test serves its own page.
    WHATSAPP_WEB_VERSION_REFRESH: 'false',
    // No worker unless a test asks for one: a worker claims every free connection in its database.
    // (A process on its own, without Redis, must run both roles.)
    PARLEY_ROLE: overrides.REDIS_URL === '' ? 'all' : 'api',
    API_RATE_LIMIT: '100000',
    PUBLIC_RATE_LIMIT: '100000',
    LOGIN_ATTEMPTS_PER_IP: '100000',
    // Suites create many connections, keys, endpoints and messages per account: they start on the largest plan,
    // and the plan tests (test/plans.test.ts) choose theirs.
    PARLEY_DEFAULT_PLAN: 'enterprise',
    // The platform admin's two-factor requirement has its own test (test/two-factor.test.ts).
    ADMIN_REQUIRE_TWO_FACTOR: 'false',
    ...overrides,
  });
  const parley = await startParley(config, { logger: createLogger(config.LOG_LEVEL) });
  return { ...parley, client: new Client(parley.url) };
}
