import type { PlatformMessageCounts } from '@parley/sdk';
import { api } from '../api/session';
import { Button, ErrorNotice, formatTime, Loading, useLoad } from '../ui/components';
import { AdminTabs } from './AdminTabs';

const money = (cents: number, currency: string) => (cents / 100).toLocaleString(undefined, { style: 'currency', currency: currency.toUpperCase() });

/** Figures across every account, read when the page opens (and when asked again). */
export function AdminHealthPage() {
  const health = useLoad(() => api().admin.health(), []);
  const h = health.data;
  return (
    <>
      <AdminTabs />
      <div class="actions">
        <Button onClick={health.reload} busy={health.loading && Boolean(h)} busyLabel="Refreshing…">
          Refresh
        </Button>
        {h && <p class="muted">As of {formatTime(h.generated_at)}.</p>}
      </div>
      <ErrorNotice error={health.error} />
      {!h ? (
        health.loading && <Loading label="Loading platform health…" />
      ) : (
        <div class="grid-cards">
          <section class="card" aria-labelledby="h-accounts">
            <h2 id="h-accounts">Accounts</h2>
            <p class="stat-value" data-testid="accounts-total">
              {h.accounts.total.toLocaleString()}
            </p>
            <Pairs title="By status" values={h.accounts.by_status} />
            <Pairs title="By plan" values={h.accounts.by_plan} />
          </section>
          <section class="card" aria-labelledby="h-messages">
            <h2 id="h-messages">Messages</h2>
            <MessageTable today={h.messages.today} month={h.messages.this_month} />
          </section>
          <section class="card" aria-labelledby="h-connections">
            <h2 id="h-connections">Connections</h2>
            <Pairs title="By status" values={h.connections.by_status as unknown as Record<string, number>} />
            <h3>Held by workers</h3>
            {h.connections.by_worker.length === 0 ? (
              <p class="muted">No worker holds a connection now.</p>
            ) : (
              <Pairs title="" values={Object.fromEntries(h.connections.by_worker.map((w) => [w.worker, w.connections]))} />
            )}
          </section>
          <section class="card" aria-labelledby="h-webhooks">
            <h2 id="h-webhooks">Webhooks, last 24 hours</h2>
            <p>
              {h.webhooks.succeeded_24h.toLocaleString()} of {h.webhooks.attempts_24h.toLocaleString()} attempts answered 2xx
              {h.webhooks.success_rate_24h !== null && ` (${Math.round(h.webhooks.success_rate_24h * 1000) / 10}%)`}.
            </p>
          </section>
          <section class="card" aria-labelledby="h-backlogs">
            <h2 id="h-backlogs">Backlogs</h2>
            <Pairs
              title=""
              values={{
                'Webhook deliveries pending': h.backlogs.webhook_deliveries_pending,
                'Emails queued': h.backlogs.emails_queued,
                'Messages due': h.backlogs.messages_due,
                'Usage not yet reported to Stripe': h.backlogs.metered_usage_unreported,
              }}
            />
          </section>
          <section class="card" aria-labelledby="h-mrr">
            <h2 id="h-mrr">Monthly recurring revenue</h2>
            {h.mrr === null ? (
              <p class="muted">Stripe billing is off on this deployment.</p>
            ) : (
              <>
                <p>{h.mrr.subscriptions.toLocaleString()} paying subscriptions.</p>
                {Object.entries(h.mrr.amounts).map(([currency, cents]) => (
                  <p key={currency} class="stat-value">
                    {money(cents, currency)}
                  </p>
                ))}
              </>
            )}
          </section>
        </div>
      )}
    </>
  );
}

function Pairs({ title, values }: { title: string; values: Record<string, number> }) {
  const entries = Object.entries(values);
  return (
    <>
      {title && <h3>{title}</h3>}
      {entries.length === 0 ? (
        <p class="muted">None.</p>
      ) : (
        <dl class="facts">
          {entries.map(([name, value]) => [<dt key={`${name}-t`}>{name.replace(/_/g, ' ')}</dt>, <dd key={`${name}-d`}>{value.toLocaleString()}</dd>])}
        </dl>
      )}
    </>
  );
}

function MessageTable({ today, month }: { today: PlatformMessageCounts; month: PlatformMessageCounts }) {
  const rows: Array<[string, keyof PlatformMessageCounts]> = [
    ['Sent, live', 'outbound_live'],
    ['Sent, test', 'outbound_test'],
    ['Received, live', 'inbound_live'],
    ['Received, test', 'inbound_test'],
  ];
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">Messages</th>
            <th scope="col">Today (UTC)</th>
            <th scope="col">This month</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, key]) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td>{today[key].toLocaleString()}</td>
              <td>{month[key].toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
