import Stripe from 'stripe';
import { AccountRow } from '../accounts/models.js';
import { assertPlanExists } from '../accounts/plan-changes.js';
import { findPlan, planOf } from '../accounts/plans.js';
import { presentPlan } from '../accounts/presenters.js';
import type { components } from '../generated/openapi.js';
import { scopeOf } from '../platform/actor.js';
import { conflict, invalidRequest, notFound } from '../platform/http/errors.js';
import { rejectUnsigned } from '../platform/http/rate-limit.js';
import { preparedAuthenticatedRoute, signedWebhookRoute } from '../platform/http/route.js';
import { periodOf } from '../usage/limits.js';
import { customerOf, ensureCustomer } from './customers.js';
import { billingOf, callStripe, fromStripeError, requireBilling, type Billing } from './stripe.js';
import type { SubscriptionRow } from './subscriptions.js';
import { isoSeconds, presentPaymentMethod, presentSubscription } from './presenters.js';
import { applyEvent, verifyEvent } from './webhook.js';

type Schemas = components['schemas'];

/** Subscriptions in these states still pay for a plan: a second Checkout would bill the account twice. */
const LIVE_STATUSES = ['active', 'trialing', 'past_due', 'incomplete'];

const iso = (date: Date) => date.toISOString();

/** Stripe's estimate of the next invoice; null when Stripe has none to show (no renewing subscription). */
async function upcomingInvoice(billing: Billing, customer: string, subscription: SubscriptionRow): Promise<Schemas['UpcomingInvoice'] | null> {
  if (!['active', 'trialing', 'past_due'].includes(subscription.status)) return null;
  let preview: Stripe.Invoice;
  try {
    preview = await billing.stripe.invoices.createPreview({ customer, subscription: subscription.stripe_subscription_id });
  } catch (error) {
    // A subscription that will not renew (it ends with its period) has no next invoice to show.
    if (error instanceof Stripe.errors.StripeInvalidRequestError && error.code === 'invoice_upcoming_none') return null;
    throw fromStripeError(error) ?? error;
  }
  return {
    object: 'upcoming_invoice',
    amount_due: preview.amount_due,
    currency: preview.currency,
    period_end: isoSeconds(preview.period_end),
    next_payment_attempt: preview.next_payment_attempt ? isoSeconds(preview.next_payment_attempt) : null,
  };
}

/** The payment method Stripe charges: the subscription's own, else the customer's default for invoices. */
async function paymentMethod(billing: Billing, customer: string, subscription: SubscriptionRow | undefined): Promise<Schemas['PaymentMethodSummary'] | null> {
  if (subscription) {
    const current = await callStripe(() =>
      billing.stripe.subscriptions.retrieve(subscription.stripe_subscription_id, { expand: ['default_payment_method'] }),
    );
    const own = presentPaymentMethod(current.default_payment_method);
    if (own) return own;
  }
  const found = await callStripe(() => billing.stripe.customers.retrieve(customer, { expand: ['invoice_settings.default_payment_method'] }));
  if (found.deleted) return null;
  return presentPaymentMethod(found.invoice_settings?.default_payment_method);
}

export const billingRoutes = [
  preparedAuthenticatedRoute(
    'getBilling',
    async ({ actor, services }) => {
      const { account, customer, subscription } = await services.db.tenant(scopeOf(actor), async (trx) => ({
        account: await AccountRow.query(trx).findById(actor.accountId),
        customer: await customerOf(trx, actor.accountId),
        subscription: (await trx('billing_subscriptions').where({ account_id: actor.accountId }).first()) as SubscriptionRow | undefined,
      }));
      if (!account) throw notFound('account', actor.accountId);
      const period = periodOf(account);
      const billing = billingOf(services.config);
      const [nextInvoice, method] =
        billing && customer
          ? await Promise.all([subscription ? upcomingInvoice(billing, customer, subscription) : null, paymentMethod(billing, customer, subscription)])
          : [null, null];
      const body: Schemas['Billing'] = {
        object: 'billing',
        enabled: billing !== undefined,
        plan: presentPlan(planOf(services.config, account)),
        period: { start: iso(period.start), end: iso(period.end) },
        subscription: billing && subscription ? presentSubscription(subscription) : null,
        next_invoice: nextInvoice,
        payment_method: method,
      };
      return body;
    },
    async ({ prepared }) => ({ status: 200, body: prepared }),
  ),

  preparedAuthenticatedRoute(
    'createCheckoutSession',
    async ({ actor, body, services }) => {
      const billing = requireBilling(services.config);
      assertPlanExists(services.config, body.plan);
      const plan = findPlan(services.config, body.plan)!;
      if (!plan.stripe_price_id) {
        const sold = services.config.plans.filter((p) => p.stripe_price_id).map((p) => p.id);
        throw invalidRequest(
          'plan_not_purchasable',
          `The ${plan.name} plan is not sold through Checkout${sold.length ? ` (these are: ${sold.join(', ')})` : ''}; the platform operator assigns it.`,
          'plan',
        );
      }
      const scope = scopeOf(actor);
      const live = await services.db.tenant(scope, (trx) =>
        trx('billing_subscriptions').where({ account_id: actor.accountId }).whereIn('status', LIVE_STATUSES).first('status'),
      );
      if (live) {
        throw conflict(
          'subscription_exists',
          `This account already has a subscription (${live.status as string}). Change its plan or cancel it in the Customer Portal: POST /v1/billing/portal-sessions.`,
          'plan',
        );
      }
      const customer = await ensureCustomer(services.db, billing, scope);
      const lineItems: Stripe.Checkout.SessionCreateParams.LineItem[] = [{ price: plan.stripe_price_id, quantity: 1 }];
      // A metered price takes no quantity: Stripe bills what the meter records.
      if (plan.stripe_overage_price_id) lineItems.push({ price: plan.stripe_overage_price_id });
      const metadata = { parley_account_id: actor.accountId, parley_plan: plan.id };
      const session = await callStripe(() =>
        billing.stripe.checkout.sessions.create({
          mode: 'subscription',
          customer,
          client_reference_id: actor.accountId,
          line_items: lineItems,
          success_url: billing.config.successUrl,
          cancel_url: billing.config.cancelUrl,
          metadata,
          subscription_data: { metadata },
        }),
      );
      if (!session.url) throw new Error('Stripe answered a Checkout Session without a url');
      const created: Schemas['CheckoutSession'] = {
        id: session.id,
        object: 'checkout_session',
        plan: plan.id,
        url: session.url,
        expires_at: isoSeconds(session.expires_at),
      };
      return created;
    },
    async ({ prepared }) => ({ status: 201, body: prepared }),
  ),

  preparedAuthenticatedRoute(
    'createPortalSession',
    async ({ actor, services }) => {
      const billing = requireBilling(services.config);
      const customer = await services.db.tenant(scopeOf(actor), (trx) => customerOf(trx, actor.accountId));
      if (!customer) {
        throw conflict('billing_customer_missing', 'This account has no Stripe customer yet: subscribe to a plan first (POST /v1/billing/checkout-sessions).');
      }
      const session = await callStripe(() => billing.stripe.billingPortal.sessions.create({ customer, return_url: billing.config.portalReturnUrl }));
      const created: Schemas['PortalSession'] = { id: session.id, object: 'portal_session', url: session.url };
      return created;
    },
    async ({ prepared }) => ({ status: 201, body: prepared }),
  ),

  signedWebhookRoute(
    'receiveStripeWebhook',
    async ({ body, request, services }) => {
      const billing = requireBilling(services.config);
      try {
        return await verifyEvent(billing, body, request.header('Stripe-Signature'));
      } catch (error) {
        if ((error as { code?: string }).code === 'stripe_signature_invalid') {
          return rejectUnsigned(services.limiters.public, request.ip, error as Parameters<typeof rejectUnsigned>[2]);
        }
        throw error;
      }
    },
    async ({ trx, prepared, services }) => ({
      status: 200,
      body: await applyEvent(trx, services.config, requireBilling(services.config), services.logger.child({ component: 'billing' }), prepared),
    }),
  ),
];
