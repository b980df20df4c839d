import type { AuditLogEntry } from '@parley/sdk';
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { api } from '../api/session';
import { Button, Empty, ErrorNotice, Field, FilterActions, Form, formatTime, Link, Loading, Table } from '../ui/components';
import { PAGE_SIZE, Pager, usePaged } from '../ui/paging';
import { navigate, useLocation } from '../ui/router';

const show = (value: unknown) => (value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

/** Who changed what in the account's setup, newest first; filters live in the address. */
export function AuditLogPage() {
  const { query } = useLocation();
  const action = query.get('action') ?? '';
  const actor = query.get('actor') ?? '';
  const entries = usePaged<AuditLogEntry>(
    (cursor) => api().auditLog.list({ limit: PAGE_SIZE, ...(action ? { action } : {}), ...(actor ? { actor } : {}), ...cursor }),
    [action, actor],
  );
  const [open, setOpen] = useState<string | undefined>(undefined);
  return (
    <>
      <p class="lead">Every change a member or key made to the account's setup, with who, from where and each field before and after. Secrets never appear.</p>
      <Filters key={`${action}:${actor}`} action={action} actor={actor} />
      <ErrorNotice error={entries.error} />
      {entries.loading && !entries.data ? (
        <Loading label="Loading the audit log…" />
      ) : entries.items.length === 0 && !entries.error ? (
        <Empty title={action || actor ? 'No entry matches' : 'Nothing changed yet'}>
          {(action || actor) && (
            <p>
              <Link to="/audit-log">Show every entry</Link>
            </p>
          )}
        </Empty>
      ) : (
        <Table headers={['When', 'Action', 'By', 'Target', { hidden: 'Details' }]}>
          {entries.items.map((entry) => (
            <Fragment key={entry.id}>
              <tr>
                <td>{formatTime(entry.created_at, true)}</td>
                <td>
                  <code>{entry.action}</code>
                </td>
                <td>{entry.actor.email ?? entry.actor.id ?? entry.actor.type}</td>
                <td>{entry.target ? <code>{entry.target.id}</code> : '—'}</td>
                <td>
                  <Button onClick={() => setOpen(open === entry.id ? undefined : entry.id)} aria-expanded={open === entry.id} aria-label={`Details of ${entry.action} at ${entry.created_at}`}>
                    {open === entry.id ? 'Hide' : 'Details'}
                  </Button>
                </td>
              </tr>
              {open === entry.id && (
                <tr>
                  <td colSpan={5}>
                    <dl class="facts">
                      <dt>From</dt>
                      <dd>
                        {entry.ip ?? '—'} {entry.user_agent && <span class="muted">({entry.user_agent})</span>}
                      </dd>
                      <dt>Request</dt>
                      <dd>{entry.request_id ? <code>{entry.request_id}</code> : '—'}</dd>
                      {Object.entries(entry.changes).map(([field, change]) => (
                        <Fragment key={field}>
                          <dt>
                            <code>{field}</code>
                          </dt>
                          <dd>
                            {show(change.before)} → {show(change.after)}
                          </dd>
                        </Fragment>
                      ))}
                    </dl>
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </Table>
      )}
      <Pager label="Audit log" pageNumber={entries.pageNumber} hasNext={entries.hasNext} onNext={entries.next} onPrevious={entries.previous} />
    </>
  );
}

function Filters(props: { action: string; actor: string }) {
  const [action, setAction] = useState(props.action);
  const [actor, setActor] = useState(props.actor);
  const apply = () => {
    const query = new URLSearchParams(Object.entries({ action: action.trim(), actor: actor.trim() }).filter(([, value]) => value));
    navigate(`/audit-log${query.size ? `?${query}` : ''}`);
  };
  return (
    <Form class="card inline-form" aria-labelledby="audit-filter-heading" onSubmit={apply}>
      <h2 id="audit-filter-heading">Filter</h2>
      <div class="row">
        <Field label="Action" hint="Such as api_key.created or member.role_changed.">
          <input name="action" value={action} onInput={(e) => setAction(e.currentTarget.value)} />
        </Field>
        <Field label="By" hint="A user id (user_…) or API key id (key_…).">
          <input name="actor" value={actor} onInput={(e) => setActor(e.currentTarget.value)} />
        </Field>
      </div>
      <FilterActions clearTo="/audit-log" />
    </Form>
  );
}
