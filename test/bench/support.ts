// Helpers shared by the benchmark scripts in this folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { createInterface } from 'node:readline';
import { Redis } from 'ioredis';
import knexFactory, { type Knex } from 'knex';

/** Resident and peak resident memory of a process, in bytes, from /proc/<pid>/status (Linux only). */
export function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status)?.[1] ?? Number.NaN) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

interface ProcessStat {
  pid: number;
  parent: number;
  name: string;
  /** CPU seconds (user + system) it has used. */
  cpu: number;
  /** CPU seconds of its children that have exited and been waited for (PostgreSQL's backends, in the postmaster's). */
  reaped: number;
}

/** One process's line of /proc/<pid>/stat (Linux; clock ticks of 1/100 s); undefined once it has exited. */
function statOf(pid: number): ProcessStat | undefined {
  try {
    const line = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = line.slice(line.lastIndexOf(') ') + 2).split(' ');
    return { pid, parent: Number(fields[1]), name: line.slice(line.indexOf('(') + 1, line.lastIndexOf(')')), cpu: (Number(fields[11]) + Number(fields[12])) / 100, reaped: (Number(fields[13]) + Number(fields[14])) / 100 };
  } catch {
    return undefined;
  }
}

/** Every process on this machine, each read once. */
function processes(): ProcessStat[] {
  return readdirSync('/proc').flatMap((entry) => (/^\d+$/.test(entry) ? (statOf(Number(entry)) ?? []) : []));
}

/** CPU seconds (user + system) a process has used; 0 once it has exited. */
export function cpuSecondsOf(pid: number): number {
  return statOf(pid)?.cpu ?? 0;
}

/** CPU seconds of a process and every process under it (a supervisor and the API processes it started). */
export function treeCpuSeconds(pid: number): number {
  const all = processes();
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const proc of all) {
      if (!tree.has(proc.parent) || tree.has(proc.pid)) continue;
      tree.add(proc.pid);
      grew = true;
    }
  }
  return all.filter((proc) => tree.has(proc.pid)).reduce((total, proc) => total + proc.cpu, 0);
}

/**
 * CPU seconds used by PostgreSQL on this machine (the server the benchmarks use runs here): its live processes,
 * and the backends that have exited (counted in the postmaster's reaped time), so a connection that closes during
 * a measurement does not take its CPU out of the figure. Other work on the same server is counted too.
 */
export function postgresCpuSeconds(): number {
  return processes()
    .filter((proc) => proc.name === 'postgres')
    .reduce((total, proc) => total + proc.cpu + proc.reaped, 0);
}

/** CPU used per request by the server (with the processes it started) and by PostgreSQL while `work` ran, and the machine's load then. */
export async function cpuPerRequest<T extends { requests: number }>(pid: number, work: () => Promise<T>): Promise<T & { serverUs: number; postgresUs: number; load: string }> {
  const server = treeCpuSeconds(pid);
  const postgres = postgresCpuSeconds();
  const result = await work();
  const per = (seconds: number) => (result.requests > 0 ? (seconds * 1e6) / result.requests : Number.NaN);
  return {
    ...result,
    serverUs: per(treeCpuSeconds(pid) - server),
    postgresUs: per(postgresCpuSeconds() - postgres),
    load: os.loadavg().map((value) => value.toFixed(2)).join(' '),
  };
}

export const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Nearest-rank percentile of already sorted values. */
export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;

export const pct = (value: number) => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)} %`;

/**
 * Sends a minute over the `seconds` from the first of `times` (sorted, in ms): the sends after the first, over
 * the time from the first to the last; undefined with fewer than two sends in the window.
 */
export function achievedRate(times: number[], seconds: number): { perMinute: number; window: number[] } | undefined {
  const first = times[0];
  const window = first === undefined ? [] : times.filter((t) => t - first <= seconds * 1000);
  if (window.length < 2) return undefined;
  return { perMinute: ((window.length - 1) / (window.at(-1)! - window[0]!)) * 60_000, window };
}

/** Relative errors (achieved / configured - 1): the worst, the mean size, and how many are within ±goal. */
export function errorSummary(errors: number[], goal: number): { worst: number; mean: number; within: number } {
  return {
    worst: errors.reduce((max, e) => (Math.abs(e) > Math.abs(max) ? e : max), 0),
    mean: errors.reduce((sum, e) => sum + Math.abs(e), 0) / Math.max(1, errors.length),
    within: errors.filter((e) => Math.abs(e) <= goal).length,
  };
}

/** Ends a failed run with what the started servers logged, then the error. */
export function reportFailure(error: unknown): void {
  for (const child of running) console.error(`--- ${child.name} ---\n${child.log.join('\n')}`);
  console.error(error);
  process.exitCode = 1;
}

/** Runs `work` over `items`, at most `concurrency` at once. */
export async function inPool<T, R>(items: T[], concurrency: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  });
  await Promise.all(lanes);
  return results;
}

/** SIGTERM, then SIGKILL after 30 s: a graceful stop hands every lease back, but must not stall a run for ever. */
export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}

export interface ServerChild {
  name: string;
  child: ChildProcess;
  url: string;
  /** Its last lines, to explain a failure. */
  log: string[];
}

/** The serve.ts children still running, so that a failed run can show their last lines and stop them. */
export const running = new Set<ServerChild>();

/** Starts serve.ts in `mode`; resolves once it prints its URL (a worker has claimed its connections by then). */
export function serve(name: string, mode: 'bare' | 'parley', env: Record<string, string> = {}): Promise<ServerChild> {
  // BENCH_NODE_ARGS adds flags to the servers, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to see where time goes.
  const extra = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn('node', [...extra, '--import', 'tsx', 'test/bench/serve.ts', mode], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  const remember = (line: string) => {
    log.push(line);
    if (log.length > 30) log.shift();
  };
  createInterface({ input: child.stderr! }).on('line', remember);
  const lines = createInterface({ input: child.stdout! });
  return new Promise((resolve, reject) => {
    lines.on('line', (line) => {
      if (!line.startsWith('{"url"')) return remember(line);
      const started = { name, child, url: (JSON.parse(line) as { url: string }).url, log };
      running.add(started);
      resolve(started);
    });
    lines.once('close', () => reject(new Error(`${name} did not start:\n${log.join('\n')}`)));
  });
}

export async function shutDown(started: ServerChild): Promise<void> {
  running.delete(started);
  await stop(started.child);
}

export interface BenchStore {
  /** A small pool on the run's scratch database. */
  db: Knex;
  /** The environment every Parley process of the run shares: this store, one encryption key, a free port. */
  parleyEnv: Record<string, string>;
  /** Drops the database and deletes the run's Redis keys. */
  remove(): Promise<void>;
}

/** A scratch database and Redis prefix for one benchmark run, removed by `remove()`. */
export async function createBenchStore(postgresUrl: string, redisUrl: string): Promise<BenchStore> {
  const database = `parley_bench_${randomBytes(4).toString('hex')}`;
  const redisPrefix = `parley-bench:${database}:`;
  const admin = knexFactory({ client: 'pg', connection: postgresUrl });
  await admin.raw(`create database ${database}`);
  const url = new URL(postgresUrl);
  url.pathname = `/${database}`;
  const db = knexFactory({ client: 'pg', connection: url.toString(), pool: { min: 0, max: 2 } });
  return {
    db,
    parleyEnv: {
      DATABASE_URL: url.toString(),
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: redisPrefix,
      ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      // Benchmarks load one account far past a small plan's limits.
      PARLEY_DEFAULT_PLAN: 'enterprise',
    },
    async remove() {
      await db.destroy();
      await admin.raw(`drop database if exists ${database} with (force)`);
      await admin.destroy();
      const redis = new Redis(redisUrl);
      const keys = await redis.keys(`${redisPrefix}*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    },
  };
}
