/**
 * Every error the SDK throws. An answer from Parley becomes an `APIError` subclass chosen by its status in
 * `APIError.from`, the only place that maps statuses to classes; failing to reach Parley at all is an
 * `APIConnectionError`.
 */

/** The base of every error thrown by the SDK. */
export class ParleyError extends Error {
  override name = 'ParleyError';
}

/** The `error` object of Parley's error answers. */
export interface ErrorBody {
  type?: string;
  code?: string;
  message?: string;
  param?: string;
  request_id?: string;
  [key: string]: unknown;
}

/** Parley answered with an error status, or with a body the SDK could not read. */
export class APIError extends ParleyError {
  override name = 'APIError';
  /** The HTTP status. */
  readonly status: number;
  /** Parley's stable snake_case error code, such as `parameter_invalid`. */
  readonly code: string | undefined;
  /** The error's type, such as `invalid_request_error`. */
  readonly type: string | undefined;
  /** The parameter or header the error is about, when there is one. */
  readonly param: string | undefined;
  /** The `Request-Id` of the answer: quote it when asking for help. */
  readonly requestId: string | undefined;
  readonly headers: Headers;
  /** The `error` object as Parley sent it, or `undefined` when the body was not a Parley error. */
  readonly error: ErrorBody | undefined;

  constructor(status: number, error: ErrorBody | undefined, message: string, headers: Headers) {
    super(message);
    this.status = status;
    this.error = error;
    this.code = error?.code;
    this.type = error?.type;
    this.param = error?.param;
    this.headers = headers;
    this.requestId = headers.get('request-id') ?? error?.request_id;
  }

  /** The error for a non-2xx answer; `bodyText` is the raw body, which may not be JSON at all. */
  static from(status: number, bodyText: string, headers: Headers): APIError {
    const error = parseErrorBody(bodyText);
    const location = headers.get('location');
    // Requests are sent with `redirect: 'manual'`; a browser reports the redirect as status 0 and hides Location.
    const message =
      (status >= 300 && status < 400) || status === 0
        ? `${status || 'A'} redirect${location ? ` to ${location}` : ''}, not followed: Parley does not redirect, so check baseUrl ` +
          '(https rather than http, or the address of a proxy in front of Parley)'
        : error?.message
          ? `${status} ${error.code ?? 'error'}: ${error.message}`
          : `${status} from Parley with a body that is not a Parley error: ${excerpt(bodyText)}`;
    const Class = classForStatus(status);
    return new Class(status, error, message, headers);
  }
}

export class BadRequestError extends APIError {
  override name = 'BadRequestError';
}
export class AuthenticationError extends APIError {
  override name = 'AuthenticationError';
}
export class PermissionDeniedError extends APIError {
  override name = 'PermissionDeniedError';
}
export class NotFoundError extends APIError {
  override name = 'NotFoundError';
}
export class ConflictError extends APIError {
  override name = 'ConflictError';
}
export class UnprocessableEntityError extends APIError {
  override name = 'UnprocessableEntityError';
}
export class RateLimitError extends APIError {
  override name = 'RateLimitError';
}
export class InternalServerError extends APIError {
  override name = 'InternalServerError';
}

function classForStatus(status: number): typeof APIError {
  if (status === 400) return BadRequestError;
  if (status === 401) return AuthenticationError;
  if (status === 403) return PermissionDeniedError;
  if (status === 404) return NotFoundError;
  if (status === 409) return ConflictError;
  if (status === 422) return UnprocessableEntityError;
  if (status === 429) return RateLimitError;
  if (status >= 500) return InternalServerError;
  return APIError;
}

/** Parley could not be reached: DNS, refused or dropped connections. Retried before it is thrown. */
export class APIConnectionError extends ParleyError {
  override name = 'APIConnectionError';
  constructor(
    readonly baseUrl: string,
    options: { message?: string; cause?: unknown } = {},
  ) {
    super(options.message ?? `Could not reach Parley at ${baseUrl}: ${describeCause(options.cause)}`, { cause: options.cause });
  }
}

/** No answer came within the timeout. Retried before it is thrown. */
export class APIConnectionTimeoutError extends APIConnectionError {
  override name = 'APIConnectionTimeoutError';
  constructor(baseUrl: string, timeoutMs: number) {
    super(baseUrl, { message: `Parley at ${baseUrl} did not answer within ${timeoutMs} ms` });
  }
}

/** The caller's AbortSignal ended the request. Never retried. */
export class APIUserAbortError extends ParleyError {
  override name = 'APIUserAbortError';
  constructor() {
    super('The request was aborted');
  }
}

/** A webhook's headers or signature did not check out: do not trust its body. */
export class WebhookVerificationError extends ParleyError {
  override name = 'WebhookVerificationError';
}

export function parseErrorBody(text: string): ErrorBody | undefined {
  try {
    const parsed = JSON.parse(text) as { error?: unknown };
    return typeof parsed?.error === 'object' && parsed.error !== null ? (parsed.error as ErrorBody) : undefined;
  } catch {
    return undefined;
  }
}

export function excerpt(text: string, length = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat === '') return '(empty body)';
  return JSON.stringify(flat.length > length ? `${flat.slice(0, length)}…` : flat);
}

function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  // undici reports `fetch failed` and keeps the useful part (ECONNREFUSED, ENOTFOUND) in its own cause.
  const inner = cause.cause instanceof Error ? cause.cause.message : undefined;
  return inner ? `${cause.message} (${inner})` : cause.message;
}
