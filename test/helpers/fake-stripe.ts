// A fake of Stripe's HTTP API, in process, for the endpoints Parley calls and nothing else. Stripe cannot be
// reached from the tests, so this is the one thing outside the project that is mocked: Parley's real `stripe`
// client talks to it through its host/port/protocol settings (STRIPE_API_BASE). It checks requests the way
// Stripe's API reference describes them (a bearer secret key, the pinned Stripe-Version, form-encoded bodies with
// bracketed nesting, the parameters each endpoint requires, Idempotency-Key replay and reuse), keeps state
// (customers, Checkout Sessions, subscriptions, payment methods, meter events unique by identifier), plays the
// customer's part (completing a Checkout, a failed or recovered payment, a cancellation in the portal) and signs
// the events it would send with stripe.webhooks.generateTestHeaderString. It can go down (connections refused) or
// answer 500s, and can take meter events while holding back its answers (a worker that dies before hearing back).
//
// What it does not check: prices' and meters' own configuration, tax, proration, currencies, and most optional
// parameters (they are accepted and ignored); invoices are a preview's sum, not Stripe's invoicing.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import Stripe from 'stripe';
import { STRIPE_API_VERSION } from '../../server/billing/stripe.js';

type Form = { [key: string]: string | Form | Form[] | string[] };

/** `a[b][0][c]=1&a[d]=2` → `{a: {b: [{c: '1'}], d: '2'}}`, the way Stripe reads its form bodies. */
export function parseForm(text: string): Form {
  const root: Form = {};
  for (const [rawKey, value] of new URLSearchParams(text)) {
    const path = rawKey.replace(/\]/g, '').split('[');
    let node: Record<string, unknown> = root;
    path.forEach((segment, i) => {
      if (i === path.length - 1) {
        node[segment] = value;
        return;
      }
      const nextIsIndex = /^\d+$/.test(path[i + 1]!);
      node[segment] ??= nextIsIndex ? [] : {};
      node = node[segment] as Record<string, unknown>;
    });
  }
  return root;
}

class StripeFault extends Error {
  constructor(
    readonly status: number,
    readonly body: { type: string; message: string; code?: string; param?: string },
  ) {
    super(body.message);
  }
}

const invalid = (message: string, param?: string, code?: string) =>
  new StripeFault(400, { type: 'invalid_request_error', message, ...(param ? { param } : {}), ...(code ? { code } : {}) });
const missing = (param: string) => invalid(`Missing required param: ${param}.`, param, 'parameter_missing');
const noSuch = (kind: string, id: string, param = 'id') => new StripeFault(404, { type: 'invalid_request_error', message: `No such ${kind}: '${id}'`, param, code: 'resource_missing' });

const now = () => Math.floor(Date.now() / 1000);
const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;
const DAY = 86_400;

export interface FakePrice {
  /** Licensed: cents per period. */
  unit_amount?: number;
  /** Metered: units free in each period (the graduated first tier), then cents per unit. */
  metered?: { free_units: number; unit_amount: number };
}

interface Customer {
  id: string;
  object: 'customer';
  name: string | null;
  metadata: Record<string, string>;
  invoice_settings: { default_payment_method: string | null };
  deleted?: boolean;
}

interface Subscription {
  id: string;
  object: 'subscription';
  customer: string;
  status: Stripe.Subscription.Status;
  cancel_at_period_end: boolean;
  default_payment_method: string | null;
  metadata: Record<string, string>;
  items: { object: 'list'; data: Array<{ id: string; object: 'subscription_item'; price: { id: string; object: 'price' }; current_period_start: number; current_period_end: number; quantity?: number }> };
  latest_invoice: string | null;
}

interface CheckoutSession {
  id: string;
  object: 'checkout.session';
  mode: string;
  customer: string;
  client_reference_id: string | null;
  status: 'open' | 'complete' | 'expired';
  subscription: string | null;
  url: string;
  expires_at: number;
  line_items: Array<{ price: string; quantity?: string }>;
  metadata: Record<string, string>;
}

export interface MeterEvent {
  identifier: string;
  event_name: string;
  customer: string;
  value: number;
  timestamp: number;
}

export interface FakeStripeOptions {
  secretKey: string;
  webhookSecret: string;
  prices: Record<string, FakePrice>;
  meterEventName: string;
}

interface Recorded {
  method: string;
  path: string;
  idempotencyKey: string | undefined;
}

export class FakeStripe {
  readonly customers = new Map<string, Customer>();
  readonly sessions = new Map<string, CheckoutSession>();
  readonly subscriptions = new Map<string, Subscription>();
  readonly paymentMethods = new Map<string, { id: string; object: 'payment_method'; type: 'card'; card: { brand: string; last4: string; exp_month: number; exp_year: number } }>();
  readonly invoices = new Map<string, Record<string, unknown>>();
  /** Meter events Stripe keeps, by identifier. */
  readonly meterEvents = new Map<string, MeterEvent>();
  /** Subscriptions canceled through the API, with the parameters of each cancellation. */
  readonly cancellations: Array<{ subscription: string; params: Form }> = [];
  /** Every meter event request that reached the fake, duplicates included. */
  meterEventAttempts = 0;
  /** Meter events refused because Stripe already had their identifier. */
  duplicateMeterEvents = 0;
  /** Every request, in order. */
  readonly requests: Recorded[] = [];
  /** Stored answers by Idempotency-Key (Stripe keeps them 24 hours). */
  private readonly idempotent = new Map<string, { body: string; status: number; answer: unknown }>();
  private readonly inFlight = new Set<string>();
  /** `error`: every request answers 500. */
  mode: 'up' | 'error' = 'up';
  /** After this many meter events are taken, the next ones are taken too but never answered (until released). */
  private holdMeterAnswersAfter: number | undefined;
  private held: Array<() => void> = [];
  private server: http.Server;
  private sockets = new Set<Socket>();
  private port = 0;

  private constructor(readonly options: FakeStripeOptions) {
    this.server = this.createServer();
  }

  static async start(options: FakeStripeOptions): Promise<FakeStripe> {
    const fake = new FakeStripe(options);
    await fake.listen(0);
    return fake;
  }

  /** For STRIPE_API_BASE. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  private createServer(): http.Server {
    const server = http.createServer((req, res) => void this.serve(req, res));
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    return server;
  }

  private listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        this.port = (this.server.address() as AddressInfo).port;
        resolve();
      });
    });
  }

  /** Stripe unreachable: the port refuses connections until up(). */
  async down(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
    this.server = this.createServer();
  }

  async up(): Promise<void> {
    this.mode = 'up';
    if (!this.server.listening) await this.listen(this.port);
  }

  /** Takes meter events as usual until `count` more are taken, then takes the next ones without answering. */
  holdMeterAnswers(count: number): void {
    this.holdMeterAnswersAfter = this.meterEvents.size + count;
  }

  releaseMeterAnswers(): void {
    this.holdMeterAnswersAfter = undefined;
    for (const release of this.held.splice(0)) release();
  }

  async stop(): Promise<void> {
    this.releaseMeterAnswers();
    if (this.server.listening) await this.down();
  }

  // ---- the customer's side -------------------------------------------------------------------------------

  /** The person pays on the Checkout page: a card, an active subscription of the session's prices. */
  completeCheckout(sessionId: string, card = { brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030 }): { session: CheckoutSession; subscription: Subscription } {
    const session = this.sessions.get(sessionId);
    assert.ok(session, `no checkout session ${sessionId}`);
    assert.equal(session.status, 'open', 'a Checkout Session completes once');
    const method = { id: newId('pm'), object: 'payment_method' as const, type: 'card' as const, card };
    this.paymentMethods.set(method.id, method);
    const start = now();
    const subscription: Subscription = {
      id: newId('sub'),
      object: 'subscription',
      customer: session.customer,
      status: 'active',
      cancel_at_period_end: false,
      default_payment_method: method.id,
      metadata: session.metadata,
      items: {
        object: 'list',
        data: session.line_items.map((item) => ({
          id: newId('si'),
          object: 'subscription_item' as const,
          price: { id: item.price, object: 'price' as const },
          current_period_start: start,
          current_period_end: start + 30 * DAY,
          ...(item.quantity ? { quantity: Number(item.quantity) } : {}),
        })),
      },
      latest_invoice: null,
    };
    this.subscriptions.set(subscription.id, subscription);
    session.status = 'complete';
    session.subscription = subscription.id;
    return { session, subscription };
  }

  /** Changes a subscription as Stripe would (a failed renewal → past_due, paid → active, canceled, ...). */
  updateSubscription(id: string, change: Partial<Pick<Subscription, 'status' | 'cancel_at_period_end'>> & { price?: string }): Subscription {
    const subscription = this.subscriptions.get(id);
    assert.ok(subscription, `no subscription ${id}`);
    if (change.status) subscription.status = change.status;
    if (change.cancel_at_period_end !== undefined) subscription.cancel_at_period_end = change.cancel_at_period_end;
    if (change.price) subscription.items.data[0]!.price = { id: change.price, object: 'price' };
    return subscription;
  }

  /** An invoice of the subscription, as invoice.paid / invoice.payment_failed carry it. */
  invoiceFor(subscriptionId: string, paid: boolean): Record<string, unknown> {
    const subscription = this.subscriptions.get(subscriptionId)!;
    const invoice = {
      id: newId('in'),
      object: 'invoice',
      customer: subscription.customer,
      status: paid ? 'paid' : 'open',
      amount_due: this.amountDue(subscription),
      currency: 'usd',
      attempt_count: paid ? 1 : 2,
      next_payment_attempt: paid ? null : now() + 3 * DAY,
      hosted_invoice_url: `https://invoice.stripe.test/${subscriptionId}`,
      period_end: subscription.items.data[0]!.current_period_end,
      parent: { type: 'subscription_details', subscription_details: { subscription: subscriptionId, metadata: subscription.metadata } },
    };
    this.invoices.set(invoice.id, invoice);
    return invoice;
  }

  /** A Stripe event of `type` about `object`, as Stripe sends it. */
  event(type: string, object: unknown): { id: string; payload: string } {
    const event = {
      id: newId('evt'),
      object: 'event',
      api_version: STRIPE_API_VERSION,
      created: now(),
      type,
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      data: { object: structuredClone(object) },
    };
    return { id: event.id, payload: JSON.stringify(event) };
  }

  /** The Stripe-Signature header for a payload, with this fake's (or another) secret. */
  sign(payload: string, secret = this.options.webhookSecret): string {
    return Stripe.webhooks.generateTestHeaderString({ payload, secret });
  }

  private amountDue(subscription: Subscription): number {
    let total = 0;
    for (const item of subscription.items.data) {
      const price = this.options.prices[item.price.id];
      if (price?.unit_amount) total += price.unit_amount * (item.quantity ?? 1);
      if (price?.metered) {
        const used = [...this.meterEvents.values()]
          .filter((e) => e.customer === subscription.customer && e.timestamp >= item.current_period_start && e.timestamp < item.current_period_end)
          .reduce((sum, e) => sum + e.value, 0);
        total += Math.max(0, used - price.metered.free_units) * price.metered.unit_amount;
      }
    }
    return total;
  }

  // ---- the API -------------------------------------------------------------------------------------------

  private async serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    const idempotencyKey = req.headers['idempotency-key'] as string | undefined;
    this.requests.push({ method, path: url.pathname, idempotencyKey });
    const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'Content-Type': 'application/json', 'Request-Id': newId('req'), ...headers });
      res.end(JSON.stringify(body));
    };
    try {
      if (this.mode === 'error') throw new StripeFault(500, { type: 'api_error', message: 'An unknown error occurred (the fake is failing on purpose).' });
      if (req.headers.authorization !== `Bearer ${this.options.secretKey}`) {
        throw new StripeFault(401, { type: 'invalid_request_error', message: 'Invalid API Key provided.' });
      }
      // Parley pins the version: Stripe would otherwise answer in the account's default one.
      if (req.headers['stripe-version'] !== STRIPE_API_VERSION) {
        throw invalid(`Stripe-Version must be ${STRIPE_API_VERSION} (Parley's pinned version); got ${String(req.headers['stripe-version'])}.`);
      }
      if (method === 'POST' && text !== '' && !req.headers['content-type']?.startsWith('application/x-www-form-urlencoded')) {
        throw invalid('Stripe takes form-encoded request bodies (application/x-www-form-urlencoded).');
      }
      // The client sends a GET's or a DELETE's parameters in the query string.
      const params = parseForm(method === 'GET' || method === 'DELETE' ? url.search.slice(1) || text : text);
      if (method === 'POST' && idempotencyKey) {
        const stored = this.idempotent.get(idempotencyKey);
        if (stored) {
          if (stored.body !== `${url.pathname}?${text}`) {
            throw new StripeFault(400, {
              type: 'idempotency_error',
              message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
            });
          }
          answer(stored.status, stored.answer, { 'Idempotent-Replayed': 'true' });
          return;
        }
        // Stripe answers a retry that arrives while the first request runs with 409 (the client retries it).
        if (this.inFlight.has(idempotencyKey)) {
          throw new StripeFault(409, { type: 'idempotency_error', code: 'idempotency_key_in_use', message: 'There is currently another in-progress request using this Stripe-Idempotency-Key.' });
        }
        this.inFlight.add(idempotencyKey);
      }
      let result: unknown;
      try {
        result = await this.route(method, url.pathname, params);
      } finally {
        if (idempotencyKey) this.inFlight.delete(idempotencyKey);
      }
      if (method === 'POST' && idempotencyKey) this.idempotent.set(idempotencyKey, { body: `${url.pathname}?${text}`, status: 200, answer: result });
      answer(200, result);
    } catch (error) {
      if (!(error instanceof StripeFault)) {
        answer(500, { error: { type: 'api_error', message: String(error) } });
        return;
      }
      if (method === 'POST' && idempotencyKey && error.status < 500 && error.status !== 409) {
        this.idempotent.set(idempotencyKey, { body: `${url.pathname}?${text}`, status: error.status, answer: { error: error.body } });
      }
      answer(error.status, { error: error.body }, error.status < 500 && error.status !== 409 ? { 'Stripe-Should-Retry': 'false' } : {});
    }
  }

  private async route(method: string, path: string, params: Form): Promise<unknown> {
    const str = (name: string, value = params[name]) => {
      if (value === undefined || value === '') throw missing(name);
      if (typeof value !== 'string') throw invalid(`Invalid string: ${name}`, name);
      return value;
    };
    const expand = new Set(Object.values((params.expand as Record<string, string> | string[] | undefined) ?? {}));
    let match: RegExpMatchArray | null;
    if (method === 'POST' && path === '/v1/customers') {
      const customer: Customer = {
        id: newId('cus'),
        object: 'customer',
        name: typeof params.name === 'string' ? params.name : null,
        metadata: (params.metadata as Record<string, string>) ?? {},
        invoice_settings: { default_payment_method: null },
      };
      this.customers.set(customer.id, customer);
      return customer;
    }
    if (method === 'GET' && (match = path.match(/^\/v1\/customers\/([^/]+)$/))) {
      const customer = this.customers.get(match[1]!);
      if (!customer) throw noSuch('customer', match[1]!);
      const pm = customer.invoice_settings.default_payment_method;
      return expand.has('invoice_settings.default_payment_method') && pm
        ? { ...customer, invoice_settings: { default_payment_method: this.paymentMethods.get(pm) } }
        : customer;
    }
    if (method === 'POST' && path === '/v1/checkout/sessions') {
      const mode = str('mode');
      if (!['payment', 'setup', 'subscription'].includes(mode)) throw invalid(`Invalid mode: ${mode}`, 'mode');
      const customer = str('customer');
      if (!this.customers.has(customer)) throw noSuch('customer', customer, 'customer');
      str('success_url');
      const items = params.line_items as Array<{ price?: string; quantity?: string }> | undefined;
      if (!Array.isArray(items) || items.length === 0) throw missing('line_items');
      items.forEach((item, i) => {
        const price = item.price ? this.options.prices[item.price] : undefined;
        if (!item.price || !price) throw noSuch('price', String(item.price), `line_items[${i}][price]`);
        if (price.metered && item.quantity !== undefined) {
          throw invalid('Quantity should not be specified where usage_type is `metered`. Remove quantity from `line_items[' + i + ']`', `line_items[${i}][quantity]`);
        }
        if (!price.metered && item.quantity === undefined) throw missing(`line_items[${i}][quantity]`);
      });
      const session: CheckoutSession = {
        id: newId('cs_test'),
        object: 'checkout.session',
        mode,
        customer,
        client_reference_id: typeof params.client_reference_id === 'string' ? params.client_reference_id : null,
        status: 'open',
        subscription: null,
        url: '',
        expires_at: now() + DAY,
        line_items: items.map((item) => ({ price: item.price!, ...(item.quantity ? { quantity: item.quantity } : {}) })),
        metadata: (((params.subscription_data as Form | undefined)?.metadata ?? params.metadata) as Record<string, string>) ?? {},
      };
      session.url = `https://checkout.stripe.test/c/pay/${session.id}`;
      this.sessions.set(session.id, session);
      return session;
    }
    if (method === 'POST' && path === '/v1/billing_portal/sessions') {
      const customer = str('customer');
      if (!this.customers.has(customer)) throw noSuch('customer', customer, 'customer');
      const id = newId('bps');
      return { id, object: 'billing_portal.session', customer, return_url: params.return_url ?? null, url: `https://billing.stripe.test/p/session/${id}` };
    }
    if (method === 'GET' && (match = path.match(/^\/v1\/subscriptions\/([^/]+)$/))) {
      const subscription = this.subscriptions.get(match[1]!);
      if (!subscription) throw noSuch('subscription', match[1]!);
      const pm = subscription.default_payment_method;
      return expand.has('default_payment_method') && pm ? { ...subscription, default_payment_method: this.paymentMethods.get(pm) } : structuredClone(subscription);
    }
    if (method === 'DELETE' && (match = path.match(/^\/v1\/subscriptions\/([^/]+)$/))) {
      const subscription = this.subscriptions.get(match[1]!);
      if (!subscription) throw noSuch('subscription', match[1]!);
      if (subscription.status === 'canceled') throw invalid('This subscription has already been canceled.', undefined, 'subscription_canceled');
      subscription.status = 'canceled';
      this.cancellations.push({ subscription: subscription.id, params });
      return structuredClone(subscription);
    }
    if (method === 'POST' && path === '/v1/invoices/create_preview') {
      const customer = str('customer');
      if (!this.customers.has(customer)) throw noSuch('customer', customer, 'customer');
      const subscription = params.subscription ? this.subscriptions.get(str('subscription')) : undefined;
      if (!subscription || subscription.customer !== customer) throw invalid('No upcoming invoices for customer: ' + customer, 'subscription', 'invoice_upcoming_none');
      const end = subscription.items.data[0]!.current_period_end;
      return { object: 'invoice', customer, amount_due: this.amountDue(subscription), currency: 'usd', period_end: end, next_payment_attempt: end + 3600 };
    }
    if (method === 'POST' && path === '/v1/billing/meter_events') {
      return this.meterEvent(params, str);
    }
    throw new StripeFault(404, { type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${path}). The fake implements only what Parley calls.` });
  }

  private async meterEvent(params: Form, str: (name: string, value?: Form[string]) => string): Promise<unknown> {
    this.meterEventAttempts += 1;
    const eventName = str('event_name');
    const payload = (params.payload as Record<string, string> | undefined) ?? {};
    const customer = str('payload[stripe_customer_id]', payload.stripe_customer_id);
    const value = str('payload[value]', payload.value);
    if (!/^\d+$/.test(value)) throw invalid('payload[value] must be a whole number.', 'payload[value]');
    if (eventName !== this.options.meterEventName) throw invalid(`No active meter found for event_name ${eventName}.`, 'event_name');
    if (!this.customers.has(customer)) throw noSuch('customer', customer, 'payload[stripe_customer_id]');
    const identifier = typeof params.identifier === 'string' ? params.identifier : newId('mev');
    const timestamp = params.timestamp === undefined ? now() : Number(str('timestamp'));
    if (timestamp < now() - 35 * DAY) throw invalid('Timestamp must be within the past 35 calendar days.', 'timestamp');
    if (timestamp > now() + 300) throw invalid('Timestamp must not be more than 5 minutes in the future.', 'timestamp');
    // Stripe keeps one event per identifier (for at least 24 hours) and refuses a second, with this message.
    if (this.meterEvents.has(identifier)) {
      this.duplicateMeterEvents += 1;
      throw invalid(`An event already exists with identifier ${identifier}.`, 'identifier');
    }
    const event = { identifier, event_name: eventName, customer, value: Number(value), timestamp };
    this.meterEvents.set(identifier, event);
    if (this.holdMeterAnswersAfter !== undefined && this.meterEvents.size > this.holdMeterAnswersAfter) {
      await new Promise<void>((resolve) => this.held.push(resolve));
    }
    return { object: 'billing.meter_event', created: now(), livemode: false, event_name: eventName, identifier, payload, timestamp };
  }
}
