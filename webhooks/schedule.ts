/**
 * When to try a failed delivery again: Svix's schedule, counted from each failure. The first attempt is
 * immediate; after the eighth failure the delivery is `failed` (about 28 hours after the event).
 */
export const RETRY_DELAYS_MS = [5_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 5 * 3_600_000, 10 * 3_600_000, 10 * 3_600_000] as const;

/** Each wait is stretched or shortened by up to this share, so retries after a shared outage do not arrive together. */
export const JITTER = 0.1;

/** A receiver's Retry-After (on 429 and 503) is honoured within these bounds. */
export const RETRY_AFTER_MIN_MS = 5_000;
export const RETRY_AFTER_MAX_MS = 10 * 3_600_000;

/**
 * The wait before the next attempt after attempt number `roundAttempts` (1-based, within the current round)
 * failed, or null when the schedule is spent. A Retry-After, already bounded, replaces the scheduled wait.
 */
export function retryDelay(roundAttempts: number, retryAfterMs: number | null, random: () => number = Math.random): number | null {
  const scheduled = RETRY_DELAYS_MS[roundAttempts - 1];
  if (scheduled === undefined) return null;
  if (retryAfterMs !== null) return retryAfterMs;
  return Math.round(scheduled * (1 - JITTER + 2 * JITTER * random()));
}

/**
 * A Retry-After header, in seconds or as an HTTP date, as a wait from `now` clamped to the bounds; null when
 * absent or unreadable.
 */
export function parseRetryAfter(value: string | undefined, now: Date): number | null {
  if (value === undefined) return null;
  const trimmed = value.trim();
  let ms: number;
  if (/^\d+$/.test(trimmed)) ms = Number(trimmed) * 1000;
  else {
    const at = Date.parse(trimmed);
    if (Number.isNaN(at)) return null;
    ms = at - now.getTime();
  }
  return Math.min(RETRY_AFTER_MAX_MS, Math.max(RETRY_AFTER_MIN_MS, ms));
}
