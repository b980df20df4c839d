// A dispatcher killed mid-flight loses nothing: a real worker process (PARLEY_ROLE=worker) is delivering to a
// receiver that holds every request open when it is killed with SIGKILL; another dispatcher then delivers
// every event, each verified with svix, under the same webhook-ids. The second dispatcher's clock runs a claim
// timeout ahead, which stands in for waiting out the dead worker's claims.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { Webhook } from 'svix';
import type { components } from '../server/generated/openapi.js';
import { anyAddress } from '../server/media/address-policy.js';
import { SecretBox } from '../server/platform/crypto.js';
import { Database } from '../server/platform/db/database.js';
import { createLogger } from '../server/platform/logger.js';
import { WebhookDispatcher } from '../webhooks/dispatcher.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { buildAccount } from './helpers/factories.js';
import { startTestServer, testEnv, TEST_ENCRYPTION_KEY, type TestServer } from './helpers/server.js';
import { startWebhookReceiver, type WebhookReceiver } from './helpers/webhook-receiver.js';
import { isAlive, spawnWorker, type WorkerProcess } from './helpers/worker-process.js';

type Schemas = components['schemas'];
const EVENTS = 40;
const CLAIM_TIMEOUT_MS = 60_000;

describe('webhook delivery survives a killed dispatcher', () => {
  let scratch: ScratchDatabase;
  let api: TestServer;
  let receiver: WebhookReceiver;
  let worker: WorkerProcess | undefined;
  let db: Database;
  const redisPrefix = `${testEnv().redisPrefix}${randomBytes(4).toString('hex')}:`;

  before(async () => {
    scratch = await createScratchDatabase();
    receiver = await startWebhookReceiver();
    api = await startTestServer({ DATABASE_URL: scratch.url, PARLEY_ROLE: 'api', REDIS_KEY_PREFIX: redisPrefix, WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' });
    db = new Database(scratch.url);
  });
  after(async () => {
    if (worker && isAlive(worker.child)) worker.child.kill('SIGKILL');
    await db?.close();
    await api?.stop();
    await receiver?.close();
    await scratch?.drop();
  });

  test('SIGKILL while attempts are under way: every event is still delivered, none lost', async () => {
    const owner = await buildAccount(api.client);
    const created = await api.client.post<Schemas['WebhookEndpoint']>('/v1/webhook-endpoints', { url: receiver.url('/crash'), events: ['opt_out.created'] }, { key: owner.key });
    assert.equal(created.status, 201);
    const secret = created.body.secret!;
    receiver.answer('/crash', 'hang');
    worker = await spawnWorker('webhook worker', { DATABASE_URL: scratch.url, REDIS_KEY_PREFIX: redisPrefix, WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' });

    const eventIds: string[] = [];
    for (let i = 0; i < EVENTS; i += 1) {
      const response = await api.client.post<Schemas['OptOut']>('/v1/opt-outs', { phone_number: `+1415555${String(4000 + i)}` }, { key: owner.key });
      assert.equal(response.status, 201);
    }
    const events = await api.client.get<Schemas['EventList']>(`/v1/events?type=opt_out.created&limit=100`, { key: owner.key });
    eventIds.push(...events.body.data.map((e) => e.id));
    assert.equal(eventIds.length, EVENTS);

    // The worker's dispatcher has attempts in flight (at most its per-endpoint cap) and more deliveries claimed
    // or due: kill it there.
    await receiver.waitFor('/crash', 8, 15_000);
    const exited = once(worker.child, 'exit');
    worker.child.kill('SIGKILL');
    await exited;
    const inFlightAtKill = receiver.on('/crash').length;
    receiver.release({ status: 200 });
    receiver.answer('/crash', { status: 200 });

    const survivor = new WebhookDispatcher({
      db,
      secrets: new SecretBox(TEST_ENCRYPTION_KEY),
      logger: createLogger('silent'),
      policy: anyAddress,
      clock: () => new Date(Date.now() + CLAIM_TIMEOUT_MS + 1_000),
    });
    try {
      await survivor.runDue();
    } finally {
      await survivor.stop();
    }

    const deliveries = await db.system((trx) => trx('webhook_deliveries').where({ endpoint_id: created.body.id }).select('event_id', 'status', 'attempt_count'));
    assert.equal(deliveries.length, EVENTS);
    assert.ok(deliveries.every((d) => d.status === 'succeeded'), JSON.stringify(deliveries.filter((d) => d.status !== 'succeeded')));
    const answered = receiver.on('/crash').slice(inFlightAtKill);
    for (const webhook of answered) new Webhook(secret).verify(webhook.body, webhook.headers);
    const delivered = new Set(answered.map((w) => w.headers['webhook-id']));
    assert.deepEqual([...delivered].sort(), [...eventIds].sort(), 'every event arrived after the kill');
    // The ones the dead worker had sent were sent again (at least once), and nothing else was duplicated.
    assert.equal(answered.length, EVENTS);
  });
});
