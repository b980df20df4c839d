import { lookup } from 'node:dns/promises';
import net from 'node:net';
import ipaddr from 'ipaddr.js';

/** Whether Parley may connect to an address (to fetch media, to deliver webhooks). */
export type AddressPolicy = (address: string) => boolean;

const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR('2000::/3');

/**
 * Only addresses on the public internet, decided by allowlist: ipaddr.js names every special range
 * (loopback, RFC 1918 private, link-local with the cloud metadata address 169.254.169.254, CGNAT 100.64/10,
 * 0.0.0.0/8, multicast, broadcast, documentation and reserved blocks, fc00::/7, fe80::/10, ...), and
 * anything it does not call `unicast` is refused. IPv6 must also be global unicast (2000::/3), which rules
 * out the deprecated IPv4-compatible `::a.b.c.d` form; NAT64, 6to4 and Teredo addresses, which tunnel to
 * an IPv4 address that cannot be checked here, are named ranges and so refused. An IPv4-mapped IPv6
 * address (`::ffff:a.b.c.d`) is judged as the IPv4 address it is.
 */
export const isPublicAddress: AddressPolicy = (address) => {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  if (parsed.range() !== 'unicast') return false;
  return parsed.kind() === 'ipv4' || (parsed as ipaddr.IPv6).match(GLOBAL_UNICAST_V6);
};

/** 127.0.0.0/8, ::1 and their IPv4-mapped forms: this machine, and nothing else. */
export const isLoopbackAddress: AddressPolicy = (address) => ipaddr.isValid(address) && ipaddr.process(address).range() === 'loopback';

/** For deployments that fetch media from their own networks (`MEDIA_ALLOW_PRIVATE_NETWORKS=true`), and tests. */
export const anyAddress: AddressPolicy = () => true;

export interface ResolvedAddress {
  address: string;
  family: number;
}

/**
 * Every address of a URL's host: an IP literal as written (brackets removed), a name as DNS answers it, all of
 * its addresses, so that a caller can refuse a host with one private address among public ones. Rejects with
 * the deadline's reason once it aborts.
 */
export async function resolveHost(url: URL, deadline: AbortSignal): Promise<{ host: string; addresses: ResolvedAddress[] }> {
  // The WHATWG parser keeps an IPv6 literal in brackets.
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const literal = net.isIP(host);
  if (literal) return { host, addresses: [{ address: host, family: literal }] };
  return { host, addresses: await untilDeadline(lookup(host, { all: true, verbatim: true }), deadline) };
}

function untilDeadline<T>(work: Promise<T>, deadline: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(deadline.reason);
    if (deadline.aborted) onAbort();
    deadline.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => deadline.removeEventListener('abort', onAbort));
  });
}
