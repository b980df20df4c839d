import path from 'node:path';
import { z } from 'zod';
import { buildPlanCatalog, type PlanDefinition } from './accounts/plans.js';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const int = (min: number, max: number) => {
  const range = `must be a whole number from ${min} to ${max}`;
  return z.coerce
    .number({ error: (issue) => (issue.code === 'invalid_type' ? range : undefined) })
    .int(range)
    .min(min, range)
    .max(max, range);
};

/** "STOP, Unsubscribe" → ['STOP', 'UNSUBSCRIBE']: keywords compare case-insensitively. */
const keywords = z
  .string()
  .transform((list) => list.split(',').map((k) => k.trim().toUpperCase()).filter((k) => k !== ''))
  .pipe(z.array(z.string()).min(1, 'must list at least one keyword, separated by commas'));

/** "2.3000.1023223821": WhatsApp Web's version, three whole numbers (each fits WhatsApp's 32-bit fields). */
const webVersion = z
  .string()
  .regex(/^\d{1,10}\.\d{1,10}\.\d{1,10}$/, 'must be three whole numbers separated by dots, e.g. 2.3000.1023223821')
  .refine((value) => value.split('.').every((part) => Number(part) <= 0xffffffff), 'must be three whole numbers of at most 4294967295 each');

const schema = z.object({
  PARLEY_ROLE: z.enum(['all', 'api', 'worker']).default('all'),
  // API processes on this machine sharing PORT (node:cluster); more than 1 needs REDIS_URL and DATABASE_URL.
  PARLEY_API_PROCESSES: int(1, 64).default(1),
  PORT: int(0, 65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL, e.g. postgres://user:pass@host:5432/parley')
    .optional(),
  PARLEY_DATA_DIR: z.string().default('./.parley'),
  // Run as root, the embedded PostgreSQL runs as the user postgres; what that user cannot reach in a private
  // checkout or data directory (the binaries, the cluster) is kept here instead.
  PARLEY_SHARED_DIR: z.string().default('/var/lib/parley'),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL').optional(),
  REDIS_KEY_PREFIX: z.string().default('parley:'),
  ENCRYPTION_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 random bytes in base64, e.g. the output of `openssl rand -base64 32`')
    .optional(),
  ADMIN_EMAIL: z.email({ error: 'must be an email address' }).optional(),
  ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
  // The platform admin's /v1/admin calls need two-factor authentication on (false only for local trials and tests).
  ADMIN_REQUIRE_TWO_FACTOR: bool.default(true),
  TRUST_PROXY: bool.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_BODY_BYTES: int(1024, 100 * 1024 * 1024).default(1024 * 1024),
  API_RATE_LIMIT: int(1, 1_000_000).default(100),
  API_RATE_LIMIT_WINDOW_SECONDS: int(1, 3600).default(1),
  PUBLIC_RATE_LIMIT: int(1, 1_000_000).default(60),
  PUBLIC_RATE_LIMIT_WINDOW_SECONDS: int(1, 3600).default(60),
  LOGIN_ATTEMPTS_PER_EMAIL: int(1, 10_000).default(10),
  LOGIN_ATTEMPTS_PER_IP: int(1, 100_000).default(100),
  LOGIN_ATTEMPT_WINDOW_SECONDS: int(1, 86_400).default(900),
  SESSION_TTL_HOURS: int(1, 24 * 365).default(24 * 14),
  // Email (invitations, password resets, address verification) goes out over SMTP, e.g. smtps://user:pass@smtp.example.com
  // or smtp://127.0.0.1:25. Unset: each email is written to the log with its links, for a developer's machine.
  SMTP_URL: z.string().regex(/^smtps?:\/\/[^/]+/, 'must be an smtp:// or smtps:// URL, e.g. smtps://user:password@smtp.example.com:465').optional(),
  EMAIL_FROM: z.string().min(3).default('Parley <no-reply@localhost>'),
  PASSWORD_RESET_TTL_MINUTES: int(5, 24 * 60).default(60),
  EMAIL_VERIFICATION_TTL_HOURS: int(1, 24 * 30).default(72),
  INVITATION_TTL_DAYS: int(1, 90).default(7),
  // Attempts at an email the SMTP server keeps refusing or cannot be reached for, over about a day, before it is given up.
  EMAIL_MAX_ATTEMPTS: int(1, 50).default(12),
  // How long an account's data export can be downloaded before it is deleted.
  EXPORT_TTL_HOURS: int(1, 24 * 30).default(72),
  // Password-reset and verification emails one address may be sent per hour (ten times this per client address).
  EMAIL_LINKS_PER_ADDRESS_PER_HOUR: int(1, 1000).default(5),
  SHUTDOWN_TIMEOUT_MS: int(0, 600_000).default(10_000),
  // The plan catalog: JSON keyed by plan id, merged over the defaults (free, pro, business, enterprise), e.g.
  // {"pro":{"stripe_price_id":"price_123","limits":{"connections":10}}}. README lists every field.
  PARLEY_PLANS: z.string().optional(),
  // The plan a new account starts on.
  PARLEY_DEFAULT_PLAN: z.string().default('free'),
  // Counting usage (the ledger, GET /v1/usage, the messages-per-period limit, usage alerts, metered billing).
  // false exists to measure what counting costs (npm run bench:messages); a deployment never turns it off.
  USAGE_LEDGER: bool.default(true),
  WORKER_MAX_CONNECTIONS: int(1, 1_000_000).default(5_000),
  // At least one full request (100 numbers), so that a 429 is always worth retrying.
  NUMBER_CHECKS_PER_HOUR: int(100, 1_000_000).default(1_000),
  // A message not sent by this long after it is due (the connection stayed away) ends `expired`.
  MESSAGE_EXPIRY_HOURS: int(1, 24 * 30).default(24),
  // Attempts at a message whose sends keep failing transiently, before it fails `send_failed`.
  MESSAGE_MAX_ATTEMPTS: int(1, 100).default(10),
  // Each connection sends at its `send_rate` with jitter, within its new-contact limits; false sends as fast as
  // the transport allows, to anyone (load tests on sandbox connections only: WhatsApp bans numbers that send
  // like that).
  MESSAGE_PACING: bool.default(true),
  // After WhatsApp refuses a new chat (error 463, the reach-out timelock), the connection starts no new
  // conversation for this long; it keeps answering people it already talks to.
  NEW_CONTACT_COOLDOWN_MINUTES: int(1, 7 * 24 * 60).default(24 * 60),
  OPT_OUT_KEYWORDS: keywords.prefault('STOP,STOPALL,UNSUBSCRIBE,CANCEL,END,QUIT'),
  OPT_IN_KEYWORDS: keywords.prefault('START,UNSTOP'),
  MEDIA_MAX_BYTES: int(1024, 1024 * 1024 * 1024).default(100 * 1024 * 1024),
  MEDIA_FETCH_TIMEOUT_MS: int(1000, 600_000).default(30_000),
  // Media URLs on private, loopback and link-local networks are refused unless this is true (tests, intranets).
  MEDIA_ALLOW_PRIVATE_NETWORKS: bool.default(false),
  // Webhook URLs on private, loopback, link-local and metadata addresses are refused, when an endpoint is saved
  // and when Parley delivers, unless this is true (tests, receivers on the operator's own network).
  WEBHOOK_ALLOW_PRIVATE_NETWORKS: bool.default(false),
  // Test-mode webhook endpoints may point at this machine (127.0.0.0/8, ::1) too. Unset: allowed on the embedded
  // database (no DATABASE_URL: a developer's own machine), refused on a deployment with its own PostgreSQL.
  WEBHOOK_ALLOW_LOOPBACK_IN_TEST_MODE: bool.optional(),
  // When set, GET /metrics answers only `Authorization: Bearer <METRICS_TOKEN>` (Prometheus: `authorization:
  // credentials`); unset, it stays public for a scraper on a network the operator keeps private.
  METRICS_TOKEN: z
    .string()
    .min(32, 'must be at least 32 characters, e.g. the output of `openssl rand -hex 32`')
    .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces, e.g. the output of `openssl rand -hex 32`')
    .optional(),
  WHATSAPP_WS_URL: z.string().regex(/^wss?:\/\//, 'must be a ws:// or wss:// URL').optional(),
  // The WhatsApp Web version live connections present (server/connections/baileys/web-version.ts). Unset: the one
  // pinned by the Baileys release Parley ships with.
  WHATSAPP_WEB_VERSION: webVersion.optional(),
  // Ask WhatsApp for its current web version when the first live connection starts (then daily), falling back to
  // WHATSAPP_WEB_VERSION or the pinned one. Unset: on, unless WHATSAPP_WEB_VERSION pins a version.
  WHATSAPP_WEB_VERSION_REFRESH: bool.optional(),
  // Where WhatsApp publishes its current web version (a local stand-in in tests).
  WHATSAPP_WEB_VERSION_URL: z.string().regex(/^https?:\/\/[^/]+/, 'must be an http:// or https:// URL').default('https://web.whatsapp.com/sw.js'),
  // How long the version check may take before Parley falls back.
  WHATSAPP_WEB_VERSION_TIMEOUT_MS: int(100, 60_000).default(3_000),
  // Where people reach this Parley (links in emails, Stripe Checkout and the Customer Portal come back here).
  // Unset: http://127.0.0.1:<PORT>, which suits a developer's machine only.
  PUBLIC_URL: z.string().regex(/^https?:\/\/[^/]+/, 'must be an http:// or https:// URL, e.g. https://parley.example.com').optional(),
  // Stripe billing: on when STRIPE_SECRET_KEY is set (then STRIPE_WEBHOOK_SECRET is required); off, the platform
  // admin sets plans by hand. A restricted key (rk_...) needs write access to Customers, Checkout Sessions,
  // Customer Portal, Billing Meter Events, and read access to Subscriptions, Invoices and Payment Methods.
  STRIPE_SECRET_KEY: z.string().regex(/^(sk|rk)_(test|live)_[A-Za-z0-9_]+$/, 'must be a Stripe secret key (sk_live_..., sk_test_..., or a restricted rk_...)').optional(),
  STRIPE_WEBHOOK_SECRET: z.string().regex(/^whsec_[A-Za-z0-9+/=_]+$/, "must be the webhook endpoint's signing secret from Stripe (whsec_...)").optional(),
  // Stripe's API, for a local fake in tests (or a proxy); unset: https://api.stripe.com.
  STRIPE_API_BASE: z.string().regex(/^https?:\/\/[^/:]+(:\d+)?\/?$/, 'must be a URL with only a scheme, host and port, e.g. http://127.0.0.1:12111').optional(),
  // Where Checkout sends the person after paying or giving up, and where the Customer Portal's "return" goes.
  // Unset: PUBLIC_URL + /console/billing (?checkout=success or canceled).
  BILLING_SUCCESS_URL: z.string().regex(/^https?:\/\//, 'must be an http:// or https:// URL').optional(),
  BILLING_CANCEL_URL: z.string().regex(/^https?:\/\//, 'must be an http:// or https:// URL').optional(),
  BILLING_PORTAL_RETURN_URL: z.string().regex(/^https?:\/\//, 'must be an http:// or https:// URL').optional(),
  // Days a past-due subscription keeps its plan after a failed payment before the account moves to the free plan.
  BILLING_GRACE_DAYS: int(0, 90).default(7),
  // The Billing Meter's event name in Stripe (Billing → Meters); every metered message is one meter event of it.
  STRIPE_METER_EVENT_NAME: z.string().regex(/^[A-Za-z0-9_.:-]{1,100}$/, 'must be the meter event name set on the Stripe meter (letters, digits, _ . : -)').default('parley_messages'),
  // How often a worker sends unreported metered usage to Stripe (ms); after a Stripe outage it backs off up to 5 minutes.
  STRIPE_METER_REPORT_INTERVAL_MS: int(100, 3_600_000).default(10_000),
  // Ledger entries one worker claims and reports per round.
  STRIPE_METER_BATCH_SIZE: int(1, 1_000).default(100),
  PARLEY_VALIDATE_RESPONSES: bool.default(false),
});

export type Config = z.infer<typeof schema> & {
  dataDir: string;
  /** The plan catalog: the defaults with PARLEY_PLANS merged over them. */
  plans: PlanDefinition[];
  /** PUBLIC_URL without a trailing slash, or http://127.0.0.1:<PORT>: where links in emails point. */
  publicUrl: string;
  /** WEBHOOK_ALLOW_LOOPBACK_IN_TEST_MODE, or its default: on when the database is embedded. */
  webhookLoopbackInTestMode: boolean;
  /** WHATSAPP_WEB_VERSION_REFRESH, or its default: on unless WHATSAPP_WEB_VERSION pins a version. */
  whatsappWebVersionRefresh: boolean;
  /** Stripe billing, when STRIPE_SECRET_KEY is set; undefined: billing is off. */
  billing: BillingConfig | undefined;
};

export interface BillingConfig {
  secretKey: string;
  webhookSecret: string;
  /** host, port and protocol of Stripe's API (a local fake in tests); undefined: Stripe's own. */
  api: { host: string; port: number; protocol: 'http' | 'https' } | undefined;
  successUrl: string;
  cancelUrl: string;
  portalReturnUrl: string;
  graceDays: number;
  meterEventName: string;
  meterIntervalMs: number;
  meterBatchSize: number;
}

export class ConfigError extends Error {}

/** Reads and checks the environment once at start; every message names the variable and the fix. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');
      const got = present[name];
      const shown = /KEY|URL|SECRET|PASSWORD|TOKEN/.test(name) ? '' : got === undefined ? '' : ` (got "${got}")`;
      return `  ${name}: ${issue.message}${shown}`;
    });
    throw new ConfigError(`Parley cannot start: invalid configuration.\n${lines.join('\n')}`);
  }
  const config = parsed.data;
  if (config.DATABASE_URL && !config.ENCRYPTION_KEY) {
    throw new ConfigError(
      'Parley cannot start: ENCRYPTION_KEY is required when DATABASE_URL is set.\n' +
        '  Generate one with `openssl rand -base64 32` and keep it safe: secrets stored by Parley cannot be read without it.',
    );
  }
  if (config.PARLEY_ROLE !== 'all' && !config.REDIS_URL) {
    throw new ConfigError(
      `Parley cannot start: PARLEY_ROLE=${config.PARLEY_ROLE} needs REDIS_URL.\n` +
        '  API nodes and workers reach each other through Redis; without it, run one process with PARLEY_ROLE=all.',
    );
  }
  if (config.PARLEY_API_PROCESSES > 1 && (config.PARLEY_ROLE === 'worker' || !config.REDIS_URL || !config.DATABASE_URL)) {
    throw new ConfigError(
      config.PARLEY_ROLE === 'worker'
        ? 'Parley cannot start: PARLEY_API_PROCESSES is for processes that serve the API; a worker (PARLEY_ROLE=worker) runs one process.'
        : `Parley cannot start: PARLEY_API_PROCESSES=${config.PARLEY_API_PROCESSES} needs ${[!config.REDIS_URL && 'REDIS_URL', !config.DATABASE_URL && 'DATABASE_URL'].filter(Boolean).join(' and ')}.\n` +
            '  The processes share rate limits, credential checks and events through Redis, and one PostgreSQL server (the embedded one serves a single process).',
    );
  }
  let plans: PlanDefinition[];
  try {
    plans = buildPlanCatalog(config.PARLEY_PLANS);
  } catch (error) {
    throw new ConfigError(`Parley cannot start: invalid configuration.\n  PARLEY_PLANS: ${(error as Error).message}`);
  }
  if (!plans.some((plan) => plan.id === config.PARLEY_DEFAULT_PLAN)) {
    throw new ConfigError(
      `Parley cannot start: invalid configuration.\n  PARLEY_DEFAULT_PLAN: must be a plan in the catalog (${plans.map((plan) => plan.id).join(', ')}) (got "${config.PARLEY_DEFAULT_PLAN}")`,
    );
  }
  if (config.STRIPE_SECRET_KEY && !config.STRIPE_WEBHOOK_SECRET) {
    throw new ConfigError(
      'Parley cannot start: STRIPE_WEBHOOK_SECRET is required when STRIPE_SECRET_KEY is set.\n' +
        "  Add the endpoint <PUBLIC_URL>/v1/billing/stripe-webhook in Stripe (Developers → Webhooks) and copy its signing secret (whsec_...): without it, Stripe's subscription changes cannot reach Parley.",
    );
  }
  return {
    ...config,
    plans,
    publicUrl: publicUrlOf(config),
    billing: billingConfig(config),
    dataDir: path.resolve(config.PARLEY_DATA_DIR),
    webhookLoopbackInTestMode: config.WEBHOOK_ALLOW_LOOPBACK_IN_TEST_MODE ?? config.DATABASE_URL === undefined,
    whatsappWebVersionRefresh: config.WHATSAPP_WEB_VERSION_REFRESH ?? config.WHATSAPP_WEB_VERSION === undefined,
  };
}

const publicUrlOf = (config: z.infer<typeof schema>) => (config.PUBLIC_URL ?? `http://127.0.0.1:${config.PORT}`).replace(/\/+$/, '');

function billingConfig(config: z.infer<typeof schema>): BillingConfig | undefined {
  if (!config.STRIPE_SECRET_KEY || !config.STRIPE_WEBHOOK_SECRET) return undefined;
  const publicUrl = publicUrlOf(config);
  let api: BillingConfig['api'];
  if (config.STRIPE_API_BASE) {
    const url = new URL(config.STRIPE_API_BASE);
    const protocol = url.protocol === 'http:' ? 'http' : 'https';
    api = { host: url.hostname, port: Number(url.port || (protocol === 'http' ? 80 : 443)), protocol };
  }
  return {
    secretKey: config.STRIPE_SECRET_KEY,
    webhookSecret: config.STRIPE_WEBHOOK_SECRET,
    api,
    successUrl: config.BILLING_SUCCESS_URL ?? `${publicUrl}/console/billing?checkout=success`,
    cancelUrl: config.BILLING_CANCEL_URL ?? `${publicUrl}/console/billing?checkout=canceled`,
    portalReturnUrl: config.BILLING_PORTAL_RETURN_URL ?? `${publicUrl}/console/billing`,
    graceDays: config.BILLING_GRACE_DAYS,
    meterEventName: config.STRIPE_METER_EVENT_NAME,
    meterIntervalMs: config.STRIPE_METER_REPORT_INTERVAL_MS,
    meterBatchSize: config.STRIPE_METER_BATCH_SIZE,
  };
}
