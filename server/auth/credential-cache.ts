import type { Redis } from 'ioredis';
import type { KeyForAuthentication } from '../keys/api-keys.js';
import type { Logger } from '../platform/logger.js';

/** However current its account's generation, an entry is read again from PostgreSQL after this. */
const ENTRY_TTL_MS = 60_000;
const MAX_ENTRIES = 50_000;
/** A generation key outlives every entry that could hold its old value, then goes. */
const GENERATION_TTL_SECONDS = 24 * 3600;

/**
 * Where each account's credential generation lives: a counter moved on every change that can refuse a key
 * the account had (a key revoked, the account suspended or erased). In Redis when Redis is configured, so every
 * API node sees a change on its very next request; in process otherwise (one node).
 */
export interface CredentialGenerations {
  /** The account's generation now; undefined when it cannot be read (then nothing is served from the cache). */
  read(accountId: string): Promise<string | undefined>;
  bump(accountId: string): Promise<void>;
}

export class RedisGenerations implements CredentialGenerations {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly logger: Logger,
  ) {}

  async read(accountId: string): Promise<string | undefined> {
    try {
      return (await this.redis.get(this.#key(accountId))) ?? '0';
    } catch (error) {
      this.logger.warn({ err: error }, 'could not read a credential generation; authenticating from the database');
      return undefined;
    }
  }

  async bump(accountId: string): Promise<void> {
    await this.redis.multi().incr(this.#key(accountId)).expire(this.#key(accountId), GENERATION_TTL_SECONDS).exec();
  }

  #key(accountId: string): string {
    return `${this.prefix}credentials:${accountId}`;
  }
}

export class LocalGenerations implements CredentialGenerations {
  readonly #generations = new Map<string, number>();

  async read(accountId: string): Promise<string> {
    return String(this.#generations.get(accountId) ?? 0);
  }

  async bump(accountId: string): Promise<void> {
    this.#generations.set(accountId, (this.#generations.get(accountId) ?? 0) + 1);
  }
}

interface Entry {
  /** A key's account never changes, so it is remembered from the first look-up. */
  accountId: string;
  /** The key as last read, valid while `generation` is its account's. */
  key?: KeyForAuthentication;
  generation?: string;
  at: number;
}

export interface CachedKey {
  key: KeyForAuthentication;
  /** Record use in the cache once recorded in the database, so the next request does not write again. */
  touched(at: Date): void;
}

/**
 * API keys that authenticated, by the hash of their secret (never the secret), so a request with a known key
 * skips the database. An entry is served only while its account's generation (CredentialGenerations) is the one
 * read *before* the key was read from PostgreSQL: a revocation or suspension that commits at any moment moves
 * the generation after its commit, so the next request on every node reads the key again and is refused.
 * Refused keys are never cached.
 */
export class CredentialCache {
  readonly #entries = new Map<string, Entry>();

  constructor(private readonly generations: CredentialGenerations) {}

  /**
   * The key for `hash`, from the cache when its generation is current, else from `load` (PostgreSQL), which is
   * remembered for the next request if it is a key that may authenticate (`usable`).
   */
  async authenticate(
    hash: string,
    load: () => Promise<KeyForAuthentication | undefined>,
    usable: (key: KeyForAuthentication) => boolean,
  ): Promise<CachedKey | undefined> {
    const entry = this.#entries.get(hash);
    let generation: string | undefined;
    if (entry) {
      generation = await this.generations.read(entry.accountId);
      const current = entry.key && generation !== undefined && generation === entry.generation && Date.now() - entry.at < ENTRY_TTL_MS;
      if (current) return this.#served(entry.key!);
    }
    const key = await load();
    if (!key || !usable(key)) {
      this.#entries.delete(hash);
      return key && { key, touched: () => undefined };
    }
    // Only a generation read before this load can vouch for it; on a first look-up there was none to read.
    const vouched = entry?.accountId === key.account_id && generation !== undefined;
    this.#remember(hash, { accountId: key.account_id, ...(vouched && { key, generation }), at: Date.now() });
    return this.#served(key);
  }

  /** After a change that refuses keys of `accountId` has committed. */
  invalidateAccount(accountId: string): Promise<void> {
    return this.generations.bump(accountId);
  }

  #served(key: KeyForAuthentication): CachedKey {
    return { key, touched: (at) => (key.last_used_at = at) };
  }

  #remember(hash: string, entry: Entry): void {
    this.#entries.delete(hash);
    if (this.#entries.size >= MAX_ENTRIES) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(hash, entry);
  }
}
