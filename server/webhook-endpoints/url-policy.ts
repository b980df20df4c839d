import type { Config } from '../config.js';
import type { Mode } from '../platform/db/database.js';
import { anyAddress, isLoopbackAddress, isPublicAddress, resolveHost, type AddressPolicy, type ResolvedAddress } from '../media/address-policy.js';
import { invalidRequest } from '../platform/http/errors.js';

const LOOKUP_TIMEOUT_MS = 5_000;

/**
 * Where an endpoint of one mode may point. Private networks are refused unless the operator allows them
 * (`WEBHOOK_ALLOW_PRIVATE_NETWORKS=true`). Test-mode endpoints may also point at this machine's loopback when
 * `WEBHOOK_ALLOW_LOOPBACK_IN_TEST_MODE` says so (the default on the embedded database, a developer's own
 * machine), so that a receiver on the developer's laptop gets test events; live mode never does.
 */
export function webhookAddressPolicy(
  config: Pick<Config, 'WEBHOOK_ALLOW_PRIVATE_NETWORKS' | 'webhookLoopbackInTestMode'>,
  mode: Mode,
): AddressPolicy {
  if (config.WEBHOOK_ALLOW_PRIVATE_NETWORKS) return anyAddress;
  if (mode === 'test' && config.webhookLoopbackInTestMode) return (address) => isPublicAddress(address) || isLoopbackAddress(address);
  return isPublicAddress;
}

export interface CheckedWebhookUrl {
  /** The URL as Parley stores and calls it (normalized by the WHATWG parser). */
  url: string;
  /** Every address its host resolved to, all of them allowed. */
  addresses: ResolvedAddress[];
}

/**
 * Parses a webhook URL and resolves its host, refusing anything Parley must not call: a scheme other than
 * http(s), credentials in the URL (they would be sent to the receiver in the clear and logged), and a host
 * with any address the policy refuses (one private address among public ones is enough, since the client
 * may connect to any of them). Run it before a transaction: a slow name server must not hold a connection.
 */
export async function checkWebhookUrl(raw: string, policy: AddressPolicy, param = 'url'): Promise<CheckedWebhookUrl> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalidRequest('url_invalid', `${param} is not a valid URL; give an absolute http or https URL.`, param);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw invalidRequest('url_invalid', `${param} must be an http or https URL, not ${url.protocol.slice(0, -1)}.`, param);
  }
  if (url.username !== '' || url.password !== '') {
    throw invalidRequest(
      'url_invalid',
      `${param} must not contain a user name or password; verify deliveries by their signature instead.`,
      param,
    );
  }
  const { host, addresses } = await resolveHost(url, AbortSignal.timeout(LOOKUP_TIMEOUT_MS)).catch(() => {
    throw invalidRequest('url_unresolvable', `${param}'s host ${url.hostname} does not resolve; check the name.`, param);
  });
  if (addresses.length === 0 || !addresses.every(({ address }) => policy(address))) {
    throw invalidRequest(
      'url_not_allowed',
      `${param} points at ${host}, on a private, loopback, link-local or reserved network; Parley delivers webhooks to public addresses only. ` +
        "For a receiver on your own machine, forward test events to it with Parley's listen command (`npm run listen -- --forward-to <url>`).",
      param,
    );
  }
  return { url: url.href, addresses };
}
