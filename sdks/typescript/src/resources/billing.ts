// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

import { APIResource, parseJson } from '../core/index.js';
import type { APIPromise, RequestOptions } from '../core/index.js';
import type { Billing, CheckoutSession, CreateCheckoutSessionRequest, PortalSession } from '../types.js';

/**
 * Paying for a plan through Stripe, when the deployment turns Stripe billing on (`STRIPE_SECRET_KEY`):
 * Checkout to subscribe, the Customer Portal to change or cancel, and Stripe's webhooks to move the account
 * between plans (`account.plan_changed`). A failed payment (`billing.payment_failed`) leaves the plan in place
 * for a grace period (7 days by default); if it is still unpaid then, the account moves to the free plan. On a
 * plan with a metered price, every live message accepted is reported to Stripe's billing meter (the price's
 * free first tier covers the messages the plan includes), each once. Without Stripe billing the platform
 * operator sets plans.
 */
export class BillingResource extends APIResource {
  /**
   * The account's billing
   *
   * The account's plan and billing period, and, when Stripe billing is on (`enabled`), its subscription as
   * Stripe last reported it (`status`, the current period, whether it ends at the period's end, and the end of
   * the grace period after a failed payment), an estimate of the next invoice (Stripe's invoice preview,
   * metered messages included so far) and a summary of the payment method (brand, last four digits, expiry).
   * The same in both modes: a plan belongs to the account. When billing is off (`enabled: false`) the platform
   * operator sets plans and nothing is read from Stripe. `503 stripe_unavailable` (with `Retry-After`): Stripe
   * did not answer.
   */
  retrieve(options?: RequestOptions): APIPromise<Billing> {
    return this._client.request({ method: 'get', path: '/v1/billing' }, options, parseJson<Billing>);
  }

  /**
   * Start a Stripe Checkout for a plan
   *
   * A Stripe Checkout page (`url`) where a person subscribes the account to `plan`: the plan's monthly price,
   * and its metered messages price when it has one (billed by Stripe from the messages Parley reports). The
   * account's Stripe customer is created on the first call, once. When the person has paid, Stripe tells
   * Parley, which moves the account to the plan (`account.plan_changed`, cause `checkout`). For owners and
   * admins, from a console session (API keys do not manage billing). Both modes may call it: a plan belongs to
   * the account, and nothing is charged until someone pays on Stripe's page.
   *
   * Refused with `400 plan_unknown` (no such plan), `400 plan_not_purchasable` (a plan Checkout does not sell:
   * `checkout_available` is false), `409 subscription_exists` (the account already has a subscription: change
   * it in the Customer Portal, `POST /v1/billing/portal-sessions`), `409 billing_disabled` (Stripe billing is
   * off on this deployment: the platform operator sets plans), `503 stripe_unavailable` (Stripe did not answer;
   * nothing was created, retry with the same Idempotency-Key) or `502 stripe_error` (Stripe refused).
   */
  createCheckoutSession(body: CreateCheckoutSessionRequest, options?: RequestOptions): APIPromise<CheckoutSession> {
    return this._client.request({ method: 'post', path: '/v1/billing/checkout-sessions', idempotent: true, body }, options, parseJson<CheckoutSession>);
  }

  /**
   * Open the Stripe Customer Portal
   *
   * A Stripe Customer Portal page (`url`) where a person changes or cancels the subscription, updates the
   * payment method and downloads invoices. For owners and admins, from a console session. Changes made there
   * reach Parley through Stripe's webhooks. Refused
   * with `409 billing_customer_missing` before the account's first Checkout (it has no Stripe customer yet),
   * `409 billing_disabled`, `503 stripe_unavailable` or `502 stripe_error`.
   */
  createPortalSession(options?: RequestOptions): APIPromise<PortalSession> {
    return this._client.request({ method: 'post', path: '/v1/billing/portal-sessions', idempotent: true }, options, parseJson<PortalSession>);
  }
}
