import type { Redis } from 'ioredis';
import type Koa from 'koa';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../../config.js';
import { rateLimited } from './errors.js';

export interface Limiters {
  /** Per credential (API key, or console user). */
  api: RateLimiterAbstract;
  /** Per client address, for operations that need no credential. */
  public: RateLimiterAbstract;
  loginPerEmail: RateLimiterAbstract;
  loginPerIp: RateLimiterAbstract;
}

/**
 * Redis-backed when Redis is configured, so limits hold across API nodes; in-process otherwise. While
 * Redis is unreachable each node falls back to counting in process rather than failing every request.
 */
export function createLimiters(config: Config, redis: Redis | undefined): Limiters {
  const make = (keyPrefix: string, points: number, duration: number) =>
    redis
      ? new RateLimiterRedis({
          storeClient: redis,
          keyPrefix: `${config.REDIS_KEY_PREFIX}rl:${keyPrefix}`,
          points,
          duration,
          insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration }),
        })
      : new RateLimiterMemory({ keyPrefix, points, duration });
  return {
    api: make('api', config.API_RATE_LIMIT, config.API_RATE_LIMIT_WINDOW_SECONDS),
    public: make('public', config.PUBLIC_RATE_LIMIT, config.PUBLIC_RATE_LIMIT_WINDOW_SECONDS),
    loginPerEmail: make('login-email', config.LOGIN_ATTEMPTS_PER_EMAIL, config.LOGIN_ATTEMPT_WINDOW_SECONDS),
    loginPerIp: make('login-ip', config.LOGIN_ATTEMPTS_PER_IP, config.LOGIN_ATTEMPT_WINDOW_SECONDS),
  };
}

/**
 * Spends one point of `key`'s budget; throws a 429 with Retry-After once it is spent. With `ctx`, the
 * response carries the budget headers (the 429 too).
 */
export async function consume(
  limiter: RateLimiterAbstract,
  key: string,
  message: string,
  ctx?: Koa.Context,
): Promise<void> {
  let state: RateLimiterRes;
  try {
    state = await limiter.consume(key);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    if (ctx) setRateLimitHeaders(ctx, limiter, rejection);
    throw rateLimited(message, rejection.msBeforeNext / 1000);
  }
  if (ctx) setRateLimitHeaders(ctx, limiter, state);
}

function setRateLimitHeaders(ctx: Koa.Context, limiter: RateLimiterAbstract, state: RateLimiterRes): void {
  ctx.set('RateLimit-Limit', String(limiter.points));
  ctx.set('RateLimit-Remaining', String(Math.max(0, state.remainingPoints)));
  ctx.set('RateLimit-Reset', String(Math.ceil(state.msBeforeNext / 1000)));
}

/** The API's per-request budget, with its headers on every response. */
export function enforce(ctx: Koa.Context, limiter: RateLimiterAbstract, key: string): Promise<void> {
  const message = `Too many requests: the limit is ${limiter.points} per ${limiter.duration} s. Retry after the Retry-After seconds.`;
  return consume(limiter, key, message, ctx);
}
