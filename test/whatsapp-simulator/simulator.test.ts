// Unmodified Baileys against the local WhatsApp Web simulator: handshake, QR pairing, 515 restart, login, open.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  initAuthCreds,
  makeWASocket,
  WA_CERT_DETAILS,
  type AuthenticationCreds,
  type ConnectionState,
  type SignalDataSet,
  type SignalDataTypeMap,
  type SignalKeyStore,
} from '@whiskeysockets/baileys';
import type { Boom } from '@hapi/boom';
import { pino } from 'pino';
import { WhatsAppSimulator } from './server.js';

function memoryKeyStore(): SignalKeyStore {
  const data = new Map<string, unknown>();
  return {
    get: async <T extends keyof SignalDataTypeMap>(type: T, ids: string[]) => {
      const out: { [id: string]: SignalDataTypeMap[T] } = {};
      for (const id of ids) {
        const value = data.get(`${type}:${id}`);
        if (value !== undefined) out[id] = value as SignalDataTypeMap[T];
      }
      return out;
    },
    set: async (set: SignalDataSet) => {
      for (const [type, entries] of Object.entries(set)) {
        for (const [id, value] of Object.entries(entries ?? {})) {
          if (value === null || value === undefined) data.delete(`${type}:${id}`);
          else data.set(`${type}:${id}`, value);
        }
      }
    },
  };
}

const sim = new WhatsAppSimulator();
const originalRoot = WA_CERT_DETAILS.PUBLIC_KEY;

before(async () => {
  await sim.start();
  WA_CERT_DETAILS.PUBLIC_KEY = Buffer.from(sim.rootKey.public);
});

after(async () => {
  WA_CERT_DETAILS.PUBLIC_KEY = originalRoot;
  await sim.stop();
});

test('unmodified Baileys pairs by QR with the simulator and opens', { timeout: 30_000 }, async () => {
  const creds: AuthenticationCreds = initAuthCreds();
  const keys = memoryKeyStore();
  const logger = pino({ level: process.env.SIM_LOG ?? 'silent' });
  const phone = '15550001111';
  const qrs: string[] = [];
  const closes: number[] = [];
  let sockets = 0;

  const opened = await new Promise<boolean>((resolve, reject) => {
    const connect = (): void => {
      sockets++;
      const sock = makeWASocket({
        auth: { creds, keys },
        waWebSocketUrl: sim.url,
        logger: logger.child({ socket: sockets }),
        markOnlineOnConnect: false,
        syncFullHistory: false,
        connectTimeoutMs: 10_000,
      });
      sock.ev.on('creds.update', (update) => Object.assign(creds, update));
      sock.ev.on('connection.update', (update: Partial<ConnectionState>) => {
        if (update.qr) {
          qrs.push(update.qr);
          sim.scanQr(update.qr, phone).catch(reject);
        }
        if (update.connection === 'open') {
          // let Baileys' init queries (props, blocklist, privacy) be answered before closing, or they wait 60 s
          const answered = (xmlns: string) =>
            sim.waitFor((e) => e.type === 'iq-answered' && e.xmlns === xmlns && e.jid !== undefined);
          // (the answers are written; give Baileys a moment to read them before closing its socket)
          Promise.all([answered('abt'), answered('blocklist'), answered('privacy')])
            .then(() => new Promise((done) => setTimeout(done, 200)))
            .then(() => {
              sock.end(undefined);
              resolve(true);
            }, reject);
        }
        if (update.connection === 'close') {
          const code = (update.lastDisconnect?.error as Boom | undefined)?.output?.statusCode ?? 0;
          closes.push(code);
          if (code === 515 && sockets < 3) connect();
          else if (code !== 428 || sockets >= 3) reject(new Error(`closed with ${code}`));
        }
      });
    };
    connect();
  });

  assert.equal(opened, true);
  assert.equal(qrs.length >= 1, true);
  assert.match(qrs[0]!, /^https:\/\/wa\.me\/settings\/linked_devices#/);
  assert.equal(closes[0], 515);
  assert.equal(sockets, 2);
  assert.equal(creds.me?.id, `${phone}:1@s.whatsapp.net`);
  assert.match(creds.me?.lid ?? '', /@lid$/);
  assert.ok(creds.account?.accountSignatureKey);
  assert.ok(creds.account?.deviceSignature);
  const device = sim.devices.get(`${phone}:1@s.whatsapp.net`);
  assert.ok(device);
  assert.equal(device.preKeyCount, 812);
  assert.deepEqual(sim.errors, []);
});

test('a login whose noise key the simulator never paired is refused with 401', { timeout: 30_000 }, async () => {
  const creds: AuthenticationCreds = initAuthCreds();
  creds.me = { id: '15550002222:1@s.whatsapp.net', name: '~' };
  const sock = makeWASocket({
    auth: { creds, keys: memoryKeyStore() },
    waWebSocketUrl: sim.url,
    logger: pino({ level: process.env.SIM_LOG ?? 'silent' }),
    markOnlineOnConnect: false,
    syncFullHistory: false,
  });
  const code = await new Promise<number>((resolve) => {
    sock.ev.on('connection.update', (update) => {
      if (update.connection === 'close') {
        resolve((update.lastDisconnect?.error as Boom | undefined)?.output?.statusCode ?? 0);
      }
    });
  });
  assert.equal(code, 401);
  await sim.waitFor((e) => e.type === 'login-rejected' && e.jid === '15550002222:1@s.whatsapp.net');
});
