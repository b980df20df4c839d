import type { Connection, Message, MessagesListParams } from '@parley/sdk';
import { useState } from 'preact/hooks';
import { api, canWrite, getState } from '../api/session';
import { connectionLabel } from '../connections/status';
import { Button, Empty, ErrorNotice, Field, FilterActions, Form, formatTime, Link, Loading, Table, useAction, useLoad } from '../ui/components';
import { PAGE_SIZE, Pager, usePaged } from '../ui/paging';
import { navigate, useLocation } from '../ui/router';
import { STATUSES, summarize, timeline } from './summary';

type Filters = Pick<MessagesListParams, 'status' | 'connection_id' | 'direction' | 'phone_number'>;
const FILTER_NAMES = ['status', 'connection_id', 'direction', 'phone_number'] as const;

/** The filters live in the address, so a filtered log can be bookmarked and shared. */
function filtersFrom(query: URLSearchParams): Filters {
  const filters: Record<string, string> = {};
  for (const name of FILTER_NAMES) {
    const value = query.get(name);
    if (value) filters[name] = value;
  }
  return filters as Filters;
}

function pathFor(filters: Filters, id?: string): string {
  const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value) as Array<[string, string]>);
  if (id) query.set('id', id);
  const search = query.toString();
  return `/messages${search ? `?${search}` : ''}`;
}

export function MessagesPage() {
  const { mode } = getState();
  const { query } = useLocation();
  const filters = filtersFrom(query);
  const selected = query.get('id');
  const key = JSON.stringify(filters);
  const connections = useLoad(() => api().connections.list({ limit: 100 }), [mode]);
  const list = usePaged<Message>((cursor) => api().messages.list({ limit: PAGE_SIZE, ...filters, ...cursor }), [mode, key]);
  const names = new Map((connections.data?.data ?? []).map((c) => [c.id, connectionLabel(c)]));
  const filtered = Object.keys(filters).length > 0;
  return (
    <>
      <p class="lead">Every message sent and received in {mode} mode, newest first. Choose one to see its timeline.</p>
      <FilterForm key={key} filters={filters} connections={connections.data?.data ?? []} />
      {selected && <MessageDetail key={selected} id={selected} connectionName={(id) => names.get(id) ?? id} onChanged={list.reload} />}
      <section aria-labelledby="messages-heading">
        <h2 id="messages-heading">Messages</h2>
        <ErrorNotice error={list.error ?? connections.error} />
        {list.loading && !list.data ? (
          <Loading label="Loading messages…" />
        ) : list.items.length === 0 && !list.error ? (
          <Empty title={filtered ? 'No message matches these filters' : `No ${mode} messages yet`}>
            {filtered ? (
              <p>
                <Link to="/messages">Clear the filters</Link>
              </p>
            ) : (
              <p>Messages your code sends with POST /v1/messages, and those people send you, show here.</p>
            )}
          </Empty>
        ) : (
          <Table headers={['When', 'Direction', 'Other party', 'Connection', 'Content', 'Status']}>
            {list.items.map((message) => (
              <tr key={message.id} class={message.id === selected ? 'selected' : ''}>
                <td>
                  <Link to={pathFor(filters, message.id)}>{formatTime(message.created_at)}</Link>
                </td>
                <td>{message.direction === 'inbound' ? 'In' : 'Out'}</td>
                <td>{(message.direction === 'inbound' ? message.from : message.to) ?? '—'}</td>
                <td>{names.get(message.connection_id) ?? message.connection_id}</td>
                <td class="clip">{summarize(message)}</td>
                <td>
                  <span class={`status msg-${message.status}`}>{message.status}</span>
                </td>
              </tr>
            ))}
          </Table>
        )}
        <Pager label="Messages" pageNumber={list.pageNumber} hasNext={list.hasNext} onNext={list.next} onPrevious={list.previous} />
      </section>
    </>
  );
}

function FilterForm({ filters, connections }: { filters: Filters; connections: Connection[] }) {
  const [draft, setDraft] = useState<Filters>(filters);
  const set = (name: keyof Filters) => (event: Event) => setDraft({ ...draft, [name]: (event.currentTarget as HTMLInputElement).value || undefined });
  return (
    <Form class="card inline-form" aria-labelledby="filter-heading" onSubmit={() => navigate(pathFor(draft))}>
      <h2 id="filter-heading">Filter</h2>
      <div class="row">
        <Field label="Status">
          <select name="status" value={draft.status ?? ''} onChange={set('status')}>
            <option value="">Any</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {status}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Connection">
          <select name="connection_id" value={draft.connection_id ?? ''} onChange={set('connection_id')}>
            <option value="">Any</option>
            {connections.map((connection) => (
              <option key={connection.id} value={connection.id}>
                {connectionLabel(connection)}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Direction">
          <select name="direction" value={draft.direction ?? ''} onChange={set('direction')}>
            <option value="">Both</option>
            <option value="outbound">Sent</option>
            <option value="inbound">Received</option>
          </select>
        </Field>
        <Field label="Phone number" hint="The other party, in any spelling.">
          <input name="phone_number" type="tel" value={draft.phone_number ?? ''} onInput={set('phone_number')} />
        </Field>
      </div>
      <FilterActions clearTo="/messages" />
    </Form>
  );
}

function MessageDetail({ id, connectionName, onChanged }: { id: string; connectionName: (id: string) => string; onChanged: () => void }) {
  const { session } = getState();
  const message = useLoad(() => api().messages.retrieve(id), [id]);
  const cancel = useAction(async () => {
    message.setData(await api().messages.cancel(id));
    onChanged();
  });
  const data = message.data;
  return (
    <section class="card detail" aria-labelledby="message-heading">
      <h2 id="message-heading">Message {id}</h2>
      <ErrorNotice error={message.error} />
      {!data ? (
        message.loading && <Loading label="Loading the message…" />
      ) : (
        <>
          <dl class="facts">
            <dt>Status</dt>
            <dd>
              <span class={`status msg-${data.status}`} data-testid="message-status">
                {data.status}
              </span>
              {data.error && (
                <>
                  {' '}
                  <code>{data.error.code}</code> {data.error.message}
                </>
              )}
            </dd>
            <dt>{data.direction === 'inbound' ? 'From' : 'To'}</dt>
            <dd>{(data.direction === 'inbound' ? data.from : data.to) ?? '—'}</dd>
            <dt>Connection</dt>
            <dd>{connectionName(data.connection_id)}</dd>
            <dt>Type</dt>
            <dd>{data.type}</dd>
            <dt>Content</dt>
            <dd class="pre">{summarize(data)}</dd>
          </dl>
          <h3>Timeline</h3>
          <ol class="timeline">
            {timeline(data).map((step) => (
              <li key={step.label}>
                <strong>{step.label}</strong> <span class="muted">{formatTime(step.at, true)}</span>
              </li>
            ))}
          </ol>
          {canWrite(session?.role) && (data.status === 'scheduled' || data.status === 'queued') && (
            <>
              <ErrorNotice error={cancel.error} />
              <Button variant="danger" onClick={() => void cancel.run()} busy={cancel.busy} busyLabel="Canceling…">
                Cancel this message
              </Button>
            </>
          )}
        </>
      )}
    </section>
  );
}
