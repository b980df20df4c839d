// Helpers shared by the benchmark scripts in this folder.
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import knexFactory, { type Knex } from 'knex';

/** Resident and peak resident memory of a process, in bytes, from /proc/<pid>/status (Linux only). */
export function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status)?.[1] ?? Number.NaN) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

export const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

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
