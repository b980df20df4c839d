// Bulk job expansion benchmark: POST /v1/bulk-jobs with RECIPIENTS recipients (a template with two variables
// each, one number in 100 repeated) through HTTP to an API node with no worker, so the time is the check and
// the expansion alone: once as a JSON list, once from the same recipients as an uploaded CSV file (the upload
// timed apart). Prints the wall times and the counts; asserts the counts, nothing about speed.
//
//   npm run bench:bulk   (RECIPIENTS=100000 by default)
//
// PostgreSQL at BENCH_POSTGRES_URL and Redis at BENCH_REDIS_URL (defaults: this machine's), in a scratch
// database and Redis prefix removed at the end.
import assert from 'node:assert/strict';
import type { components } from '../../server/generated/openapi.js';
import { Client } from '../helpers/client.js';
import { buildAccount } from '../helpers/factories.js';
import { createBenchStore, seconds, serve, shutDown } from './support.js';

type Schemas = components['schemas'];
const RECIPIENTS = Number(process.env.RECIPIENTS ?? 100_000);
const postgresUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

const recipients = Array.from({ length: RECIPIENTS }, (_, i) => {
  // Every hundredth recipient repeats the one before it: the duplicate check is part of what is timed.
  const n = i % 100 === 99 ? i - 1 : i;
  return { to: `+1415${200 + Math.floor(n / 10_000)}${String(n % 10_000).padStart(4, '0')}`, variables: { name: `Person ${i}`, code: String(i) } };
});

const store = await createBenchStore(postgresUrl, redisUrl);
const api = await serve('api', 'parley', { ...store.parleyEnv, PARLEY_ROLE: 'api', MAX_BODY_BYTES: String(32 * 1024 * 1024) });
try {
  const client = new Client(api.url);
  const { key } = await buildAccount(client, { account_name: 'Bulk Bench Co' });
  const connection = await client.post<Schemas['Connection']>('/v1/connections', { name: 'bench' }, { key });
  assert.equal(connection.status, 201, JSON.stringify(connection.body));
  const template = await client.post('/v1/templates', { name: 'bench', language: 'en', category: 'marketing', body: 'Hi {{name}}, your code is {{code}}' }, { key });
  assert.equal(template.status, 201, JSON.stringify(template.body));
  const body = { connection_ids: [connection.body.id], template: { name: 'bench', language: 'en' }, recipients };
  console.log(`bulk job expansion: ${RECIPIENTS.toLocaleString('en')} recipients, ${(JSON.stringify(body).length / 1024 / 1024).toFixed(1)} MB JSON, node ${process.version}`);
  const started = performance.now();
  const response = await client.post<Schemas['BulkJob']>('/v1/bulk-jobs', body, { key });
  const elapsed = performance.now() - started;
  assert.equal(response.status, 201, JSON.stringify(response.body).slice(0, 500));
  const duplicates = Math.floor(RECIPIENTS / 100);
  const expected = [RECIPIENTS, duplicates, RECIPIENTS - duplicates];
  const countsOf = (job: Schemas['BulkJob']) => [job.counts.total, job.counts.skipped, job.counts.pending];
  assert.deepEqual(countsOf(response.body), expected);
  console.log(`JSON list: created in ${seconds(elapsed).padStart(8)}   ${JSON.stringify(response.body.counts)}`);

  const csv = ['phone,name,code', ...recipients.map((r) => `${r.to},${r.variables.name},${r.variables.code}`)].join('\n');
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'recipients.csv');
  const uploadStarted = performance.now();
  const media = await client.request<Schemas['Media']>('POST', '/v1/media', undefined, { key, raw: form });
  const uploaded = performance.now() - uploadStarted;
  assert.equal(media.status, 201, JSON.stringify(media.body));
  const csvStarted = performance.now();
  const fromCsv = await client.post<Schemas['BulkJob']>('/v1/bulk-jobs', { ...body, recipients: undefined, recipients_csv: { media_id: media.body.id } }, { key });
  const csvElapsed = performance.now() - csvStarted;
  assert.equal(fromCsv.status, 201, JSON.stringify(fromCsv.body).slice(0, 500));
  assert.deepEqual(countsOf(fromCsv.body), expected);
  console.log(`CSV file (${(csv.length / 1024 / 1024).toFixed(1)} MB): uploaded in ${seconds(uploaded)}, created in ${seconds(csvElapsed).padStart(8)}   ${JSON.stringify(fromCsv.body.counts)}`);
} finally {
  await shutDown(api);
  await store.remove();
}
