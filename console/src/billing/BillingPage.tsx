import type { AccountLimits, Billing, Plan } from '@parley/sdk';
import { useState } from 'preact/hooks';
import { api, canManageTeam, getState } from '../api/session';
import { Button, ErrorNotice, Field, Form, formatTime, Loading, Notice, Table, useAction, useLoad } from '../ui/components';
import { navigate, useLocation } from '../ui/router';
import { UsageChart } from './UsageChart';
import { messagesAccepted, money } from './usage';

const CATEGORIES: Array<[string, string]> = [
  ['messages_accepted_text', 'Text messages accepted'],
  ['messages_accepted_media', 'Media messages accepted'],
  ['messages_accepted_template', 'Template messages accepted'],
  ['messages_accepted_bulk', 'Bulk job messages accepted'],
  ['messages_sent_text', 'Text messages sent'],
  ['messages_sent_media', 'Media messages sent'],
  ['messages_sent_template', 'Template messages sent'],
  ['messages_sent_bulk', 'Bulk job messages sent'],
  ['messages_inbound', 'Messages received'],
  ['number_checks', 'Numbers checked'],
  ['connection_days', 'Connection-days'],
];

const LIMITS: Array<[keyof AccountLimits, string]> = [
  ['messages_per_period', 'Messages a period'],
  ['connections', 'Connections'],
  ['api_keys', 'API keys'],
  ['webhook_endpoints', 'Webhook endpoints'],
  ['contacts', 'Contacts'],
  ['bulk_job_recipients', 'Recipients per bulk job'],
  ['team_members', 'Team members'],
];

/** Usage by day against the plan, the plan and its limits, Stripe billing, and the plans to move to. */
export function BillingPage() {
  const { mode, session } = getState();
  const { query } = useLocation();
  const start = query.get('start') ?? undefined;
  const end = query.get('end') ?? undefined;
  const checkout = query.get('checkout');
  const usage = useLoad(() => api().usage.retrieve({ granularity: 'day', ...(start && end ? { start, end } : {}) }), [mode, start, end]);
  const account = useLoad(() => api().account.retrieve(), [mode]);
  const plans = useLoad(() => api().plans.list(), []);
  const billing = useLoad(() => api().billing.retrieve(), []);
  const admin = canManageTeam(session?.role);
  return (
    <>
      {checkout === 'success' && <Notice>Thank you. Your plan changes as soon as Stripe confirms the payment.</Notice>}
      {checkout === 'canceled' && <Notice>Checkout was canceled; nothing changed.</Notice>}
      <section class="card" aria-labelledby="usage-heading">
        <h2 id="usage-heading">Usage in {mode} mode</h2>
        {/* Keyed on the range shown, so the fields fill in once the current period is known. */}
        <RangeForm key={`${start ?? usage.data?.start}:${end ?? usage.data?.end}`} start={start ?? usage.data?.start} end={end ?? usage.data?.end} />
        <ErrorNotice error={usage.error} />
        {usage.loading && !usage.data && <Loading label="Loading usage…" />}
        {usage.data && (
          <>
            <p>
              <strong data-testid="usage-messages">{messagesAccepted(usage.data.totals).toLocaleString()}</strong> messages accepted from {usage.data.start} to{' '}
              {usage.data.end}
              {account.data && !start && <> of {account.data.limits.messages_per_period.toLocaleString()} this period</>}.
            </p>
            <UsageChart usage={usage.data} />
            <Table headers={['Counted', 'Total']}>
              {CATEGORIES.map(([name, label]) => (
                <tr key={name}>
                  <td>{label}</td>
                  <td>{((usage.data!.totals as Record<string, number | undefined>)[name] ?? 0).toLocaleString()}</td>
                </tr>
              ))}
            </Table>
          </>
        )}
      </section>
      <section class="card" aria-labelledby="plan-heading">
        <h2 id="plan-heading">Plan</h2>
        <ErrorNotice error={account.error ?? billing.error} />
        {account.data && (
          <>
            <p>
              {account.data.name} is on the <strong>{account.data.plan.name}</strong> plan; this period runs from {formatTime(account.data.period.start)} to{' '}
              {formatTime(account.data.period.end)}.
            </p>
            <Table headers={['Limit', `In force (${mode} mode)`]}>
              {LIMITS.map(([name, label]) => (
                <tr key={name}>
                  <td>{label}</td>
                  <td>
                    {account.data!.limits[name].toLocaleString()}
                    {account.data!.limit_overrides[name] !== undefined && account.data!.limit_overrides[name] !== null && <span class="muted"> (set for this account)</span>}
                  </td>
                </tr>
              ))}
            </Table>
          </>
        )}
        {billing.data && <BillingState billing={billing.data} admin={admin} />}
      </section>
      <section aria-labelledby="plans-heading">
        <h2 id="plans-heading">Plans</h2>
        <ErrorNotice error={plans.error} />
        {plans.loading && !plans.data ? (
          <Loading label="Loading plans…" />
        ) : (
          <Table headers={['Plan', 'Price a month', 'Messages included', 'Messages a period', 'Connections', 'Team members', { hidden: 'Actions' }]}>
            {plans.data?.data.map((plan) => (
              <PlanRow key={plan.id} plan={plan} current={plan.id === account.data?.plan.id} canBuy={admin && Boolean(billing.data?.enabled)} />
            ))}
          </Table>
        )}
      </section>
    </>
  );
}

function RangeForm(props: { start: string | undefined; end: string | undefined }) {
  const [start, setStart] = useState(props.start ?? '');
  const [end, setEnd] = useState(props.end ?? '');
  return (
    <Form class="inline-form" onSubmit={() => navigate(`/billing?start=${start}&end=${end}`)}>
      <div class="row">
        <Field label="From">
          <input type="date" name="start" required value={start} onInput={(e) => setStart(e.currentTarget.value)} />
        </Field>
        <Field label="To" hint="At most 366 days.">
          <input type="date" name="end" required value={end} onInput={(e) => setEnd(e.currentTarget.value)} />
        </Field>
      </div>
      <div class="actions">
        <Button type="submit">Show</Button>
        <Button type="button" onClick={() => navigate('/billing')}>
          This period
        </Button>
      </div>
    </Form>
  );
}

function BillingState({ billing, admin }: { billing: Billing; admin: boolean }) {
  const portal = useAction(async () => {
    location.assign((await api().billing.createPortalSession()).url);
  });
  if (!billing.enabled) return <p class="muted">Payment through Stripe is off on this Parley: the platform operator sets each account's plan.</p>;
  const { subscription, next_invoice: invoice, payment_method: card } = billing;
  return (
    <div class="billing">
      <p>
        {subscription ? (
          <>
            Subscription <strong>{subscription.status}</strong>
            {subscription.cancel_at_period_end && ', ending with this period'}
            {subscription.grace_period_ends_at && `; pay before ${formatTime(subscription.grace_period_ends_at)} to keep the plan`}.
          </>
        ) : (
          'No subscription: choose a plan below to pay by card.'
        )}
        {invoice && (
          <>
            {' '}
            Next invoice {money(invoice.amount_due, invoice.currency)} on {formatTime(invoice.period_end)}.
          </>
        )}
        {card && (
          <>
            {' '}
            Paid with {card.brand ?? card.type} ending {card.last4 ?? '—'}.
          </>
        )}
      </p>
      {admin && subscription && (
        <>
          <ErrorNotice error={portal.error} />
          <Button onClick={() => void portal.run()} busy={portal.busy} busyLabel="Opening Stripe…">
            Manage billing in Stripe
          </Button>
        </>
      )}
    </div>
  );
}

function PlanRow({ plan, current, canBuy }: { plan: Plan; current: boolean; canBuy: boolean }) {
  const checkout = useAction(async () => {
    location.assign((await api().billing.createCheckoutSession({ plan: plan.id })).url);
  });
  return (
    <>
      <tr class={current ? 'selected' : ''}>
        <td>
          {plan.name}
          {current && <span class="muted"> (yours)</span>}
        </td>
        <td>{plan.price_monthly > 0 ? money(plan.price_monthly, plan.currency) : plan.checkout_available || plan.id === 'free' ? 'Free' : 'By contract'}</td>
        <td>{plan.included_messages.toLocaleString()}</td>
        <td>{plan.limits.messages_per_period.toLocaleString()}</td>
        <td>{plan.limits.connections.toLocaleString()}</td>
        <td>{plan.limits.team_members.toLocaleString()}</td>
        <td>
          {canBuy && !current && plan.checkout_available && (
            <Button variant="primary" onClick={() => void checkout.run()} busy={checkout.busy} busyLabel="Opening Stripe…">
              Move to {plan.name}
            </Button>
          )}
        </td>
      </tr>
      {checkout.error !== undefined && (
        <tr>
          <td colSpan={7}>
            <ErrorNotice error={checkout.error} />
          </td>
        </tr>
      )}
    </>
  );
}
