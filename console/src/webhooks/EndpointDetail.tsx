import type { WebhookDelivery, WebhookEndpoint } from '@parley/sdk';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api/session';
import { Button, Confirm, Empty, ErrorNotice, Field, formatTime, Loading, Notice, Table, useAction, useLoad } from '../ui/components';
import { PAGE_SIZE, Pager, usePaged } from '../ui/paging';
import { navigate } from '../ui/router';
import { DeliveryAttempts } from './DeliveryAttempts';
import { RecoverDeliveries } from './RecoverDeliveries';
import { SigningSecret } from './SigningSecret';

/** One endpoint: its settings, its secret, a test event, and the log of its deliveries. */
export function EndpointDetail({ id, writer, onChanged }: { id: string; writer: boolean; onChanged: () => void }) {
  const endpoint = useLoad(() => api().webhookEndpoints.retrieve(id), [id]);
  const [status, setStatus] = useState<'' | WebhookDelivery['status']>('');
  const deliveries = usePaged<WebhookDelivery>((cursor) => api().webhookEndpoints.listDeliveries(id, { limit: PAGE_SIZE, ...(status ? { status } : {}), ...cursor }), [id, status]);
  const [openDelivery, setOpenDelivery] = useState<string | undefined>(undefined);
  // While a delivery is still being attempted, look again every two seconds, so its outcome shows up by itself.
  const pending = deliveries.items.some((delivery) => delivery.status === 'pending');
  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(deliveries.reload, 2_000);
    return () => clearInterval(timer);
  }, [pending]);
  // A delivery that finished may have changed the endpoint (failing since, or disabled by Parley): read it again.
  const wasPending = useRef(new Set<string>());
  useEffect(() => {
    const finished = deliveries.items.some((delivery) => delivery.status !== 'pending' && wasPending.current.has(delivery.id));
    wasPending.current = new Set(deliveries.items.filter((delivery) => delivery.status === 'pending').map((delivery) => delivery.id));
    if (finished) endpoint.reload();
  }, [deliveries.data]);
  const [confirm, setConfirm] = useState<'delete' | undefined>(undefined);
  const sendTest = useAction(async () => {
    const delivery = await api().webhookEndpoints.test(id);
    deliveries.first();
    deliveries.reload();
    setOpenDelivery(delivery.id);
  });
  const toggle = useAction(async () => {
    endpoint.setData(await api().webhookEndpoints.update(id, { enabled: !endpoint.data?.enabled }));
    // A refusal because the endpoint was disabled no longer holds.
    sendTest.setError(undefined);
  });
  // The endpoints list shows each one's state: tell it when this one changed (by the person or by Parley).
  const enabled = endpoint.data?.enabled;
  const seenEnabled = useRef<boolean | undefined>(undefined);
  useEffect(() => {
    if (seenEnabled.current !== undefined && seenEnabled.current !== enabled) onChanged();
    seenEnabled.current = enabled;
  }, [enabled]);
  const remove = useAction(async () => {
    await api().webhookEndpoints.delete(id);
    onChanged();
    navigate('/webhooks', { notice: 'The endpoint was deleted.' });
  });
  const data = endpoint.data;
  if (!data) {
    return <section class="card detail">{endpoint.loading ? <Loading label="Loading the endpoint…" /> : <ErrorNotice error={endpoint.error} />}</section>;
  }
  return (
    <section class="card detail webhook-endpoint" aria-labelledby="endpoint-heading">
      <h2 id="endpoint-heading">{data.url}</h2>
      <dl class="facts">
        <dt>State</dt>
        <dd>
          {data.enabled ? 'Enabled' : 'Disabled'}
          {data.disabled_reason && (
            <>
              {' '}(<code>{data.disabled_reason}</code>)
            </>
          )}
          {data.failing_since && <> · failing since {formatTime(data.failing_since)}</>}
        </dd>
        <dt>Events</dt>
        <dd>{data.events.includes('*') ? 'Every event' : data.events.join(', ')}</dd>
        {data.description && (
          <>
            <dt>Description</dt>
            <dd>{data.description}</dd>
          </>
        )}
        <dt>Id</dt>
        <dd>
          <code>{data.id}</code>
        </dd>
      </dl>
      <DisabledByParley endpoint={data} />
      {writer && (
        <>
          <div class="actions">
            <Button variant="primary" onClick={() => void sendTest.run()} busy={sendTest.busy} busyLabel="Sending…">
              Send a test event
            </Button>
            <Button onClick={() => void toggle.run()} busy={toggle.busy} busyLabel="Saving…">
              {data.enabled ? 'Disable' : 'Enable'}
            </Button>
            <Button variant="danger" onClick={() => setConfirm('delete')}>
              Delete
            </Button>
          </div>
          <ErrorNotice error={sendTest.error ?? toggle.error ?? remove.error} />
          {confirm === 'delete' && (
            <Confirm
              message={`Delete the endpoint ${data.url}? It gets no more events.`}
              confirmLabel="Delete endpoint"
              busy={remove.busy}
              onConfirm={() => void remove.run()}
              onCancel={() => setConfirm(undefined)}
            />
          )}
          <SigningSecret endpointId={data.id} />
          <RecoverDeliveries endpoint={data} onRecovered={deliveries.reload} />
        </>
      )}
      <h3>Deliveries</h3>
      <div class="row">
        <Field label="Show">
          <select value={status} onChange={(e) => setStatus(e.currentTarget.value as typeof status)}>
            <option value="">All deliveries</option>
            <option value="pending">Pending</option>
            <option value="succeeded">Succeeded</option>
            <option value="failed">Failed</option>
          </select>
        </Field>
      </div>
      <div class="actions">
        <Button
          onClick={() => {
            endpoint.reload();
            deliveries.reload();
          }}
          busy={deliveries.loading}
          busyLabel="Refreshing…"
        >
          Refresh
        </Button>
      </div>
      <ErrorNotice error={deliveries.error} />
      {deliveries.loading && !deliveries.data ? (
        <Loading label="Loading deliveries…" />
      ) : deliveries.items.length === 0 && !deliveries.error ? (
        <Empty title="No deliveries yet">
          <p>{writer ? 'Send a test event, or wait for the account’s next event.' : 'Deliveries show here as events happen.'}</p>
        </Empty>
      ) : (
        <Table headers={['Event', 'Status', 'Attempts', 'Last answer', 'Created', { hidden: 'Details' }]}>
          {deliveries.items.map((delivery) => (
            <DeliveryRow
              key={delivery.id}
              delivery={delivery}
              open={openDelivery === delivery.id}
              onToggle={() => setOpenDelivery(openDelivery === delivery.id ? undefined : delivery.id)}
              writer={writer}
              onRetried={deliveries.reload}
            />
          ))}
        </Table>
      )}
      <Pager label="Deliveries" pageNumber={deliveries.pageNumber} hasNext={deliveries.hasNext} onNext={deliveries.next} onPrevious={deliveries.previous} />
    </section>
  );
}

const DISABLED_BECAUSE: Record<NonNullable<WebhookEndpoint['disabled_reason']>, string> = {
  endpoint_gone: 'it answered 410 Gone, which says it no longer wants events',
  endpoint_failing: 'every attempt to reach it failed for 5 days',
};

/** Why Parley stopped sending, and the way back: enable the endpoint, then redeliver what failed meanwhile. */
function DisabledByParley({ endpoint }: { endpoint: WebhookEndpoint }) {
  if (!endpoint.disabled_reason) return null;
  return (
    <div class="notice warn" role="status" data-testid="endpoint-disabled">
      <p>
        Parley disabled this endpoint because {DISABLED_BECAUSE[endpoint.disabled_reason]}. Its pending deliveries failed. Once your server answers again,
        enable the endpoint, then redeliver the failed deliveries.
      </p>
    </div>
  );
}

function DeliveryRow(props: { delivery: WebhookDelivery; open: boolean; onToggle: () => void; writer: boolean; onRetried: () => void }) {
  const { delivery } = props;
  const [retried, setRetried] = useState<string | undefined>(undefined);
  const retry = useAction(async () => {
    setRetried((await api().webhookEndpoints.retryDelivery(delivery.id)).message);
    props.onRetried();
  });
  return (
    <>
      <tr>
        <td>
          <code>{delivery.event_type}</code>
        </td>
        <td>
          <span class={`status wd-${delivery.status}`}>{delivery.status}</span>
        </td>
        <td>{delivery.attempt_count}</td>
        <td>{delivery.last_status_code ?? delivery.last_error ?? '—'}</td>
        <td>{formatTime(delivery.created_at, true)}</td>
        <td>
          <Button onClick={props.onToggle} aria-expanded={props.open} aria-label={`Attempts of delivery ${delivery.id}`}>
            {props.open ? 'Hide' : 'Attempts'}
          </Button>
        </td>
      </tr>
      {props.open && (
        <tr>
          <td colSpan={6}>
            <DeliveryAttempts deliveryId={delivery.id} attemptCount={delivery.attempt_count} />
            {props.writer && delivery.status !== 'pending' && (
              <>
                <ErrorNotice error={retry.error} />
                {retried && <Notice>{retried}</Notice>}
                <Button onClick={() => void retry.run()} busy={retry.busy} busyLabel="Retrying…">
                  Deliver again
                </Button>
              </>
            )}
          </td>
        </tr>
      )}
    </>
  );
}
