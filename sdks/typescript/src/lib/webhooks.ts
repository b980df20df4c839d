/**
 * Checking that a webhook came from Parley, in Node 20+ and browsers alike (Web Crypto, no dependency). Parley
 * signs with the Standard Webhooks scheme: HMAC-SHA256 over `{webhook-id}.{webhook-timestamp}.{body}` keyed with
 * the endpoint's `whsec_` secret, sent as space-separated `v1,<base64>` signatures in `webhook-signature` (two of
 * them while a rotated secret overlaps the new one, so either secret verifies).
 */
import { WebhookVerificationError } from '../core/errors.js';
import type { WebhookEvent } from '../types.js';

export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

export interface UnwrapOptions {
  /** How far the timestamp may be from now, either way, in seconds; default 300. Older ones may be replays. */
  toleranceSeconds?: number;
  /** The current time, for tests. */
  now?: Date;
}

const DEFAULT_TOLERANCE_SECONDS = 5 * 60;
const encoder = new TextEncoder();

/**
 * Verifies a webhook and returns its event, typed by `type`. Pass the body exactly as received (before any JSON
 * parsing: re-serialising changes the bytes) and the request's headers. Throws `WebhookVerificationError` when a
 * header is missing, the timestamp is outside the tolerance or no signature matches.
 */
export async function unwrapWebhook(
  rawBody: string | Uint8Array | ArrayBuffer,
  headers: WebhookHeaders,
  secret: string,
  options: UnwrapOptions = {},
): Promise<WebhookEvent> {
  const id = header(headers, 'webhook-id');
  const timestamp = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');

  const sentAt = Number(timestamp);
  if (!/^\d+$/.test(timestamp) || !Number.isSafeInteger(sentAt)) {
    throw new WebhookVerificationError(`The webhook-timestamp header must be Unix seconds, not ${JSON.stringify(timestamp)}`);
  }
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  const skew = Math.floor((options.now ?? new Date()).getTime() / 1000) - sentAt;
  if (skew > tolerance) {
    throw new WebhookVerificationError(`The webhook was signed ${skew} s ago, more than the ${tolerance} s allowed: it may be a replay, or this clock is wrong`);
  }
  if (skew < -tolerance) {
    throw new WebhookVerificationError(`The webhook's timestamp is ${-skew} s in the future, more than the ${tolerance} s allowed: check this machine's clock`);
  }

  const body = typeof rawBody === 'string' ? encoder.encode(rawBody) : new Uint8Array(rawBody);
  const key = await crypto.subtle.importKey('raw', secretBytes(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  const signed = concat(encoder.encode(`${id}.${timestamp}.`), body);
  for (const candidate of signatures.split(' ')) {
    const [version, signature] = candidate.split(',', 2);
    if (version !== 'v1' || !signature) continue;
    const bytes = base64Bytes(signature);
    // subtle.verify compares in constant time, so the check leaks nothing about the expected signature.
    if (bytes && (await crypto.subtle.verify('HMAC', key, bytes, signed))) return parseEvent(body);
  }
  throw new WebhookVerificationError(
    'No webhook-signature matches this body and secret: pass the raw body as received (not re-serialised JSON) and the secret of the endpoint that received it',
  );
}

/** `parley.webhooks`: `unwrap` with the client's `webhookSecret` (or `PARLEY_WEBHOOK_SECRET`) as the default secret. */
export class Webhooks {
  constructor(private readonly client?: { webhookSecret?: string | undefined }) {}

  unwrap(rawBody: string | Uint8Array | ArrayBuffer, headers: WebhookHeaders, secret?: string, options?: UnwrapOptions): Promise<WebhookEvent> {
    const key = secret ?? this.client?.webhookSecret;
    if (!key) {
      return Promise.reject(new WebhookVerificationError('No webhook secret: pass the endpoint\'s whsec_ secret, or set webhookSecret / PARLEY_WEBHOOK_SECRET'));
    }
    return unwrapWebhook(rawBody, headers, key, options);
  }
}

function header(headers: WebhookHeaders, name: string): string {
  const value =
    headers instanceof Headers
      ? headers.get(name)
      : (Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1] ?? null);
  const text = Array.isArray(value) ? value.join(' ') : value;
  if (!text) throw new WebhookVerificationError(`The webhook has no ${name} header: pass the request's headers as received`);
  return text;
}

function secretBytes(secret: string): Uint8Array<ArrayBuffer> {
  const bytes = base64Bytes(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret);
  if (!bytes || bytes.length === 0) throw new WebhookVerificationError('The webhook secret must look like whsec_<base64>, as Parley shows it');
  return bytes;
}

function base64Bytes(text: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array<ArrayBuffer> {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

function parseEvent(body: Uint8Array): WebhookEvent {
  try {
    return JSON.parse(new TextDecoder().decode(body)) as WebhookEvent;
  } catch {
    throw new WebhookVerificationError('The webhook is signed correctly but its body is not JSON');
  }
}
