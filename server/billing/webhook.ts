import Stripe from 'stripe';
import type { PlanChangeCause } from '../accounts/plan-changes.js';
import { AccountRow } from '../accounts/models.js';
import type { Config } from '../config.js';
import { recordEvent } from '../events/record.js';
import type { components } from '../generated/openapi.js';
import type { Transaction } from '../platform/db/database.js';
import { invalidRequest } from '../platform/http/errors.js';
import type { Logger } from '../platform/logger.js';
import { accountOfCustomer } from './customers.js';
import { callStripe, type Billing } from './stripe.js';
import { syncSubscription } from './subscriptions.js';

/** The Stripe events Parley acts on; the webhook endpoint in Stripe subscribes to exactly these. */
export const STRIPE_EVENT_TYPES = [
  'checkout.session.completed',
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'invoice.paid',
  'invoice.payment_failed',
] as const;

/** A verified Stripe event, with what Parley needs from Stripe read before its transaction. */
export interface VerifiedEvent {
  id: string;
  type: string;
  customerId: string | undefined;
  /** checkout.session.completed: the account the session was created for (its client_reference_id). */
  accountHint: string | undefined;
  /** The subscription's current state, read back from Stripe at `fetchedAt`. */
  subscription: Stripe.Subscription | undefined;
  fetchedAt: Date;
  cause: PlanChangeCause;
  failedInvoice: Stripe.Invoice | undefined;
}

const idOf = (value: string | { id: string } | null | undefined) => (typeof value === 'string' ? value : value?.id);

export const signatureInvalid = (detail: string) =>
  invalidRequest('stripe_signature_invalid', `The Stripe-Signature header does not verify this body with STRIPE_WEBHOOK_SECRET (${detail}); nothing was changed.`, 'Stripe-Signature');

/**
 * Checks the signature over the raw bytes (Stripe's constructEvent: HMAC with the endpoint secret, timestamp
 * within 5 minutes), then reads the subscription the event concerns from Stripe: its current state, not the
 * event's copy, which may be older than one already applied. Throws signatureInvalid when the signature fails
 * (the caller charges the sender's address), and 503 when Stripe cannot be read (Stripe retries the event).
 */
export async function verifyEvent(billing: Billing, body: Buffer, signature: string | undefined): Promise<VerifiedEvent> {
  if (!signature) throw signatureInvalid('no signature');
  let event: Stripe.Event;
  try {
    event = billing.stripe.webhooks.constructEvent(body, signature, billing.config.webhookSecret);
  } catch (error) {
    if (error instanceof Stripe.errors.StripeSignatureVerificationError) throw signatureInvalid('signature mismatch or too old');
    // A correctly signed body that is not an event (constructEvent parses it after checking).
    throw invalidRequest('stripe_event_invalid', 'The signed body is not a Stripe event.');
  }
  const verified: VerifiedEvent = {
    id: event.id,
    type: event.type,
    customerId: undefined,
    accountHint: undefined,
    subscription: undefined,
    fetchedAt: new Date(),
    cause: 'subscription',
    failedInvoice: undefined,
  };
  let subscriptionId: string | undefined;
  switch (event.type) {
    case 'checkout.session.completed': {
      const session = event.data.object;
      if (session.mode !== 'subscription') break;
      subscriptionId = idOf(session.subscription);
      verified.customerId = idOf(session.customer);
      verified.accountHint = session.client_reference_id ?? undefined;
      verified.cause = 'checkout';
      break;
    }
    case 'customer.subscription.created':
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted': {
      subscriptionId = event.data.object.id;
      verified.customerId = idOf(event.data.object.customer);
      break;
    }
    case 'invoice.paid':
    case 'invoice.payment_failed': {
      const invoice = event.data.object;
      subscriptionId = idOf(invoice.parent?.subscription_details?.subscription);
      verified.customerId = idOf(invoice.customer);
      if (event.type === 'invoice.payment_failed') verified.failedInvoice = invoice;
      break;
    }
    default:
      break;
  }
  if (subscriptionId) {
    verified.fetchedAt = new Date();
    verified.subscription = await callStripe(() => billing.stripe.subscriptions.retrieve(subscriptionId));
  }
  return verified;
}

type Receipt = components['schemas']['StripeWebhookReceipt'];

/**
 * Applies a verified event once: the event's id goes into stripe_events in the same transaction as its effect,
 * so a repeat (Stripe retries, duplicates) finds it and does nothing. Events for a customer of no account here,
 * and types Parley does not act on, are recorded as ignored.
 */
export async function applyEvent(trx: Transaction, config: Config, billing: Billing, logger: Logger, event: VerifiedEvent): Promise<Receipt> {
  let accountId = event.customerId ? await accountOfCustomer(trx, event.customerId) : undefined;
  if (!accountId && event.accountHint && event.customerId) {
    // A Checkout for an account whose customer row is missing: the session names both, and Stripe signed it.
    const account = await AccountRow.query(trx).findById(event.accountHint);
    const taken = account && (await trx('billing_customers').where({ account_id: account.id }).first());
    if (account && !taken) {
      await trx('billing_customers').insert({ account_id: account.id, stripe_customer_id: event.customerId }).onConflict().ignore();
      accountId = account.id;
    }
  }
  const acts = accountId !== undefined && event.subscription !== undefined;
  const inserted = await trx('stripe_events')
    .insert({ id: event.id, type: event.type, outcome: acts ? 'processed' : 'ignored' })
    .onConflict('id')
    .ignore()
    .returning('id');
  if (inserted.length === 0) return { received: true, duplicate: true, ignored: false };
  if (!acts) return { received: true, duplicate: false, ignored: true };

  const row = await syncSubscription(trx, config, logger, {
    accountId: accountId!,
    subscription: event.subscription!,
    fetchedAt: event.fetchedAt,
    cause: event.cause,
    graceDays: billing.config.graceDays,
  });
  if (event.failedInvoice) {
    const invoice = event.failedInvoice;
    const account = await AccountRow.query(trx).findById(accountId!);
    await recordEvent(trx, { accountId: accountId!, mode: 'live' }, 'billing.payment_failed', {
      object: 'payment_failure',
      account_id: accountId!,
      plan: account!.plan,
      invoice_id: invoice.id ?? '',
      amount_due: invoice.amount_due,
      currency: invoice.currency,
      attempt_count: invoice.attempt_count,
      next_payment_attempt: invoice.next_payment_attempt ? new Date(invoice.next_payment_attempt * 1000).toISOString() : null,
      hosted_invoice_url: invoice.hosted_invoice_url ?? null,
      grace_period_ends_at: row?.grace_ends_at && !row.grace_ended_at ? row.grace_ends_at.toISOString() : null,
    } satisfies components['schemas']['PaymentFailure']);
  }
  return { received: true, duplicate: false, ignored: false };
}
