import type { Mode } from './db/database.js';

/** Who is calling, resolved once by authentication. Every tenant query is scoped by it. */
export type Actor = { accountId: string; mode: Mode } & (
  | { kind: 'api_key'; keyId: string }
  | { kind: 'session'; userId: string; sessionId: string; isPlatformAdmin: boolean }
);
