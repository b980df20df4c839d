import type { components } from '../../generated/openapi.js';

export type ErrorType = components['schemas']['Error']['type'];
export type ErrorBody = components['schemas']['ErrorResponse'];

/**
 * The one error contract: a stable snake_case code, an HTTP status and a message a person can act on.
 * Throw these from anywhere; the error middleware renders the envelope.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly type: ErrorType;
  readonly code: string;
  readonly param: string | undefined;
  readonly headers: Record<string, string>;
  /** Fields the envelope carries beside the standard ones for this code (`limit` for plan_limit_reached). */
  readonly details: Partial<Omit<ErrorBody['error'], 'type' | 'code' | 'message' | 'param' | 'request_id'>>;

  constructor(
    status: number,
    type: ErrorType,
    code: string,
    message: string,
    options: { param?: string; headers?: Record<string, string>; details?: ApiError['details'] } = {},
  ) {
    super(message);
    this.status = status;
    this.type = type;
    this.code = code;
    this.param = options.param;
    this.headers = options.headers ?? {};
    this.details = options.details ?? {};
  }

  toBody(requestId: string): ErrorBody {
    return {
      error: {
        type: this.type,
        code: this.code,
        message: this.message,
        ...(this.param === undefined ? {} : { param: this.param }),
        ...this.details,
        request_id: requestId,
      },
    };
  }
}

export const invalidRequest = (code: string, message: string, param?: string) =>
  new ApiError(400, 'invalid_request_error', code, message, param === undefined ? {} : { param });

export const unauthenticated = (code: string, message: string) =>
  new ApiError(401, 'authentication_error', code, message);

export const forbidden = (code: string, message: string) => new ApiError(403, 'permission_error', code, message);

/** `param` names where the id came from when it is not the path's `id` (`image.media_id`). */
export const notFound = (what: string, id: string, param = 'id') =>
  new ApiError(404, 'not_found_error', 'resource_missing', `No ${what} with id ${id} exists in this account.`, { param });

export const conflict = (code: string, message: string, param?: string) =>
  new ApiError(409, 'conflict_error', code, message, param === undefined ? {} : { param });

export const rateLimited = (message: string, retryAfterSeconds: number) =>
  new ApiError(429, 'rate_limit_error', 'rate_limited', message, {
    headers: { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))) },
  });

interface PgLikeError {
  code?: unknown;
  name?: unknown;
  /** objection wraps driver errors (DBError) and keeps the driver's error here. */
  nativeError?: unknown;
}

/**
 * pg reports a connection that dropped mid-query (a restart, a failover) with these messages and no code:
 * the one place where a database error is recognised by its text. knex may prefix it with the statement
 * ("ROLLBACK - Connection terminated unexpectedly").
 */
const DROPPED =
  /(^|\s-\s)(Connection terminated( unexpectedly| due to connection timeout)?|Client has encountered a connection error and is not queryable)$/;

/** Socket-level failures reaching PostgreSQL, as Node reports them. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);

/** The database cannot be reached or is restarting: nothing was committed, and a retry shortly may succeed. */
export const databaseUnavailable = () =>
  new ApiError(503, 'api_error', 'database_unavailable', 'Parley cannot reach its database right now; nothing was stored. Retry shortly with the same Idempotency-Key.', {
    headers: { 'Retry-After': '1' },
  });

function unavailable(error: PgLikeError, code: unknown): boolean {
  // knex gives up waiting for a pooled connection (all of them are stuck reconnecting).
  if (error.name === 'KnexTimeoutError') return true;
  if (error instanceof Error && DROPPED.test(error.message)) return true;
  if (typeof code !== 'string') return false;
  // Class 08: connection exceptions; 57P01-57P03: the server is shutting down or starting; 53300: no slots.
  return UNREACHABLE.has(code) || code.startsWith('08') || /^57P0[1-3]$/.test(code) || code === '53300';
}

/** Database errors are mapped by SQLSTATE (or Node's socket error code). Unknown ones stay unmapped (500). */
export function fromDatabaseError(error: unknown): ApiError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const outer = error as PgLikeError;
  const inner = typeof outer.nativeError === 'object' && outer.nativeError !== null ? (outer.nativeError as PgLikeError) : outer;
  const code = inner.code ?? outer.code;
  if (unavailable(outer, code) || unavailable(inner, code)) return databaseUnavailable();
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return undefined;
  switch (code) {
    case '23505':
      return conflict('resource_already_exists', 'An object with these values already exists.');
    case '22P02':
    case '22001':
    case '22003':
      return invalidRequest('parameter_invalid', 'A parameter has a value the database cannot store.');
    case '40001':
    case '40P01':
      return new ApiError(409, 'conflict_error', 'concurrent_update', 'The request raced with another one; retry it.');
    default:
      return undefined;
  }
}
