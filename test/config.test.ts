import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, test } from 'node:test';
import { loadConfig } from '../server/config.js';
import { configError } from './helpers/config.js';

const root = path.resolve(import.meta.dirname, '..');

describe('loadConfig', () => {
  test('starts with the documented defaults on an empty environment', () => {
    const config = loadConfig({});
    assert.equal(config.PORT, 8080);
    assert.equal(config.PARLEY_ROLE, 'all');
    assert.ok(path.isAbsolute(config.dataDir), `dataDir ${config.dataDir} should be absolute`);
    assert.equal(config.dataDir, path.resolve(process.cwd(), '.parley'));
    assert.equal(config.DATABASE_URL, undefined);
    assert.equal(config.REDIS_URL, undefined);
  });

  test('Stripe billing is off without STRIPE_SECRET_KEY, needs STRIPE_WEBHOOK_SECRET with it, and never shows the key back', () => {
    assert.equal(loadConfig({}).billing, undefined);
    const missing = configError({ STRIPE_SECRET_KEY: 'sk_live_abcdef123456' });
    assert.match(missing.message, /STRIPE_WEBHOOK_SECRET is required/);
    const bad = configError({ STRIPE_SECRET_KEY: 'pk_live_notasecretkey', STRIPE_WEBHOOK_SECRET: 'whsec_abc' });
    assert.match(bad.message, /STRIPE_SECRET_KEY: must be a Stripe secret key/);
    assert.ok(!bad.message.includes('pk_live_notasecretkey'), 'a key is never printed');
    const on = loadConfig({ STRIPE_SECRET_KEY: 'sk_test_abc123', STRIPE_WEBHOOK_SECRET: 'whsec_abc', STRIPE_API_BASE: 'http://127.0.0.1:12111', PUBLIC_URL: 'https://parley.example.com/' });
    assert.deepEqual(on.billing?.api, { host: '127.0.0.1', port: 12111, protocol: 'http' });
    assert.equal(on.billing?.successUrl, 'https://parley.example.com/console/billing?checkout=success');
    assert.equal(on.billing?.graceDays, 7);
    assert.equal(on.billing?.meterEventName, 'parley_messages');
  });

  test('treats an empty variable as unset, so `PORT=` still means the default port', () => {
    assert.equal(loadConfig({ PORT: '' }).PORT, 8080);
  });

  test('refuses a PORT that is not a number, naming PORT and what it must be', () => {
    const error = configError({ PORT: 'abc' });
    assert.match(error.message, /PORT/);
    assert.match(error.message, /must be a whole number/);
    assert.match(error.message, /"abc"/, 'a non-secret value is shown back to help spot the typo');
  });

  test('refuses a PORT above 65535, naming PORT', () => {
    const error = configError({ PORT: '70000' });
    assert.match(error.message, /PORT/);
    assert.match(error.message, /must be/);
  });

  test('tells the operator the allowed range when PORT is out of range', () => {
    const error = configError({ PORT: '70000' });
    assert.match(error.message, /65535/);
  });

  test('requires ENCRYPTION_KEY when DATABASE_URL is set and says how to generate one', () => {
    const error = configError({ DATABASE_URL: 'postgres://parley:pw@127.0.0.1:5432/parley' });
    assert.match(error.message, /ENCRYPTION_KEY/);
    assert.match(error.message, /DATABASE_URL/);
    assert.ok(error.message.includes('openssl rand -base64 32'), error.message);
  });

  test('accepts DATABASE_URL with a well-formed ENCRYPTION_KEY', () => {
    const key = Buffer.alloc(32, 1).toString('base64');
    const config = loadConfig({ DATABASE_URL: 'postgres://parley:pw@127.0.0.1:5432/parley', ENCRYPTION_KEY: key });
    assert.equal(config.ENCRYPTION_KEY, key);
  });

  test('refuses a malformed ENCRYPTION_KEY without echoing the secret value', () => {
    const secret = 'hunter2-Sup3rSecret-not-base64';
    const error = configError({ ENCRYPTION_KEY: secret });
    assert.match(error.message, /ENCRYPTION_KEY/);
    assert.ok(error.message.includes('openssl rand -base64 32'), error.message);
    assert.ok(!error.message.includes(secret), `the message leaks the key: ${error.message}`);
    assert.ok(!error.message.includes('hunter2'), `the message leaks part of the key: ${error.message}`);
  });

  test('refuses a key of the right alphabet but the wrong length (not 32 bytes)', () => {
    const error = configError({ ENCRYPTION_KEY: Buffer.alloc(16, 1).toString('base64') });
    assert.match(error.message, /ENCRYPTION_KEY/);
  });

  test('lets test-mode webhooks reach this machine by default only on the embedded database', () => {
    const key = Buffer.alloc(32, 1).toString('base64');
    const external = { DATABASE_URL: 'postgres://parley:pw@127.0.0.1:5432/parley', ENCRYPTION_KEY: key };
    assert.equal(loadConfig({}).webhookLoopbackInTestMode, true);
    assert.equal(loadConfig(external).webhookLoopbackInTestMode, false);
    assert.equal(loadConfig({ ...external, WEBHOOK_ALLOW_LOOPBACK_IN_TEST_MODE: 'true' }).webhookLoopbackInTestMode, true);
    assert.equal(loadConfig({ WEBHOOK_ALLOW_LOOPBACK_IN_TEST_MODE: 'false' }).webhookLoopbackInTestMode, false);
  });

  test('refuses a short METRICS_TOKEN, says how to make one, and never echoes it', () => {
    const token = 'metrics-Sup3rSecret';
    const error = configError({ METRICS_TOKEN: token });
    assert.match(error.message, /METRICS_TOKEN: must be at least 32 characters/);
    assert.ok(error.message.includes('openssl rand -hex 32'), error.message);
    assert.ok(!error.message.includes(token), `the message leaks the token: ${error.message}`);
  });

  test('refuses an api or worker role without REDIS_URL, saying why', () => {
    for (const role of ['api', 'worker']) {
      const error = configError({ PARLEY_ROLE: role });
      assert.match(error.message, /REDIS_URL/);
      assert.match(error.message, /PARLEY_ROLE=all/);
    }
  });

  test('refuses an unknown PARLEY_ROLE and lists the valid roles', () => {
    const error = configError({ PARLEY_ROLE: 'bogus' });
    assert.match(error.message, /PARLEY_ROLE/);
    for (const role of ['all', 'api', 'worker']) assert.ok(error.message.includes(role), error.message);
  });

  test('reports every invalid variable at once, not only the first', () => {
    const error = configError({ PORT: 'abc', PARLEY_ROLE: 'bogus' });
    assert.match(error.message, /PORT/);
    assert.match(error.message, /PARLEY_ROLE/);
  });
});

describe('server/main.ts', () => {
  test('exits with code 1 and prints the configuration error to stderr when PORT is invalid', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: root,
      env: { ...process.env, PORT: 'abc' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    try {
      const [code, signal] = (await new Promise((resolve) => child.once('exit', (...args) => resolve(args)))) as [number | null, string | null];
      assert.equal(signal, null, `main.ts was killed (${signal}); stderr: ${stderr}`);
      assert.equal(code, 1, `stdout: ${stdout}\nstderr: ${stderr}`);
      assert.match(stderr, /Parley cannot start: invalid configuration/);
      assert.match(stderr, /PORT: must be a whole number/);
      assert.ok(!stderr.includes('    at '), `a configuration error should not print a stack trace:\n${stderr}`);
    } finally {
      clearTimeout(timer);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });
});
