import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { ApiResponse } from './helpers/client.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { fromDatabaseError } from '../server/platform/http/errors.js';
import { buildAccount, uniqueEmail } from './helpers/factories.js';
import { startTestServer, type TestServer } from './helpers/server.js';

/**
 * A request with the path sent byte for byte: fetch (and URL) would resolve `..` segments before sending,
 * which would hide what the server does with them.
 */
function rawGet(baseUrl: string, path: string): Promise<ApiResponse> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: hostname, port, path, method: 'GET', agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(response.headers)) {
          if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
        }
        const text = Buffer.concat(chunks).toString('utf8');
        const body = headers.get('content-type')?.includes('application/json') ? JSON.parse(text) : text;
        resolve({ status: response.statusCode ?? 0, headers, body });
      });
    });
    request.on('error', reject);
    request.end();
  });
}

/** Resolves true once a TCP connection to the server's port is refused (or fails), polling up to `ms`. */
async function connectionsRefusedWithin(baseUrl: string, ms: number): Promise<boolean> {
  const { hostname, port } = new URL(baseUrl);
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: hostname, port: Number(port) });
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => resolve(true));
    });
    if (refused) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

describe('platform endpoints', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  test('GET /healthz answers 200 {status: ok} without credentials', async () => {
    const response = await server.client.get('/healthz');
    assertConforms('getHealth', response);
    assert.equal(response.status, 200);
    assert.deepEqual(response.body, { status: 'ok' });
  });

  test('GET /readyz answers 200 when PostgreSQL and Redis both answer', async () => {
    const response = await server.client.get('/readyz');
    assertConforms('getReadiness', response);
    assert.equal(response.status, 200);
    assert.deepEqual(response.body, { status: 'ok', checks: { database: 'ok', redis: 'ok' } });
  });

  test('GET /metrics exposes the request latency histogram labelled by route template and status', async () => {
    const owner = await buildAccount(server.client);
    const account = await server.client.get('/v1/account', { key: owner.key });
    assert.equal(account.status, 200);

    const response = await server.client.get('/metrics');
    assertConforms('getMetrics', response);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/plain/);
    assert.equal(typeof response.body, 'string');
    const buckets = (response.body as string)
      .split('\n')
      .filter((line) => line.startsWith('parley_http_request_duration_seconds_bucket{'));
    assert.ok(buckets.length > 0, 'no latency histogram buckets in /metrics');
    const accountBuckets = buckets.filter((line) => line.includes('route="/v1/account"'));
    assert.ok(accountBuckets.length > 0, `no bucket for route="/v1/account" in:\n${buckets.join('\n')}`);
    const ok = accountBuckets.find((line) => line.includes('method="GET"') && line.includes('status="200"') && line.includes('le="+Inf"'));
    assert.ok(ok, `no GET 200 +Inf bucket for /v1/account in:\n${accountBuckets.join('\n')}`);
    assert.ok(Number(ok.split(' ').pop()) >= 1, `the +Inf bucket should count the request: ${ok}`);
    // The label is the template, so ids in paths cannot blow up the series count.
    assert.ok(!buckets.some((line) => line.includes(owner.account.id)), 'a metric label carries an account id');
  });

  test('GET /openapi.json serves the OpenAPI 3.1 document the server validates against', async () => {
    const response = await server.client.get('/openapi.json');
    assertConforms('getOpenApiDocument', response);
    assert.equal(response.status, 200);
    assert.equal(response.body.openapi, '3.1.0');
    assert.equal(response.body.info.title, 'Parley API');
    assert.ok(response.body.paths['/v1/account'], 'the document has no /v1/account path');
    assert.equal(response.body.paths['/v1/account'].get.operationId, 'getAccount');
  });

  test('GET /docs serves an HTML reference whose assets all come from this server, not a CDN', async () => {
    const response = await server.client.get('/docs');
    assertConforms('getApiReference', response);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    const html = response.body as string;
    assert.match(html, /<html/i);
    assert.ok(!/https?:\/\//i.test(html), 'the reference page refers to an absolute http(s) URL');

    const references = [...html.matchAll(/\b(?:src|href)\s*=\s*["']([^"']+)["']/gi)].map((match) => match[1] ?? '');
    assert.ok(references.length >= 2, `expected the page to load its script and stylesheet, found ${JSON.stringify(references)}`);
    assert.ok(references.some((ref) => ref.endsWith('.js')), 'the page loads no script');
    assert.ok(references.some((ref) => ref.endsWith('.css')), 'the page loads no stylesheet');
    for (const ref of references) {
      assert.ok(ref.startsWith('/') && !ref.startsWith('//'), `${ref} is not a same-origin path`);
      const asset = await server.client.get(ref);
      assert.equal(asset.status, 200, `${ref} answered ${asset.status}`);
      assert.ok(String(asset.body).length > 0, `${ref} answered an empty body`);
    }
  });

  test('the reference page script loads the spec from this server', async () => {
    const html = (await server.client.get('/docs')).body as string;
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1] ?? '');
    const bodies = await Promise.all(scripts.map(async (src) => (await server.client.get(src)).body as string));
    assert.ok(
      bodies.some((body) => body.includes("'/openapi.json'") || body.includes('"/openapi.json"')),
      'no script of /docs points Swagger UI at /openapi.json',
    );
  });

  test('/docs/assets serves only its fixed files: path traversal and unknown names answer 404 with the error envelope', async () => {
    for (const path of [
      '/docs/assets/../../package.json',
      '/docs/assets/..%2F..%2Fpackage.json',
      '/docs/assets/%2e%2e%2f%2e%2e%2fpackage.json',
      '/docs/assets/nope.js',
      '/docs/assets/index.html',
      '/docs/assets/constructor',
      '/docs/assets/__proto__',
    ]) {
      const response = await rawGet(server.url, path);
      const error = assertError(response, 404, 'route_not_found');
      assert.equal(error.type, 'invalid_request_error');
      assert.ok(!JSON.stringify(response.body).includes('"dependencies"'), `${path} leaked package.json`);
    }
  });

  test('a request line and headers over 16 KB get 431 request_headers_too_large in the error envelope; a request that is not HTTP gets 400', async () => {
    const response = await fetch(`${server.url}/v1/contacts?tag=${'x'.repeat(20_000)}`);
    assert.equal(response.status, 431);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    const body = (await response.json()) as { error: { type: string; code: string; message: string; request_id: string } };
    assert.equal(body.error.code, 'request_headers_too_large');
    assert.equal(body.error.type, 'invalid_request_error');
    assert.equal(body.error.request_id, response.headers.get('request-id'));

    const { hostname, port } = new URL(server.url);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect({ host: hostname, port: Number(port) }, () => socket.write('NOT HTTP AT ALL\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    assert.match(answer, /^HTTP\/1\.1 400 Bad Request\r\n/);
    assert.match(answer, /"code":"request_malformed"/);
  });

  test('every response carries a Request-Id header starting with req_, unique per request', async () => {
    const owner = await buildAccount(server.client);
    const responses = await Promise.all([
      server.client.get('/healthz'),
      server.client.get('/readyz'),
      server.client.get('/metrics'),
      server.client.get('/openapi.json'),
      server.client.get('/docs'),
      server.client.get('/docs/assets/init.js'),
      server.client.get('/docs/assets/missing.js'),
      server.client.get('/v1/account'),
      server.client.get('/v1/account', { key: owner.key }),
      server.client.get('/no/such/route'),
      server.client.request('PATCH', '/healthz'),
    ]);
    const ids = responses.map((response) => response.headers.get('request-id') ?? '');
    for (const [index, id] of ids.entries()) assert.match(id, /^req_/, `response ${index} (${responses[index]?.status}) has Request-Id ${id}`);
    assert.equal(new Set(ids).size, ids.length, 'two responses share a Request-Id');
  });
});

describe('GET /metrics with METRICS_TOKEN set', () => {
  const token = 'm'.repeat(20) + 'etrics-token-0123456789';
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ METRICS_TOKEN: token });
  });
  after(() => server.stop());

  test('answers the bearer token with the metrics', async () => {
    const response = await server.client.get('/metrics', { headers: { authorization: `Bearer ${token}` } });
    assertConforms('getMetrics', response);
    assert.equal(response.status, 200);
    assert.match(response.body as string, /^# TYPE parley_http_request_duration_seconds histogram$/m);
  });

  test('refuses no token, a wrong one and an API key with 401 metrics_token_invalid and a Bearer challenge', async () => {
    const owner = await buildAccount(server.client);
    const attempts: Record<string, string>[] = [{}, { authorization: `Bearer ${token}x` }, { authorization: `Bearer ${token.slice(1)}` }, { authorization: token }, { authorization: `Bearer ${owner.key}` }];
    for (const headers of attempts) {
      const response = await server.client.get('/metrics', { headers });
      assertConforms('getMetrics', response);
      const error = assertError(response, 401, 'metrics_token_invalid');
      assert.equal(error.type, 'authentication_error');
      assert.equal(response.headers.get('www-authenticate'), 'Bearer realm="metrics"');
      assert.ok(!JSON.stringify(response.body).includes(token), 'the error echoes the token');
    }
  });

  test('leaves health, readiness and the docs public', async () => {
    for (const path of ['/healthz', '/readyz', '/openapi.json', '/docs']) {
      assert.equal((await server.client.get(path)).status, 200, path);
    }
  });
});

describe('readiness', () => {
  test('GET /readyz reports redis not_configured and stays ready when REDIS_URL is unset', async () => {
    const server = await startTestServer({ REDIS_URL: '' });
    try {
      assert.equal(server.services.redis, undefined);
      const response = await server.client.get('/readyz');
      assertConforms('getReadiness', response);
      assert.equal(response.status, 200);
      assert.deepEqual(response.body, { status: 'ok', checks: { database: 'ok', redis: 'not_configured' } });
    } finally {
      await server.stop();
    }
  });

  test('GET /readyz answers 503 unavailable with redis failing once Redis is unreachable', async () => {
    const server = await startTestServer();
    try {
      const before = await server.client.get('/readyz');
      assert.equal(before.status, 200);

      server.services.redis?.disconnect();
      const response = await server.client.get('/readyz');
      assertConforms('getReadiness', response);
      assert.equal(response.status, 503);
      assert.deepEqual(response.body, { status: 'unavailable', checks: { database: 'ok', redis: 'failing' } });

      // Liveness is about the process only: it stays 200 while a dependency is down.
      const health = await server.client.get('/healthz');
      assert.equal(health.status, 200);
    } finally {
      await server.stop();
    }
  });

  test('GET /readyz answers 503 with database failing once the database pool is gone', async () => {
    const server = await startTestServer({ REDIS_URL: '' });
    try {
      await server.services.db.knex.destroy();
      const response = await server.client.get('/readyz');
      assertConforms('getReadiness', response);
      assert.equal(response.status, 503);
      assert.deepEqual(response.body, { status: 'unavailable', checks: { database: 'failing', redis: 'not_configured' } });
    } finally {
      await server.stop();
    }
  });
});

describe('graceful shutdown', () => {
  test('stop() refuses new connections, lets an in-flight request finish with 201, then closes the database pool', async () => {
    const server = await startTestServer();
    const { hostname, port } = new URL(server.url);
    const body = Buffer.from(JSON.stringify({ email: uniqueEmail('shutdown'), password: 'correct horse battery staple', account_name: 'Shutdown Co' }));
    const half = Math.floor(body.length / 2);

    let stopPromise: Promise<void> | undefined;
    const request = http.request({
      host: hostname,
      port,
      method: 'POST',
      path: '/v1/auth/signup',
      agent: false,
      headers: {
        'content-type': 'application/json',
        'content-length': String(body.length),
        // The server answers "100 Continue" once it has parsed the headers, which tells the test the
        // request is in the server's hands (not an idle connection that stop() may drop).
        expect: '100-continue',
      },
    });
    try {
      const responded = new Promise<{ status: number; text: string }>((resolve, reject) => {
        request.once('response', (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
          response.on('error', reject);
        });
        request.once('error', reject);
      });
      const continued = new Promise<void>((resolve) => request.once('continue', resolve));
      request.flushHeaders();
      await continued;
      await new Promise<void>((resolve, reject) => request.write(body.subarray(0, half), (error) => (error ? reject(error) : resolve())));

      let stopSettled = false;
      stopPromise = server.stop();
      void stopPromise.then(
        () => (stopSettled = true),
        () => (stopSettled = true),
      );

      assert.ok(await connectionsRefusedWithin(server.url, 5_000), 'the server still accepts new connections after stop()');
      const newRequest = await fetch(new URL('/healthz', server.url)).then(
        (response) => `answered ${response.status}`,
        () => 'failed',
      );
      assert.equal(newRequest, 'failed', 'a new request after stop() was served');
      assert.equal(stopSettled, false, 'stop() settled while a request was still in flight');

      request.end(body.subarray(half));
      const result = await responded;
      assert.equal(result.status, 201, result.text);
      const signup = JSON.parse(result.text);
      assert.equal(signup.account.name, 'Shutdown Co');

      await stopPromise;
      await assert.rejects(server.services.db.knex.raw('select 1'), 'the database pool is still usable after stop()');
    } finally {
      request.destroy();
      await (stopPromise ?? server.stop());
    }
  });

  test('stop() is idempotent: a second call resolves to the same shutdown', async () => {
    const server = await startTestServer();
    const first = server.stop();
    const second = server.stop();
    assert.equal(first, second);
    await first;
  });
});

describe('database errors in API answers', () => {
  const mapped = (error: unknown) => {
    const apiError = fromDatabaseError(error);
    return apiError && { status: apiError.status, code: apiError.code, retryAfter: apiError.headers['Retry-After'] };
  };
  const unavailable = { status: 503, code: 'database_unavailable', retryAfter: '1' };
  const withCode = (code: string, message = 'driver error') => Object.assign(new Error(message), { code });

  test('an unreachable or restarting database is a 503 with Retry-After, however the driver words it', () => {
    for (const error of [
      withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'),
      withCode('57P01', 'terminating connection due to administrator command'),
      withCode('57P03', 'the database system is starting up'),
      withCode('08006', 'connection failure'),
      withCode('53300', 'too many connections'),
      new Error('Connection terminated unexpectedly'),
      new Error('ROLLBACK - Client has encountered a connection error and is not queryable'),
      Object.assign(new Error('Knex: Timeout acquiring a connection.'), { name: 'KnexTimeoutError' }),
      // objection's DBError keeps the driver's error as nativeError
      Object.assign(new Error('wrapped'), { nativeError: withCode('57P01') }),
    ]) {
      assert.deepEqual(mapped(error), unavailable, String(error));
    }
  });

  test('constraint errors keep their meaning when objection wraps them, and unknown errors stay unmapped', () => {
    assert.equal(mapped(Object.assign(new Error('wrapped'), { nativeError: withCode('23505') }))?.code, 'resource_already_exists');
    assert.equal(mapped(withCode('40001'))?.code, 'concurrent_update');
    assert.equal(mapped(new Error('Connection terminated by a user-defined rule, said nobody')), undefined);
    assert.equal(mapped(withCode('XX000')), undefined);
    assert.equal(mapped('not an error'), undefined);
  });
});
