import type { AdminAccount } from '@parley/sdk';
import { useState } from 'preact/hooks';
import { api } from '../api/session';
import { Button, Empty, ErrorNotice, Field, Form, formatTime, Link, Loading, useLoad } from '../ui/components';
import { PAGE_SIZE, Pager, usePaged } from '../ui/paging';
import { navigate, useLocation } from '../ui/router';
import { AdminAccountDetail } from './AdminAccountDetail';
import { AdminTabs } from './AdminTabs';

interface Filters {
  query: string;
  plan: string;
  status: '' | 'active' | 'suspended';
}

/** Every account on this deployment: search by name, email or phone number, narrow by plan and status. */
export function AdminAccountsPage() {
  const { query: params } = useLocation();
  const selected = params.get('id');
  const [draft, setDraft] = useState<Filters>({ query: '', plan: '', status: '' });
  const [filters, setFilters] = useState<Filters>(draft);
  const plans = useLoad(() => api().plans.list(), []);
  const accounts = usePaged<AdminAccount>(
    (cursor) =>
      api().admin.listAccounts({
        limit: PAGE_SIZE,
        ...cursor,
        ...(filters.query.trim() ? { query: filters.query.trim() } : {}),
        ...(filters.plan ? { plan: filters.plan } : {}),
        ...(filters.status ? { status: filters.status } : {}),
      }),
    [filters],
  );
  // New filters start from the first page again: the cursors walked so far belong to the old ones.
  const applyFilters = (next: Filters) => {
    setFilters(next);
    accounts.first();
  };
  const filtered = Boolean(filters.query.trim() || filters.plan || filters.status);
  return (
    <>
      <AdminTabs />
      <p class="lead">Every account on this Parley. What you change here is recorded in the platform's audit log and the account's own.</p>
      <Form class="card inline-form" aria-labelledby="search-heading" onSubmit={() => applyFilters({ ...draft })}>
        <h2 id="search-heading">Find accounts</h2>
        <div class="row">
          <Field label="Search" hint="Part of an account's name, a member's email or a phone number.">
            <input type="search" name="query" maxLength={200} value={draft.query} onInput={(e) => setDraft({ ...draft, query: e.currentTarget.value })} />
          </Field>
          <Field label="Plan">
            <select name="plan" value={draft.plan} onChange={(e) => setDraft({ ...draft, plan: e.currentTarget.value })}>
              <option value="">Any plan</option>
              {plans.data?.data.map((plan) => (
                <option key={plan.id} value={plan.id}>
                  {plan.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Status">
            <select name="status" value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.currentTarget.value as Filters['status'] })}>
              <option value="">Any status</option>
              <option value="active">Active</option>
              <option value="suspended">Suspended</option>
            </select>
          </Field>
        </div>
        <ErrorNotice error={plans.error} />
        <div class="actions">
          <Button type="submit" variant="primary" busy={accounts.loading && Boolean(accounts.data)} busyLabel="Searching…">
            Search
          </Button>
          {filtered && (
            <Button
              onClick={() => {
                const none: Filters = { query: '', plan: '', status: '' };
                setDraft(none);
                applyFilters(none);
              }}
            >
              Clear
            </Button>
          )}
        </div>
      </Form>
      {selected && (
        <AdminAccountDetail
          key={selected}
          id={selected}
          plans={plans.data?.data ?? []}
          onChanged={accounts.reload}
          onClose={() => navigate('/admin')}
        />
      )}
      <section aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">Accounts</h2>
        <ErrorNotice error={accounts.error} />
        {accounts.loading && !accounts.data ? (
          <Loading label="Loading accounts…" />
        ) : accounts.items.length === 0 && !accounts.error ? (
          <Empty title={filtered ? 'No account matches' : 'No accounts yet'}>
            <p>{filtered ? 'Try part of the name or email, or clear the filters.' : 'Accounts appear here as people sign up.'}</p>
          </Empty>
        ) : (
          <div class="table-wrap">
            <table class="stack">
              <thead>
                <tr>
                  <th scope="col">Account</th>
                  <th scope="col">Owner</th>
                  <th scope="col">Plan</th>
                  <th scope="col">Status</th>
                  <th scope="col">Live messages</th>
                  <th scope="col">Connected</th>
                  <th scope="col">Last activity</th>
                </tr>
              </thead>
              <tbody>
                {accounts.items.map((account) => (
                  <tr key={account.id} class={account.id === selected ? 'selected' : ''}>
                    <td>
                      <Link to={`/admin?id=${account.id}`}>{account.name}</Link>
                    </td>
                    <td data-label="Owner">{account.owner?.email ?? '—'}</td>
                    <td data-label="Plan">{account.plan.name}</td>
                    <td data-label="Status">
                      <span class={`status ${account.status}`}>{account.status === 'active' ? 'Active' : 'Suspended'}</span>
                    </td>
                    <td data-label="Live messages">
                      {account.usage.messages.live.toLocaleString()} of {account.usage.messages.limit.toLocaleString()}
                    </td>
                    <td data-label="Connected">
                      {account.connections.connected} of {account.connections.total}
                    </td>
                    <td data-label="Last activity">{formatTime(account.last_activity_at)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pager label="Accounts" pageNumber={accounts.pageNumber} hasNext={accounts.hasNext} onNext={accounts.next} onPrevious={accounts.previous} />
      </section>
    </>
  );
}
