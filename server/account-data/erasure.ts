import { refuseCachedKeys } from '../keys/api-keys.js';
import Stripe from 'stripe';
import type { components } from '../generated/openapi.js';
import { UserRow } from '../accounts/models.js';
import { verifyPassword } from '../auth/passwords.js';
import { verifySecondFactor } from '../auth/two-factor.js';
import { billingOf } from '../billing/stripe.js';
import { isStopped } from '../connections/models.js';
import { personOf, type Actor } from '../platform/actor.js';
import type { Transaction } from '../platform/db/database.js';
import { conflict, unauthenticated } from '../platform/http/errors.js';
import { consume } from '../platform/http/rate-limit.js';
import { newId } from '../platform/ids.js';
import type { Services } from '../platform/services.js';

type Schemas = components['schemas'];

/** Published once an erasure is requested: a worker starts at once. */
export const ERASURES_QUEUED = 'erasures:queued';
/** Rows deleted per statement from the largest tables, so no statement holds locks or memory for long. */
const BATCH = 5_000;
/**
 * The tables that can hold many rows of an account, erased in batches, in an order that never leaves a row
 * pointing at a deleted one; everything else goes with the account row (every tenant table cascades from it).
 */
const LARGE_TABLES = ['webhook_attempts', 'webhook_deliveries', 'events', 'bulk_job_recipients', 'message_receipts', 'messages', 'usage_entries', 'usage_daily', 'chats', 'contacts', 'connection_auth_keys'];

export interface ErasureRow {
  id: string;
  account_id: string;
  status: 'pending' | 'erased';
  requested_by: string;
  member_user_ids: string[];
  stripe_customer_id: string | null;
  stripe_subscription_id: string | null;
  plan: string;
  erased: Record<string, number>;
  attempts: number;
  requested_at: Date;
  erased_at: Date | null;
}

export function presentErasure(row: ErasureRow): Schemas['AccountErasure'] {
  return {
    id: row.id,
    object: 'account_erasure',
    account_id: row.account_id,
    status: row.status,
    requested_at: row.requested_at.toISOString(),
    erased_at: row.erased_at?.toISOString() ?? null,
  };
}

const ERASURE_IS_PERSONAL = "Erasing an account needs one of its owners signed in to the console, with the owner's password.";

/**
 * The owner proves it is them again (password, and a second factor when they use one): a session left open
 * in a browser must not be enough to erase an account. Wrong answers count like wrong sign-ins.
 */
export async function verifyOwnerAgain(services: Services, actor: Actor, body: Schemas['DeleteAccountRequest']): Promise<void> {
  const { userId } = personOf(actor, ERASURE_IS_PERSONAL);
  await consume(services.limiters.loginPerEmail, `reauth:${userId}`, 'Too many wrong passwords or codes. Wait before trying again.');
  const user = await UserRow.query(services.db.systemPool).findById(userId).throwIfNotFound();
  if (!(await verifyPassword(user.password_hash, body.password))) throw unauthenticated('invalid_credentials', 'The password is incorrect. Nothing was erased.');
  if (user.totp_enabled_at) {
    const otp = body.otp;
    if (otp === undefined) {
      throw unauthenticated('otp_required', 'Two-factor authentication is on for you: send a code from the authenticator app (or a recovery code) as `otp`. Nothing was erased.');
    }
    await services.db.system((trx) => verifySecondFactor(trx, services.secrets, user, otp));
  }
  await services.limiters.loginPerEmail.delete(`reauth:${userId}`);
}

/**
 * Starts an erasure in the caller's transaction: from its commit no key, session or member reaches the
 * account (keys and sessions revoked, invitations revoked, memberships removed), and a worker erases the rest.
 */
export async function requestErasure(
  trx: Transaction,
  services: Pick<Services, 'bus' | 'credentials' | 'logger'>,
  actor: Actor,
  request: { ip: string; userAgent: string | undefined; requestId: string },
): Promise<Schemas['AccountErasure']> {
  const person = personOf(actor, ERASURE_IS_PERSONAL);
  const account = (await trx('accounts').where({ id: actor.accountId }).forNoKeyUpdate().first('id', 'plan')) as { id: string; plan: string };
  const members = (await trx('memberships').pluck('user_id')) as string[];
  const customer = (await trx('billing_customers').first('stripe_customer_id')) as { stripe_customer_id: string } | undefined;
  const subscription = (await trx('billing_subscriptions').first('stripe_subscription_id')) as { stripe_subscription_id: string } | undefined;
  const [row] = await trx<ErasureRow>('account_erasures')
    .insert({
      id: newId('accountErasure'),
      account_id: account.id,
      requested_by: person.userId,
      ip: request.ip,
      user_agent: request.userAgent?.slice(0, 500) ?? null,
      request_id: request.requestId,
      member_user_ids: members,
      stripe_customer_id: customer?.stripe_customer_id ?? null,
      stripe_subscription_id: subscription?.stripe_subscription_id ?? null,
      plan: account.plan,
    } as never)
    .onConflict('account_id')
    .ignore()
    .returning('*');
  if (!row) throw conflict('erasure_pending', `Account ${account.id} is already being erased.`);
  const now = trx.fn.now();
  await trx('sessions').whereNull('revoked_at').update({ revoked_at: now });
  await trx('api_keys').whereNull('revoked_at').update({ revoked_at: now });
  await refuseCachedKeys(trx, services, account.id);
  await trx('invitations').whereNull('accepted_at').whereNull('revoked_at').update({ revoked_at: now });
  await trx('memberships').delete();
  trx.executionPromise.then(() => services.bus.publish(ERASURES_QUEUED, { id: row.id })).catch(() => undefined);
  return presentErasure(row);
}

const STRIPE_LIVE_SUBSCRIPTION = new Set(['active', 'trialing', 'past_due', 'unpaid', 'incomplete']);

/** Cancels the Stripe subscription, invoicing what is due now; one already gone is fine. */
async function cancelSubscription(services: Pick<Services, 'config' | 'db'>, erasure: ErasureRow): Promise<void> {
  const billing = billingOf(services.config);
  if (!billing || !erasure.stripe_subscription_id) return;
  const status = (await services.db.system((trx) => trx('billing_subscriptions').where({ account_id: erasure.account_id }).first('status'))) as { status: string } | undefined;
  if (status && !STRIPE_LIVE_SUBSCRIPTION.has(status.status)) return;
  try {
    await billing.stripe.subscriptions.cancel(erasure.stripe_subscription_id, { invoice_now: true, prorate: true });
  } catch (error) {
    if (error instanceof Stripe.errors.StripeInvalidRequestError && error.code === 'resource_missing') return;
    throw error;
  }
}

/**
 * Erases an account: logs its connections out of WhatsApp, cancels its subscription, deletes its files and
 * then its rows, the largest tables in batches and the rest with the account row, and the users left with no
 * account. Each step can run again: a worker that stops half way leaves the rest to the next attempt.
 */
export async function eraseAccount(services: Services, erasure: ErasureRow): Promise<void> {
  const accountId = erasure.account_id;
  const connections = (await services.db.system((trx) =>
    trx('connections').where({ account_id: accountId }).select('id', 'status', 'lease_owner', 'lease_expires_at'),
  )) as Array<{ id: string; status: Schemas['ConnectionStatus']; lease_owner: string | null; lease_expires_at: Date | null }>;
  // Best effort, as deleting one connection: a worker that does not answer does not keep the data.
  await Promise.all(
    connections
      .filter((row) => row.lease_owner !== null && row.lease_expires_at !== null && row.lease_expires_at > new Date() && !isStopped(row))
      .map((row) =>
        services.commands.send(row.id, { name: 'logout' }).catch((error: unknown) => {
          services.logger.warn({ err: error, connection_id: row.id, account_id: accountId }, 'erasing an account whose connection worker did not answer the logout');
        }),
      ),
  );
  await cancelSubscription(services, erasure);

  const keys = (await services.db.system(async (trx) => [
    ...((await trx('media').where({ account_id: accountId }).pluck('storage_key')) as string[]),
    ...((await trx('account_exports').where({ account_id: accountId }).whereNotNull('storage_key').pluck('storage_key')) as string[]),
  ])) as string[];
  for (const key of keys) await services.media.delete(key);

  const erased: Record<string, number> = {};
  const tables = (await services.db.system((trx) =>
    trx.raw<{ rows: Array<{ table: string }> }>(
      `select c.relname as table from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') and c.relname <> 'account_erasures'
          and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'account_id' and not a.attisdropped)
        order by c.relname`,
    ),
  )).rows.map((row) => row.table);
  for (const table of tables) {
    erased[table] = Number(((await services.db.system((trx) => trx(table).where({ account_id: accountId }).count({ n: '*' }).first())) as { n: string }).n);
  }
  for (const table of LARGE_TABLES) {
    for (;;) {
      const deleted = await services.db.system((trx) =>
        trx.raw(`delete from ?? where ctid in (select ctid from ?? where account_id = ? limit ?)`, [table, table, accountId, BATCH]),
      );
      if ((deleted as { rowCount: number }).rowCount < BATCH) break;
    }
  }
  await services.db.system(async (trx) => {
    await trx('accounts').where({ id: accountId }).delete();
    const adminEmail = services.config.ADMIN_EMAIL?.toLowerCase();
    const orphans = trx('users')
      .whereIn('id', erasure.member_user_ids)
      .whereNotExists(trx('memberships').whereRaw('memberships.user_id = users.id'));
    // Platform admins stay: they run the deployment, not only this account.
    orphans.whereNull('platform_admin_at');
    if (adminEmail) orphans.whereRaw('lower(email) <> ?', [adminEmail]);
    erased.users = await orphans.delete();
    await trx('account_erasures').where({ id: erasure.id }).update({ status: 'erased', erased_at: trx.fn.now(), erased: JSON.stringify(erased), last_error: null });
  });
  services.logger.info({ account_id: accountId, erasure: erasure.id, erased }, 'erased an account');
}
