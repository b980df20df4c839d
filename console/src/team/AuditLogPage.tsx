import type { AuditLogEntry } from '@parley/sdk';
import { useState } from 'preact/hooks';
import { api } from '../api/session';
import { Button, Empty, ErrorNotice, Field, Form, Loading } from '../ui/components';
import { PAGE_SIZE, Pager, usePaged } from '../ui/paging';
import { AuditEntries } from './AuditEntries';

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
          <AuditEntries entries={entries.items} who={who} about={(entry) => entry.mode && <span class={`badge ${entry.mode}`}>{entry.mode}</span>} />
        )}
        <Pager label="Audit log" pageNumber={entries.pageNumber} hasNext={entries.hasNext} onNext={entries.next} onPrevious={entries.previous} />
      </section>
    </>
  );
}

/** A member, an API key (by id: keys have no email), or the platform admin acting on the account. */
function who(entry: AuditLogEntry) {
  if (entry.actor.type === 'platform_admin') return `Platform admin ${entry.actor.email ?? ''}`;
  return (
    <>
      {entry.actor.email ?? entry.actor.id ?? entry.actor.type}
      {entry.actor.type === 'api_key' && <span class="muted"> (API key)</span>}
    </>
  );
}
