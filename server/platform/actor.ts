import type { Role } from '../auth/roles.js';
import type { Mode, TenantScope } from './db/database.js';

/** Who is calling, resolved once by authentication. Every tenant query is scoped by it. */
export type Actor = { accountId: string; mode: Mode; /** What it may do in the account (server/auth/roles.ts). */ role: Role } & (
  | { kind: 'api_key'; keyId: string }
  | { kind: 'session'; userId: string; sessionId: string; isPlatformAdmin: boolean; twoFactor: boolean; /** An owner of an account that requires two-factor authentication, without it. */ twoFactorMissing: boolean }
);

/** The tenant an actor acts in: its account, in its mode. */
export const scopeOf = (actor: Actor): TenantScope => ({ accountId: actor.accountId, mode: actor.mode });
