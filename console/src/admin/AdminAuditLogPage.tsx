import type { PlatformAuditLogEntry } from '@parley/sdk';
import { useState } from 'preact/hooks';
import { api } from '../api/session';
import { AuditEntries } from '../team/AuditEntries';
import { Empty, ErrorNotice, Field, FilterActions, Form, Link, Loading, useLoad } from '../ui/components';
import { PAGE_SIZE, Pager, usePaged } from '../ui/paging';
import { navigate, useLocation } from '../ui/router';
import { AdminTabs } from './AdminTabs';

const FILTERS = ['actor', 'action', 'account_id'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

/** The filters as this page's address: a link to one account's entries works, and Back goes to the previous filter. */
function addressOf(filters: Filters): string {
  const query = new URLSearchParams();
  for (const name of FILTERS) if (filters[name].trim()) query.set(name, filters[name].trim());
  const search = query.toString();
  return search ? `/admin/audit-log?${search}` : '/admin/audit-log';
}

/** What the platform admins did, to accounts and to the platform, newest first; filtered by admin, action and account. */
export function AdminAuditLogPage() {
  const { query } = useLocation();
  const filters: Filters = { actor: query.get('actor') ?? '', action: query.get('action') ?? '', account_id: query.get('account_id') ?? '' };
  const filtered = FILTERS.some((name) => filters[name]);
  const entries = usePaged<PlatformAuditLogEntry>(
    (cursor) =>
      api().admin.listAuditLog({
        limit: PAGE_SIZE,
        ...cursor,
        ...(filters.actor ? { actor: filters.actor } : {}),
        ...(filters.action ? { action: filters.action } : {}),
        ...(filters.account_id ? { account_id: filters.account_id } : {}),
      }),
    [filters.actor, filters.action, filters.account_id],
  );
  return (
    <>
      <AdminTabs />
      <p class="lead">Every change a platform admin made, to accounts (also in each account's own audit log) and to the platform. Entries cannot be changed or deleted.</p>
      <FilterForm key={addressOf(filters)} filters={filters} />
      <section aria-labelledby="entries-heading">
        <h2 id="entries-heading">Entries</h2>
        <ErrorNotice error={entries.error} />
        {entries.loading && !entries.data ? (
          <Loading label="Loading the platform audit log…" />
        ) : entries.items.length === 0 && !entries.error ? (
          <Empty title={filtered ? 'No entry matches' : 'Nothing recorded yet'}>
            <p>{filtered ? 'Clear a filter to see more.' : 'Suspensions, plan changes, feature flags and changes to the admins show here as they are made.'}</p>
          </Empty>
        ) : (
          <AuditEntries
            entries={entries.items}
            who={(entry) => entry.actor.email || <code>{entry.actor.id}</code>}
            about={(entry) =>
              entry.account_id ? (
                <div class="small">
                  Account <Link to={`/admin?id=${entry.account_id}`}>{entry.account_id}</Link>
                </div>
              ) : (
                <div class="muted small">The platform</div>
              )
            }
            aboutTarget={(entry) => entry.target?.id === entry.account_id}
          />
        )}
        <Pager label="Audit log" pageNumber={entries.pageNumber} hasNext={entries.hasNext} onNext={entries.next} onPrevious={entries.previous} />
      </section>
    </>
  );
}

function FilterForm({ filters }: { filters: Filters }) {
  const [draft, setDraft] = useState<Filters>(filters);
  // Admins by email for the actor filter; an entry by an admin since removed still filters by the id in its address.
  const admins = useLoad(() => api().admin.listAdmins(), []);
  const listed = admins.data?.data ?? [];
  const set = (name: keyof Filters) => (e: { currentTarget: { value: string } }) => setDraft({ ...draft, [name]: e.currentTarget.value });
  return (
    <Form class="card inline-form" aria-labelledby="filter-heading" onSubmit={() => navigate(addressOf(draft))}>
      <h2 id="filter-heading">Filter</h2>
      <div class="row">
        <Field label="Admin">
          <select name="actor" value={draft.actor} onChange={set('actor')}>
            <option value="">Any admin</option>
            {draft.actor && !listed.some((admin) => admin.id === draft.actor) && <option value={draft.actor}>{draft.actor}</option>}
            {listed.map((admin) => (
              <option key={admin.id} value={admin.id}>
                {admin.email}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Action" hint="Such as account.suspended or platform_admin.added.">
          <input name="action" maxLength={64} value={draft.action} onInput={set('action')} />
        </Field>
        <Field label="Account" hint="An account id (acct_…).">
          <input name="account_id" maxLength={64} value={draft.account_id} onInput={set('account_id')} />
        </Field>
      </div>
      <ErrorNotice error={admins.error} />
      <FilterActions clearTo="/admin/audit-log" />
    </Form>
  );
}
