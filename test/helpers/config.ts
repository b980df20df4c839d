import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../../server/config.js';

/** Runs loadConfig and returns the ConfigError it throws, failing the test if it does not throw one. */
export function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
    return error;
  }
  assert.fail(`loadConfig(${JSON.stringify(env)}) accepted an invalid configuration`);
}
