import type { Role } from '../auth/roles.js';
import type { Mode, TenantScope } from './db/database.js';
import { unauthenticated } from './http/errors.js';

/** Who is calling, resolved once by authentication. Every tenant query is scoped by it. */
export type Actor = { accountId: string; mode: Mode; /** What it may do in the account (server/auth/roles.ts). */ role: Role } & (
  | { kind: 'api_key'; keyId: string }
  | { kind: 'session'; userId: string; sessionId: string; isPlatformAdmin: boolean; twoFactor: boolean; /** An owner of an account that requires two-factor authentication, without it. */ twoFactorMissing: boolean }
);

/** The tenant an actor acts in: its account, in its mode. */
export const scopeOf = (actor: Actor): TenantScope => ({ accountId: actor.accountId, mode: actor.mode });

export type SessionActor = Extract<Actor, { kind: 'session' }>;

/**
 * The signed-in person, for operations about them (`why` says so when an API key calls). Operations the spec
 * declares for SessionAuth only never see a key (authentication refuses it first); there this narrows the type.
 */
export function personOf(actor: Actor, why: string): SessionActor {
  if (actor.kind !== 'session') throw unauthenticated('session_required', why);
  return actor;
}
