// Contacts import benchmark: POST /v1/contacts/import with a CSV of ROWS contacts (name, two tags, two
// attributes each) through HTTP to an API node, then the same file again (every row unchanged). Prints the
// wall time of each request and the counts; asserts the counts, nothing about speed.
//
//   npm run bench:contacts   (ROWS=100000 by default)
//
// PostgreSQL at BENCH_POSTGRES_URL and Redis at BENCH_REDIS_URL (defaults: this machine's), in a scratch
// database and Redis prefix removed at the end.
import assert from 'node:assert/strict';
import type { components } from '../../server/generated/openapi.js';
import { Client } from '../helpers/client.js';
import { buildAccount } from '../helpers/factories.js';
import { createBenchStore, seconds, serve, shutDown } from './support.js';

const ROWS = Number(process.env.ROWS ?? 100_000);
const postgresUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

const lines = ['phone_number,name,tags,city,plan'];
// Valid US numbers: area code 415, exchange 555-0100..., spread over exchanges 200-999 so each is distinct.
for (let i = 0; i < ROWS; i++) {
  const exchange = 200 + Math.floor(i / 10_000);
  lines.push(`+1415${exchange}${String(i % 10_000).padStart(4, '0')},Person ${i},${i % 2 ? 'vip' : 'news'};batch${i % 7},City ${i % 50},${i % 3 ? 'free' : 'gold'}`);
}
const csv = `${lines.join('\n')}\n`;

const store = await createBenchStore(postgresUrl, redisUrl);
const api = await serve('api', 'parley', { ...store.parleyEnv, PARLEY_ROLE: 'api' });
try {
  const client = new Client(api.url);
  const { key } = await buildAccount(client, { account_name: 'Import Bench Co' });
  const upload = async () => {
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'contacts.csv');
    const started = performance.now();
    const response = await client.post<components['schemas']['ContactImport']>('/v1/contacts/import', undefined, { key, raw: form });
    const elapsed = performance.now() - started;
    assert.equal(response.status, 200, JSON.stringify(response.body).slice(0, 500));
    return { elapsed, result: response.body };
  };
  console.log(`contacts import: ${ROWS.toLocaleString('en')} rows, ${(csv.length / 1024 / 1024).toFixed(1)} MB CSV, node ${process.version}`);
  const first = await upload();
  assert.deepEqual([first.result.created, first.result.invalid.length], [ROWS, 0]);
  console.log(`first import  ${seconds(first.elapsed).padStart(8)}   created ${first.result.created}`);
  const again = await upload();
  assert.deepEqual([again.result.created, again.result.updated, again.result.unchanged], [0, 0, ROWS]);
  console.log(`same again    ${seconds(again.elapsed).padStart(8)}   unchanged ${again.result.unchanged}`);
} finally {
  await shutDown(api);
  await store.remove();
}
