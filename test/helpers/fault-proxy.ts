// A real HTTP proxy in front of Parley that injects faults on the requests a test names, so SDK retries are tested
// against what networks and servers really do: a 429 or 503 answered by the proxy, a connection dropped before or
// after Parley handled the request, an answer held past the client's timeout, a body no JSON parser accepts.
// Tests in other languages drive it over HTTP: POST {controlUrl}/faults [fault, ...], GET {controlUrl}/requests,
// POST {controlUrl}/reset.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FaultMatch {
  method?: string;
  /** A path prefix, compared without the query string. */
  path?: string;
}

export type Fault = FaultMatch &
  (
    | { status: number; headers?: Record<string, string>; body?: string }
    /** `before`: the socket is destroyed before Parley sees the request; `after`: once Parley has answered it. */
    | { drop: 'before' | 'after' }
    /** Forwarded, but Parley's answer is held this long before it is passed on. */
    | { delayMs: number }
  );

export interface ProxiedRequest {
  method: string;
  path: string;
  idempotencyKey: string | null;
  /** Milliseconds since the epoch when the request's headers arrived. */
  at: number;
  /** The fault applied to it, if any. */
  fault: Fault | null;
}

export interface FaultProxy {
  url: string;
  controlUrl: string;
  requests: ProxiedRequest[];
  inject(...faults: Fault[]): void;
  reset(): void;
  close(): Promise<void>;
}

const matches = (fault: Fault, method: string, path: string) =>
  (!fault.method || fault.method.toUpperCase() === method) && (!fault.path || path.startsWith(fault.path));

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function readBody(request: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

export async function startFaultProxy(targetUrl: string): Promise<FaultProxy> {
  const target = new URL(targetUrl);
  let faults: Fault[] = [];
  const requests: ProxiedRequest[] = [];
  const held = new Set<NodeJS.Timeout>();

  const takeFault = (method: string, path: string): Fault | null => {
    const index = faults.findIndex((fault) => matches(fault, method, path));
    if (index < 0) return null;
    const [fault] = faults.splice(index, 1);
    return fault ?? null;
  };

  const proxy = http.createServer(async (request, response) => {
    const method = request.method ?? 'GET';
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const idempotencyKey = request.headers['idempotency-key'];
    const fault = takeFault(method, path);
    requests.push({ method, path, idempotencyKey: typeof idempotencyKey === 'string' ? idempotencyKey : null, at: Date.now(), fault });
    const body = await readBody(request);
    if (fault && 'status' in fault) {
      response.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
      response.end(fault.body ?? JSON.stringify({ error: { type: 'api_error', code: 'injected_fault', message: 'Injected by the test proxy.', request_id: 'req_proxy' } }));
      return;
    }
    if (fault && 'drop' in fault && fault.drop === 'before') {
      request.socket.destroy();
      return;
    }
    const upstream = http.request(
      { host: target.hostname, port: target.port, method, path: request.url, headers: { ...request.headers, host: target.host } },
      (answer) => {
        if (fault && 'drop' in fault) {
          // Parley has handled the request; the client never hears of it.
          answer.resume();
          answer.on('end', () => request.socket.destroy());
          return;
        }
        const pass = () => {
          if (response.destroyed) return answer.destroy();
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
        };
        if (fault && 'delayMs' in fault) {
          const timer = setTimeout(() => {
            held.delete(timer);
            pass();
          }, fault.delayMs);
          held.add(timer);
        } else pass();
      },
    );
    upstream.on('error', () => request.socket.destroy());
    // A client that goes away (a stream closed, a timeout) ends the upstream request too.
    response.on('close', () => upstream.destroy());
    upstream.end(body);
  });

  const control = http.createServer(async (request, response) => {
    const body = await readBody(request);
    const reply = (status: number, value: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(value));
    };
    if (request.method === 'POST' && request.url === '/faults') {
      const added = JSON.parse(body.toString('utf8')) as Fault[];
      faults.push(...added);
      return reply(200, { pending: faults.length });
    }
    if (request.method === 'GET' && request.url === '/requests') return reply(200, requests);
    if (request.method === 'POST' && request.url === '/reset') {
      faults = [];
      requests.length = 0;
      return reply(200, {});
    }
    reply(404, { error: 'unknown control path' });
  });

  const url = await listen(proxy);
  const controlUrl = await listen(control);
  return {
    url,
    controlUrl,
    requests,
    inject: (...added) => void faults.push(...added),
    reset: () => {
      faults = [];
      requests.length = 0;
    },
    close: async () => {
      for (const timer of held) clearTimeout(timer);
      proxy.closeAllConnections();
      control.closeAllConnections();
      await Promise.all([proxy, control].map((server) => new Promise((resolve) => server.close(resolve))));
    },
  };
}
