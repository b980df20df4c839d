// Stripe billing through Parley's API, against an in-repo fake of Stripe's HTTP API (test/helpers/fake-stripe.ts:
// Stripe itself cannot be reached from here, so it is the one thing mocked) that Parley's real `stripe` client is
// pointed at. Webhooks are signed with stripe.webhooks.generateTestHeaderString and POSTed to Parley as Stripe
// would. PostgreSQL, Redis and the worker process are real.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { runDueErasures } from '../server/account-data/worker.js';
import { reportUsageRound } from '../server/billing/meter.js';
import { billingOf } from '../server/billing/stripe.js';
import { endGracePeriods } from '../server/billing/subscriptions.js';
import type { components } from '../server/generated/openapi.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { eventually } from './helpers/eventually.js';
import { FakeStripe } from './helpers/fake-stripe.js';
import { buildAccount, buildApiKey, type TestAccount } from './helpers/factories.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';
import { killAll, spawnWorker, type WorkerProcess } from './helpers/worker-process.js';

type Schemas = components['schemas'];

const SECRET_KEY = `sk_test_${randomBytes(12).toString('hex')}`;
const WEBHOOK_SECRET = `whsec_${randomBytes(16).toString('hex')}`;
const METER_EVENT_NAME = 'parley_messages';
const DAY_MS = 86_400_000;
const PLANS = {
  pro: { stripe_price_id: 'price_pro', stripe_overage_price_id: 'price_pro_messages' },
  business: { stripe_price_id: 'price_business', stripe_overage_price_id: null },
};

describe('Stripe billing', () => {
  let database: ScratchDatabase;
  let fake: FakeStripe;
  let server: TestServer;
  let prefix: string;
  const workers: WorkerProcess[] = [];

  before(async () => {
    database = await createScratchDatabase();
    fake = await FakeStripe.start({
      secretKey: SECRET_KEY,
      webhookSecret: WEBHOOK_SECRET,
      meterEventName: METER_EVENT_NAME,
      prices: {
        price_pro: { unit_amount: 4_900 },
        price_pro_messages: { metered: { free_units: 10_000, unit_amount: 1 } },
        price_business: { unit_amount: 19_900 },
      },
    });
    prefix = `${testEnv().redisPrefix}billing-${randomBytes(4).toString('hex')}:`;
    server = await startTestServer({
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: prefix,
      PARLEY_DEFAULT_PLAN: 'free',
      PARLEY_PLANS: JSON.stringify(PLANS),
      STRIPE_SECRET_KEY: SECRET_KEY,
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_API_BASE: fake.url,
      STRIPE_METER_EVENT_NAME: METER_EVENT_NAME,
      PUBLIC_URL: 'https://parley.example.com',
    });
  });
  after(async () => {
    await killAll(workers);
    await server?.stop();
    await fake?.stop();
    await database?.drop();
  });

  const billing = () => billingOf(server.services.config)!;
  const db = () => server.services.db;

  /** POSTs a Stripe event to Parley as Stripe does: the raw JSON and its Stripe-Signature. */
  async function deliver(event: { payload: string }, signature: string | null = fake.sign(event.payload)) {
    const response = await fetch(`${server.url}/v1/billing/stripe-webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(signature === null ? {} : { 'stripe-signature': signature }) },
      body: event.payload,
    });
    const body = (await response.json()) as Schemas['StripeWebhookReceipt'] & { error?: unknown };
    return { status: response.status, headers: response.headers, body };
  }

  // Owners and admins manage billing, from the console.
  const checkout = (account: TestAccount, plan: string) =>
    server.client.post<Schemas['CheckoutSession']>('/v1/billing/checkout-sessions', { plan }, { cookie: account.cookie, csrf: account.csrf });
  const accountOf = async (account: TestAccount) => (await server.client.get<Schemas['CurrentAccount']>('/v1/account', { key: account.key })).body;
  const planChanges = (account: TestAccount) =>
    db().system((trx) => trx('events').where({ account_id: account.account.id, type: 'account.plan_changed' }).orderBy('id').pluck('data')) as Promise<
      Array<{ object: Schemas['PlanChange'] }>
    >;

  /** Signs an account up for `plan` the whole way: Checkout, the person pays, Stripe's webhook arrives. */
  async function subscribe(account: TestAccount, plan = 'pro') {
    const session = await checkout(account, plan);
    assert.equal(session.status, 201, JSON.stringify(session.body));
    const { subscription } = fake.completeCheckout(session.body.id);
    const completed = fake.event('checkout.session.completed', fake.sessions.get(session.body.id));
    const answer = await deliver(completed);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    return { session: session.body, subscription, completed };
  }

  test('upgrade: Checkout sells the plan with its metered price, the webhook moves the account to it, and GET /v1/account and GET /v1/billing show it', async () => {
    const owner = await buildAccount(server.client);
    assert.equal(owner.account.plan.id, 'free');

    const session = await checkout(owner, 'pro');
    assert.equal(session.status, 201, JSON.stringify(session.body));
    assertConforms('createCheckoutSession', session);
    assert.equal(session.body.plan, 'pro');
    assert.match(session.body.url, /^https:\/\/checkout\.stripe\.test\//);
    const stored = fake.sessions.get(session.body.id)!;
    assert.equal(stored.mode, 'subscription');
    assert.equal(stored.client_reference_id, owner.account.id);
    assert.deepEqual(stored.line_items, [{ price: 'price_pro', quantity: '1' }, { price: 'price_pro_messages' }], 'the base price once, the metered price without a quantity');
    const customer = fake.customers.get(stored.customer)!;
    assert.equal(customer.metadata.parley_account_id, owner.account.id);

    // Nothing changes until Stripe says the person paid.
    assert.equal((await accountOf(owner)).plan.id, 'free');
    const { subscription } = fake.completeCheckout(session.body.id);
    const answer = await deliver(fake.event('checkout.session.completed', fake.sessions.get(session.body.id)));
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body, { received: true, duplicate: false, ignored: false });

    const account = await accountOf(owner);
    assert.equal(account.plan.id, 'pro');
    assert.equal(account.limits.connections, 5, "the Pro plan's limits are in force");
    assert.equal(account.limits.messages_per_period, 100_000);
    const item = subscription.items.data[0]!;
    assert.deepEqual(account.period, {
      start: new Date(item.current_period_start * 1000).toISOString(),
      end: new Date(item.current_period_end * 1000).toISOString(),
    }, "the billing period is the subscription's");
    const [change] = await planChanges(owner);
    assert.equal(change?.object.cause, 'checkout');
    assert.equal(change?.object.previous_plan, 'free');

    const view = await server.client.get<Schemas['Billing']>('/v1/billing', { key: owner.key });
    assert.equal(view.status, 200);
    assertConforms('getBilling', view);
    assert.equal(view.body.enabled, true);
    assert.equal(view.body.plan.id, 'pro');
    assert.equal(view.body.subscription?.status, 'active');
    assert.equal(view.body.subscription?.plan, 'pro');
    assert.equal(view.body.subscription?.grace_period_ends_at, null);
    assert.deepEqual(view.body.next_invoice && { amount: view.body.next_invoice.amount_due, currency: view.body.next_invoice.currency }, { amount: 4_900, currency: 'usd' });
    assert.deepEqual(view.body.payment_method, { object: 'payment_method_summary', type: 'card', brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030 });
    assert.ok(!JSON.stringify(view.body).includes(SECRET_KEY) && !JSON.stringify(view.body).includes('cus_'), 'no Stripe secret or customer id in the answer');

    // A second subscription would bill twice: changes go through the Customer Portal.
    assertError(await checkout(owner, 'business'), 409, 'subscription_exists');
    const portal = await server.client.post<Schemas['PortalSession']>('/v1/billing/portal-sessions', undefined, { cookie: owner.cookie, csrf: owner.csrf });
    assert.equal(portal.status, 201, JSON.stringify(portal.body));
    assertConforms('createPortalSession', portal);
    assert.match(portal.body.url, /^https:\/\/billing\.stripe\.test\//);
  });

  test('concurrent first Checkouts of one account create one Stripe customer', async () => {
    const owner = await buildAccount(server.client);
    const before = fake.customers.size;
    const answers = await Promise.all(Array.from({ length: 6 }, () => checkout(owner, 'pro')));
    for (const answer of answers) assert.equal(answer.status, 201, JSON.stringify(answer.body));
    const mine = [...fake.customers.values()].filter((c) => c.metadata.parley_account_id === owner.account.id);
    assert.equal(mine.length, 1, 'one customer in Stripe');
    assert.equal(fake.customers.size, before + 1);
    const rows = await db().system((trx) => trx('billing_customers').where({ account_id: owner.account.id }));
    assert.equal(rows.length, 1);
    assert.equal(rows[0].stripe_customer_id, mine[0]!.id);
    assert.equal(new Set(answers.map((a) => fake.sessions.get(a.body.id)!.customer)).size, 1, 'every session is for that customer');
  });

  test('cancellation (customer.subscription.deleted) moves the account back to Free and calendar-month periods', async () => {
    const owner = await buildAccount(server.client);
    const { subscription } = await subscribe(owner);
    assert.equal((await accountOf(owner)).plan.id, 'pro');

    fake.updateSubscription(subscription.id, { status: 'canceled' });
    const answer = await deliver(fake.event('customer.subscription.deleted', fake.subscriptions.get(subscription.id)));
    assert.equal(answer.status, 200);
    const account = await accountOf(owner);
    assert.equal(account.plan.id, 'free');
    assert.equal(account.limits.connections, 1);
    const now = new Date();
    assert.equal(account.period.start, new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString());
    assert.deepEqual((await planChanges(owner)).map((c) => c.object.cause), ['checkout', 'canceled']);
    const view = await server.client.get<Schemas['Billing']>('/v1/billing', { key: owner.key });
    assertConforms('getBilling', view);
    assert.equal(view.body.subscription?.status, 'canceled');
    assert.equal(view.body.next_invoice, null);
    // With the subscription over, Checkout sells a new one.
    assert.equal((await checkout(owner, 'pro')).status, 201);
  });

  test('a failed payment keeps the plan through the grace period (billing.payment_failed), then moves the account to Free; paying restores it', async () => {
    const owner = await buildAccount(server.client);
    const { subscription } = await subscribe(owner);

    fake.updateSubscription(subscription.id, { status: 'past_due' });
    const failed = fake.invoiceFor(subscription.id, false);
    const answer = await deliver(fake.event('invoice.payment_failed', failed));
    assert.equal(answer.status, 200);
    assert.equal((await accountOf(owner)).plan.id, 'pro', 'the plan stays during the grace period');
    const [event] = (await db().system((trx) => trx('events').where({ account_id: owner.account.id, type: 'billing.payment_failed' }))) as Array<{
      mode: string;
      data: { object: Schemas['PaymentFailure'] };
    }>;
    assert.ok(event, 'billing.payment_failed is recorded');
    assert.equal(event.mode, 'live');
    const failure = event.data.object;
    assert.equal(failure.invoice_id, failed.id);
    assert.equal(failure.plan, 'pro');
    assert.equal(failure.amount_due, 4_900);
    const graceEnd = Date.parse(failure.grace_period_ends_at!);
    assert.ok(Math.abs(graceEnd - (Date.now() + 7 * DAY_MS)) < 60_000, `grace ends in BILLING_GRACE_DAYS (7): ${failure.grace_period_ends_at}`);
    const listed = await server.client.get(`/v1/events?type=billing.payment_failed`, { key: (await buildApiKey(server.client, owner, { mode: 'live' })).secret });
    assertConforms('listEvents', listed);
    assert.equal(listed.body.data.length, 1);
    const view = await server.client.get<Schemas['Billing']>('/v1/billing', { key: owner.key });
    assertConforms('getBilling', view);
    assert.equal(view.body.subscription?.status, 'past_due');
    assert.equal(view.body.subscription?.grace_period_ends_at, failure.grace_period_ends_at);

    // Time passes (an injected clock, not a sleep): before the end nothing happens, after it the account is Free.
    await endGracePeriods(db(), server.services.config, new Date(graceEnd - 60_000));
    assert.equal((await accountOf(owner)).plan.id, 'pro');
    await endGracePeriods(db(), server.services.config, new Date(graceEnd + 1_000));
    assert.equal((await accountOf(owner)).plan.id, 'free');
    assert.deepEqual((await planChanges(owner)).map((c) => c.object.cause), ['checkout', 'grace_ended']);

    // Stripe retries the card and fails again: still Free, no second downgrade.
    await deliver(fake.event('invoice.payment_failed', fake.invoiceFor(subscription.id, false)));
    assert.equal((await accountOf(owner)).plan.id, 'free');
    assert.equal((await planChanges(owner)).length, 2);

    // Then the invoice is paid: the subscription is active again, and so is the plan.
    fake.updateSubscription(subscription.id, { status: 'active' });
    await deliver(fake.event('invoice.paid', fake.invoiceFor(subscription.id, true)));
    assert.equal((await accountOf(owner)).plan.id, 'pro');
    const restored = await server.client.get<Schemas['Billing']>('/v1/billing', { key: owner.key });
    assert.equal(restored.body.subscription?.past_due_since, null);
  });

  test('duplicated and out-of-order webhooks: each event is processed once, and the final state is Stripe\'s current one', async () => {
    const owner = await buildAccount(server.client);
    const session = await checkout(owner, 'pro');
    const { subscription } = fake.completeCheckout(session.body.id);
    const created = fake.event('customer.subscription.created', subscription);
    const completed = fake.event('checkout.session.completed', fake.sessions.get(session.body.id));
    const snapshotWhileActive = fake.event('customer.subscription.updated', subscription);

    // Stripe's later change arrives before the earlier events, and each twice.
    fake.updateSubscription(subscription.id, { price: 'price_business' });
    const upgraded = fake.event('customer.subscription.updated', fake.subscriptions.get(subscription.id));
    const answers = [];
    for (const event of [upgraded, completed, created, upgraded, completed, created]) answers.push(await deliver(event));
    assert.deepEqual(answers.map((a) => a.body.duplicate), [false, false, false, true, true, true]);
    assert.equal((await accountOf(owner)).plan.id, 'business', 'every event read the subscription as it is now: on Business');
    const processed = await db().system((trx) => trx('stripe_events').whereIn('id', [upgraded.id, completed.id, created.id]).select('id', 'outcome'));
    assert.equal(processed.length, 3);
    assert.ok(processed.every((row) => row.outcome === 'processed'));
    assert.deepEqual((await planChanges(owner)).map((c) => [c.object.previous_plan, c.object.plan.id]), [['free', 'business']], 'one plan change');

    // Canceled, then a stale copy saying "active on Pro" arrives late: the account stays Free.
    fake.updateSubscription(subscription.id, { status: 'canceled' });
    await deliver(fake.event('customer.subscription.deleted', fake.subscriptions.get(subscription.id)));
    await deliver(snapshotWhileActive);
    assert.equal((await accountOf(owner)).plan.id, 'free');

    // The same event delivered concurrently is applied once.
    fake.updateSubscription(subscription.id, { status: 'active', price: 'price_pro' });
    const reactivated = fake.event('customer.subscription.updated', fake.subscriptions.get(subscription.id));
    const racing = await Promise.all(Array.from({ length: 5 }, () => deliver(reactivated)));
    assert.deepEqual(racing.map((a) => a.status), [200, 200, 200, 200, 200]);
    assert.equal(racing.filter((a) => !a.body.duplicate).length, 1);
    assert.equal((await accountOf(owner)).plan.id, 'pro');
    assert.equal((await planChanges(owner)).length, 3);
  });

  test('a forged, missing or stale signature is refused with 400 and changes nothing', async () => {
    const owner = await buildAccount(server.client);
    const session = await checkout(owner, 'pro');
    fake.completeCheckout(session.body.id);
    const completed = fake.event('checkout.session.completed', fake.sessions.get(session.body.id));
    const tampered = { payload: completed.payload.replace('"livemode":false', '"livemode":true') };
    const stale = `t=${Math.floor(Date.now() / 1000) - 3600},v1=${fake.sign(completed.payload).split('v1=')[1]}`;
    for (const [event, signature] of [
      [completed, fake.sign(completed.payload, 'whsec_not_the_right_secret')],
      [completed, null],
      [completed, 'garbage'],
      [tampered, fake.sign(completed.payload)],
      [completed, stale],
    ] as const) {
      const answer = await deliver(event, signature);
      assertError({ ...answer, body: answer.body }, 400, 'stripe_signature_invalid');
      assertConforms('receiveStripeWebhook', answer as never);
    }
    assert.equal((await accountOf(owner)).plan.id, 'free');
    assert.equal((await db().system((trx) => trx('stripe_events').where({ id: completed.id }))).length, 0, 'no event was recorded');
    // The genuine one still goes through afterwards.
    assert.equal((await deliver(completed)).body.duplicate, false);
    assert.equal((await accountOf(owner)).plan.id, 'pro');
  });

  test("bad signatures from one address are rate limited (429), while Stripe's correctly signed requests from it still go through", async () => {
    const limited = await startTestServer({
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: `${prefix}limited:`,
      PUBLIC_RATE_LIMIT: '3',
      PUBLIC_RATE_LIMIT_WINDOW_SECONDS: '3600',
      PARLEY_PLANS: JSON.stringify(PLANS),
      STRIPE_SECRET_KEY: SECRET_KEY,
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_API_BASE: fake.url,
    });
    try {
      const post = (event: { payload: string }, signature: string) =>
        limited.client.post<Schemas['StripeWebhookReceipt']>('/v1/billing/stripe-webhook', undefined, {
          raw: event.payload,
          headers: { 'content-type': 'application/json', 'stripe-signature': signature },
        });
      const forged = fake.event('customer.created', { id: 'cus_forged', object: 'customer' });
      const statuses = [];
      for (let i = 0; i < 5; i += 1) statuses.push((await post(forged, fake.sign(forged.payload, 'whsec_forger'))).status);
      assert.deepEqual(statuses, [400, 400, 400, 429, 429]);
      for (let i = 0; i < 5; i += 1) {
        const genuine = fake.event('customer.created', { id: `cus_${i}`, object: 'customer' });
        const answer = await post(genuine, fake.sign(genuine.payload));
        assert.equal(answer.status, 200, JSON.stringify(answer.body));
      }
    } finally {
      await limited.stop();
    }
  });

  test('an unknown event type is answered 200, recorded and ignored', async () => {
    const event = fake.event('customer.created', { id: 'cus_unknown', object: 'customer' });
    const answer = await deliver(event);
    assert.equal(answer.status, 200);
    assertConforms('receiveStripeWebhook', answer as never);
    assert.deepEqual(answer.body, { received: true, duplicate: false, ignored: true });
    const [row] = await db().system((trx) => trx('stripe_events').where({ id: event.id }));
    assert.equal(row?.outcome, 'ignored');
    assert.equal((await deliver(event)).body.duplicate, true);
  });

  test('unknown plans and plans Checkout does not sell are typed errors that create nothing', async () => {
    const owner = await buildAccount(server.client);
    const before = fake.customers.size;
    const unknown = assertError(await checkout(owner, 'platinum'), 400, 'plan_unknown');
    assert.equal(unknown.param, 'plan');
    for (const plan of ['free', 'enterprise']) assert.equal(assertError(await checkout(owner, plan), 400, 'plan_not_purchasable').param, 'plan');
    assertError(await server.client.post('/v1/billing/checkout-sessions', {}, { cookie: owner.cookie, csrf: owner.csrf }), 400, 'parameter_missing');
    assert.equal(fake.customers.size, before);
    assertError(await server.client.post('/v1/billing/portal-sessions', undefined, { cookie: owner.cookie, csrf: owner.csrf }), 409, 'billing_customer_missing');
  });

  test('Stripe unreachable: Checkout and the webhook answer 503 stripe_unavailable and store nothing; both work once Stripe is back', async () => {
    const owner = await buildAccount(server.client);
    const subscriber = await buildAccount(server.client);
    const session = await checkout(subscriber, 'pro');
    const { subscription } = fake.completeCheckout(session.body.id);
    const created = fake.event('customer.subscription.created', subscription);
    await fake.down();
    try {
      // Stripe retries a webhook that was not answered 2xx; Parley could not read the subscription back.
      const webhook = await deliver(created);
      assertError({ ...webhook, body: webhook.body }, 503, 'stripe_unavailable');
      assert.equal((await db().system((trx) => trx('stripe_events').where({ id: created.id }))).length, 0);
      const answer = await checkout(owner, 'pro');
      assertError(answer, 503, 'stripe_unavailable');
      assertConforms('createCheckoutSession', answer);
      assert.ok(answer.headers.get('retry-after'));
      assert.equal((await db().system((trx) => trx('billing_customers').where({ account_id: owner.account.id }))).length, 0);
    } finally {
      await fake.up();
    }
    fake.mode = 'error';
    try {
      assertError(await checkout(owner, 'pro'), 503, 'stripe_unavailable');
    } finally {
      fake.mode = 'up';
    }
    assert.equal((await checkout(owner, 'pro')).status, 201);
    assert.equal((await deliver(created)).body.duplicate, false);
    assert.equal((await accountOf(subscriber)).plan.id, 'pro');
  });

  test("erasing an account cancels its Stripe subscription, invoicing what is due, and keeps the Stripe ids in the erasure's record", async () => {
    const owner = await buildAccount(server.client);
    const { subscription } = await subscribe(owner);
    const erased = await server.client.request('DELETE', '/v1/account', { password: owner.password }, { cookie: owner.cookie, csrf: owner.csrf });
    assert.equal(erased.status, 202, JSON.stringify(erased.body));
    // This suite's Parley serves the API only: the erasure runs here, as a worker would run it.
    await runDueErasures(server.services);
    const cancellation = fake.cancellations.find((c) => c.subscription === subscription.id);
    assert.deepEqual(cancellation?.params, { invoice_now: 'true', prorate: 'true' });
    const record = await db().system((trx) => trx('account_erasures').where({ account_id: owner.account.id }).first());
    assert.equal(record.status, 'erased');
    assert.equal(record.stripe_subscription_id, subscription.id);
    assert.equal(record.stripe_customer_id, subscription.customer);
    assert.equal(record.plan, 'pro');
    assert.equal((await db().system((trx) => trx('billing_subscriptions').where({ account_id: owner.account.id }))).length, 0);
  });

  test('tenant isolation: an account sees and changes only its own billing', async () => {
    const a = await buildAccount(server.client);
    const b = await buildAccount(server.client);
    const { subscription } = await subscribe(a);
    const bView = await server.client.get<Schemas['Billing']>('/v1/billing', { key: b.key });
    assertConforms('getBilling', bView);
    assert.equal(bView.body.plan.id, 'free');
    assert.equal(bView.body.subscription, null);
    assert.equal(bView.body.payment_method, null);
    assertError(await server.client.post('/v1/billing/portal-sessions', undefined, { cookie: b.cookie, csrf: b.csrf }), 409, 'billing_customer_missing');
    // A's subscription events never touch B.
    fake.updateSubscription(subscription.id, { status: 'canceled' });
    await deliver(fake.event('customer.subscription.deleted', fake.subscriptions.get(subscription.id)));
    assert.equal((await planChanges(b)).length, 0);
    // Row-level security: B's transactions cannot read A's billing rows, nor Stripe's events at all.
    const seen = await db().tenant({ accountId: b.account.id, mode: 'test' }, async (trx) => ({
      customers: await trx('billing_customers').select('account_id'),
      subscriptions: await trx('billing_subscriptions').select('account_id'),
      events: await trx('stripe_events').select('id').then(
        () => 'readable',
        (error: { code?: string }) => error.code,
      ),
    }));
    assert.deepEqual(seen.customers, []);
    assert.deepEqual(seen.subscriptions, []);
    assert.equal(seen.events, '42501', 'the tenant role may not read stripe_events');
  });

  test('GET /v1/billing with a live key and a console session answers the same account-wide billing', async () => {
    const owner = await buildAccount(server.client);
    await subscribe(owner, 'business');
    const live = await buildApiKey(server.client, owner, { mode: 'live' });
    const byLive = await server.client.get<Schemas['Billing']>('/v1/billing', { key: live.secret });
    const bySession = await server.client.get<Schemas['Billing']>('/v1/billing', { cookie: owner.cookie });
    assertConforms('getBilling', byLive);
    assertConforms('getBilling', bySession);
    assert.equal(byLive.body.plan.id, 'business');
    assert.deepEqual(byLive.body, bySession.body);
    assert.equal(byLive.body.next_invoice?.amount_due, 19_900, 'no metered price on this plan');
  });

  describe('the meter outbox', () => {
    /** An account on Pro (metered) with a live key and a live connection no worker runs: sends stay queued. */
    async function meteredAccount() {
      const owner = await buildAccount(server.client);
      await subscribe(owner, 'pro');
      const live = await buildApiKey(server.client, owner, { mode: 'live' });
      const connectionId = `conn_${randomBytes(8).toString('hex')}`;
      await db().system((trx) =>
        trx('connections').insert({
          id: connectionId,
          account_id: owner.account.id,
          mode: 'live',
          send_rate: 20,
          status: 'pending',
          // Leased to nobody real for an hour: no worker of this suite dials WhatsApp for it.
          lease_owner: 'billing-test',
          lease_epoch: 1,
          lease_expires_at: trx.raw(`now() + interval '1 hour'`),
        }),
      );
      const send = (n: number) =>
        server.client.post('/v1/messages', { connection_id: connectionId, to: `+1202555${String(1000 + n)}`, type: 'text', text: { body: `hello ${n}` } }, { key: live.secret });
      return { owner, live, send };
    }
    const entriesOf = (owner: TestAccount) =>
      db().system((trx) => trx('usage_entries').where({ account_id: owner.account.id, billable: true }).orderBy('id')) as Promise<
        Array<{ id: string; reported_at: Date | null; report_refused_at: Date | null; report_error: string | null; quantity: number }>
      >;
    const customerOf = async (owner: TestAccount) =>
      (await db().system((trx) => trx('billing_customers').where({ account_id: owner.account.id }).first())).stripe_customer_id as string;

    test('a Stripe outage never blocks a send: live sends are accepted, and their usage is reported once Stripe is back', async () => {
      const { owner, send } = await meteredAccount();
      await fake.down();
      try {
        for (let n = 0; n < 5; n += 1) assert.equal((await send(n)).status, 202);
        const round = await reportUsageRound(db(), billing());
        assert.ok(round.unavailable >= 5, JSON.stringify(round));
        const waiting = await entriesOf(owner);
        assert.equal(waiting.length, 5, 'every live message on a metered plan is billable');
        assert.ok(waiting.every((e) => e.reported_at === null && e.report_refused_at === null && e.report_error?.startsWith('stripe_unavailable')));
      } finally {
        await fake.up();
      }
      await reportUsageRound(db(), billing());
      const reported = await entriesOf(owner);
      assert.ok(reported.every((e) => e.reported_at !== null), JSON.stringify(reported));
      const customer = await customerOf(owner);
      const events = [...fake.meterEvents.values()].filter((e) => e.customer === customer);
      assert.deepEqual(events.map((e) => e.identifier).sort(), reported.map((e) => `parley_usage_${e.id}`).sort());
      assert.ok(events.every((e) => e.value === 1 && e.event_name === METER_EVENT_NAME));
    });

    test('entries Stripe would refuse are marked refused with the reason and not sent again', async () => {
      const { owner } = await meteredAccount();
      const orphan = await buildAccount(server.client);
      const [old] = await db().system((trx) =>
        trx('usage_entries')
          .insert({ account_id: owner.account.id, mode: 'live', category: 'messages_accepted_text', quantity: 1, billable: true, occurred_at: new Date(Date.now() - 40 * DAY_MS) })
          .returning('id'),
      );
      const [noCustomer] = await db().system((trx) =>
        trx('usage_entries').insert({ account_id: orphan.account.id, mode: 'live', category: 'messages_accepted_text', quantity: 1, billable: true }).returning('id'),
      );
      const attempts = fake.meterEventAttempts;
      await reportUsageRound(db(), billing());
      const rows = await db().system((trx) => trx('usage_entries').whereIn('id', [old.id, noCustomer.id]).orderBy('id'));
      assert.match(rows[0].report_error, /^timestamp_too_old/);
      assert.match(rows[1].report_error, /^no_stripe_customer/);
      assert.ok(rows.every((row: { report_refused_at: Date | null; reported_at: Date | null }) => row.report_refused_at && !row.reported_at));
      assert.equal(fake.meterEventAttempts, attempts, 'neither was sent');
      await reportUsageRound(db(), billing());
      assert.equal(fake.meterEventAttempts, attempts, 'nor sent again');
    });

    test('meter events are reported exactly once across a worker killed with SIGKILL mid-batch', async () => {
      const { owner } = await meteredAccount();
      const total = 300;
      await db().system((trx) =>
        trx('usage_entries').insert(
          Array.from({ length: total }, () => ({ account_id: owner.account.id, mode: 'live', category: 'messages_accepted_bulk', quantity: 1, billable: true })),
        ),
      );
      const customer = await customerOf(owner);
      const mine = () => [...fake.meterEvents.values()].filter((e) => e.customer === customer);
      const env = {
        DATABASE_URL: database.url,
        REDIS_KEY_PREFIX: prefix,
        PARLEY_PLANS: JSON.stringify(PLANS),
        STRIPE_SECRET_KEY: SECRET_KEY,
        STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
        STRIPE_API_BASE: fake.url,
        STRIPE_METER_EVENT_NAME: METER_EVENT_NAME,
        STRIPE_METER_REPORT_INTERVAL_MS: '100',
        STRIPE_METER_BATCH_SIZE: '100',
      };
      // Stripe takes the first 150 and answers them; it takes the next ones too but the worker never hears back.
      fake.holdMeterAnswers(150);
      const first = await spawnWorker('meter-1', env);
      workers.push(first);
      await eventually(async () => mine().length, (n) => n >= 160, 30_000);
      first.child.kill('SIGKILL');
      await new Promise((resolve) => first.child.once('exit', resolve));
      const unreported = (await entriesOf(owner)).filter((e) => e.reported_at === null).length;
      assert.ok(unreported > 0 && unreported <= total - 100, `the killed worker's batch stayed unreported (${unreported} of ${total})`);
      assert.ok(mine().length > total - unreported, 'Stripe holds events Parley never heard back about');
      fake.releaseMeterAnswers();
      const duplicatesBefore = fake.duplicateMeterEvents;

      const second = await spawnWorker('meter-2', env);
      workers.push(second);
      const entries = await eventually(() => entriesOf(owner), (rows) => rows.every((e) => e.reported_at !== null), 30_000);
      assert.equal(entries.length, total);
      assert.ok(entries.every((e) => e.report_refused_at === null));
      const events = mine();
      assert.equal(events.length, total, 'each ledger entry is one meter event in Stripe');
      assert.deepEqual(events.map((e) => e.identifier).sort(), entries.map((e) => `parley_usage_${e.id}`).sort());
      assert.equal(events.reduce((sum, e) => sum + e.value, 0), total);
      assert.ok(fake.duplicateMeterEvents - duplicatesBefore >= 10, 'the restarted worker sent again what Stripe had taken, and Stripe refused them as duplicates');
      await killAll(workers);
    });
  });
});

describe('billing off (no STRIPE_SECRET_KEY)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ PARLEY_DEFAULT_PLAN: 'free' });
  });
  after(() => server?.stop());

  test('Checkout, the portal and the webhook answer 409 billing_disabled; GET /v1/billing says billing is off', async () => {
    const owner = await buildAccount(server.client);
    const session = await server.client.post('/v1/billing/checkout-sessions', { plan: 'pro' }, { cookie: owner.cookie, csrf: owner.csrf });
    assertError(session, 409, 'billing_disabled');
    assertConforms('createCheckoutSession', session);
    assertError(await server.client.post('/v1/billing/portal-sessions', undefined, { cookie: owner.cookie, csrf: owner.csrf }), 409, 'billing_disabled');
    const webhook = await server.client.post('/v1/billing/stripe-webhook', undefined, { raw: '{"id":"evt_1","type":"invoice.paid"}', headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=00' } });
    assertError(webhook, 409, 'billing_disabled');
    const view = await server.client.get<Schemas['Billing']>('/v1/billing', { key: owner.key });
    assertConforms('getBilling', view);
    assert.deepEqual(
      { enabled: view.body.enabled, plan: view.body.plan.id, subscription: view.body.subscription, next_invoice: view.body.next_invoice, payment_method: view.body.payment_method },
      { enabled: false, plan: 'free', subscription: null, next_invoice: null, payment_method: null },
    );
  });
});
