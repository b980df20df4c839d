import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import type { components } from '../../server/generated/openapi.js';
import { assertConforms } from './contract.js';
import type { TestServer } from './server.js';

type Schemas = components['schemas'];
export type Job = Schemas['BulkJob'];

/** Requests and reads of one API key's bulk jobs on one server, each checked against the spec. */
export function jobsOf(server: TestServer, key: string) {
  const create = async (body: Record<string, unknown>) => {
    const response = await server.client.post<Job>('/v1/bulk-jobs', body, { key });
    assertConforms('createBulkJob', response);
    return response;
  };
  const get = async (id: string) => {
    const response = await server.client.get<Job>(`/v1/bulk-jobs/${id}`, { key });
    assertConforms('getBulkJob', response);
    return response.body;
  };
  const act = async (id: string, action: 'pause' | 'resume' | 'cancel') => {
    const response = await server.client.post<Job>(`/v1/bulk-jobs/${id}/${action}`, undefined, { key });
    assertConforms(`${action}BulkJob`, response);
    return response;
  };
  const waitFor = async (id: string, done: (job: Job) => boolean, timeoutMs = 20_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const job = await get(id);
      if (done(job)) return job;
      if (Date.now() > deadline) assert.fail(`job ${id} stayed ${JSON.stringify(job)}`);
      await sleep(100);
    }
  };
  /** One page of a job's recipients, with the query as given (cursors, limit, status). */
  const recipientsPage = async (id: string, query: Record<string, string | number> = {}) => {
    const search = new URLSearchParams(Object.entries(query).map(([name, value]): [string, string] => [name, String(value)]));
    const response = await server.client.get<Schemas['BulkJobRecipientList']>(`/v1/bulk-jobs/${id}/recipients?${search}`, { key });
    assertConforms('listBulkJobRecipients', response);
    return response;
  };
  const recipients = async (id: string) => (await recipientsPage(id, { limit: 100 })).body.data;
  return { create, get, act, waitFor, recipients, recipientsPage };
}
