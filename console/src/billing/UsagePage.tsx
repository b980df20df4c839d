import type { AccountLimits, Billing, CurrentAccount, Plan, Usage } from '@parley/sdk';
import { atLeast } from '../api/roles';
import { api, getState } from '../api/session';
import { Button, ErrorNotice, formatTime, Loading, Notice, useAction, useLoad } from '../ui/components';
import { useLocation } from '../ui/router';
import { messagesAccepted, UsageChart } from './UsageChart';

const LIMIT_TEXT: Record<keyof AccountLimits, string> = {
  messages_per_period: 'Messages a period',
  connections: 'Connections',
  api_keys: 'API keys',
  webhook_endpoints: 'Webhook endpoints',
  contacts: 'Contacts',
  bulk_job_recipients: 'Recipients in a bulk job',
  team_members: 'Team members',
};

const money = (cents: number, currency: string) => (cents / 100).toLocaleString(undefined, { style: 'currency', currency: currency.toUpperCase() });
const price = (cents: number, currency: string) => (cents === 0 ? 'No monthly fee' : `${money(cents, currency)} a month`);
const count = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/**
 * This period's use by day against the plan, the plans on offer, and the account's billing through Stripe. At
 * /billing, where Stripe sends the person back (the API's default BILLING_SUCCESS_URL and friends).
 */
export function UsagePage() {
  const { mode } = getState();
  const checkout = useLocation().query.get('checkout');
  const usage = useLoad(async () => {
    const [account, usage] = await Promise.all([api().account.retrieve(), api().usage.retrieve({ granularity: 'day' })]);
    return { account, usage };
  }, [mode]);
  const plans = useLoad(() => api().plans.list(), []);
  const billing = useLoad(() => api().billing.retrieve(), []);
  return (
    <>
      {checkout === 'success' && <Notice>Thank you: Stripe has your payment. The new plan applies as soon as Stripe confirms it to Parley, usually within seconds.</Notice>}
      {checkout === 'canceled' && <Notice>The checkout was cancelled: nothing was charged and your plan is unchanged.</Notice>}
      <section class="card" aria-labelledby="usage-heading">
        <h2 id="usage-heading">This period ({mode} mode)</h2>
        <ErrorNotice error={usage.error} />
        {usage.data ? <PeriodUsage account={usage.data.account} usage={usage.data.usage} /> : usage.loading && <Loading label="Loading usage…" />}
      </section>
      <section class="card" aria-labelledby="billing-heading">
        <h2 id="billing-heading">Billing</h2>
        <ErrorNotice error={billing.error} />
        {billing.data ? <BillingSummary billing={billing.data} /> : billing.loading && <Loading label="Loading billing…" />}
      </section>
      <section aria-labelledby="plans-heading">
        <h2 id="plans-heading">Plans</h2>
        <ErrorNotice error={plans.error} />
        {plans.data ? (
          <ul class="plans">
            {plans.data.data.map((plan) => (
              <PlanCard key={plan.id} plan={plan} current={plan.id === (billing.data?.plan.id ?? usage.data?.account.plan.id)} billing={billing.data} />
            ))}
          </ul>
        ) : (
          plans.loading && <Loading label="Loading plans…" />
        )}
      </section>
    </>
  );
}

function PeriodUsage({ account, usage }: { account: CurrentAccount; usage: Usage }) {
  const sent = messagesAccepted(usage.totals);
  const limit = account.limits.messages_per_period;
  const included = account.plan.included_messages;
  const share = limit > 0 ? Math.min(100, (sent / limit) * 100) : 100;
  return (
    <>
      <p>
        On the <strong data-testid="plan-name">{account.plan.name}</strong> plan, from {formatTime(account.period.start)} to {formatTime(account.period.end)}.
      </p>
      <div class="stats">
        <div class="stat">
          <span class="stat-value" data-testid="period-sent">
            {sent.toLocaleString()}
          </span>
          <span class="stat-label">sent, of {limit.toLocaleString()} allowed</span>
        </div>
        <div class="stat">
          <span class="stat-value">{included.toLocaleString()}</span>
          <span class="stat-label">included in the price{sent > included ? `; ${(sent - included).toLocaleString()} billed as used` : ''}</span>
        </div>
        <div class="stat">
          <span class="stat-value">{(usage.totals.messages_inbound ?? 0).toLocaleString()}</span>
          <span class="stat-label">received</span>
        </div>
      </div>
      <div class="meter" role="meter" aria-valuemin={0} aria-valuemax={limit} aria-valuenow={sent} aria-label="Messages sent this period against the plan's limit">
        <div class={`meter-fill ${share >= 80 ? 'warn' : ''}`} style={{ width: `${share}%` }} />
      </div>
      <p class="muted">{Math.round(share * 10) / 10}% of this period's limit.</p>
      <h3>By day</h3>
      <UsageChart buckets={usage.data} />
      <h3>Limits in force</h3>
      <dl class="facts">
        {(Object.keys(LIMIT_TEXT) as Array<keyof AccountLimits>).map((key) => [
          <dt key={`${key}-t`}>{LIMIT_TEXT[key]}</dt>,
          <dd key={`${key}-d`}>
            {account.limits[key].toLocaleString()}
            {account.limit_overrides[key] !== undefined && <span class="muted"> (set for this account)</span>}
          </dd>,
        ])}
      </dl>
    </>
  );
}

function BillingSummary({ billing }: { billing: Billing }) {
  const { session } = getState();
  const manager = atLeast(session?.role, 'admin');
  const portal = useAction(async () => {
    const { url } = await api().billing.createPortalSession();
    location.assign(url);
  });
  if (!billing.enabled) {
    return (
      <Notice>
        Billing is off on this Parley: there is nothing to pay here. The platform operator sets each account's plan; ask them to change yours.
      </Notice>
    );
  }
  const sub = billing.subscription;
  return (
    <>
      <dl class="facts">
        <dt>Plan</dt>
        <dd>{billing.plan.name}</dd>
        <dt>Subscription</dt>
        <dd>
          {sub ? (
            <>
              {sub.status}
              {sub.cancel_at_period_end && ' (ends at the end of the period)'}
              {sub.grace_period_ends_at && ` — pay before ${formatTime(sub.grace_period_ends_at)} to keep the plan`}
            </>
          ) : (
            'None: choose a plan below'
          )}
        </dd>
        {billing.next_invoice && (
          <>
            <dt>Next invoice</dt>
            <dd>
              {money(billing.next_invoice.amount_due, billing.next_invoice.currency)} on {formatTime(billing.next_invoice.period_end)}
            </dd>
          </>
        )}
        {billing.payment_method && (
          <>
            <dt>Payment method</dt>
            <dd>
              {billing.payment_method.brand ?? billing.payment_method.type} {billing.payment_method.last4 && `ending ${billing.payment_method.last4}`}
            </dd>
          </>
        )}
      </dl>
      {sub && manager && (
        <>
          <ErrorNotice error={portal.error} />
          <Button variant="primary" onClick={() => void portal.run()} busy={portal.busy} busyLabel="Opening Stripe…">
            Manage billing on Stripe
          </Button>
          <p class="hint">Change or cancel the plan, update the card and download invoices in Stripe's Customer Portal.</p>
        </>
      )}
      {!sub && manager && (
        <p class="muted" data-testid="portal-unavailable">
          Invoices, the card on file and cancelling are managed in Stripe's Customer Portal, which opens here once the account subscribes to a plan below.
        </p>
      )}
      {!manager && <p class="muted">Owners and admins of the account manage its billing.</p>}
    </>
  );
}

function PlanCard({ plan, current, billing }: { plan: Plan; current: boolean; billing: Billing | undefined }) {
  const { session } = getState();
  const checkout = useAction(async () => {
    const { url } = await api().billing.createCheckoutSession({ plan: plan.id });
    location.assign(url);
  });
  const canBuy = Boolean(billing?.enabled && !billing.subscription && plan.checkout_available && !current && atLeast(session?.role, 'admin'));
  return (
    <li class={`plan ${current ? 'current' : ''}`} aria-current={current ? 'true' : undefined}>
      <h3>
        {plan.name} {current && <span class="badge live">Your plan</span>}
      </h3>
      <p class="plan-price">{price(plan.price_monthly, plan.currency)}</p>
      <p>{plan.included_messages.toLocaleString()} messages included</p>
      <ul class="plan-limits">
        <li>Up to {plan.limits.messages_per_period.toLocaleString()} messages a period</li>
        <li>{count(plan.limits.connections, 'connection', 'connections')}</li>
        <li>{count(plan.limits.team_members, 'team member', 'team members')}</li>
        <li>{count(plan.limits.contacts, 'contact', 'contacts')}</li>
        <li>{count(plan.limits.webhook_endpoints, 'webhook endpoint', 'webhook endpoints')}</li>
      </ul>
      {billing?.enabled && !plan.checkout_available && !current && <p class="hint">Not sold online: the platform operator puts accounts on it.</p>}
      {canBuy && (
        <>
          <ErrorNotice error={checkout.error} />
          <Button variant="primary" onClick={() => void checkout.run()} busy={checkout.busy} busyLabel="Opening Stripe…" aria-label={`Upgrade to ${plan.name}`}>
            Upgrade
          </Button>
        </>
      )}
    </li>
  );
}
