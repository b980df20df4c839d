import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { AddressPolicy } from '../server/media/address-policy.js';

/** What Parley keeps of an answer's body. */
export const RESPONSE_EXCERPT_BYTES = 1024;
/** An answer body up to this size is read to its end, so the connection can carry the next delivery; a longer one is cut off. */
const DRAIN_LIMIT_BYTES = 64 * 1024;

export interface PostResult {
  /** Null when no answer came. */
  statusCode: number | null;
  /** The first RESPONSE_EXCERPT_BYTES of the body, as text. */
  responseBody: string | null;
  /** Why this is not a success, in words; null on 2xx. */
  error: string | null;
  latencyMs: number;
  retryAfter: string | undefined;
}

export class AddressNotAllowedError extends Error {
  readonly code = 'ADDRESS_NOT_ALLOWED';
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * Resolves like dns.lookup, but fails unless every address is allowed. Sockets connect to the address this
 * returns, so the address checked is the address called: a name that resolved to a public address when the
 * endpoint was saved and to a private one now (DNS rebinding) is refused here.
 */
function guardedLookup(policy: AddressPolicy) {
  return (hostname: string, options: { all?: boolean; family?: number | string }, callback: LookupCallback): void => {
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = addresses.find(({ address }) => !policy(address));
      if (addresses.length === 0 || refused) {
        return callback(
          new AddressNotAllowedError(`${hostname} resolves to ${refused?.address ?? 'no address'}, on a private, loopback, link-local or reserved network; Parley delivers to public addresses only`),
          [],
        );
      }
      if (options.all) return callback(null, addresses);
      const [first] = addresses;
      callback(null, first!.address, first!.family);
    });
  };
}

/**
 * POSTs webhook deliveries over keep-alive connections. Redirects are not followed, the answer's body is
 * read only as far as needed, and every request ends within the timeout, however the receiver behaves.
 */
export class WebhookClient {
  readonly #http: http.Agent;
  readonly #https: https.Agent;

  constructor(
    private readonly policy: AddressPolicy,
    private readonly timeoutMs: number,
    maxSocketsPerOrigin = 50,
  ) {
    const options = { keepAlive: true, maxSockets: maxSocketsPerOrigin, scheduling: 'lifo' as const, lookup: guardedLookup(policy) };
    this.#http = new http.Agent(options);
    this.#https = new https.Agent(options);
  }

  post(target: string, headers: Record<string, string>, body: string): Promise<PostResult> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const failed = (error: string): PostResult => ({ statusCode: null, responseBody: null, error, latencyMs: elapsed(), retryAfter: undefined });
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      return Promise.resolve(failed('the endpoint URL is not valid'));
    }
    // An IP literal is connected to without a lookup, so it is checked here.
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    if (net.isIP(host) && !this.policy(host)) {
      return Promise.resolve(failed(`${host} is on a private, loopback, link-local or reserved network; Parley delivers to public addresses only`));
    }
    const secure = url.protocol === 'https:';
    return new Promise<PostResult>((resolve) => {
      let settled = false;
      const finish = (result: PostResult) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(result);
      };
      const request = (secure ? https : http).request(url, {
        method: 'POST',
        agent: secure ? this.#https : this.#http,
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': 'Parley-Webhooks/1.0' },
      });
      const timer = setTimeout(() => {
        finish(failed(`no answer within ${this.timeoutMs / 1000} s`));
        request.destroy();
      }, this.timeoutMs);
      request.on('error', (error: NodeJS.ErrnoException) => finish(failed(describeNetworkError(error, url))));
      request.on('response', (response) => {
        const statusCode = response.statusCode ?? 0;
        const chunks: Buffer[] = [];
        let kept = 0;
        let read = 0;
        const done = () =>
          finish({
            statusCode,
            responseBody: excerpt(Buffer.concat(chunks)),
            error: statusError(statusCode, response.headers.location),
            latencyMs: elapsed(),
            retryAfter: header(response.headers['retry-after']),
          });
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (kept < RESPONSE_EXCERPT_BYTES) {
            const part = chunk.subarray(0, RESPONSE_EXCERPT_BYTES - kept);
            chunks.push(part);
            kept += part.length;
          }
          if (read > DRAIN_LIMIT_BYTES) {
            done();
            response.destroy();
          }
        });
        response.on('end', done);
        // The status is what counts: a body cut short after it still leaves an answer to record.
        response.on('error', done);
        response.on('close', done);
      });
      request.end(body);
    });
  }

  close(): void {
    this.#http.destroy();
    this.#https.destroy();
  }
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** PostgreSQL text cannot hold NUL, and the excerpt is for people to read. */
function excerpt(bytes: Buffer): string {
  return bytes.toString('utf8').replaceAll('\u0000', '\uFFFD');
}

function statusError(status: number, location: string | undefined): string | null {
  if (status >= 200 && status < 300) return null;
  if (status >= 300 && status < 400) {
    return `the endpoint answered ${status}, a redirect${location ? ` to ${location.slice(0, 200)}` : ''}; redirects are not followed, so set the endpoint's URL to where it points`;
  }
  return `the endpoint answered ${status}`;
}

function describeNetworkError(error: NodeJS.ErrnoException, url: URL): string {
  if (error instanceof AddressNotAllowedError) return error.message;
  switch (error.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `${url.hostname} does not resolve (${error.code})`;
    case 'ECONNREFUSED':
      return `connection refused by ${url.host}`;
    case 'ECONNRESET':
      return `connection reset by ${url.host} before it answered`;
    default:
      return `${error.code ? `${error.code}: ` : ''}${error.message}`.slice(0, 500);
  }
}
