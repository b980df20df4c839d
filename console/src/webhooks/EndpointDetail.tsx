import type { WebhookDelivery, WebhookEndpointSecret } from '@parley/sdk';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api/session';
import { Button, Confirm, Empty, ErrorNotice, Field, Form, formatTime, Loading, Notice, Table, useAction, useLoad } from '../ui/components';
import { PAGE_SIZE, Pager, usePaged } from '../ui/paging';
import { navigate } from '../ui/router';
import { DeliveryAttempts } from './DeliveryAttempts';

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
  const [confirm, setConfirm] = useState<'delete' | 'rotate' | undefined>(undefined);
  const [secret, setSecret] = useState<WebhookEndpointSecret | undefined>(undefined);
  const [since, setSince] = useState('');
  const [recovered, setRecovered] = useState<number | undefined>(undefined);
  const sendTest = useAction(async () => {
    const delivery = await api().webhookEndpoints.test(id);
    deliveries.first();
    deliveries.reload();
    setOpenDelivery(delivery.id);
  });
  const reveal = useAction(async () => setSecret(await api().webhookEndpoints.retrieveSecret(id)));
  const rotate = useAction(async () => {
    setSecret(await api().webhookEndpoints.rotateSecret(id));
    setConfirm(undefined);
  });
  const toggle = useAction(async () => {
    endpoint.setData(await api().webhookEndpoints.update(id, { enabled: !endpoint.data?.enabled }));
    onChanged();
  });
  const remove = useAction(async () => {
    await api().webhookEndpoints.delete(id);
    onChanged();
    navigate('/webhooks', { notice: 'The endpoint was deleted.' });
  });
  const recover = useAction(async () => {
    setRecovered((await api().webhookEndpoints.recover(id, { since: new Date(since).toISOString() })).requeued);
    deliveries.reload();
  });
  const data = endpoint.data;
  if (!data) {
    return <section class="card detail">{endpoint.loading ? <Loading label="Loading the endpoint…" /> : <ErrorNotice error={endpoint.error} />}</section>;
  }
  return (
    <section class="card detail" aria-labelledby="endpoint-heading">
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
      {writer && (
        <>
          <div class="actions">
            <Button variant="primary" onClick={() => void sendTest.run()} busy={sendTest.busy} busyLabel="Sending…">
              Send a test event
            </Button>
            <Button onClick={() => void reveal.run()} busy={reveal.busy} busyLabel="Revealing…">
              Reveal signing secret
            </Button>
            <Button onClick={() => setConfirm('rotate')}>Rotate secret</Button>
            <Button onClick={() => void toggle.run()} busy={toggle.busy} busyLabel="Saving…">
              {data.enabled ? 'Disable' : 'Enable'}
            </Button>
            <Button variant="danger" onClick={() => setConfirm('delete')}>
              Delete
            </Button>
          </div>
          <ErrorNotice error={sendTest.error ?? reveal.error ?? toggle.error ?? remove.error ?? rotate.error} />
          {confirm === 'rotate' && (
            <Confirm
              message="Rotate the signing secret? The old one keeps verifying for 24 hours, so update your server within that time."
              confirmLabel="Rotate secret"
              busy={rotate.busy}
              onConfirm={() => void rotate.run()}
              onCancel={() => setConfirm(undefined)}
            />
          )}
          {confirm === 'delete' && (
            <Confirm
              message={`Delete the endpoint ${data.url}? It gets no more events.`}
              confirmLabel="Delete endpoint"
              busy={remove.busy}
              onConfirm={() => void remove.run()}
              onCancel={() => setConfirm(undefined)}
            />
          )}
          {secret && (
            <div class="secret-row">
              <input class="secret" readOnly aria-label="Signing secret" value={secret.secret} data-testid="webhook-secret" onFocus={(e) => e.currentTarget.select()} />
              <Button onClick={() => void navigator.clipboard.writeText(secret.secret).catch(() => undefined)}>Copy</Button>
            </div>
          )}
          {secret?.previous_secret_expires_at && <p class="muted">The previous secret verifies until {formatTime(secret.previous_secret_expires_at)}.</p>}
          <Form class="inline-form recover" onSubmit={() => void recover.run()}>
            <div class="row">
              <Field label="Redeliver failed deliveries since" hint="At most 30 days ago.">
                <input type="datetime-local" name="since" required value={since} onInput={(e) => setSince(e.currentTarget.value)} />
              </Field>
            </div>
            <ErrorNotice error={recover.error} />
            {recovered !== undefined && <Notice>{recovered} failed deliveries were queued again.</Notice>}
            <Button type="submit" busy={recover.busy} busyLabel="Recovering…">
              Recover
            </Button>
          </Form>
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
        <Button onClick={deliveries.reload} busy={deliveries.loading} busyLabel="Refreshing…">
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

function DeliveryRow(props: { delivery: WebhookDelivery; open: boolean; onToggle: () => void; writer: boolean; onRetried: () => void }) {
  const { delivery } = props;
  const retry = useAction(async () => {
    await api().webhookEndpoints.retryDelivery(delivery.id);
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
