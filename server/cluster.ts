// PARLEY_API_PROCESSES=N: one machine's cores serving the API. The primary process only supervises: it forks N
// API processes that share PORT (node:cluster hands each new client connection to one of them in turn) and, for
// PARLEY_ROLE=all, one worker process; it replaces a process that dies, answers /metrics for all of them, and
// stops them all on SIGTERM or SIGINT. The processes share state the way separate nodes do: PostgreSQL, and
// Redis for rate limits, credential checks and events.
import cluster, { type Worker } from 'node:cluster';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { AggregatorRegistry, type Registry } from 'prom-client';
import type { Config } from './config.js';
import type { Logger } from './platform/logger.js';
import { checkListenAddress } from './platform/net.js';

type Role = 'api' | 'worker';

/** A process that dies within this of its start is restarted after a growing pause, so a broken start does not spin. */
const QUICK_DEATH_MS = 10_000;
const MAX_RESTART_PAUSE_MS = 30_000;

interface MetricsRequest {
  type: 'parley:metrics';
  id: string;
}
interface MetricsReply {
  type: 'parley:metrics-reply';
  id: string;
  text?: string;
  error?: string;
}

export async function superviseProcesses(config: Config, logger: Logger): Promise<void> {
  const roles: Role[] = [...Array.from({ length: config.PARLEY_API_PROCESSES }, () => 'api' as const), ...(config.PARLEY_ROLE === 'all' ? ['worker' as const] : [])];
  const aggregator = new AggregatorRegistry();
  const roleOf = new Map<Worker, Role>();
  let stopping = false;

  const fork = (role: Role, failures = 0) => {
    // The worker process listens too (health, metrics, docs), on a port of its own so it never takes API traffic.
    // Each is one process of its role (PARLEY_API_PROCESSES=1 in it: it supervises nothing).
    const child = cluster.fork({ PARLEY_ROLE: role, PARLEY_API_PROCESSES: '1', ...(role === 'worker' && { PORT: '0', HOST: '127.0.0.1' }) });
    const started = Date.now();
    roleOf.set(child, role);
    child.on('message', (message: MetricsRequest) => {
      if (message?.type !== 'parley:metrics') return;
      aggregator.clusterMetrics().then(
        (text) => child.send({ type: 'parley:metrics-reply', id: message.id, text } satisfies MetricsReply),
        (error: unknown) => child.send({ type: 'parley:metrics-reply', id: message.id, error: String(error) } satisfies MetricsReply),
      );
    });
    child.once('exit', (code, signal) => {
      roleOf.delete(child);
      if (stopping) return;
      const quick = Date.now() - started < QUICK_DEATH_MS;
      const pause = quick ? Math.min(MAX_RESTART_PAUSE_MS, 500 * 2 ** failures) : 0;
      logger.error({ process: child.process.pid, role, code, signal, restart_in_ms: pause }, 'a Parley process exited; starting another');
      setTimeout(() => !stopping && fork(role, quick ? failures + 1 : 0), pause).unref();
    });
  };

  // A port in use is one sentence here, not every process failing to start over and over.
  await checkListenAddress(config.PORT, config.HOST);
  logger.info({ api_processes: config.PARLEY_API_PROCESSES, worker: config.PARLEY_ROLE === 'all' }, 'starting Parley processes');
  for (const role of roles) fork(role);

  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'signal received: stopping every Parley process');
      for (const child of roleOf.keys()) child.process.kill('SIGTERM');
      const wait = async () => {
        while (roleOf.size > 0) await sleep(50);
      };
      void wait().then(resolve);
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}

/** In an API or worker process under the supervisor: lets it gather this process's metrics. */
export function joinClusterMetrics(registry: Registry): void {
  if (!cluster.isWorker) return;
  // Constructing one is what makes prom-client answer the supervisor's requests in this process.
  new AggregatorRegistry();
  AggregatorRegistry.setRegistries([registry]);
}

/** GET /metrics under the supervisor answers for every process (the supervisor gathers them); otherwise undefined. */
export function clusterMetrics(timeoutMs = 5_000): Promise<string> | undefined {
  if (!cluster.isWorker || !process.send) return undefined;
  const id = randomUUID();
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => done(new Error('the other Parley processes did not report their metrics in time')), timeoutMs);
    const onMessage = (message: MetricsReply) => {
      if (message?.type !== 'parley:metrics-reply' || message.id !== id) return;
      done(message.error === undefined ? undefined : new Error(message.error), message.text);
    };
    function done(error: Error | undefined, text?: string) {
      clearTimeout(timer);
      process.off('message', onMessage);
      if (error) reject(error);
      else resolve(text ?? '');
    }
    process.on('message', onMessage);
    process.send!({ type: 'parley:metrics', id } satisfies MetricsRequest);
  });
}
