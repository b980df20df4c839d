import type Stripe from 'stripe';
import type { components } from '../generated/openapi.js';
import type { SubscriptionRow } from './subscriptions.js';

type Schemas = components['schemas'];

const iso = (date: Date) => date.toISOString();
/** Stripe's Unix seconds as the API's ISO-8601. */
export const isoSeconds = (seconds: number) => new Date(seconds * 1000).toISOString();

export function presentSubscription(row: SubscriptionRow): Schemas['BillingSubscription'] {
  return {
    object: 'subscription',
    status: row.status,
    plan: row.plan,
    current_period:
      row.current_period_start && row.current_period_end ? { start: iso(row.current_period_start), end: iso(row.current_period_end) } : null,
    cancel_at_period_end: row.cancel_at_period_end,
    past_due_since: row.past_due_since ? iso(row.past_due_since) : null,
    grace_period_ends_at: row.grace_ends_at && !row.grace_ended_at ? iso(row.grace_ends_at) : null,
  };
}

export function presentPaymentMethod(method: Stripe.PaymentMethod | string | null | undefined): Schemas['PaymentMethodSummary'] | null {
  if (!method || typeof method === 'string') return null;
  return {
    object: 'payment_method_summary',
    type: method.type,
    brand: method.card?.brand ?? null,
    last4: method.card?.last4 ?? null,
    exp_month: method.card?.exp_month ?? null,
    exp_year: method.card?.exp_year ?? null,
  };
}
