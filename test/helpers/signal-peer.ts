// A Signal party (libsignal through Baileys' own signal repository) whose keys live in a connection's
// PostgreSQL auth store, wired the way Baileys' socket wires it. Run as a script, it is a fresh process that
// reloads one party from the database, decrypts one message and encrypts a reply: proof that everything a
// session needs was persisted, not just kept in memory.
import { pathToFileURL } from 'node:url';
import { addTransactionCapability, DEFAULT_CONNECTION_CONFIG } from '@whiskeysockets/baileys';
import { AuthStore, type Lease } from '../../server/connections/auth-store.js';
import { usePostgresAuthState } from '../../server/connections/baileys/auth-state.js';
import { SecretBox } from '../../server/platform/crypto.js';
import { Database } from '../../server/platform/db/database.js';
import { createLogger } from '../../server/platform/logger.js';

const logger = createLogger(process.env.PARLEY_TEST_LOG_LEVEL ?? 'silent');

export async function openSignalPeer(store: AuthStore) {
  const auth = await usePostgresAuthState(store);
  // As in lib/Socket/socket.js: Baileys' repository runs each encrypt/decrypt as a key transaction and
  // commits it with one keys.set.
  const keys = addTransactionCapability(auth.state.keys, logger, { maxCommitRetries: 1, delayBetweenTriesMs: 0 });
  // DEFAULT_CONNECTION_CONFIG.makeSignalRepository is makeLibSignalRepository, which the package index does
  // not export by name.
  const repository = DEFAULT_CONNECTION_CONFIG.makeSignalRepository({ creds: auth.state.creds, keys }, logger);
  return { auth, keys, repository };
}

export interface PeerRun {
  lease: Lease;
  fromJid: string;
  message: { type: 'pkmsg' | 'msg'; ciphertext: string };
  reply: string;
}

export interface PeerResult {
  plaintext: string;
  reply: { type: 'pkmsg' | 'msg'; ciphertext: string };
}

async function main(): Promise<void> {
  const databaseUrl = process.env.PARLEY_TEST_DATABASE_URL;
  const encryptionKey = process.env.PARLEY_TEST_ENCRYPTION_KEY;
  const run = JSON.parse(process.env.PARLEY_SIGNAL_PEER_RUN ?? 'null') as PeerRun | null;
  if (!databaseUrl || !encryptionKey || !run) throw new Error('PARLEY_TEST_DATABASE_URL, PARLEY_TEST_ENCRYPTION_KEY and PARLEY_SIGNAL_PEER_RUN are required');
  const db = new Database(databaseUrl, { poolMax: 2 });
  try {
    const peer = await openSignalPeer(new AuthStore(db, new SecretBox(encryptionKey), run.lease));
    const plaintext = await peer.repository.decryptMessage({
      jid: run.fromJid,
      type: run.message.type,
      ciphertext: Buffer.from(run.message.ciphertext, 'base64'),
    });
    const reply = await peer.repository.encryptMessage({ jid: run.fromJid, data: Buffer.from(run.reply) });
    peer.repository.close?.();
    const result: PeerResult = {
      plaintext: Buffer.from(plaintext).toString('utf8'),
      reply: { type: reply.type, ciphertext: Buffer.from(reply.ciphertext).toString('base64') },
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await db.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
