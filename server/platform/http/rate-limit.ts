import type { Redis } from 'ioredis';
import type Koa from 'koa';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../../config.js';
import { rateLimited, type ApiError } from './errors.js';

export interface Limiters {
  /** Per credential (API key, or console user). */
  api: RateLimiterAbstract;
  /** Per client address, for operations that need no credential. */
  public: RateLimiterAbstract;
  loginPerEmail: RateLimiterAbstract;
  loginPerIp: RateLimiterAbstract;
  /** Phone numbers looked up per connection per hour: WhatsApp bans numbers that do mass lookups. */
  numberChecks: RateLimiterAbstract;
  /** Emailed links (password resets, verifications) per recipient address and per client address, per hour. */
  emailLinksPerAddress: RateLimiterAbstract;
  emailLinksPerIp: RateLimiterAbstract;
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
    numberChecks: make('number-checks', config.NUMBER_CHECKS_PER_HOUR, 3600),
    emailLinksPerAddress: make('email-links-address', config.EMAIL_LINKS_PER_ADDRESS_PER_HOUR, 3600),
    emailLinksPerIp: make('email-links-ip', config.EMAIL_LINKS_PER_ADDRESS_PER_HOUR * 10, 3600),
  };
}

/**
 * Spends `points` (one by default) of `key`'s budget; throws a 429 with Retry-After once it is spent. With `ctx`,
 * the response carries the budget headers (the 429 too). With `refundRefused`, a refused request gives its points
 * back (the limiter counts them even when it refuses), so only what was carried out is charged.
 */
export async function consume(
  limiter: RateLimiterAbstract,
  key: string,
  message: string,
  ctx?: Koa.Context,
  { points = 1, refundRefused = false }: { points?: number; refundRefused?: boolean } = {},
): Promise<void> {
  let state: RateLimiterRes;
  try {
    state = await limiter.consume(key, points);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    // (Between the count and the refund a concurrent request may see the points as spent: a brief, safe overcount.)
    if (refundRefused) await limiter.reward(key, points).catch(() => undefined);
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

/**
 * Refuses a signed webhook whose signature failed: `400 <code>` while the address has budget left (its public
 * budget, like any unauthenticated request), `429` once it is spent. Only failures are charged.
 */
export async function rejectUnsigned(limiter: RateLimiterAbstract, ip: string, refusal: ApiError): Promise<never> {
  await consume(limiter, `unsigned:${ip}`, `Too many requests with a bad signature from this address; retry after the Retry-After seconds.`);
  throw refusal;
}

/** The API's per-request budget, with its headers on every response. */
export function enforce(ctx: Koa.Context, limiter: RateLimiterAbstract, key: string): Promise<void> {
  const message = `Too many requests: the limit is ${limiter.points} per ${limiter.duration} s. Retry after the Retry-After seconds.`;
  return consume(limiter, key, message, ctx);
}
