// A real HTTP server standing in for a customer's webhook endpoint: it records every request and answers as
// the test tells it to, per path.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  path: string;
  headers: Record<string, string>;
  body: string;
  receivedAt: number;
}

/** What to answer: a status (and optional headers and body), or `hang` to never answer. */
export type Answer = { status: number; headers?: Record<string, string>; body?: string } | 'hang';

export interface WebhookReceiver {
  url(path: string): string;
  received: ReceivedWebhook[];
  on(path: string): ReceivedWebhook[];
  /** Sets the answer for a path (default 200 "ok"). */
  answer(path: string, answer: Answer | ((request: ReceivedWebhook) => Answer)): void;
  /** Resolves once `count` requests arrived at the path. */
  waitFor(path: string, count: number, timeoutMs?: number): Promise<ReceivedWebhook[]>;
  /** Answers every hanging request with `answer` and stops hanging new ones. */
  release(answer?: Answer): void;
  close(): Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const answers = new Map<string, Answer | ((request: ReceivedWebhook) => Answer)>();
  const hanging = new Set<http.ServerResponse>();
  const waiters = new Set<() => void>();
  const respond = (response: http.ServerResponse, answer: Exclude<Answer, 'hang'>) => {
    response.writeHead(answer.status, { 'content-type': 'text/plain', ...answer.headers });
    response.end(answer.body ?? (answer.status < 300 ? 'ok' : 'no'));
  };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers[name] = value;
      const path = request.url ?? '/';
      const webhook = { path, headers, body: Buffer.concat(chunks).toString('utf8'), receivedAt: Date.now() };
      received.push(webhook);
      for (const wake of waiters) wake();
      const configured = answers.get(path) ?? { status: 200 };
      const answer = typeof configured === 'function' ? configured(webhook) : configured;
      if (answer === 'hang') {
        hanging.add(response);
        response.on('close', () => hanging.delete(response));
      } else respond(response, answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const on = (path: string) => received.filter((webhook) => webhook.path === path);
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    received,
    on,
    answer: (path, answer) => answers.set(path, answer),
    waitFor(path, count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const got = on(path);
          if (got.length < count) return;
          cleanup();
          resolve(got);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`${path} received ${on(path).length} of ${count} webhooks within ${timeoutMs} ms`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    release(answer = { status: 200 }) {
      for (const [path, configured] of answers) if (configured === 'hang') answers.set(path, answer);
      for (const response of hanging) if (answer !== 'hang') respond(response, answer);
      hanging.clear();
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
