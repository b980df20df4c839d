// The webhooks benchmark's receiver: one plain node:http server standing in for every endpoint (path /e/<n>),
// answering 200 at once, verifying every signature with svix's Webhook.verify after answering, and recording
// when each delivery arrived. It runs in a child process of its own (the default), driven over IPC, so that
// the benchmark's event inserts and bookkeeping do not delay its answers or its clock readings; or in the
// benchmark's process (BENCH_RECEIVER=inline), to see what sharing a process costs.
import { fork } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Webhook } from 'svix';

/** What arrived since the last take(), as parallel arrays (cheap to send over IPC). */
export interface Receipts {
  webhookIds: string[];
  paths: string[];
  /** Epoch milliseconds, fractional, on this machine's clock. */
  receivedAt: number[];
  verified: number;
  /** Deliveries whose signature did not verify, or to a path without a secret. */
  rejected: number;
}

export interface BenchReceiver {
  url: string;
  /** The secret that signs each path's deliveries. */
  setSecrets(secrets: Record<string, string>): Promise<void>;
  count(): Promise<number>;
  take(): Promise<Receipts>;
  /** The receiver's process: its CPU time is one of the figures. */
  pid: number;
  close(): Promise<void>;
}

// performance.now() is monotonic and finer than Date.now(); anchored at timeOrigin it is wall-clock time,
// comparable with PostgreSQL's clock_timestamp() on the same machine.
const now = () => performance.timeOrigin + performance.now();

async function listen(): Promise<Omit<BenchReceiver, 'pid'>> {
  const webhooks = new Map<string, Webhook>();
  let receipts: Receipts = { webhookIds: [], paths: [], receivedAt: [], verified: 0, rejected: 0 };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const receivedAt = now();
      response.writeHead(200, { 'content-type': 'text/plain', 'content-length': '2' });
      response.end('ok');
      const path = request.url ?? '/';
      const webhookId = String(request.headers['webhook-id']);
      receipts.webhookIds.push(webhookId);
      receipts.paths.push(path);
      receipts.receivedAt.push(receivedAt);
      const webhook = webhooks.get(path);
      try {
        if (!webhook) throw new Error(`no secret for ${path}`);
        webhook.verify(Buffer.concat(chunks).toString('utf8'), request.headers as Record<string, string>);
        receipts.verified += 1;
      } catch {
        receipts.rejected += 1;
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async setSecrets(secrets) {
      for (const [path, secret] of Object.entries(secrets)) webhooks.set(path, new Webhook(secret));
    },
    count: async () => receipts.webhookIds.length,
    async take() {
      const taken = receipts;
      receipts = { webhookIds: [], paths: [], receivedAt: [], verified: 0, rejected: 0 };
      return taken;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

type Request = { op: 'setSecrets'; secrets: Record<string, string> } | { op: 'url' | 'count' | 'take' };

export async function startBenchReceiver(where: 'child' | 'inline'): Promise<BenchReceiver> {
  if (where === 'inline') return { ...(await listen()), pid: process.pid };
  const child = fork(fileURLToPath(import.meta.url), ['serve'], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const pending = new Map<number, (value: unknown) => void>();
  let seq = 0;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => {
    for (const resolve of pending.values()) resolve(Promise.reject(new Error('the webhook receiver exited')));
  });
  child.on('message', (message: { seq: number; result: unknown }) => {
    pending.get(message.seq)?.(message.result);
    pending.delete(message.seq);
  });
  const ask = <T>(request: Request) =>
    new Promise<T>((resolve) => {
      seq += 1;
      pending.set(seq, resolve as (value: unknown) => void);
      child.send({ ...request, seq });
    });
  return {
    url: await ask<string>({ op: 'url' }),
    pid: child.pid!,
    setSecrets: (secrets) => ask<void>({ op: 'setSecrets', secrets }),
    count: () => ask<number>({ op: 'count' }),
    take: () => ask<Receipts>({ op: 'take' }),
    async close() {
      if (child.exitCode === null && child.signalCode === null) child.disconnect();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === 'serve' && process.send) {
  const receiver = await listen();
  // The benchmark going away, however it ends, ends the receiver too.
  process.once('disconnect', () => void receiver.close().then(() => process.exit(0)));
  process.on('message', (request: Request & { seq: number }) => {
    const answer = async (): Promise<unknown> => {
      switch (request.op) {
        case 'url':
          return receiver.url;
        case 'setSecrets':
          return receiver.setSecrets(request.secrets);
        case 'count':
          return receiver.count();
        case 'take':
          return receiver.take();
      }
    };
    void answer().then((result) => process.send!({ seq: request.seq, result }));
  });
}
