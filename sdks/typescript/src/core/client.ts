/**
 * The request loop every method goes through: it builds the request, owns timeouts and retries (with one
 * `Idempotency-Key` per POST across all its attempts), and turns the answer into a value or an `APIError`.
 */
import { retryDelayMs, sleep } from '../internal/backoff.js';
import { readEnv } from '../internal/env.js';
import { newIdempotencyKey } from '../internal/idempotency-key.js';
import { buildUrl, type QueryValue } from '../internal/url.js';
import { APIPromise } from './api-promise.js';
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError, ParleyError, excerpt, parseErrorBody } from './errors.js';
import { Page, PagePromise, type ListResponse } from './pagination.js';
import type { RequestOptions } from './request-options.js';
import { Stream } from './streaming.js';
import { Download } from './uploads.js';

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export interface ClientOptions {
  /**
   * A secret API key (`parley_test_…` or `parley_live_…`); defaults to `PARLEY_API_KEY` in Node. Pass `null` for calls that
   * need no key (sign-up, log-in) or for a console session carried by its cookie (`fetchOptions: { credentials:
   * 'include' }` with `csrfToken`).
   */
  apiKey?: string | null;
  /** Defaults to `PARLEY_BASE_URL` in Node, else `http://127.0.0.1:8080`. */
  baseUrl?: string;
  /** Milliseconds to wait for each attempt's answer; default 60 000. */
  timeout?: number;
  /** Retries of a failed attempt; default 2. */
  maxRetries?: number;
  /** A `fetch` to use instead of the global one. */
  fetch?: Fetch;
  /** Merged into every `fetch` call's init, such as `{ credentials: 'include' }`. */
  fetchOptions?: RequestInit;
  /** Sent with every request. */
  defaultHeaders?: Record<string, string>;
  /** A console session's CSRF token, sent as `X-CSRF-Token` with its writes. */
  csrfToken?: string;
  /** For a console session: which mode's data to act on, sent as `Parley-Mode`. */
  mode?: 'test' | 'live';
  /** The default secret for `webhooks.unwrap`; defaults to `PARLEY_WEBHOOK_SECRET` in Node. */
  webhookSecret?: string;
}

export const DEFAULT_BASE_URL = 'http://127.0.0.1:8080';
const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RETRIES = 2;

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** One operation's request, as a generated method describes it. */
export interface RequestSpec {
  method: HttpMethod;
  path: string;
  query?: Record<string, QueryValue>;
  /** A JSON value, or a multipart body (which may still be in the making, for streams read into a file). */
  body?: unknown;
  /** The operation takes an `Idempotency-Key`. */
  idempotent?: boolean;
  accept?: string;
}

export class BaseClient {
  readonly baseUrl: string;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly webhookSecret: string | undefined;
  readonly #apiKey: string | null;
  readonly #fetch: Fetch;
  readonly #fetchOptions: RequestInit;
  readonly #headers: Record<string, string>;

  constructor(options: ClientOptions = {}) {
    const apiKey = options.apiKey === undefined ? readEnv('PARLEY_API_KEY') : options.apiKey;
    if (apiKey === undefined || apiKey === '') {
      throw new ParleyError(
        'Parley needs an API key: pass new Parley({ apiKey }) or set PARLEY_API_KEY. ' +
          'Create one in the console or with POST /v1/api-keys; pass apiKey: null only for sign-up, log-in or a console session.',
      );
    }
    this.#apiKey = apiKey;
    this.baseUrl = (options.baseUrl ?? readEnv('PARLEY_BASE_URL') ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
    try {
      new URL(this.baseUrl);
    } catch {
      throw new ParleyError(`Parley's baseUrl must be an absolute URL such as ${DEFAULT_BASE_URL}, not ${JSON.stringify(this.baseUrl)}`);
    }
    this.timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
    this.maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    this.webhookSecret = options.webhookSecret ?? readEnv('PARLEY_WEBHOOK_SECRET');
    const globalFetch = globalThis.fetch as Fetch | undefined;
    const fetchImpl = options.fetch ?? (globalFetch ? (input: string, init: RequestInit) => globalFetch(input, init) : undefined);
    if (!fetchImpl) throw new ParleyError('No fetch in this runtime: use Node 20 or later, or pass new Parley({ fetch })');
    this.#fetch = fetchImpl;
    this.#fetchOptions = options.fetchOptions ?? {};
    this.#headers = {
      ...(options.csrfToken ? { 'x-csrf-token': options.csrfToken } : {}),
      ...(options.mode ? { 'parley-mode': options.mode } : {}),
      ...lowerCaseKeys(options.defaultHeaders ?? {}),
    };
  }

  /** A JSON (or empty, text or file) answer. */
  request<T>(spec: RequestSpec, options: RequestOptions | undefined, parse: (response: Response) => Promise<T>): APIPromise<T> {
    return new APIPromise(this.#send(spec, options), parse);
  }

  /** A page of a cursor-paged list, walkable with `for await` across every page. */
  requestPage<Item>(spec: RequestSpec, options?: RequestOptions): PagePromise<Item> {
    const fetchPage = (query: Record<string, QueryValue>): PagePromise<Item> =>
      new PagePromise<Item>(this.#send({ ...spec, query }, options), async (response) => {
        const body = await parseJson<ListResponse<Item>>(response);
        return new Page(body, query, fetchPage);
      });
    return fetchPage(spec.query ?? {});
  }

  /**
   * A server-sent-events stream, resolved once Parley has answered (so an auth error is thrown here, not while
   * iterating), that reconnects with `Last-Event-ID` when the connection drops.
   */
  requestStream<T>(spec: RequestSpec, options: RequestOptions = {}): APIPromise<Stream<T>> {
    const controller = new AbortController();
    if (options.signal?.aborted) controller.abort();
    options.signal?.addEventListener('abort', () => controller.abort(), { once: true });
    const signal = controller.signal;
    const open = (lastEventId: string | undefined) =>
      this.#send(
        { ...spec, accept: 'text/event-stream' },
        { ...options, signal, headers: { ...options.headers, ...(lastEventId ? { 'last-event-id': lastEventId } : {}) } },
      );
    return new APIPromise(open(undefined), async (response) => new Stream<T>(response, open, controller));
  }

  /** Sends `spec`, retrying what may be retried, and resolves with a 2xx response or rejects with its error. */
  async #send(spec: RequestSpec, options: RequestOptions = {}): Promise<Response> {
    const maxRetries = options.maxRetries ?? this.maxRetries;
    const timeout = options.timeout ?? this.timeout;
    const url = buildUrl(this.baseUrl, spec.path, spec.query);
    const body = await spec.body;
    const isJson = body !== undefined && !(body instanceof FormData);
    const headers: Record<string, string> = {
      accept: spec.accept ?? 'application/json',
      ...(this.#apiKey ? { authorization: `Bearer ${this.#apiKey}` } : {}),
      ...(isJson ? { 'content-type': 'application/json' } : {}),
      ...(spec.idempotent ? { 'idempotency-key': options.idempotencyKey ?? newIdempotencyKey() } : {}),
      ...this.#headers,
    };
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      if (value === null) delete headers[name.toLowerCase()];
      else headers[name.toLowerCase()] = value;
    }
    const init: RequestInit = {
      ...this.#fetchOptions,
      method: spec.method.toUpperCase(),
      // Parley never redirects: following one would turn a POST into a GET, so a 3xx is reported instead.
      redirect: 'manual',
      headers,
      body: isJson ? JSON.stringify(body) : (body as FormData | undefined),
    };

    for (let attempt = 0; ; attempt++) {
      const retriesLeft = attempt < maxRetries;
      let response: Response;
      try {
        response = await this.#attempt(url, init, timeout, options.signal);
      } catch (error) {
        if (!(error instanceof APIConnectionError) || !retriesLeft) throw error;
        await this.#pause(retryDelayMs(attempt) ?? 0, options.signal);
        continue;
      }
      if (response.ok) return response;
      const delay = retriesLeft && (await isRetryable(response)) ? retryDelayMs(attempt, response.headers) : undefined;
      if (delay !== undefined) {
        await response.body?.cancel().catch(() => undefined);
        await this.#pause(delay, options.signal);
        continue;
      }
      throw APIError.from(response.status, await response.text().catch(() => ''), response.headers);
    }
  }

  /** One fetch, bounded by the timeout (until its headers arrive) and the caller's signal. */
  async #attempt(url: string, init: RequestInit, timeout: number, signal: AbortSignal | undefined): Promise<Response> {
    if (signal?.aborted) throw new APIUserAbortError();
    const timer = new AbortController();
    const handle = setTimeout(() => timer.abort(), timeout);
    try {
      return await this.#fetch(url, { ...init, signal: signal ? AbortSignal.any([signal, timer.signal]) : timer.signal });
    } catch (error) {
      if (signal?.aborted) throw new APIUserAbortError();
      if (timer.signal.aborted) throw new APIConnectionTimeoutError(this.baseUrl, timeout);
      throw new APIConnectionError(this.baseUrl, { cause: error });
    } finally {
      clearTimeout(handle);
    }
  }

  async #pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
    try {
      await sleep(ms, signal);
    } catch {
      throw new APIUserAbortError();
    }
  }
}

/** 408, 429 and 5xx, and a 409 saying the same Idempotency-Key is still being worked on; never another 4xx. */
async function isRetryable(response: Response): Promise<boolean> {
  const { status } = response;
  if (status === 408 || status === 429 || status >= 500) return true;
  if (status !== 409) return false;
  const error = parseErrorBody(await response.clone().text().catch(() => ''));
  return error?.code === 'idempotency_key_in_use';
}

/** A JSON answer, or an `APIError` with the status and an excerpt of a body that is not JSON. */
export async function parseJson<T>(response: Response): Promise<T> {
  const text = await response.text();
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new APIError(response.status, undefined, `${response.status} from Parley with a body that is not JSON: ${excerpt(text)}`, response.headers);
  }
}

export const parseEmpty = async (response: Response): Promise<void> => {
  await response.body?.cancel().catch(() => undefined);
};
export const parseText = (response: Response): Promise<string> => response.text();
export const parseDownload = async (response: Response): Promise<Download> => new Download(response);

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}
