// The usage and billing page with Stripe billing on, in a real browser (Debian's Chromium through playwright-core)
// against a real Parley: upgrading through Stripe Checkout, and managing the subscription in Stripe's Customer
// Portal. Screenshots go to test/.artifacts/console/ (git-ignored) at desktop and phone widths.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { newConsolePage, shoot, startConsoleStack, type ConsoleStack } from './helpers/console-browser.js';
import { buildAccount, type TestAccount } from './helpers/factories.js';
import { FakeStripe } from './helpers/fake-stripe.js';
import type { TestServer } from './helpers/server.js';

const PASSWORD = 'a long console passphrase';

// Stripe cannot be reached from the tests: Parley talks to the project's fake of Stripe's API
// (test/helpers/fake-stripe.ts), and the browser's visit to the Checkout page it returns is answered by the test.
describe('the console with Stripe billing on, in Chromium', () => {
  const secretKey = `sk_test_${randomBytes(12).toString('hex')}`;
  const webhookSecret = `whsec_${randomBytes(16).toString('hex')}`;
  let fake: FakeStripe;
  let stack: ConsoleStack;
  let server: TestServer;
  let browser: Browser;
  const errors: string[] = [];

  before(async () => {
    fake = await FakeStripe.start({ secretKey, webhookSecret, meterEventName: 'parley_messages', prices: { price_pro: { unit_amount: 4_900 } } });
    stack = await startConsoleStack({ env: {
      PARLEY_ROLE: 'api',
      PARLEY_DEFAULT_PLAN: 'free',
      PARLEY_PLANS: JSON.stringify({ pro: { stripe_price_id: 'price_pro', stripe_overage_price_id: null } }),
      STRIPE_SECRET_KEY: secretKey,
      STRIPE_WEBHOOK_SECRET: webhookSecret,
      STRIPE_API_BASE: fake.url,
      STRIPE_METER_EVENT_NAME: 'parley_messages',
    } });
    ({ browser, server } = stack);
  });
  after(async () => {
    await stack?.stop();
    await fake?.stop();
  });

  test('an owner on the free plan upgrades through Stripe Checkout, and comes back to a plain word when it was cancelled', async () => {
    const owner = await buildAccount(server.client, { account_name: 'Corner Shop', password: PASSWORD });
    const page = await newConsolePage(browser, { baseUrl: server.url, cookie: owner.cookie, errors });
    await page.route('https://checkout.stripe.test/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Stripe Checkout</title><h1>Pay Parley</h1>' }));
    await page.goto(`${server.url}/console/billing`);
    await page.getByRole('heading', { name: 'Usage and billing', level: 1 }).waitFor();
    await page.getByText('None: choose a plan below').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Upgrade to Free' }).count(), 0);
    await page.getByRole('button', { name: 'Upgrade to Pro' }).waitFor();
    await shoot(page, '34-billing-on');
    await page.getByRole('button', { name: 'Upgrade to Pro' }).click();
    await page.waitForURL(/^https:\/\/checkout\.stripe\.test\/c\/pay\/cs_test_/);
    await page.getByRole('heading', { name: 'Pay Parley' }).waitFor();

    await page.goto(`${server.url}/console/billing?checkout=canceled`);
    await page.getByText('The checkout was cancelled').waitFor();
    await page.context().close();
    assert.deepEqual(errors.filter((text) => !/status of (400|401|403|404|409)/.test(text)), []);
  });

  /** Subscribes the account the whole way, as billing.test.ts does: Checkout, the person pays, Stripe's webhook arrives. */
  async function subscribe(account: TestAccount, plan = 'pro') {
    const session = await server.client.post('/v1/billing/checkout-sessions', { plan }, { cookie: account.cookie, csrf: account.csrf });
    assert.equal(session.status, 201, JSON.stringify(session.body));
    fake.completeCheckout(session.body.id);
    const event = fake.event('checkout.session.completed', fake.sessions.get(session.body.id));
    const answer = await fetch(`${server.url}/v1/billing/stripe-webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': fake.sign(event.payload) },
      body: event.payload,
    });
    assert.equal(answer.status, 200, await answer.text());
  }

  test('an owner with a subscription opens the Customer Portal Stripe returns; while Stripe is down the page says so with the request id', async () => {
    const owner = await buildAccount(server.client, { account_name: 'Tea Rooms', password: PASSWORD });
    await subscribe(owner);
    const page = await newConsolePage(browser, { baseUrl: server.url, cookie: owner.cookie, errors });
    await page.route('https://billing.stripe.test/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Stripe</title><h1>Manage your Parley subscription</h1>' }));
    await page.goto(`${server.url}/console/billing`);
    await page.getByRole('heading', { name: 'Usage and billing', level: 1 }).waitFor();
    await page.getByText('active', { exact: true }).waitFor();
    await page.getByText('visa ending 4242').waitFor();
    assert.equal(await page.getByTestId('portal-unavailable').count(), 0);
    assert.equal(await page.getByRole('button', { name: /^Upgrade/ }).count(), 0, 'changes to a subscription go through the portal');
    await shoot(page, '36-billing-subscribed');

    await fake.down();
    await page.getByRole('button', { name: 'Manage billing on Stripe' }).click();
    const problem = page.getByRole('alert').filter({ hasText: 'stripe_unavailable' });
    await problem.getByTestId('request-id').waitFor();
    assert.equal(new URL(page.url()).pathname, '/console/billing');
    await fake.up();

    await page.getByRole('button', { name: 'Manage billing on Stripe' }).click();
    await page.waitForURL(/^https:\/\/billing\.stripe\.test\/p\/session\//);
    await page.getByRole('heading', { name: 'Manage your Parley subscription' }).waitFor();
    await page.context().close();
  });

  test('an owner whose account never subscribed gets no portal button, but words saying when it comes', async () => {
    const owner = await buildAccount(server.client, { account_name: 'Flower Stall', password: PASSWORD });
    const page = await newConsolePage(browser, { baseUrl: server.url, cookie: owner.cookie, errors });
    await page.goto(`${server.url}/console/billing`);
    await page.getByText('None: choose a plan below').waitFor();
    await page.getByTestId('portal-unavailable').getByText("Stripe's Customer Portal").waitFor();
    assert.equal(await page.getByRole('button', { name: 'Manage billing on Stripe' }).count(), 0);
    // The API agrees: without a Stripe customer there is no portal to open.
    const portal = await server.client.post('/v1/billing/portal-sessions', undefined, { cookie: owner.cookie, csrf: owner.csrf });
    assert.equal(portal.status, 409);
    assert.equal(portal.body.error.code, 'billing_customer_missing');
    await page.context().close();
    assert.deepEqual(errors.filter((text) => !/status of (400|401|403|404|409|503)/.test(text)), []);
  });
});
