import { Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { joinClusterMetrics } from '../cluster.js';

export interface Metrics {
  registry: Registry;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  /** Connections this process runs (worker role), by mode. */
  connectionsRunning: Gauge<'mode'>;
  /** Webhook attempts this worker made, by outcome (`succeeded`, `failed`), with their latency. */
  webhookAttempts: Histogram<'outcome'>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'parley_' });
  const httpDuration = new Histogram({
    name: 'parley_http_request_duration_seconds',
    help: 'HTTP request latency by route template and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const connectionsRunning = new Gauge({
    name: 'parley_connections_running',
    help: 'WhatsApp connections this worker process runs (holds the lease of), by mode.',
    labelNames: ['mode'] as const,
    registers: [registry],
  });
  const webhookAttempts = new Histogram({
    name: 'parley_webhook_attempt_duration_seconds',
    help: 'Webhook delivery attempts by outcome (succeeded: a 2xx; failed: anything else), with their latency.',
    labelNames: ['outcome'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15],
    registers: [registry],
  });
  joinClusterMetrics(registry);
  return { registry, httpDuration, connectionsRunning, webhookAttempts };
}
