import Stripe from 'stripe';
import type { BillingConfig, Config } from '../config.js';
import { ApiError, conflict } from '../platform/http/errors.js';

/**
 * The API version Parley is written against: the one the pinned `stripe` package's types describe (its
 * `apiVersion` option accepts no other). Changing the package version means reading Stripe's changelog for
 * what moved (since 2025-03-31 a subscription's current period is on its items, an invoice's subscription under
 * `parent.subscription_details`) and changing this together with it.
 */
export const STRIPE_API_VERSION = '2026-11-18.endive' satisfies Stripe.LatestApiVersion;

/** Billing is on: Stripe's client and Parley's billing settings. */
export interface Billing {
  stripe: Stripe;
  config: BillingConfig;
}

const clients = new WeakMap<BillingConfig, Stripe>();

/** The Stripe client for this configuration (one per process), or undefined when billing is off. */
export function billingOf(config: Pick<Config, 'billing'>): Billing | undefined {
  const billing = config.billing;
  if (!billing) return undefined;
  let stripe = clients.get(billing);
  if (!stripe) {
    stripe = new Stripe(billing.secretKey, {
      apiVersion: STRIPE_API_VERSION,
      // A request that cannot reach Stripe fails in seconds (the caller gets 503 and retries), not in the
      // library's 80 s; the library retries network errors, 409s and 5xx twice with its own idempotency key.
      timeout: 15_000,
      maxNetworkRetries: 2,
      telemetry: false,
      appInfo: { name: 'Parley' },
      ...(billing.api ?? {}),
    });
    clients.set(billing, stripe);
  }
  return { stripe, config: billing };
}

/** Refuses billing operations on a deployment without Stripe. */
export function requireBilling(config: Pick<Config, 'billing'>): Billing {
  const billing = billingOf(config);
  if (!billing) {
    throw conflict(
      'billing_disabled',
      'Stripe billing is off on this deployment: the platform operator sets plans (GET /v1/plans lists them). Ask them to move your account to another plan.',
    );
  }
  return billing;
}

/** Stripe did not answer, or answered that it could not serve now: nothing happened, a retry may succeed. */
export function isStripeUnavailable(error: unknown): boolean {
  return (
    error instanceof Stripe.errors.StripeConnectionError ||
    error instanceof Stripe.errors.StripeAPIError ||
    error instanceof Stripe.errors.StripeRateLimitError ||
    (error instanceof Stripe.errors.StripeError && (error.statusCode ?? 0) >= 500)
  );
}

export const stripeUnavailable = () =>
  new ApiError(503, 'api_error', 'stripe_unavailable', 'Stripe, which Parley bills through, did not answer; nothing was changed. Retry shortly with the same Idempotency-Key.', {
    headers: { 'Retry-After': '5' },
  });

/**
 * A Stripe failure as Parley's error contract. Stripe's own message is passed on for requests Stripe refused
 * (it names the parameter, never a secret); credentials Stripe refuses are the operator's to fix, and their
 * details stay in the log.
 */
export function fromStripeError(error: unknown): ApiError | undefined {
  if (!(error instanceof Stripe.errors.StripeError)) return undefined;
  if (isStripeUnavailable(error)) return stripeUnavailable();
  if (error instanceof Stripe.errors.StripeAuthenticationError || error instanceof Stripe.errors.StripePermissionError) {
    return new ApiError(502, 'api_error', 'stripe_error', 'Stripe refused Parley\'s credentials; the platform operator must check STRIPE_SECRET_KEY. Nothing was changed.');
  }
  return new ApiError(502, 'api_error', 'stripe_error', `Stripe refused the request: ${error.message}. Nothing was changed.`);
}

/** Runs a call to Stripe, turning its failures into Parley's errors. */
export async function callStripe<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw fromStripeError(error) ?? error;
  }
}
