import type Koa from 'koa';
import { audited } from '../../audit/record.js';
import { authenticate } from '../../auth/authenticate.js';
import { roleAllows, type Role } from '../../auth/roles.js';
import { SESSION_COOKIE } from '../../auth/sessions.js';
import type { Actor } from '../actor.js';
import type { Transaction } from '../db/database.js';
import type { Services } from '../services.js';
import { multipartBody, readJsonBody, readRawBody } from './body.js';
import { ApiError, forbidden } from './errors.js';
import { findStoredReply, idempotencyKeyFrom, runIdempotent, type IdempotencyRequest, type IdempotentOutcome } from './idempotency.js';
import { enforce } from './rate-limit.js';
import type { RequestState } from './request-context.js';
import type { CookieInstruction, Route } from './route.js';
import type { Operation } from './spec.js';
import type { Validator } from './validation.js';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The same chain on every API route: authenticate (failures count against the client address) → rate
 * limit → parse and validate → prepare → transaction (with idempotency on POST) → handler → response.
 * A multipart/form-data body is not read here: the route gets its stream (see StreamedBody).
 */
export function apiPipeline(operation: Operation, route: Route, services: Services, validator: Validator): Koa.Middleware {
  const validators = validator.request(operation.id);
  const { db, limiters, config, secrets } = services;

  return async (ctx) => {
    const state = ctx.state as RequestState;
    let actor: Actor | null = null;
    if (route.access === 'public') {
      await enforce(ctx, limiters.public, ctx.ip);
    } else if (route.access === 'signed') {
      // The route checks the signature and charges only failures (rejectUnsigned): a flood of forged requests
      // is limited per address, while the sender's own requests always get through.
    } else {
      try {
        actor = await authenticate(
          services,
          {
            authorization: ctx.get('Authorization') || undefined,
            sessionToken: ctx.cookies.get(SESSION_COOKIE) || undefined,
            csrfToken: ctx.get('X-CSRF-Token') || undefined,
            modeHeader: ctx.get('Parley-Mode') || undefined,
            isWrite: !READ_METHODS.has(ctx.method),
          },
          operation.security,
        );
      } catch (error) {
        // Guessing credentials spends the client address's budget, like any unauthenticated call.
        if (error instanceof ApiError && error.status === 401) await enforce(ctx, limiters.public, ctx.ip);
        throw error;
      }
      state.actor = actor;
      if (operation.platformAdmin && !(actor.kind === 'session' && actor.isPlatformAdmin)) {
        throw forbidden('platform_admin_required', 'Only platform admins may call this endpoint.');
      }
      // Refusals below spend the caller's budget too: probing for what a credential may do is rate limited.
      await enforce(ctx, limiters.api, actor.kind === 'api_key' ? `key:${actor.keyId}` : `user:${actor.userId}`);
      if (operation.platformAdmin && config.ADMIN_REQUIRE_TWO_FACTOR && actor.kind === 'session' && !actor.twoFactor) {
        throw forbidden('two_factor_required', 'Platform admins must use two-factor authentication: turn it on with POST /v1/auth/2fa/setup, then POST /v1/auth/2fa/enable.');
      }
      if (actor.kind === 'session' && actor.twoFactorMissing && !TWO_FACTOR_SETUP.has(operation.id)) {
        throw forbidden('two_factor_required', 'This account requires its owners to use two-factor authentication: turn it on with POST /v1/auth/2fa/setup, then POST /v1/auth/2fa/enable.');
      }
      if (operation.role && !roleAllows(actor.role, operation.role)) throw insufficientRole(actor, operation.id, operation.role);
    }

    const params = { ...ctx.params };
    const query = { ...ctx.query };
    validator.check(validators.path, params, 'path');
    validator.check(validators.query, query, 'query');
    let body: unknown;
    const streamed = operation.body === 'multipart' || (operation.body === 'json_or_multipart' && ctx.request.is('multipart/form-data') !== false);
    if (streamed) {
      body = multipartBody(ctx);
    } else if (operation.body === 'raw') {
      body = await readRawBody(ctx, config.MAX_BODY_BYTES);
    } else if (operation.body !== 'none') {
      body = await readJsonBody(ctx, config.MAX_BODY_BYTES);
      validator.check(validators.body, body, 'body');
    }

    // Platform-admin work looks across tenants by design; everything else is confined to the caller's account.
    const inTransaction = <T>(work: (trx: Transaction) => Promise<T>) =>
      actor && !operation.platformAdmin ? db.tenant(actor, work) : db.system(work);
    const idempotencyKey = ctx.method === 'POST' && route.access !== 'signed' ? idempotencyKeyFrom(ctx.get('Idempotency-Key') || undefined) : undefined;
    const idempotency: IdempotencyRequest | undefined =
      idempotencyKey === undefined
        ? undefined
        : {
            // Per credential: a stored reply (which may hold a secret shown once) replays only to its caller.
            scope: actor ? `${actor.accountId}:${actor.mode}:${actor.kind === 'api_key' ? actor.keyId : actor.sessionId}` : 'public',
            accountId: actor?.accountId ?? null,
            key: idempotencyKey,
            method: ctx.method,
            path: ctx.path,
            // A streamed body is matched by the key alone: hashing it would mean reading it all before knowing
            // whether this is a retry, which is what answering early from the stored reply avoids.
            body: streamed ? null : body,
            requestId: state.requestId,
          };

    const request = { id: state.requestId, ip: ctx.ip, accepts: (...types: string[]) => ctx.accepts(types), header: (name: string) => ctx.get(name) || undefined };
    const input = { body, query, params, actor, request, services };
    /** The request in a transaction of its own. */
    const alone = async (): Promise<IdempotentOutcome> => {
      // A retry must not redo the slow first step (store an upload again, fetch a media URL again).
      const stored = idempotency && route.prepare ? await inTransaction((trx) => findStoredReply(trx, secrets, idempotency)) : undefined;
      if (stored) return stored;
      const prepared = route.prepare ? await route.prepare(input as Parameters<NonNullable<Route['prepare']>>[0]) : undefined;
      const run = (trx: Transaction) => route.handle({ ...input, trx, prepared } as Parameters<Route['handle']>[0]);
      const audit = operation.audit;
      const handle =
        audit && actor
          ? (trx: Transaction) =>
              audited(trx, audit, {
                actor,
                accountId: !operation.platformAdmin ? actor.accountId : audit.scope === 'platform' ? null : String(params.id),
                ip: ctx.ip,
                userAgent: ctx.get('User-Agent') || undefined,
                requestId: state.requestId,
                targetId: typeof params.id === 'string' ? params.id : undefined,
                params,
                platformAdmin: operation.platformAdmin,
              }, () => run(trx))
          : run;
      return idempotency ? inTransaction((trx) => runIdempotent(trx, secrets, idempotency, handle)) : { replayed: false, reply: await inTransaction(handle) };
    };
    // Group commit (see Route.grouped): a tenant's own request, on an unaudited operation, may share its transaction.
    const grouped =
      route.grouped && actor && !operation.audit && !operation.platformAdmin
        ? route.grouped({ ...input, actor, idempotency, alone } as Parameters<NonNullable<Route['grouped']>>[0])
        : undefined;
    const outcome = await (grouped ?? alone());
    if (outcome.replayed) {
      ctx.set('Idempotent-Replayed', 'true');
      ctx.set('Original-Request', outcome.originalRequestId);
    }
    const { reply } = outcome;

    ctx.status = reply.status;
    if ('raw' in reply) {
      ctx.type = reply.raw.type;
      // After the type, so that a route may send an exact Content-Type (Koa would add a charset to text types).
      for (const [name, value] of Object.entries(reply.raw.headers ?? {})) ctx.set(name, value);
      ctx.body = reply.raw.body;
      return;
    }
    for (const cookie of reply.cookies ?? []) setCookie(ctx, cookie);
    if (reply.body !== undefined) ctx.body = reply.body;
  };
}

function setCookie(ctx: Koa.Context, cookie: CookieInstruction): void {
  ctx.cookies.set(cookie.name, cookie.value ?? '', {
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.secure,
    path: '/',
    overwrite: true,
    ...(cookie.value === null ? { expires: new Date(0) } : cookie.expires ? { expires: new Date(cookie.expires) } : {}),
  });
}

function insufficientRole(actor: Actor, operationId: string, required: Role): ApiError {
  const needs = `${operationId} needs the ${required} role${required === 'owner' ? '' : ' or above'}`;
  return forbidden(
    'insufficient_role',
    actor.kind === 'api_key'
      ? actor.role === 'viewer'
        ? `This API key is read-only (it acts as a viewer); ${needs}. Use a full key.`
        : `An API key acts as a developer; ${needs}. Sign in to the console as a member with that role.`
      : `Your role in this account is ${actor.role}; ${needs}. Ask an owner or admin of the account to change your role.`,
  );
}

/** What an owner who must turn on two-factor authentication may still do: that, and look around or leave. */
const TWO_FACTOR_SETUP = new Set(['getSession', 'logout', 'setupTwoFactor', 'enableTwoFactor', 'listMyAccounts', 'switchAccount']);
