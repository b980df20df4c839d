/**
 * What every method returns: a promise of the parsed answer that also gives access to the HTTP response behind
 * it, without parsing anything twice.
 */

/** The `RateLimit-*` headers of an answer, when Parley sent them. */
export interface RateLimit {
  /** Requests allowed per window. */
  limit: number;
  /** Requests left in the current window. */
  remaining: number;
  /** Seconds until the window resets. */
  reset: number;
}

export interface WithResponse<T> {
  data: T;
  response: Response;
  /** The answer's `Request-Id`: quote it when asking for help. */
  requestId: string | null;
  rateLimit: RateLimit | null;
}

export function rateLimitOf(headers: Headers): RateLimit | null {
  const [limit, remaining, reset] = ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset'].map((name) => Number(headers.get(name) ?? NaN));
  if (!Number.isFinite(limit) || !Number.isFinite(remaining) || !Number.isFinite(reset)) return null;
  return { limit: limit!, remaining: remaining!, reset: reset! };
}

export class APIPromise<T> implements Promise<T> {
  readonly [Symbol.toStringTag] = 'APIPromise';
  #parsed: Promise<T> | undefined;

  constructor(
    /** Resolves with a 2xx response whose body is unread, or rejects with the error the request ended in. */
    protected readonly responsePromise: Promise<Response>,
    private readonly parse: (response: Response) => Promise<T>,
  ) {}

  /** The raw `Response`, body unread; the SDK does not parse it. */
  asResponse(): Promise<Response> {
    return this.responsePromise;
  }

  /** The parsed answer together with the response, its `Request-Id` and its rate-limit headers. */
  async withResponse(): Promise<WithResponse<T>> {
    const [data, response] = await Promise.all([this.#parse(), this.responsePromise]);
    return { data, response, requestId: response.headers.get('request-id'), rateLimit: rateLimitOf(response.headers) };
  }

  #parse(): Promise<T> {
    this.#parsed ??= this.responsePromise.then(this.parse);
    return this.#parsed;
  }

  then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#parse().then(onfulfilled, onrejected);
  }

  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.#parse().catch(onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#parse().finally(onfinally);
  }
}
