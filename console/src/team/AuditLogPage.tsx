import type { AuditLogEntry } from '@parley/sdk';
import { useState } from 'preact/hooks';
import { api } from '../api/session';
import { Button, Empty, ErrorNotice, Field, Form, formatTime, Loading } from '../ui/components';
import { PAGE_SIZE, Pager, usePaged } from '../ui/paging';

interface Filters {
  actor: string;
  action: string;
  since: string;
  until: string;
}
const NONE: Filters = { actor: '', action: '', since: '', until: '' };

/** A datetime-local value (the person's own time) as the API's timestamp. */
const toIso = (local: string) => new Date(local).toISOString();

/** Every change to the account's setup, newest first, with who made it and what changed. */
export function AuditLogPage() {
  const [draft, setDraft] = useState<Filters>(NONE);
  const [filters, setFilters] = useState<Filters>(NONE);
  const entries = usePaged<AuditLogEntry>(
    (cursor) =>
      api().auditLog.list({
        limit: PAGE_SIZE,
        ...cursor,
        ...(filters.actor.trim() ? { actor: filters.actor.trim() } : {}),
        ...(filters.action.trim() ? { action: filters.action.trim() } : {}),
        ...(filters.since ? { since: toIso(filters.since) } : {}),
        ...(filters.until ? { until: toIso(filters.until) } : {}),
      }),
    [filters],
  );
  // New filters start from the first page again: the cursors walked so far belong to the old ones.
  const applyFilters = (next: Filters) => {
    setFilters(next);
    entries.first();
  };
  const filtered = Object.values(filters).some(Boolean);
  return (
    <>
      <p class="lead">Every change a member or key made to the account's setup. Entries cannot be changed or deleted; secrets never appear.</p>
      <Form class="card inline-form" aria-labelledby="filter-heading" onSubmit={() => applyFilters({ ...draft })}>
        <h2 id="filter-heading">Filter</h2>
        <div class="row">
          <Field label="Actor" hint="A user id (user_…) or an API key id (key_…).">
            <input name="actor" maxLength={64} value={draft.actor} onInput={(e) => setDraft({ ...draft, actor: e.currentTarget.value })} />
          </Field>
          <Field label="Action" hint="Such as api_key.created or member.role_changed.">
            <input name="action" maxLength={64} value={draft.action} onInput={(e) => setDraft({ ...draft, action: e.currentTarget.value })} />
          </Field>
        </div>
        <div class="row">
          <Field label="Since" hint="Your local time.">
            <input type="datetime-local" name="since" value={draft.since} onInput={(e) => setDraft({ ...draft, since: e.currentTarget.value })} />
          </Field>
          <Field label="Until" hint="Your local time.">
            <input type="datetime-local" name="until" value={draft.until} onInput={(e) => setDraft({ ...draft, until: e.currentTarget.value })} />
          </Field>
        </div>
        <div class="actions">
          <Button type="submit" variant="primary" busy={entries.loading && Boolean(entries.data)} busyLabel="Filtering…">
            Apply filters
          </Button>
          {filtered && (
            <Button
              onClick={() => {
                setDraft(NONE);
                applyFilters(NONE);
              }}
            >
              Clear
            </Button>
          )}
        </div>
      </Form>
      <section aria-labelledby="entries-heading">
        <h2 id="entries-heading">Entries</h2>
        <ErrorNotice error={entries.error} />
        {entries.loading && !entries.data ? (
          <Loading label="Loading the audit log…" />
        ) : entries.items.length === 0 && !entries.error ? (
          <Empty title={filtered ? 'No entry matches' : 'Nothing recorded yet'}>
            <p>{filtered ? 'Widen the time range or clear the filters.' : 'Changes to keys, connections, members, webhooks and billing show here as they are made.'}</p>
          </Empty>
        ) : (
          <div class="table-wrap">
            <table class="stack audit">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">Action</th>
                  <th scope="col">What changed</th>
                </tr>
              </thead>
              <tbody>
                {entries.items.map((entry) => (
                  <EntryRow key={entry.id} entry={entry} />
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pager label="Audit log" pageNumber={entries.pageNumber} hasNext={entries.hasNext} onNext={entries.next} onPrevious={entries.previous} />
      </section>
    </>
  );
}

const show = (value: unknown) => (value === undefined || value === null ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

function EntryRow({ entry }: { entry: AuditLogEntry }) {
  const changes = Object.entries(entry.changes);
  const who = entry.actor.type === 'platform_admin' ? `Platform admin ${entry.actor.email ?? ''}` : (entry.actor.email ?? entry.actor.id ?? entry.actor.type);
  return (
    <tr>
      <td>{formatTime(entry.created_at)}</td>
      <td data-label="Who">
        {who}
        {entry.actor.type === 'api_key' && <span class="muted"> (API key)</span>}
        {entry.ip && <div class="muted small">{entry.ip}</div>}
      </td>
      <td data-label="Action">
        <code>{entry.action}</code>
        {entry.mode && <span class={`badge ${entry.mode}`}>{entry.mode}</span>}
        {entry.target && (
          <div class="muted small">
            <code>{entry.target.id}</code>
          </div>
        )}
      </td>
      <td data-label="What changed">
        {changes.length === 0 ? (
          '—'
        ) : (
          <details>
            <summary>
              {changes.length} field{changes.length === 1 ? '' : 's'}: {changes.map(([field]) => field).join(', ')}
            </summary>
            <dl class="facts changes">
              {changes.map(([field, change]) => [
                <dt key={`${field}-t`}>{field}</dt>,
                <dd key={`${field}-d`}>
                  <code>{show(change.before)}</code> → <code>{show(change.after)}</code>
                </dd>,
              ])}
            </dl>
          </details>
        )}
        {entry.request_id && (
          <div class="muted small">
            Request <code>{entry.request_id}</code>
          </div>
        )}
      </td>
    </tr>
  );
}
