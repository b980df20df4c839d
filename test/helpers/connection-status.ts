// Waiting for a connection to reach a status, through the API, as a client would.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import type { components } from '../../server/generated/openapi.js';
import type { Client } from './client.js';
import { assertConforms } from './contract.js';

type Connection = components['schemas']['Connection'];

/** Claiming is immediate through the bus, else on the next 5 s tick; a lease given back late costs one tick. */
export const CLAIM_TIMEOUT_MS = 8_000;

/** Polls GET /v1/connections/{id} until the connection has `status`. */
export async function waitForStatus(client: Client, key: string, id: string, status: Connection['status'], timeoutMs = CLAIM_TIMEOUT_MS): Promise<Connection> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await client.get<Connection>(`/v1/connections/${id}`, { key });
    assert.equal(response.status, 200, JSON.stringify(response.body));
    if (response.body.status === status) {
      assertConforms('getConnection', response);
      return response.body;
    }
    if (Date.now() > deadline) {
      assert.fail(`connection ${id} was not ${status} within ${timeoutMs} ms: ${JSON.stringify(response.body)}`);
    }
    await sleep(20);
  }
}
