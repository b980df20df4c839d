import type Koa from 'koa';
import type { Actor } from '../actor.js';
import { newId } from '../ids.js';
import type { Logger } from '../logger.js';
import type { Services } from '../services.js';
import { ApiError, fromDatabaseError } from './errors.js';
import type { Operation } from './spec.js';
import type { Validator } from './validation.js';

export interface RequestState {
  requestId: string;
  log: Logger;
  operation?: Operation;
  actor?: Actor;
}

const internalError = () =>
  new ApiError(
    500,
    'api_error',
    'internal_error',
    'Something went wrong on our side. Retry with the same Idempotency-Key; if it persists, contact support with the request id.',
  );

/** For responses that left the pipeline without a body: unmatched routes, methods and the like. */
function fromBareStatus(ctx: Koa.Context): ApiError {
  switch (ctx.status) {
    case 404:
      return new ApiError(404, 'invalid_request_error', 'route_not_found', `No route for ${ctx.method} ${ctx.path}. The API reference is at /docs.`);
    case 405:
      return new ApiError(
        405,
        'invalid_request_error',
        'method_not_allowed',
        `${ctx.method} is not allowed on ${ctx.path}; allowed: ${ctx.response.get('Allow') || 'none'}.`,
      );
    case 501:
      return new ApiError(501, 'invalid_request_error', 'method_not_implemented', `Parley does not implement ${ctx.method}.`);
    default:
      return new ApiError(ctx.status, 'invalid_request_error', 'request_invalid', 'The request could not be served.');
  }
}

/**
 * The outermost middleware: request id, the error envelope for everything (never a stack trace),
 * optional response validation against the spec, the latency histogram and one log line per request.
 */
export function requestContext(services: Services, validator: Validator): Koa.Middleware {
  const { logger, metrics, config } = services;
  return async (ctx, next) => {
    const started = process.hrtime.bigint();
    const requestId = newId('request');
    const log = logger.child({ request_id: requestId });
    const state = ctx.state as RequestState;
    state.requestId = requestId;
    state.log = log;
    ctx.set('Request-Id', requestId);

    try {
      await next();
      if (ctx.status >= 400 && (ctx.body === undefined || ctx.body === null)) throw fromBareStatus(ctx);
    } catch (error) {
      let apiError = error instanceof ApiError ? error : fromDatabaseError(error);
      if (apiError?.code === 'database_unavailable') log.warn({ err: error }, 'the database could not be reached');
      if (!apiError) {
        log.error({ err: error }, 'unhandled error');
        apiError = internalError();
      }
      ctx.status = apiError.status;
      for (const [name, value] of Object.entries(apiError.headers)) ctx.set(name, value);
      ctx.body = apiError.toBody(requestId);
    }

    if (config.PARLEY_VALIDATE_RESPONSES && state.operation) {
      const declared = validator.declares(state.operation, ctx.status);
      const validate = ctx.response.is('application/json') ? validator.response(state.operation, ctx.status) : undefined;
      if (!declared || (validate && !validate(ctx.body))) {
        log.error({ errors: validate?.errors, status: ctx.status, declared }, 'response does not match the OpenAPI document');
        ctx.status = 500;
        ctx.body = new ApiError(500, 'api_error', 'response_invalid', 'The response did not match the API contract.').toBody(requestId);
      }
    }

    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const route = state.operation?.path ?? 'unmatched';
    metrics.httpDuration.observe({ method: ctx.method, route, status: String(ctx.status) }, seconds);
    log.info(
      {
        method: ctx.method,
        path: ctx.path,
        route,
        status: ctx.status,
        duration_ms: Math.round(seconds * 1000),
        account_id: state.actor?.accountId,
      },
      'request completed',
    );
  };
}
