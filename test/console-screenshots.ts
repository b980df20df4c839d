// `npm run screenshots:console`: runs the console's browser tests (which save every page at desktop and phone
// width in test/.artifacts/console/) and copies the few the README shows into docs/console/, so the committed
// images are always the console as it is.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const shots = path.join(root, 'test/.artifacts/console');
const docs = path.join(root, 'docs/console');
/** The screenshot a test saved, and the name the README links. */
const SHOWN: Array<[string, string]> = [
  ['06-connection-qr-desktop.png', 'connection-qr.png'],
  ['08-overview-desktop.png', 'overview.png'],
  ['30-inbox-desktop.png', 'inbox.png'],
  ['12-webhooks-desktop.png', 'webhooks.png'],
];

const run = spawnSync('node', ['--import', 'tsx', 'test/run.ts', 'test/console.test.ts', 'test/console-inbox.test.ts'], { cwd: root, stdio: 'inherit' });
if (run.status !== 0) {
  console.error('the console tests failed: the README screenshots were not changed');
  process.exit(1);
}
mkdirSync(docs, { recursive: true });
for (const [from, to] of SHOWN) {
  const source = path.join(shots, from);
  if (!existsSync(source)) {
    console.error(`no screenshot ${from}: did a test rename it? (SHOWN in test/console-screenshots.ts lists what the README uses)`);
    process.exit(1);
  }
  copyFileSync(source, path.join(docs, to));
  console.log(`docs/console/${to} ← ${path.relative(root, source)}`);
}
