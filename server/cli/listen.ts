// `npm run listen -- --forward-to <url>`: follows GET /v1/events/stream with an API key and POSTs each event to a
// URL on the developer's own machine, signed exactly as a webhook delivery is (Standard Webhooks headers, the
// same body, the same user agent). A receiver can be built and tried against real events without exposing it
// to the internet and without changing how Parley is configured.
import { parseArgs } from 'node:util';
import { APIError, Parley, type Event } from '../../sdks/typescript/src/index.js';
import { Signer } from '../../webhooks/signing.js';
import { newWebhookSecret } from '../webhook-endpoints/secrets.js';

const USAGE = `Usage: npm run listen -- --forward-to <url> [--events <type,type,...>] [--secret <whsec_...>]

Forwards the events of the API key's mode to <url> as they happen, signed like webhook deliveries.
  --forward-to  where to POST each event, e.g. http://127.0.0.1:4000/parley
  --events      only these event types (comma-separated; default: every type)
  --secret      the signing secret to use (default: PARLEY_WEBHOOK_SECRET, or a new one, printed at start)
  --api-key     default: PARLEY_API_KEY
  --base-url    default: PARLEY_BASE_URL, or http://127.0.0.1:8080`;

/** What a delivery waits for an answer, as Parley's workers do. */
const TIMEOUT_MS = 15_000;

class UsageError extends Error {}

function readOptions() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        'forward-to': { type: 'string' },
        events: { type: 'string' },
        secret: { type: 'string' },
        'api-key': { type: 'string' },
        'base-url': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const forwardTo = values['forward-to'];
  if (!forwardTo) throw new UsageError('--forward-to is required: the URL of your local webhook receiver.');
  let url: URL;
  try {
    url = new URL(forwardTo);
  } catch {
    throw new UsageError(`--forward-to ${forwardTo} is not a URL; give one like http://127.0.0.1:4000/parley.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--forward-to must be an http or https URL, not ${url.protocol.slice(0, -1)}.`);
  const apiKey = values['api-key'] ?? process.env.PARLEY_API_KEY;
  if (!apiKey) throw new UsageError('An API key is required: set PARLEY_API_KEY or pass --api-key.');
  // An empty variable counts as unset, as it does for Parley's own configuration.
  const secret = values.secret ?? (process.env.PARLEY_WEBHOOK_SECRET || newWebhookSecret());
  // The Standard Webhooks form Parley issues: whsec_ and the base64 of the HMAC key (at least 128 bits here).
  const key = /^whsec_([A-Za-z0-9+/]+={0,2})$/.exec(secret)?.[1];
  if (key === undefined || Buffer.from(key, 'base64').length < 16) {
    throw new UsageError('--secret must be a webhook signing secret like whsec_<base64 of 16 or more bytes>, as Parley issues them.');
  }
  const events = values.events?.split(',').map((type) => type.trim()).filter((type) => type !== '');
  return { url: url.href, apiKey, baseUrl: values['base-url'], secret, signer: new Signer(), events: events?.includes('*') ? undefined : events };
}

async function forward(event: Event, options: ReturnType<typeof readOptions>, stop: AbortSignal): Promise<string> {
  // The body a delivery carries: the event as GET /v1/events/{id} shows it, serialized the same way.
  const body = JSON.stringify(event);
  const headers = {
    ...options.signer.headers([options.secret], event.id, new Date(), body),
    'content-type': 'application/json',
    'user-agent': 'Parley-Webhooks/1.0',
  };
  const started = performance.now();
  try {
    const response = await fetch(options.url, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.any([stop, AbortSignal.timeout(TIMEOUT_MS)]) });
    await response.body?.cancel();
    const ms = Math.round(performance.now() - started);
    // A delivery counts only a 2xx as success and does not follow redirects; say so the same way.
    return `${response.status}${response.status >= 200 && response.status < 300 ? '' : ' (a delivery would be retried)'} in ${ms} ms`;
  } catch (error) {
    if (stop.aborted) return 'not sent: stopping';
    const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${TIMEOUT_MS / 1000} s` : ((error as { cause?: Error }).cause?.message ?? (error as Error).message);
    return `failed: ${reason} (a delivery would be retried)`;
  }
}

async function main(): Promise<void> {
  const options = readOptions();
  const parley = new Parley({ apiKey: options.apiKey, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) });
  const stop = new AbortController();
  process.once('SIGINT', () => stop.abort());
  process.once('SIGTERM', () => stop.abort());
  const stream = await parley.events.stream({ signal: stop.signal }).catch((error: unknown) => {
    if (error instanceof APIError) throw new Error(`Parley at ${parley.baseUrl} refused to stream events: ${error.message}`);
    throw new Error(`${(error as Error).message} (set PARLEY_BASE_URL or --base-url to where Parley runs)`);
  });
  const mode = options.apiKey.startsWith('parley_live_') ? 'live' : 'test';
  console.log(`Ready: forwarding ${mode}-mode events (${options.events?.join(', ') ?? 'every type'}) to ${options.url}`);
  console.log(`Signing secret: ${options.secret}  (verify deliveries with it: PARLEY_WEBHOOK_SECRET=${options.secret})`);
  try {
    for await (const event of stream) {
      if (options.events && !options.events.includes(event.type)) continue;
      console.log(`${event.created_at}  ${event.type.padEnd(28)} ${event.id}  → ${await forward(event, options, stop.signal)}`);
    }
  } catch (error) {
    if (!stop.signal.aborted) throw error;
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof UsageError ? `${error.message}\n\n${USAGE}` : (error as Error).message);
  process.exit(1);
}
