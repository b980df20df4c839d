import type { Database, Transaction } from '../platform/db/database.js';
import { notFound } from '../platform/http/errors.js';
import { AccountRow } from '../accounts/models.js';
import { callStripe, type Billing } from './stripe.js';

/** The account's Stripe customer id, or undefined before its first Checkout. */
export async function customerOf(trx: Transaction, accountId: string): Promise<string | undefined> {
  const row = await trx('billing_customers').where({ account_id: accountId }).first('stripe_customer_id');
  return row?.stripe_customer_id as string | undefined;
}

/** The account that owns a Stripe customer (system transaction: Stripe's webhooks name the customer, not us). */
export async function accountOfCustomer(trx: Transaction, customerId: string): Promise<string | undefined> {
  const row = await trx('billing_customers').where({ stripe_customer_id: customerId }).first('account_id');
  return row?.account_id as string | undefined;
}

/**
 * The account's Stripe customer, created on first use, exactly one however many first calls race: Stripe's
 * Idempotency-Key is derived from the account id, so concurrent creations get the same customer back, and the
 * row's primary key keeps the first one written (a later creation, after Stripe forgot the key, loses to it and
 * leaves an unused customer in Stripe, never a second one in Parley). Runs outside any transaction the caller
 * holds: a call to Stripe must not hold a database connection.
 */
export async function ensureCustomer(db: Database, billing: Billing, scope: { accountId: string; mode: 'test' | 'live' }): Promise<string> {
  const found = await db.tenant(scope, async (trx) => {
    const existing = await customerOf(trx, scope.accountId);
    const account = existing ? undefined : await AccountRow.query(trx).findById(scope.accountId);
    if (!existing && !account) throw notFound('account', scope.accountId);
    return { existing, name: account?.name };
  });
  if (found.existing) return found.existing;
  const customer = await callStripe(() =>
    billing.stripe.customers.create(
      { name: found.name, metadata: { parley_account_id: scope.accountId } },
      { idempotencyKey: `parley-customer-${scope.accountId}` },
    ),
  );
  return db.tenant(scope, async (trx) => {
    await trx('billing_customers').insert({ account_id: scope.accountId, stripe_customer_id: customer.id }).onConflict('account_id').ignore();
    return (await customerOf(trx, scope.accountId))!;
  });
}
