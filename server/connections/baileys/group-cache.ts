/** How long a group's metadata is trusted without a notification from WhatsApp. */
export const GROUP_METADATA_TTL_MS = 5 * 60_000;
const MAX_GROUPS = 5_000;

/**
 * Group metadata per group id, refreshed by WhatsApp's notifications and otherwise kept for a few minutes.
 * Concurrent look-ups of one group share one fetch, so a burst of messages to or from a group asks WhatsApp
 * once (WhatsApp answers bursts of metadata queries with rate-overlimit).
 */
export class CoalescingCache<T> {
  readonly #entries = new Map<string, { value: T; expiresAt: number }>();
  readonly #inFlight = new Map<string, Promise<T>>();
  /** Fetches made, for measurements and tests. */
  fetches = 0;

  constructor(
    private readonly fetch: (key: string) => Promise<T>,
    private readonly ttlMs = GROUP_METADATA_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): Promise<T> {
    const entry = this.#entries.get(key);
    if (entry && entry.expiresAt > this.now()) return Promise.resolve(entry.value);
    const pending = this.#inFlight.get(key);
    if (pending) return pending;
    this.fetches += 1;
    const started = this.fetch(key).then(
      (value) => {
        // A notification that invalidated the key while this fetch ran wins: it is newer.
        if (this.#inFlight.get(key) === started) this.set(key, value);
        return value;
      },
    ).finally(() => {
      if (this.#inFlight.get(key) === started) this.#inFlight.delete(key);
    });
    this.#inFlight.set(key, started);
    return started;
  }

  /** The cached value without asking, if any. */
  peek(key: string): T | undefined {
    const entry = this.#entries.get(key);
    return entry && entry.expiresAt > this.now() ? entry.value : undefined;
  }

  set(key: string, value: T): void {
    if (this.#entries.size >= MAX_GROUPS && !this.#entries.has(key)) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    this.#entries.set(key, { value, expiresAt: this.now() + this.ttlMs });
  }

  delete(key: string): void {
    this.#entries.delete(key);
    this.#inFlight.delete(key);
  }
}
