import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { startFaultProxy, type FaultProxy } from './helpers/fault-proxy.js';

// The SDK suites rely on this proxy to tell them what happened on the wire; these tests pin what each fault does.
let upstreamHits = 0;
const upstream = http.createServer((request, response) => {
  upstreamHits += 1;
  request.resume();
  request.on('end', () => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ ok: true, path: request.url }));
  });
});
let proxy: FaultProxy;

before(async () => {
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  proxy = await startFaultProxy(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}`);
});
after(async () => {
  await proxy.close();
  await new Promise((resolve) => upstream.close(resolve));
});

test('the fault proxy forwards, answers with an injected status, drops before or after forwarding, and records each request', async () => {
  proxy.reset();
  upstreamHits = 0;
  const control = await fetch(`${proxy.controlUrl}/faults`, {
    method: 'POST',
    body: JSON.stringify([{ path: '/v1/a', status: 429, headers: { 'retry-after': '1' } }, { method: 'POST', drop: 'after' }, { drop: 'before' }]),
  });
  assert.equal(control.status, 200);

  const limited = await fetch(`${proxy.url}/v1/a?x=1`);
  assert.equal(limited.status, 429);
  assert.equal(limited.headers.get('retry-after'), '1');
  assert.equal(upstreamHits, 0);

  await assert.rejects(fetch(`${proxy.url}/v1/b`, { method: 'POST', headers: { 'idempotency-key': 'k1' }, body: '{}' }));
  assert.equal(upstreamHits, 1, 'a drop after forwarding lets the server handle the request');

  await assert.rejects(fetch(`${proxy.url}/v1/c`));
  assert.equal(upstreamHits, 1, 'a drop before forwarding never reaches the server');

  const passed = await fetch(`${proxy.url}/v1/d`);
  assert.deepEqual(await passed.json(), { ok: true, path: '/v1/d' });

  const seen = (await (await fetch(`${proxy.controlUrl}/requests`)).json()) as Array<{ path: string; idempotencyKey: string | null; fault: unknown }>;
  assert.deepEqual(
    seen.map((r) => [r.path, r.idempotencyKey, r.fault !== null]),
    [['/v1/a', null, true], ['/v1/b', 'k1', true], ['/v1/c', null, true], ['/v1/d', null, false]],
  );
});

test('the fault proxy holds an answer for delayMs', async () => {
  proxy.reset();
  proxy.inject({ delayMs: 300 });
  const started = Date.now();
  const response = await fetch(`${proxy.url}/slow`);
  assert.equal(response.status, 200);
  assert.ok(Date.now() - started >= 290);
});
