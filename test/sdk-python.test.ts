// The Python SDK (sdks/python) against a real Parley (API and worker in one process, on a database of its own,
// real Redis) with the fault proxy in front of it: each module of sdks/python/tests runs under the machine's
// python3 (`python3 -m unittest discover -s sdks/python/tests -p <module>`), told where Parley and the proxy are
// by PARLEY_TEST_BASE_URL, PARLEY_TEST_PROXY_URL and PARLEY_TEST_PROXY_CONTROL_URL. Python's own output is
// forwarded, so a failure reads as unittest reports it. PARLEY_TEST_PYTHON names another interpreter to run them
// with, such as a Python 3.9 to prove the oldest version the package supports.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startFaultProxy, type FaultProxy } from './helpers/fault-proxy.js';
import { runProcess, startSdkTestServer, type ProcessResult, type SdkTestServer } from './helpers/sdk-server.js';
import type { TestServer } from './helpers/server.js';

const root = path.resolve(import.meta.dirname, '..');
const python = process.env.PARLEY_TEST_PYTHON || 'python3';
const testsFolder = path.join(root, 'sdks/python/tests');
const modules = readdirSync(testsFolder)
  .filter((file) => /^test_.*\.py$/.test(file))
  .sort();

function runPython(module: string, env: Record<string, string>): Promise<ProcessResult> {
  return runCommand(['-m', 'unittest', 'discover', '-s', 'sdks/python/tests', '-p', module, '-v'], env);
}

function runCommand(args: string[], env: Record<string, string>): Promise<ProcessResult> {
  // The SDK's settings come from the test's own environment only, never from the shell's.
  const { PARLEY_API_KEY: _key, PARLEY_BASE_URL: _url, PARLEY_WEBHOOK_SECRET: _secret, ...inherited } = process.env;
  return runProcess(python, args, {
    cwd: root,
    env: { ...inherited, PYTHONPATH: path.join(root, 'sdks/python'), PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1', ...env },
  });
}

describe('Python SDK against a running Parley', () => {
  let parleyUnderTest: SdkTestServer;
  let server: TestServer;
  let proxy: FaultProxy;

  before(async () => {
    parleyUnderTest = await startSdkTestServer();
    server = parleyUnderTest.server;
    proxy = await startFaultProxy(server.url);
  });
  after(async () => {
    await proxy?.close();
    await parleyUnderTest?.stop();
  });

  test(`every Python file of the SDK compiles under ${python}`, async () => {
    // compile() only: no bytecode is written into the tree.
    const check = 'import pathlib, sys\nfor p in sorted(pathlib.Path(sys.argv[1]).rglob("*.py")): compile(p.read_bytes(), str(p), "exec")';
    const { code, output } = await runCommand(['-c', check, path.join(root, 'sdks/python')], {});
    assert.equal(code, 0, output);
  });

  test('has a test module for each part of the SDK', () => {
    assert.ok(modules.length >= 5, `found ${modules.join(', ')}`);
  });

  for (const module of modules) {
    test(`${path.basename(python)} -m unittest ${module}`, async () => {
      proxy.reset();
      const { code, output } = await runPython(module, {
        PARLEY_TEST_BASE_URL: server.url,
        PARLEY_TEST_PROXY_URL: proxy.url,
        PARLEY_TEST_PROXY_CONTROL_URL: proxy.controlUrl,
      });
      console.log(output);
      assert.equal(code, 0, `${module} failed:\n${output}`);
    });
  }
});
