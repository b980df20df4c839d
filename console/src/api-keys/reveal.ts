import type { ApiKeyWithSecret } from '@parley/sdk';

/**
 * A key's secret exists only in the answer that created it. It is held here, in memory, until the keys page
 * shows it once; a reload or another page loses it for good, as the API intends.
 */
let pending: ApiKeyWithSecret | undefined;

export function revealOnce(key: ApiKeyWithSecret): void {
  pending = key;
}

export function takeRevealed(): ApiKeyWithSecret | undefined {
  const key = pending;
  pending = undefined;
  return key;
}
