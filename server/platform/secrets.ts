import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface EmbeddedSecrets {
  encryption_key: string;
  database_password: string;
}

/**
 * The embedded default generates its secrets once and keeps them in the data directory (mode 0600),
 * so `npm start` needs no set-up and restarts can still read what was encrypted before.
 */
export async function loadOrCreateEmbeddedSecrets(dataDir: string): Promise<EmbeddedSecrets> {
  const file = path.join(dataDir, 'secrets.json');
  const existing = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (existing !== undefined) return JSON.parse(existing) as EmbeddedSecrets;
  const secrets: EmbeddedSecrets = {
    encryption_key: randomBytes(32).toString('base64'),
    database_password: randomBytes(24).toString('base64url'),
  };
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600, flag: 'wx' });
  return secrets;
}
