const INITIAL_DELAY_MS = 500;
const MAX_BACKOFF_MS = 8_000;
/** A server asking for a longer pause than this is not waited for: the caller is better off failing now. */
const MAX_RETRY_AFTER_MS = 60_000;

/**
 * How long to wait before retry number `attempt` (0 for the first retry): what the answer's `retry-after-ms` or
 * `Retry-After` (seconds or an HTTP date) asks for, else exponential backoff with ±25 % jitter so that many clients
 * failing together do not come back together. `undefined` when Parley asks for more than a minute (an hourly
 * limit, say): retrying sooner would only be refused again, so the error goes to the caller now.
 */
export function retryDelayMs(attempt: number, headers?: Headers, now = Date.now()): number | undefined {
  const asked = requestedDelayMs(headers, now);
  if (asked !== undefined && asked > MAX_RETRY_AFTER_MS) return undefined;
  if (asked !== undefined && asked >= 0) return asked;
  const base = Math.min(INITIAL_DELAY_MS * 2 ** attempt, MAX_BACKOFF_MS);
  return base * (0.75 + Math.random() * 0.5);
}

function requestedDelayMs(headers: Headers | undefined, now: number): number | undefined {
  const milliseconds = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(milliseconds)) return milliseconds;
  const retryAfter = headers?.get('retry-after');
  if (!retryAfter) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(retryAfter)) return Number.parseFloat(retryAfter) * 1000;
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? undefined : date - now;
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
