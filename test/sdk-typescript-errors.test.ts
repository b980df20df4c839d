// The TypeScript SDK's failure paths against a real Parley, with a fault-injecting proxy in front of it for what
// Parley itself does not do on demand (429s, 5xx, dropped connections, slow answers, bodies that are not JSON):
// errors by status with their code, param and request id; which failures are retried, how often and how long
// apart; one Idempotency-Key across a send's attempts; and the bad input a person can make.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, test } from 'node:test';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  Parley,
  ParleyError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  type Fetch,
} from '../sdks/typescript/src/index.js';
import { startFaultProxy, type FaultProxy, type ProxiedRequest } from './helpers/fault-proxy.js';
import { linkSandboxWithSdk, signUpWithSdk } from './helpers/sdk-typescript.js';
import { startSdkTestServer, type SdkTestServer } from './helpers/sdk-server.js';
import type { TestServer } from './helpers/server.js';

describe('TypeScript SDK errors and retries', () => {
  let parleyUnderTest: SdkTestServer;
  let server: TestServer;
  let proxy: FaultProxy;
  let key: string;
  /** Talks to Parley through the proxy, with the default retries but short timeouts. */
  let parley: Parley;

  before(async () => {
    parleyUnderTest = await startSdkTestServer();
    server = parleyUnderTest.server;
    proxy = await startFaultProxy(server.url);
    const account = await signUpWithSdk(server.url);
    key = account.signup.api_key.secret;
    parley = new Parley({ apiKey: key, baseUrl: proxy.url, timeout: 5_000 });
  });
  beforeEach(() => proxy.reset());
  after(async () => {
    await proxy?.close();
    await parleyUnderTest?.stop();
  });

  const seen = (method: string, path: string): ProxiedRequest[] => proxy.requests.filter((r) => r.method === method && r.path === path);
  const gaps = (requests: ProxiedRequest[]) => requests.slice(1).map((request, index) => request.at - requests[index]!.at);

  describe('each status becomes its class, with code, param and request id', () => {
    test('400 parameter_invalid → BadRequestError, param named', async () => {
      const error = await rejection(parley.messages.list({ limit: 1000 }));
      assert.ok(error instanceof BadRequestError);
      assert.deepEqual([error.status, error.code, error.param, error.type], [400, 'parameter_invalid', 'limit', 'invalid_request_error']);
      assert.match(error.requestId ?? '', /^req_/);
      assert.equal(error.requestId, error.headers.get('request-id'));
      assert.equal(seen('GET', '/v1/messages').length, 1, 'a 400 is not retried');
    });

    test('401 → AuthenticationError', async () => {
      const error = await rejection(new Parley({ apiKey: 'parley_test_not_a_key', baseUrl: server.url }).account.retrieve());
      assert.ok(error instanceof AuthenticationError);
      assert.equal(error.status, 401);
      assert.ok(error.code && error.requestId);
    });

    test('403 → PermissionDeniedError (a console session writing without its CSRF token), and the same session with it succeeds', async () => {
      const { data: signup, response } = await new Parley({ apiKey: null, baseUrl: server.url }).auth
        .signup({ email: `sdk-session-${Date.now()}@example.com`, password: 'correct horse battery staple', account_name: 'Console' })
        .withResponse();
      const cookie = response.headers.getSetCookie().find((c) => c.startsWith('parley_session='))!.split(';')[0]!;
      const withoutCsrf = new Parley({ apiKey: null, baseUrl: server.url, defaultHeaders: { cookie } });
      assert.equal((await withoutCsrf.account.retrieve()).id, signup.account.id, 'reads need no CSRF token');
      const error = await rejection(withoutCsrf.optOuts.create({ phone_number: '+14155554005' }));
      assert.ok(error instanceof PermissionDeniedError);
      assert.deepEqual([error.status, error.code], [403, 'csrf_token_invalid']);

      const consoleSession = new Parley({ apiKey: null, baseUrl: server.url, defaultHeaders: { cookie }, csrfToken: signup.session.csrf_token, mode: 'test' });
      assert.equal((await consoleSession.optOuts.create({ phone_number: '+14155554005' })).object, 'opt_out');
    });

    test('404 → NotFoundError', async () => {
      const error = await rejection(parley.messages.retrieve('msg_01JD3Z0Q8S1W2E3R4T5Y6U7I8O'));
      assert.ok(error instanceof NotFoundError);
      assert.equal(error.status, 404);
      assert.match(error.message, /^404 [a-z_]+: /);
    });

    test('409 → ConflictError', async () => {
      const { signup } = await signUpWithSdk(server.url);
      const again = new Parley({ apiKey: null, baseUrl: server.url }).auth.signup({ email: signup.user.email, password: 'another long password', account_name: 'Again' });
      const error = await rejection(again);
      assert.ok(error instanceof ConflictError);
      assert.deepEqual([error.status, error.code, error.param], [409, 'email_taken', 'email']);
    });

    test('422 idempotency_key_reused → UnprocessableEntityError', async () => {
      await parley.contacts.create({ phone_number: '+14155554001' }, { idempotencyKey: 'sdk-reused-key' });
      const error = await rejection(parley.contacts.create({ phone_number: '+14155554002' }, { idempotencyKey: 'sdk-reused-key' }));
      assert.ok(error instanceof UnprocessableEntityError);
      assert.deepEqual([error.status, error.code, error.param], [422, 'idempotency_key_reused', 'Idempotency-Key']);
    });

    test('429 and 500 (from the proxy) → RateLimitError and InternalServerError once retries are spent', async () => {
      proxy.inject({ path: '/v1/account', status: 429, headers: { 'retry-after': '0' } });
      const limited = await rejection(parley.account.retrieve({ maxRetries: 0 }));
      assert.ok(limited instanceof RateLimitError);
      assert.deepEqual([limited.status, limited.code, limited.requestId], [429, 'injected_fault', 'req_proxy']);

      proxy.inject({ path: '/v1/account', status: 500 }, { path: '/v1/account', status: 500 });
      const broken = await rejection(parley.account.retrieve({ maxRetries: 1 }));
      assert.ok(broken instanceof InternalServerError);
      assert.equal(broken.status, 500);
      assert.equal(seen('GET', '/v1/account').length, 3);
    });
  });

  describe('retries', () => {
    test('a 429 with Retry-After: 1 is retried after at least a second', async () => {
      proxy.inject({ path: '/v1/account', status: 429, headers: { 'retry-after': '1' } });
      const { data, requestId } = await parley.account.retrieve().withResponse();
      assert.equal(data.object, 'account');
      assert.match(requestId ?? '', /^req_/);
      const attempts = seen('GET', '/v1/account');
      assert.equal(attempts.length, 2);
      assert.ok(gaps(attempts)[0]! >= 950, `waited ${gaps(attempts)[0]} ms`);
    });

    test('a 429 asking for more than a minute (an hourly limit) is not retried: the error comes at once', async () => {
      proxy.inject({ path: '/v1/account', status: 429, headers: { 'retry-after': '3600' } });
      const error = await rejection(parley.account.retrieve());
      assert.ok(error instanceof RateLimitError);
      assert.equal(error.headers.get('retry-after'), '3600');
      assert.equal(seen('GET', '/v1/account').length, 1);
    });

    test('a 503 is retried with backoff, then succeeds', async () => {
      proxy.inject({ path: '/v1/account', status: 503 }, { path: '/v1/account', status: 503 });
      assert.equal((await parley.account.retrieve()).object, 'account');
      const attempts = seen('GET', '/v1/account');
      assert.equal(attempts.length, 3);
      const [first, second] = gaps(attempts);
      assert.ok(first! >= 350 && second! >= 700, `waited ${gaps(attempts).join(', ')} ms (0.5 s then 1 s, ±25 %)`);
    });

    test('a 409 idempotency_key_in_use is retried; other 4xx are not', async () => {
      const inUse = JSON.stringify({ error: { type: 'invalid_request_error', code: 'idempotency_key_in_use', message: 'still working', request_id: 'req_proxy' } });
      proxy.inject({ method: 'POST', path: '/v1/contacts', status: 409, body: inUse });
      await parley.contacts.create({ phone_number: '+14155554003' });
      const attempts = seen('POST', '/v1/contacts');
      assert.equal(attempts.length, 2);
      assert.equal(attempts[0]!.idempotencyKey, attempts[1]!.idempotencyKey);

      proxy.reset();
      proxy.inject({ method: 'POST', path: '/v1/contacts', status: 409, body: inUse.replace('idempotency_key_in_use', 'resource_already_exists') });
      await assert.rejects(parley.contacts.create({ phone_number: '+14155554004' }), ConflictError);
      assert.equal(seen('POST', '/v1/contacts').length, 1);
    });

    test('a send whose answer is lost is retried with the same Idempotency-Key and creates exactly one message', async () => {
      const { parley: direct, signup } = await signUpWithSdk(server.url);
      const connection = await linkSandboxWithSdk(direct, '+14155554100');
      const viaProxy = new Parley({ apiKey: signup.api_key.secret, baseUrl: proxy.url });
      proxy.inject({ method: 'POST', path: '/v1/messages', drop: 'after' });

      const { data: message, response } = await viaProxy.messages
        .create({ connection_id: connection.id, to: '+14155554199', type: 'text', text: { body: 'exactly once' } })
        .withResponse();
      const attempts = seen('POST', '/v1/messages');
      assert.equal(attempts.length, 2);
      assert.ok(attempts[0]!.idempotencyKey);
      assert.equal(attempts[1]!.idempotencyKey, attempts[0]!.idempotencyKey);
      assert.equal(response.headers.get('idempotent-replayed'), 'true', 'the retry got the first attempt\'s stored answer');

      const sent = [];
      for await (const m of direct.messages.list({ connection_id: connection.id, direction: 'outbound' })) sent.push(m.id);
      assert.deepEqual(sent, [message.id]);
    });

    test('a connection dropped before Parley saw the request is retried', async () => {
      proxy.inject({ path: '/v1/account', drop: 'before' });
      assert.equal((await parley.account.retrieve()).object, 'account');
      assert.equal(seen('GET', '/v1/account').length, 2);
    });

    test('an answer slower than the timeout is retried, and APIConnectionTimeoutError ends it when retries run out', async () => {
      const impatient = new Parley({ apiKey: key, baseUrl: proxy.url, timeout: 300, maxRetries: 2 });
      proxy.inject({ path: '/v1/account', delayMs: 2_000 });
      assert.equal((await impatient.account.retrieve()).object, 'account');
      assert.equal(seen('GET', '/v1/account').length, 2);

      proxy.reset();
      proxy.inject(...Array.from({ length: 3 }, () => ({ path: '/v1/account', delayMs: 2_000 })));
      const error = await rejection(impatient.account.retrieve());
      assert.ok(error instanceof APIConnectionTimeoutError);
      assert.match(error.message, /did not answer within 300 ms/);
      const attempts = seen('GET', '/v1/account');
      assert.equal(attempts.length, 3);
      assert.ok(gaps(attempts).every((gap) => gap >= 300), `attempts ${gaps(attempts).join(', ')} ms apart`);
    });

    test('maxRetries: 0 turns retries off, per client or per call', async () => {
      proxy.inject({ path: '/v1/account', status: 503 });
      await assert.rejects(parley.account.retrieve({ maxRetries: 0 }), InternalServerError);
      assert.equal(seen('GET', '/v1/account').length, 1);
    });
  });

  describe('bad input', () => {
    test('a redirect is not followed (a POST would become a GET): an APIError naming where it points, not retried', async () => {
      const elsewhere = 'https://elsewhere.invalid/v1/contacts';
      proxy.inject({ method: 'POST', path: '/v1/contacts', status: 301, headers: { location: elsewhere } });
      const error = await rejection(parley.contacts.create({ phone_number: '+14155550177' }));
      assert.equal(error.constructor, APIError);
      assert.equal((error as APIError).status, 301);
      assert.match((error as Error).message, /redirect to https:\/\/elsewhere\.invalid\/v1\/contacts, not followed/);
      assert.equal(proxy.requests.length, 1);
    });

    test('a missing API key is an error at construction, before any request', () => {
      const saved = process.env.PARLEY_API_KEY;
      delete process.env.PARLEY_API_KEY;
      let requests = 0;
      const counting: Fetch = (url, init) => {
        requests++;
        return fetch(url, init);
      };
      try {
        assert.throws(() => new Parley({ baseUrl: server.url, fetch: counting }), (error: unknown) => {
          assert.ok(error instanceof ParleyError);
          assert.match(error.message, /needs an API key: pass new Parley\(\{ apiKey \}\) or set PARLEY_API_KEY/);
          return true;
        });
        assert.equal(requests, 0);
      } finally {
        if (saved !== undefined) process.env.PARLEY_API_KEY = saved;
      }
    });

    test('a wrong base URL is an APIConnectionError naming it, after the retries', async () => {
      const closed = http.createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const { port } = closed.address() as AddressInfo;
      await new Promise((resolve) => closed.close(resolve));
      const nowhere = new Parley({ apiKey: key, baseUrl: `http://127.0.0.1:${port}`, maxRetries: 1 });
      const error = await rejection(nowhere.account.retrieve());
      assert.ok(error instanceof APIConnectionError && !(error instanceof APIConnectionTimeoutError));
      assert.equal(error.message, `Could not reach Parley at http://127.0.0.1:${port}: fetch failed (connect ECONNREFUSED 127.0.0.1:${port})`);
      assert.throws(() => new Parley({ apiKey: key, baseUrl: '127.0.0.1:8080' }), /must be an absolute URL/);
    });

    test('a body that is not JSON is an APIError with the status and an excerpt', async () => {
      proxy.inject({ path: '/v1/account', status: 200, headers: { 'content-type': 'text/html' }, body: '<html><body>Welcome to the captive portal</body></html>' });
      const ok = await rejection(parley.account.retrieve());
      assert.ok(ok instanceof APIError);
      assert.equal(ok.status, 200);
      assert.match(ok.message, /^200 from Parley with a body that is not JSON: "<html><body>Welcome to the captive portal/);

      proxy.inject({ path: '/v1/account', status: 502, headers: { 'content-type': 'text/html' }, body: '<h1>Bad Gateway</h1>' });
      const gateway = await rejection(parley.account.retrieve({ maxRetries: 0 }));
      assert.ok(gateway instanceof InternalServerError);
      assert.equal(gateway.code, undefined);
      assert.match(gateway.message, /^502 from Parley with a body that is not a Parley error: "<h1>Bad Gateway<\/h1>"/);
    });
  });
});

async function rejection(promise: PromiseLike<unknown>): Promise<APIError | ParleyError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ParleyError, `not a ParleyError: ${String(error)}`);
    return error;
  }
  assert.fail('the call succeeded');
}
