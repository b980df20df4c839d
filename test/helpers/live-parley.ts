// An in-process Parley (API and worker) in live mode against the WhatsApp Web simulator, with one connection
// linked by QR through the API: the setup of live suites that are not about linking itself.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { WA_CERT_DETAILS } from '@whiskeysockets/baileys';
import type { components } from '../../server/generated/openapi.js';
import { postLoginQueriesAnswered } from '../whatsapp-simulator/baileys-client.js';
import type { WhatsAppSimulator } from '../whatsapp-simulator/server.js';
import { createScratchDatabase, type ScratchDatabase } from './connections-database.js';
import { eventually } from './eventually.js';
import { buildAccount, buildApiKey } from './factories.js';
import { startTestServer, testEnv, type TestServer } from './server.js';

type Connection = components['schemas']['Connection'];

export interface LiveParley {
  server: TestServer;
  database: ScratchDatabase;
  /** A live-mode API key of the account. */
  key: string;
  connection: Connection;
  stop(): Promise<void>;
}

/** Starts the simulator's trust in this process, a Parley on a scratch database, and links `line` (E.164). */
export async function startLiveParley(sim: WhatsAppSimulator, line: string, name: string, env: Record<string, string> = {}): Promise<LiveParley> {
  const originalRootKey = WA_CERT_DETAILS.PUBLIC_KEY;
  WA_CERT_DETAILS.PUBLIC_KEY = Buffer.from(sim.rootKey.public);
  const database = await createScratchDatabase();
  const server = await startTestServer({
    PARLEY_ROLE: 'all',
    DATABASE_URL: database.url,
    REDIS_KEY_PREFIX: `${testEnv().redisPrefix}${name}-${randomBytes(4).toString('hex')}:`,
    WHATSAPP_WS_URL: sim.url,
    ...env,
  });
  const owner = await buildAccount(server.client, { account_name: `${name} Co` });
  const key = (await buildApiKey(server.client, owner, { name: 'live key', mode: 'live' })).secret;
  const since = sim.events.length;
  const created = await server.client.post<Connection>('/v1/connections', { name, send_rate: 60 }, { key });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const qr = await eventually(
    () => server.client.get<{ qr: string }>(`/v1/connections/${created.body.id}/qr`, { key }),
    (response) => response.status === 200,
    30_000,
  );
  await sim.scanQr(qr.body.qr, line.replace(/\D/g, ''));
  const linked = await eventually(
    () => server.client.get<Connection>(`/v1/connections/${created.body.id}`, { key }),
    (response) => response.body.status === 'connected',
    30_000,
  );
  // Baileys' init queries must be answered before the socket is closed, or it waits them out for 60 s.
  await postLoginQueriesAnswered(sim, linked.body.wa_jid!, since);
  return {
    server,
    database,
    key,
    connection: linked.body,
    async stop() {
      await server.stop();
      WA_CERT_DETAILS.PUBLIC_KEY = originalRootKey;
      await database.drop();
    },
  };
}
