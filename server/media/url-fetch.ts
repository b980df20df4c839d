import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type net from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import contentDisposition from 'content-disposition';
import { ApiError, invalidRequest } from '../platform/http/errors.js';
import { resolveHost, type AddressPolicy, type ResolvedAddress } from './address-policy.js';
import { normalizeMimeType, safeFilename } from './file-info.js';
import { byteLimit, formatBytes } from './limits.js';

/**
 * Redirects are followed, at most this many, each to an http(s) URL whose address passes the same check as
 * the first: file hosts and CDNs commonly answer a download link with a redirect to signed storage.
 */
export const MAX_REDIRECTS = 3;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export interface MediaFetchOptions {
  /** The request field the URL came from, named in every error (`image.url`). */
  param: string;
  maxBytes: number;
  /** For the whole fetch: name lookups, connecting, redirects and the download itself. */
  timeoutMs: number;
  isAllowed: AddressPolicy;
}

export interface FetchedMedia {
  /** The response body, failing with media_too_large once it passes `maxBytes`. */
  body: Readable;
  /** From the response's Content-Type, normalized; application/octet-stream when it has none. */
  mimeType: string;
  /** From Content-Disposition, else the URL's last path segment. */
  filename: string | null;
  /** The declared Content-Length, when there is one (it is already known to be within `maxBytes`). */
  length: number | undefined;
}


export const mediaFetchFailed = (param: string, what: string) =>
  invalidRequest('media_fetch_failed', `Parley could not fetch ${param}: ${what}.`, param);

const tooLarge = (param: string, maxBytes: number) =>
  invalidRequest('media_too_large', `${param} is larger than ${formatBytes(maxBytes)}, the most Parley accepts for it.`, param);

/**
 * GETs a media URL with the SSRF guard, hands the response to `consume` (which reads `body`, e.g. into the
 * media store) and returns what `consume` returns. Every failure of the fetch itself, while connecting or
 * while `consume` reads the body, becomes a typed 400 naming `param`; other errors of `consume` pass through.
 */
export async function fetchMediaUrl<T>(url: string, options: MediaFetchOptions, consume: (media: FetchedMedia) => Promise<T>): Promise<T> {
  const deadline = AbortSignal.timeout(options.timeoutMs);
  let media: FetchedMedia;
  try {
    media = await open(url, options, deadline);
  } catch (error) {
    throw explain(error, options, deadline);
  }
  const downloadErrors = new WeakSet<object>();
  media.body.on('error', (error) => downloadErrors.add(error));
  try {
    return await consume(media);
  } catch (error) {
    throw error instanceof Object && downloadErrors.has(error) ? explain(error, options, deadline) : error;
  } finally {
    // When `consume` refused the media before reading it (its type, its declared size), stop the download.
    media.body.destroy();
  }
}

async function open(url: string, options: MediaFetchOptions, deadline: AbortSignal): Promise<FetchedMedia> {
  const { param, maxBytes } = options;
  let target = parseMediaUrl(url, param);
  for (let redirects = 0; ; redirects++) {
    const address = await resolveAllowed(target, options, deadline);
    const response = await get(target, address, deadline);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (REDIRECT_STATUSES.has(status) && location !== undefined) {
      response.destroy();
      if (redirects === MAX_REDIRECTS) throw mediaFetchFailed(param, `it redirected more than ${MAX_REDIRECTS} times`);
      target = parseMediaUrl(location, param, { base: target, context: 'redirected to' });
      continue;
    }
    if (status < 200 || status > 299) {
      response.destroy();
      throw mediaFetchFailed(param, `the server answered ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`);
    }
    const encoding = response.headers['content-encoding'];
    if (encoding !== undefined && encoding.toLowerCase() !== 'identity') {
      response.destroy();
      throw mediaFetchFailed(param, `the server sent it with Content-Encoding ${encoding}, not the file itself`);
    }
    const declared = response.headers['content-length'];
    const length = declared !== undefined && /^\d+$/.test(declared) ? Number(declared) : undefined;
    if (length !== undefined && length > maxBytes) {
      response.destroy();
      throw tooLarge(param, maxBytes);
    }
    // pipeline() destroys the response when the limit trips, so an oversized download stops at the limit.
    const body = pipeline(response, byteLimit(maxBytes, () => tooLarge(param, maxBytes)), () => undefined);
    return { body, mimeType: normalizeMimeType(response.headers['content-type']), filename: filenameOf(response, target), length };
  }
}

/** The URL given (`value`), or one a redirect names (relative to `base`). */
function parseMediaUrl(value: string, param: string, redirect?: { base: URL; context: string }): URL {
  let url: URL;
  try {
    url = new URL(value, redirect?.base);
  } catch {
    throw redirect ? mediaFetchFailed(param, 'it redirected to an invalid URL') : invalidRequest('media_url_invalid', `${param} is not a valid URL.`, param);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const scheme = url.protocol.replace(/:$/, '');
    throw invalidRequest('media_url_invalid', `${param} ${redirect?.context ?? 'is'} a URL with scheme ${scheme}; Parley fetches http and https URLs only.`, param);
  }
  return url;
}

/**
 * The address to connect to, after checking it. A host name is resolved once here and every address it has
 * must pass (one private address among public ones is enough to refuse); the request is then pinned to the
 * checked address, so a second lookup by the HTTP client cannot be answered differently (DNS rebinding).
 */
async function resolveAllowed(url: URL, options: MediaFetchOptions, deadline: AbortSignal): Promise<ResolvedAddress> {
  const { host, addresses } = await resolveHost(url, deadline);
  const [first] = addresses;
  if (!first) throw mediaFetchFailed(options.param, `${host} has no address`);
  if (!addresses.every(({ address }) => options.isAllowed(address))) {
    throw invalidRequest(
      'media_url_forbidden',
      `${options.param} points at ${host}, on a private, loopback, link-local or reserved network; Parley fetches media from public addresses only.`,
      options.param,
    );
  }
  return first;
}

function get(url: URL, pinned: ResolvedAddress, signal: AbortSignal): Promise<IncomingMessage> {
  const client = url.protocol === 'https:' ? https : http;
  // Node asks for every address when it may race IPv4 against IPv6 (autoSelectFamily), one otherwise.
  const pinnedLookup = (_host: string, lookupOptions: { all?: boolean }, callback: (...args: unknown[]) => void) =>
    lookupOptions.all ? callback(null, [pinned]) : callback(null, pinned.address, pinned.family);
  return new Promise((resolve, reject) => {
    const request = client.request(url, {
      method: 'GET',
      // A fresh socket: a pooled one could have been connected by another request without this check.
      agent: false,
      signal,
      lookup: pinnedLookup as unknown as net.LookupFunction,
      headers: { 'user-agent': 'Parley media fetcher', accept: '*/*', 'accept-encoding': 'identity' },
    });
    request.once('response', resolve);
    request.once('error', reject);
    request.end();
  });
}

function filenameOf(response: IncomingMessage, url: URL): string | null {
  const disposition = response.headers['content-disposition'];
  if (disposition) {
    try {
      const named = safeFilename(contentDisposition.parse(disposition).parameters.filename);
      if (named) return named;
    } catch {
      // A malformed header names nothing; the URL may still.
    }
  }
  const last = url.pathname.split('/').pop() ?? '';
  try {
    return safeFilename(decodeURIComponent(last));
  } catch {
    return safeFilename(last);
  }
}


const RESOLVE_FAILURES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'ENODATA']);

/** What went wrong, in words, as media_fetch_failed; typed errors (forbidden, too large) pass unchanged. */
function explain(error: unknown, options: MediaFetchOptions, deadline: AbortSignal): unknown {
  if (error instanceof ApiError) return error;
  const { param, timeoutMs } = options;
  if (deadline.aborted) return mediaFetchFailed(param, `it took longer than ${timeoutMs / 1000} s`);
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string') return error;
  if (RESOLVE_FAILURES.has(code)) return mediaFetchFailed(param, 'its host name does not resolve');
  if (code === 'ECONNREFUSED') return mediaFetchFailed(param, 'the server refused the connection');
  if (code === 'ECONNRESET' || code === 'ERR_STREAM_PREMATURE_CLOSE') return mediaFetchFailed(param, 'the server closed the connection early');
  if (/CERT|TLS|SSL/.test(code)) return mediaFetchFailed(param, `the TLS connection failed (${code})`);
  if (/^E[A-Z]+$/.test(code) || code.startsWith('HPE_')) return mediaFetchFailed(param, `the connection failed (${code})`);
  return error;
}
