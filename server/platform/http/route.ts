import type { Readable } from 'node:stream';
import type { operations } from '../../generated/openapi.js';
import type { Actor } from '../actor.js';
import type { Transaction } from '../db/database.js';
import type { Services } from '../services.js';
import type { IdempotencyRequest, IdempotentOutcome } from './idempotency.js';

export type OperationId = keyof operations;
/** Served outside the API pipeline (no auth, rate limit or transaction). */
export type PlatformOperationId = 'getHealth' | 'getReadiness' | 'getMetrics' | 'getOpenApiDocument' | 'getApiReference';
export type ApiOperationId = Exclude<OperationId, PlatformOperationId>;

type Op<O extends OperationId> = operations[O];
type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : undefined;
type Present<T> = [T] extends [never] ? Record<string, never> : NonNullable<T>;

type RequestBodyOf<R> = R extends { content: { 'multipart/form-data': unknown } }
  ? R extends { content: { 'application/json': infer B } }
    ? B | StreamedBody
    : StreamedBody
  : JsonOf<R>;
/** The parsed JSON body, or for a multipart/form-data request the unread stream (see isStreamed). */
export type BodyOf<O extends OperationId> = Op<O> extends { requestBody?: infer R } ? RequestBodyOf<NonNullable<R>> : undefined;
export type QueryOf<O extends OperationId> = Present<Op<O>['parameters']['query']>;
export type PathOf<O extends OperationId> = Present<Op<O>['parameters']['path']>;

type Responses<O extends OperationId> = Op<O>['responses'];
type SuccessStatus = 200 | 201 | 202 | 204;
export type ReplyOf<O extends OperationId> = {
  [S in keyof Responses<O> & SuccessStatus]:
    | { status: S; body: JsonOf<Responses<O>[S]>; cookies?: CookieInstruction[] }
    | { status: S; raw: RawBody };
}[keyof Responses<O> & SuccessStatus];

/** A non-JSON response (an image, an event stream), for the content types the spec declares. */
export interface RawBody {
  type: string;
  body: string | Buffer | Readable;
  headers?: Record<string, string>;
}

/**
 * A multipart/form-data request body, unread: the route streams it where it holds no database connection
 * (in `prepare`), and checks its parts itself, since the spec's schema cannot be applied to a stream.
 */
export interface StreamedBody {
  /** With its boundary parameter. */
  contentType: string;
  /** The declared Content-Length, when the client sent one. */
  length: number | undefined;
  stream: Readable;
}

/** Tells an operation that takes JSON or a form which one this request sent. */
export function isStreamed(body: unknown): body is StreamedBody {
  return typeof body === 'object' && body !== null && 'stream' in body && typeof (body as StreamedBody).stream?.pipe === 'function';
}

/** A cookie for the pipeline to set (value) or clear (null) with Parley's standard flags. */
export interface CookieInstruction {
  name: string;
  value: string | null;
  /** ISO-8601; a string so that a stored (idempotent) reply replays it unchanged. */
  expires?: string;
}

export interface RequestInfo {
  id: string;
  ip: string;
  /** Content negotiation: the first of `types` the client accepts, or false. */
  accepts(...types: string[]): string | false;
  /** A request header, or undefined when it is absent or empty. */
  header(name: string): string | undefined;
}

export interface HandlerInput<O extends OperationId, A> {
  body: BodyOf<O>;
  query: QueryOf<O>;
  params: PathOf<O>;
  actor: A;
  trx: Transaction;
  request: RequestInfo;
  services: Services;
}

export type Reply = { status: number; body: unknown; cookies?: CookieInstruction[] } | { status: number; raw: RawBody };

export type PrepareInput<O extends OperationId, A> = Omit<HandlerInput<O, A>, 'trx'>;

export interface Route {
  operationId: ApiOperationId;
  /** `signed`: a webhook another service signs (x-parley-signed-webhook); see signedWebhookRoute. */
  access: 'public' | 'authenticated' | 'signed';
  /**
   * Slow work (password hashing, reading an upload, fetching a media URL) done before the transaction, so it
   * holds no pooled connection. A retry with the Idempotency-Key of a stored reply is answered before it runs.
   */
  prepare?(input: PrepareInput<ApiOperationId, Actor | null>): Promise<unknown>;
  handle(input: HandlerInput<ApiOperationId, Actor | null> & { prepared: unknown }): Promise<Reply>;
  /**
   * The same work committed in a transaction shared with concurrent requests of the same tenant (group commit);
   * undefined for a request it does not take, which is then served alone (prepare, then `handle` in a
   * transaction of its own, with the Idempotency-Key's record). It takes only requests that need no prepare
   * step, answers each only after the shared transaction has committed, stores each keyed request's reply in
   * it, and hands a request back to `alone` (after that commit) whenever alone would answer it differently.
   */
  grouped?(input: GroupedInput): Promise<IdempotentOutcome> | undefined;
}

export type GroupedInput<O extends ApiOperationId = ApiOperationId> = PrepareInput<O, Actor> & {
  idempotency: IdempotencyRequest | undefined;
  /** Serves the request as if no group existed: what a request the group hands back gets. */
  alone(): Promise<IdempotentOutcome>;
};

type Handle<O extends OperationId, A, P> = (input: HandlerInput<O, A> & { prepared: P }) => Promise<ReplyOf<O>>;

/** A route that requires a credential; the spec must declare security for it, or the server will not start. */
export function authenticatedRoute<O extends ApiOperationId>(operationId: O, handle: Handle<O, Actor, undefined>): Route {
  return { operationId, access: 'authenticated', handle: handle as unknown as Route['handle'] };
}

/** A route anyone may call; the spec must declare `security: []` for it. */
export function publicRoute<O extends ApiOperationId>(operationId: O, handle: Handle<O, null, undefined>): Route {
  return { operationId, access: 'public', handle: handle as unknown as Route['handle'] };
}

function preparedRoute<O extends ApiOperationId, A, P>(
  access: Route['access'],
  operationId: O,
  prepare: (input: PrepareInput<O, A>) => Promise<P>,
  handle: Handle<O, A, P>,
): Route {
  return {
    operationId,
    access,
    prepare: prepare as unknown as Route['prepare'],
    handle: handle as unknown as Route['handle'],
  };
}

/** A public route whose slow first step runs before the transaction; its result arrives as `prepared`. */
export function preparedPublicRoute<O extends ApiOperationId, P>(
  operationId: O,
  prepare: (input: PrepareInput<O, null>) => Promise<P>,
  handle: Handle<O, null, P>,
): Route {
  return preparedRoute('public', operationId, prepare, handle);
}

/**
 * An authenticated route whose slow first step runs before the transaction, as the caller (`actor`, without
 * a transaction: a domain function opens its own tenant transaction if it must write); its result arrives
 * as `prepared`.
 */
export function preparedAuthenticatedRoute<O extends ApiOperationId, P>(
  operationId: O,
  prepare: (input: PrepareInput<O, Actor>) => Promise<P>,
  handle: Handle<O, Actor, P>,
  grouped?: (input: GroupedInput<O>) => Promise<IdempotentOutcome> | undefined,
): Route {
  return { ...preparedRoute('authenticated', operationId, prepare, handle), ...(grouped && { grouped: grouped as unknown as Route['grouped'] }) };
}

type SignedInput<O extends OperationId> = Omit<PrepareInput<O, null>, 'body'> & {
  /** The body's exact bytes: the signature covers them, and nothing has parsed them yet. */
  body: Buffer;
};

/**
 * A webhook another service sends and signs (Stripe's), declared `security: []` and `x-parley-signed-webhook`
 * in the spec. `prepare` gets the raw body and must check its signature before anything else; only requests
 * whose signature fails may spend the client address's budget (see rejectUnsigned), so the sender's correctly
 * signed requests are never refused for their rate. No Idempotency-Key handling: the sender's own event id is
 * what makes a repeat harmless.
 */
export function signedWebhookRoute<O extends ApiOperationId, P>(
  operationId: O,
  prepare: (input: SignedInput<O>) => Promise<P>,
  handle: (input: Omit<HandlerInput<O, null>, 'body'> & { body: Buffer; prepared: P }) => Promise<ReplyOf<O>>,
): Route {
  return { operationId, access: 'signed', prepare: prepare as unknown as Route['prepare'], handle: handle as unknown as Route['handle'] };
}
