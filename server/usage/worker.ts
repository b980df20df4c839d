import type { Services } from '../platform/services.js';
import { countConnectionDays } from './ledger.js';

const INTERVAL_MS = 60_000;

/**
 * A connection counts a connection-day when it connects; one that stays connected past midnight (UTC) is
 * counted for the new day here, within a minute. Any worker may run it: the day's row is unique per connection.
 */
export function startUsageCounting(services: Services): () => void {
  const count = () =>
    services.db
      .system((trx) => countConnectionDays(trx, services.config))
      .catch((error: unknown) => services.logger.error({ err: error }, 'counting connection-days failed'));
  const timer = setInterval(() => void count(), INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
