/** Options for one call, passed as its last argument: `parley.messages.create(body, { timeout: 5_000 })`. */
export interface RequestOptions {
  /** Milliseconds to wait for Parley's answer (its headers, for streams and downloads) before retrying. */
  timeout?: number;
  /** How many times to retry a failed attempt; 0 turns retries off. */
  maxRetries?: number;
  /** The `Idempotency-Key` of a POST; by default one is generated per call and reused on every retry. */
  idempotencyKey?: string;
  /** Extra headers; `null` removes one the SDK would send. */
  headers?: Record<string, string | null>;
  /** Aborts the call, including its waits between retries and an open stream. */
  signal?: AbortSignal;
}
