import { stringify } from 'safe-stable-stringify';
import type { SecretBox } from '../crypto.js';
import { sha256Hex } from '../crypto.js';
import type { Transaction } from '../db/database.js';
import { ApiError, conflict, invalidRequest } from './errors.js';
import { jsonDepthExceeds, jsonTooDeep, MAX_JSON_DEPTH } from './input-text.js';
import type { Reply } from './route.js';

const RETENTION_HOURS = 24;
const SEALED_PURPOSE = 'idempotency-response';

export interface IdempotencyRequest {
  /** "acct_…:test:key_…" (account, mode, credential) for authenticated requests, "public" otherwise. */
  scope: string;
  accountId: string | null;
  key: string;
  method: string;
  path: string;
  body: unknown;
  requestId: string;
}

export type IdempotentOutcome = { replayed: false; reply: Reply } | { replayed: true; reply: Reply; originalRequestId: string };

interface StoredReply {
  reply: Reply;
  request_id: string;
}

export function idempotencyKeyFrom(header: string | undefined): string | undefined {
  if (header === undefined || header === '') return undefined;
  if (header.length > 255) {
    throw invalidRequest('idempotency_key_invalid', 'The Idempotency-Key header must be at most 255 characters.', 'Idempotency-Key');
  }
  return header;
}

/** A failure that a retry would meet again is stored and replayed; a transient one is not. */
const isReplayableError = (error: ApiError) =>
  error.status >= 400 && error.status < 500 && error.status !== 409 && error.status !== 429;

/**
 * The body is part of the request's identity; `null` for a request matched by its key alone (uploads). The
 * stringifier recurses, so the depth is bounded here too, not only by the validation that runs before.
 */
export function fingerprintOf(request: IdempotencyRequest): string {
  if (jsonDepthExceeds(request.body, MAX_JSON_DEPTH)) throw jsonTooDeep();
  return sha256Hex(`${request.method} ${request.path}\n${stringify(request.body ?? null)}`);
}

/**
 * The reply stored for (scope, key) while it is retained, to replay; a 422 when the key was used for another
 * request. Read without the lock, it may miss a request still running: runIdempotent has the final word.
 */
export async function findStoredReply(trx: Transaction, secrets: SecretBox, request: IdempotencyRequest): Promise<IdempotentOutcome | undefined> {
  const existing = await trx('idempotency_keys')
    .where({ scope: request.scope, key: request.key })
    .where('expires_at', '>', trx.fn.now())
    .first();
  if (!existing) return undefined;
  if (existing.fingerprint !== fingerprintOf(request)) {
    throw new ApiError(
      422,
      'idempotency_error',
      'idempotency_key_reused',
      'This Idempotency-Key was already used with a different request. Use a new key for a new request.',
      { param: 'Idempotency-Key' },
    );
  }
  const stored = JSON.parse(secrets.decrypt(SEALED_PURPOSE, existing.response_sealed).toString('utf8')) as StoredReply;
  return { replayed: true, reply: stored.reply, originalRequestId: stored.request_id };
}

/** The transaction-scoped advisory lock a request with this key holds while it runs (a header value cannot contain a newline). */
export const lockKeyOf = (request: IdempotencyRequest) => `${request.scope}\n${request.key}`;

/** How long a stored reply is kept, as SQL. */
export const RETENTION_SQL = `now() + interval '${RETENTION_HOURS} hours'`;

/** The `idempotency_keys` row that stores `reply` for `request` (without its created_at and expires_at). */
export function storedReplyRow(secrets: SecretBox, request: IdempotencyRequest, reply: Reply) {
  return {
    scope: request.scope,
    key: request.key,
    account_id: request.accountId,
    fingerprint: fingerprintOf(request),
    response_status: reply.status,
    response_sealed: secrets.encrypt(SEALED_PURPOSE, JSON.stringify({ reply, request_id: request.requestId } satisfies StoredReply)),
  };
}

/**
 * Runs `execute` at most once per (scope, key), inside the caller's transaction `trx`, so that the
 * handler's writes and the stored response commit together: a crash leaves neither, and the retry runs
 * afresh. A transaction-scoped advisory lock answers a concurrent duplicate with 409 at once instead of
 * letting it queue behind the first.
 */
export async function runIdempotent(
  trx: Transaction,
  secrets: SecretBox,
  request: IdempotencyRequest,
  execute: (trx: Transaction) => Promise<Reply>,
): Promise<IdempotentOutcome> {
  const lock = await trx.raw<{ rows: Array<{ locked: boolean }> }>('select pg_try_advisory_xact_lock(hashtextextended(?, 0)) as locked', [lockKeyOf(request)]);
  if (!lock.rows[0]?.locked) {
    throw conflict(
      'idempotency_key_in_use',
      'A request with this Idempotency-Key is still being processed. Retry once it has finished.',
      'Idempotency-Key',
    );
  }

  const stored = await findStoredReply(trx, secrets, request);
  if (stored) return stored;

  let reply: Reply;
  try {
    // A savepoint: a handler error rolls back its writes but keeps the lock, so the error can be stored.
    reply = await trx.transaction((inner) => execute(inner));
  } catch (error) {
    if (!(error instanceof ApiError) || !isReplayableError(error)) throw error;
    reply = { status: error.status, body: error.toBody(request.requestId) };
  }

  await trx('idempotency_keys').insert({
    ...storedReplyRow(secrets, request, reply),
    created_at: trx.fn.now(),
    expires_at: trx.raw(RETENTION_SQL),
  })
    // A record past its retention may still be there until the purge runs; under the lock, its key is free again.
    .onConflict(['scope', 'key'])
    .merge();
  return { replayed: false, reply };
}

/** Removes records past their retention; run periodically by the worker role. */
export async function purgeExpiredIdempotencyKeys(trx: Transaction): Promise<number> {
  return trx('idempotency_keys').where('expires_at', '<', trx.fn.now()).delete();
}
