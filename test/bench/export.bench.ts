// Export benchmark: how long an account export takes for an account with 100,000 messages, beside the floor of
// the same work in the same run (reading every message row and writing it as a JSON line, no presenters, no
// archive). Prints figures; asserts nothing about speed.
//
//   npm run bench:export   (BENCH_MESSAGES=100000)
//
// The messages (text, in one chat of one connection, in test mode) are written with generate_series; the export
// is built by the same function a worker runs (buildExport), into a media store in a scratch directory.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildExport, type ExportRow } from '../../server/account-data/exports.js';
import { loadConfig } from '../../server/config.js';
import { LocalDiskMediaStore } from '../../server/media/local-store.js';
import { Database } from '../../server/platform/db/database.js';
import { migrateLatest } from '../../server/platform/db/migrate.js';
import { newId } from '../../server/platform/ids.js';
import { createLogger } from '../../server/platform/logger.js';
import type { Services } from '../../server/platform/services.js';
import { createBenchStore, mb, reportFailure, seconds } from './support.js';

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 100_000);
const postgresUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

const store = await createBenchStore(postgresUrl, redisUrl);
const { db: owner } = store;
const dir = await mkdtemp(path.join(os.tmpdir(), 'parley-export-bench-'));
console.log(`export benchmark: ${os.cpus().length} CPUs, node ${process.version}; ${MESSAGES.toLocaleString('en')} messages; load average ${os.loadavg()[0]?.toFixed(2)}`);
let db: Database | undefined;
try {
  await migrateLatest(owner);
  const config = loadConfig(store.parleyEnv);
  db = new Database(store.parleyEnv.DATABASE_URL!, { poolMax: 4 });
  const services = { db, config, media: new LocalDiskMediaStore(path.join(dir, 'media')), logger: createLogger('warn') } as unknown as Services;

  const accountId = newId('account');
  const connectionId = newId('connection');
  const chatId = newId('chat');
  const started = Date.now();
  await owner('accounts').insert({ id: accountId, name: 'Export bench', plan: 'enterprise' });
  await owner('connections').insert({ id: connectionId, account_id: accountId, mode: 'test', name: 'bench', status: 'connected', send_rate: 20, phone_number: '+14155550100' });
  await owner('chats').insert({ id: chatId, account_id: accountId, mode: 'test', connection_id: connectionId, peer: '14155550199@s.whatsapp.net', phone_number: '+14155550199' });
  await owner.raw(
    `insert into messages (id, account_id, mode, connection_id, chat_id, direction, type, status, from_phone, to_phone, peer_phone, content, sent_at, delivered_at, created_at)
     select 'msg_' || lpad(i::text, 26, '0'), ?, 'test', ?, ?, case when i % 3 = 0 then 'inbound' else 'outbound' end, 'text', 'delivered',
            '+14155550100', '+14155550199', '+14155550199',
            jsonb_build_object('body', 'Your order ' || i || ' has shipped. Track it at https://example.com/t/' || i),
            now() - i * interval '1 second', now() - i * interval '1 second', now() - i * interval '1 second'
       from generate_series(1, ?) as i`,
    [accountId, connectionId, chatId, MESSAGES],
  );
  await owner.raw('analyze messages');
  console.log(`wrote ${MESSAGES.toLocaleString('en')} messages in ${seconds(Date.now() - started)}`);

  // The floor: every message row read in pages of 1,000 (as the export reads them) and written as a JSON line.
  const floorStarted = Date.now();
  const out = createWriteStream(path.join(dir, 'floor.jsonl'));
  let after = '';
  for (;;) {
    const rows = (await owner('messages').where({ account_id: accountId }).where('id', '>', after).orderBy('id').limit(1000)) as Array<{ id: string }>;
    for (const row of rows) if (!out.write(`${JSON.stringify(row)}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    if (rows.length < 1000) break;
    after = rows[rows.length - 1]!.id;
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  const floorMs = Date.now() - floorStarted;

  const exportId = newId('accountExport');
  await owner('account_exports').insert({ id: exportId, account_id: accountId, mode: 'test', requested_by_type: 'user', requested_by_id: 'user_bench' });
  const row = (await owner('account_exports').where({ id: exportId }).first()) as ExportRow;
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const exportStarted = Date.now();
  const cpuBefore = process.cpuUsage();
  await buildExport(services, row);
  const exportMs = Date.now() - exportStarted;
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(sampler);
  const built = (await owner('account_exports').where({ id: exportId }).first()) as ExportRow;
  const messagesFile = built.files?.find((file) => file.name === 'test/messages.jsonl');
  if (built.status !== 'ready' || messagesFile?.records !== MESSAGES) throw new Error(`the export is not complete: ${JSON.stringify(built)}`);
  console.log(`floor (read the rows, write JSON lines):   ${seconds(floorMs)}   ${Math.round(MESSAGES / (floorMs / 1000)).toLocaleString('en')} messages/s`);
  console.log(
    `export (presenters, every file, tar.gz): ${seconds(exportMs)}   ${Math.round(MESSAGES / (exportMs / 1000)).toLocaleString('en')} messages/s   ` +
      `CPU ${seconds((cpu.user + cpu.system) / 1000)}   archive ${mb(Number(built.size))}   peak RSS +${mb(peakRss - rssBefore)}`,
  );
  console.log(`ratio export / floor: ${(exportMs / floorMs).toFixed(2)}`);
} catch (error) {
  reportFailure(error);
} finally {
  await db?.close();
  await store.remove();
  await rm(dir, { recursive: true, force: true });
}
