// Every ```ts run block of sdks/typescript/README.md and of the main README.md runs as written against a real Parley (API and worker, on a
// database of its own), each in its own Node process with PARLEY_API_KEY and PARLEY_BASE_URL set, as a reader
// would run it. The one change made to a block: `'@parley/sdk'` resolves to the SDK's source instead of an
// installed package.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { signUpWithSdk } from './helpers/sdk-typescript.js';
import { runProcess, startSdkTestServer, type SdkTestServer } from './helpers/sdk-server.js';
import type { TestServer } from './helpers/server.js';

const root = path.resolve(import.meta.dirname, '..');
async function snippetsOf(file: string) {
  const readme = await readFile(path.join(root, file), 'utf8');
  return [...readme.matchAll(/^```ts run\n([\s\S]*?)^```$/gm)].map((match, index) => {
    const heading = [...readme.slice(0, match.index).matchAll(/^##+ (.+)$/gm)].at(-1)?.[1] ?? 'top';
    return { name: `${file}: ${heading} (block ${index + 1})`, code: match[1]! };
  });
}
const sdkBlocks = await snippetsOf('sdks/typescript/README.md');
const blocks = [...sdkBlocks, ...(await snippetsOf('README.md'))];
const sdkEntry = pathToFileURL(path.join(root, 'sdks/typescript/src/index.ts')).href;

const run = (file: string, env: Record<string, string>) =>
  runProcess(process.execPath, ['--import', 'tsx', file], { cwd: root, env: { ...process.env, ...env } });

describe('the TypeScript snippets of the READMEs', () => {
  let parleyUnderTest: SdkTestServer;
  let server: TestServer;
  let folder: string;
  let key: string;

  before(async () => {
    parleyUnderTest = await startSdkTestServer();
    server = parleyUnderTest.server;
    folder = await mkdtemp(path.join(tmpdir(), 'parley-readme-'));
    key = (await signUpWithSdk(server.url)).signup.api_key.secret;
  });
  after(async () => {
    await parleyUnderTest?.stop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  test('has runnable snippets for each section', () => {
    assert.ok(sdkBlocks.length >= 8, `found ${sdkBlocks.length} blocks in the SDK's README`);
    assert.ok(blocks.length > sdkBlocks.length, 'the main README shows the SDK too');
  });

  for (const [index, block] of blocks.entries()) {
    test(`the snippet under "${block.name}" runs`, async () => {
      const file = path.join(folder, `snippet-${index + 1}.mts`);
      await writeFile(file, block.code.replaceAll("'@parley/sdk'", `'${sdkEntry}'`));
      const { code, output } = await run(file, { PARLEY_API_KEY: key, PARLEY_BASE_URL: server.url });
      assert.equal(code, 0, `${block.name} failed:\n${output}`);
    });
  }
});
