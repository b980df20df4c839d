import type { CurrentAccount, Usage } from '@parley/sdk';
import { api, getState } from '../api/session';
import { messagesAccepted } from '../billing/usage';
import { ConnectionItem } from '../connections/status';
import { Empty, ErrorNotice, formatTime, Link, Loading, Table, useLoad } from '../ui/components';


export function OverviewPage() {
  const { mode } = getState();
  const summary = useLoad(async () => {
    const [account, usage] = await Promise.all([api().account.retrieve(), api().usage.retrieve({ granularity: 'day' })]);
    return { account, usage };
  }, [mode]);
  const connections = useLoad(() => api().connections.list({ limit: 10 }), [mode]);
  const failures = useLoad(() => api().messages.list({ status: 'failed', limit: 5 }), [mode]);
  return (
    <>
      <section aria-labelledby="usage-heading" class="card">
        <h2 id="usage-heading">Messages ({mode} mode)</h2>
        <ErrorNotice error={summary.error} />
        {summary.data ? <UsageSummary account={summary.data.account} usage={summary.data.usage} /> : summary.loading && <Loading label="Loading usage…" />}
        <p>
          <Link to="/billing">Usage by day, plan and billing</Link>
        </p>
      </section>
      <section aria-labelledby="connections-heading" class="card">
        <h2 id="connections-heading">Connections</h2>
        <ErrorNotice error={connections.error} />
        {connections.loading && !connections.data ? (
          <Loading label="Loading connections…" />
        ) : connections.data?.data.length === 0 ? (
          <Empty title="No number linked yet">
            <p>
              <Link to="/connections">Link a WhatsApp number</Link> to send and receive messages.
            </p>
          </Empty>
        ) : (
          <ul class="cards">
            {connections.data?.data.map((connection) => (
              <ConnectionItem key={connection.id} connection={connection} />
            ))}
          </ul>
        )}
        {connections.data?.hasMore && (
          <p>
            <Link to="/connections">All connections</Link>
          </p>
        )}
      </section>
      <section aria-labelledby="failures-heading" class="card">
        <h2 id="failures-heading">Recent failures</h2>
        <ErrorNotice error={failures.error} />
        {failures.loading && !failures.data ? (
          <Loading label="Loading failed messages…" />
        ) : failures.data?.data.length === 0 ? (
          <Empty title="No failed messages">
            <p>Messages that cannot be delivered show here with the reason.</p>
          </Empty>
        ) : (
          <Table headers={['When', 'To', 'Reason']}>
            {failures.data?.data.map((message) => (
              <tr key={message.id}>
                <td>
                  <Link to={`/messages?status=failed&id=${message.id}`}>{formatTime(message.created_at)}</Link>
                </td>
                <td>{message.to}</td>
                <td>
                  {message.error ? (
                    <>
                      <code>{message.error.code}</code> {message.error.message}
                    </>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </Table>
        )}
        {failures.data?.hasMore && (
          <p>
            <Link to="/messages?status=failed">All failed messages</Link>
          </p>
        )}
      </section>
    </>
  );
}

function UsageSummary({ account, usage }: { account: CurrentAccount; usage: Usage }) {
  const today = new Date().toISOString().slice(0, 10);
  const todayBucket = usage.data.find((bucket) => bucket.start <= today && today <= bucket.end);
  const period = messagesAccepted(usage.totals);
  const limit = account.limits.messages_per_period;
  const share = limit > 0 ? Math.min(100, Math.round((period / limit) * 100)) : 100;
  return (
    <>
      <div class="stats">
        <div class="stat">
          <span class="stat-value" data-testid="messages-today">
            {todayBucket ? messagesAccepted(todayBucket.totals).toLocaleString() : '0'}
          </span>
          <span class="stat-label">sent today (UTC)</span>
        </div>
        <div class="stat">
          <span class="stat-value" data-testid="messages-period">
            {period.toLocaleString()}
          </span>
          <span class="stat-label">
            this period, of {limit.toLocaleString()} on the {account.plan.name} plan
          </span>
        </div>
        <div class="stat">
          <span class="stat-value">{(usage.totals.messages_inbound ?? 0).toLocaleString()}</span>
          <span class="stat-label">received this period</span>
        </div>
      </div>
      <div class="meter" role="meter" aria-valuemin={0} aria-valuemax={limit} aria-valuenow={period} aria-label="Messages this period against the plan">
        <div class={`meter-fill ${share >= 80 ? 'warn' : ''}`} style={{ width: `${share}%` }} />
      </div>
      <p class="muted">
        Period {formatTime(account.period.start)} to {formatTime(account.period.end)}; {account.plan.included_messages.toLocaleString()} messages included in the price.
      </p>
    </>
  );
}
