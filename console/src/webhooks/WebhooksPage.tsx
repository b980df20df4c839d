import type { WebhookEndpoint } from '@parley/sdk';
import { useState } from 'preact/hooks';
import { api, canWrite, getState } from '../api/session';
import { Button, Empty, ErrorNotice, Field, Form, Link, Loading, useAction } from '../ui/components';
import { PAGE_SIZE, Pager, usePaged } from '../ui/paging';
import { navigate, useLocation } from '../ui/router';
import { EndpointDetail } from './EndpointDetail';
import { EventsPicker } from './EventsPicker';
import './webhooks.css';

export function WebhooksPage() {
  const { session, mode } = getState();
  const writer = canWrite(session?.role);
  const { query } = useLocation();
  const selected = query.get('id');
  const list = usePaged<WebhookEndpoint>((cursor) => api().webhookEndpoints.list({ limit: PAGE_SIZE, ...cursor }), [mode]);
  return (
    <>
      <p class="lead">
        Parley sends your server the account's {mode}-mode events as they happen, signed (Standard Webhooks), and retries what your server does not accept.
      </p>
      {writer && (
        <CreateEndpoint
          onCreated={(endpoint) => {
            list.first();
            list.reload();
            navigate(`/webhooks?id=${endpoint.id}`, { notice: 'Endpoint created. Send it a test event to check that your server answers.' });
          }}
        />
      )}
      <section aria-labelledby="endpoints-heading">
        <h2 id="endpoints-heading">Endpoints</h2>
        <ErrorNotice error={list.error} />
        {list.loading && !list.data ? (
          <Loading label="Loading endpoints…" />
        ) : list.items.length === 0 && !list.error ? (
          <Empty title={`No ${mode} endpoints yet`}>{writer ? <p>Add your server's URL above to receive events.</p> : <p>A developer of this account can add one.</p>}</Empty>
        ) : (
          <ul class="cards">
            {list.items.map((endpoint) => (
              <li key={endpoint.id} class={endpoint.id === selected ? 'selected' : ''}>
                <Link to={`/webhooks?id=${endpoint.id}`}>
                  <strong>{endpoint.url}</strong>
                </Link>
                <span class={`status ${endpoint.enabled ? 'connected' : 'failed'}`}>{endpoint.enabled ? 'Enabled' : 'Disabled'}</span>
                <span class="muted">{endpoint.events.includes('*') ? 'every event' : `${endpoint.events.length} event types`}</span>
              </li>
            ))}
          </ul>
        )}
        <Pager label="Endpoints" pageNumber={list.pageNumber} hasNext={list.hasNext} onNext={list.next} onPrevious={list.previous} />
      </section>
      {selected && <EndpointDetail key={selected} id={selected} writer={writer} onChanged={list.reload} />}
    </>
  );
}

function CreateEndpoint({ onCreated }: { onCreated: (endpoint: WebhookEndpoint) => void }) {
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<string[]>(['*']);
  const create = useAction(async () => {
    const endpoint = await api().webhookEndpoints.create({ url, events, ...(description ? { description } : {}) });
    setUrl('');
    setDescription('');
    setEvents(['*']);
    onCreated(endpoint);
  });
  return (
    <Form class="card inline-form" aria-labelledby="create-endpoint-heading" onSubmit={() => void create.run()}>
      <h2 id="create-endpoint-heading">Add an endpoint</h2>
      <div class="row">
        <Field label="URL" hint="Where Parley POSTs each event, such as https://example.com/parley/webhooks.">
          <input name="url" type="url" required value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
        </Field>
        <Field label="Description (optional)">
          <input name="description" maxLength={500} value={description} onInput={(e) => setDescription(e.currentTarget.value)} />
        </Field>
      </div>
      <EventsPicker value={events} onChange={setEvents} />
      <ErrorNotice error={create.error} />
      <Button type="submit" variant="primary" busy={create.busy} busyLabel="Adding…">
        Add endpoint
      </Button>
    </Form>
  );
}
