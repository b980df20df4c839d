/**
 * Builds the web console (console/) into console/dist with Vite, once per change of its sources: `npm start`
 * calls `ensureConsoleBuilt()`, which compares a hash of everything the bundle is made from with the one the
 * last build recorded, so a fresh checkout builds at its first start and later starts cost one hash.
 * `node --import tsx server/console/build.ts` builds it ahead of time (for an image without the sources).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const CONSOLE_DIR = path.join(root, 'console');
export const CONSOLE_DIST = path.join(CONSOLE_DIR, 'dist');
const SDK_SOURCES = path.join(root, 'sdks/typescript/src');
const HASH_FILE = '.source-hash';

/** What the bundle is made of: the console's own files, the SDK it calls through, and the locked dependencies. */
function sourceFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'dist' || entry.name.startsWith('.build-') ? [] : walk(full);
      return [full];
    });
  return [...walk(CONSOLE_DIR), ...walk(SDK_SOURCES), path.join(root, 'package-lock.json'), fileURLToPath(import.meta.url)].sort();
}

export function consoleSourceHash(): string {
  const hash = createHash('sha256');
  for (const file of sourceFiles()) {
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** The console's build settings; `outDir` is where this build writes. */
export function viteConfig(outDir: string) {
  return {
    configFile: false as const,
    root: CONSOLE_DIR,
    base: '/console/',
    logLevel: 'warn' as const,
    // Preact's JSX through Vite's own esbuild: no plugin needed.
    esbuild: { jsx: 'automatic' as const, jsxImportSource: 'preact' },
    resolve: { alias: { '@parley/sdk': path.join(SDK_SOURCES, 'index.ts') } },
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false, reportCompressedSize: false },
  };
}

export type ConsoleBuild = { built: boolean; hash: string; ms: number };

/**
 * Builds the console unless console/dist already holds the build of these sources. Without the sources (an
 * image that copied only console/dist) the existing build is served as it is. Two processes building at once
 * each write their own folder and the first rename wins; both builds are the same.
 */
export async function ensureConsoleBuilt(options: { force?: boolean; log?: (message: string) => void } = {}): Promise<ConsoleBuild> {
  const started = Date.now();
  if (!existsSync(path.join(CONSOLE_DIR, 'index.html'))) return { built: false, hash: '', ms: 0 };
  const hash = consoleSourceHash();
  const recorded = await readFile(path.join(CONSOLE_DIST, HASH_FILE), 'utf8').catch(() => '');
  if (!options.force && recorded.trim() === hash && existsSync(path.join(CONSOLE_DIST, 'index.html'))) {
    return { built: false, hash, ms: Date.now() - started };
  }
  options.log?.('building the web console (its sources changed since the last build)');
  const { build } = await import('vite').catch((error: unknown) => {
    throw new Error(`The console's sources changed and Vite is not installed to build them (npm ci installs it): ${String(error)}`);
  });
  const staging = path.join(CONSOLE_DIR, `.build-${process.pid}-${Date.now()}`);
  await mkdir(staging, { recursive: true });
  try {
    await build(viteConfig(staging));
    await writeFile(path.join(staging, HASH_FILE), `${hash}\n`);
    await rm(CONSOLE_DIST, { recursive: true, force: true });
    await rename(staging, CONSOLE_DIST).catch((error: NodeJS.ErrnoException) => {
      // Another process put its (identical) build there first.
      if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return { built: true, hash, ms: Date.now() - started };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const result = await ensureConsoleBuilt({ force: process.argv.includes('--force'), log: (message) => process.stdout.write(`${message}\n`) });
  process.stdout.write(`console ${result.built ? 'built' : 'already built'} in ${result.ms} ms into ${path.relative(root, CONSOLE_DIST)}\n`);
}
