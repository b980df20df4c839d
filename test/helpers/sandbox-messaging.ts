// Linking sandbox connections and following messages through the API, as a client would.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import type { components } from '../../server/generated/openapi.js';
import type { Client } from './client.js';
import { waitForStatus } from './connection-status.js';
import { assertConforms } from './contract.js';

type Schemas = components['schemas'];
export type Message = Schemas['Message'];

/** Creates a sandbox connection, waits for its QR code and scans it as `phoneNumber`. */
export async function linkSandbox(client: Client, key: string, phoneNumber: string, body: Record<string, unknown> = {}): Promise<Schemas['Connection']> {
  const created = await client.post<Schemas['Connection']>('/v1/connections', body, { key });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  await waitForStatus(client, key, created.body.id, 'qr');
  const scanned = await client.post<Schemas['Connection']>(`/v1/sandbox/connections/${created.body.id}/scan`, { phone_number: phoneNumber }, { key });
  assert.equal(scanned.status, 200, JSON.stringify(scanned.body));
  return waitForStatus(client, key, created.body.id, 'connected');
}

/** Sends through POST /v1/messages and checks the 202. */
export async function send(client: Client, key: string, body: Record<string, unknown>, idempotencyKey?: string): Promise<Message> {
  const response = await client.post<Message>('/v1/messages', body, { key, ...(idempotencyKey ? { idempotencyKey } : {}) });
  assertConforms('createMessage', response);
  assert.equal(response.status, 202, JSON.stringify(response.body));
  return response.body;
}

/** Polls GET /v1/messages/{id} until `done` says so. */
export async function waitForMessage(client: Client, key: string, id: string, done: (message: Message) => boolean, timeoutMs = 10_000): Promise<Message> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await client.get<Message>(`/v1/messages/${id}`, { key });
    assert.equal(response.status, 200, JSON.stringify(response.body));
    if (done(response.body)) {
      assertConforms('getMessage', response);
      return response.body;
    }
    if (Date.now() > deadline) assert.fail(`message ${id} did not get there within ${timeoutMs} ms: ${JSON.stringify(response.body)}`);
    await sleep(25);
  }
}

export const hasStatus = (...statuses: Message['status'][]) => (message: Message) => statuses.includes(message.status);
