import type { PlatformAdmin } from '@parley/sdk';
import { useState } from 'preact/hooks';
import { api, getState } from '../api/session';
import { Button, Empty, ErrorNotice, Field, Form, formatTime, Loading, Notice, useAction, useLoad } from '../ui/components';
import { ConfirmRow } from '../ui/ConfirmRow';
import { AdminTabs } from './AdminTabs';

/** The platform admins; the one configured by ADMIN_EMAIL names and removes the others. */
export function AdminAdminsPage() {
  const { session } = getState();
  const admins = useLoad(() => api().admin.listAdmins(), []);
  const list = admins.data?.data ?? [];
  // The API allows naming and removing admins only to the configured admin; others read the list.
  const bootstrap = list.some((admin) => admin.bootstrap && admin.id === session?.user.id);
  return (
    <>
      <AdminTabs />
      <p class="lead">Platform admins may open this area for every account. Each needs two-factor authentication when the deployment asks for it.</p>
      {bootstrap && <AddAdmin onAdded={admins.reload} />}
      <section aria-labelledby="admins-heading">
        <h2 id="admins-heading">Admins</h2>
        <ErrorNotice error={admins.error} />
        {admins.loading && !admins.data ? (
          <Loading label="Loading admins…" />
        ) : list.length === 0 && !admins.error ? (
          <Empty title="No platform admins">
            <p>Set ADMIN_EMAIL on the server to name the first.</p>
          </Empty>
        ) : (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Email</th>
                  <th scope="col">Two-factor</th>
                  <th scope="col">Named</th>
                  {bootstrap && (
                    <th scope="col">
                      <span class="visually-hidden">Actions</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {list.map((admin) => (
                  <AdminRow key={admin.id} admin={admin} canRemove={bootstrap} onRemoved={admins.reload} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

function AddAdmin({ onAdded }: { onAdded: () => void }) {
  const [email, setEmail] = useState('');
  const [added, setAdded] = useState<string | undefined>(undefined);
  const add = useAction(async () => {
    setAdded(undefined);
    const admin = await api().admin.addAdmin({ email: email.trim() });
    setEmail('');
    setAdded(admin.email);
    onAdded();
  });
  return (
    <Form class="card inline-form" aria-labelledby="add-admin-heading" onSubmit={() => void add.run()}>
      <h2 id="add-admin-heading">Name an admin</h2>
      <div class="row">
        <Field label="Email of an existing Parley user" hint="They sign up or accept an invitation first.">
          <input type="email" name="email" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        </Field>
      </div>
      <ErrorNotice error={add.error} />
      {added && <Notice>{added} is now a platform admin.</Notice>}
      <Button type="submit" variant="primary" busy={add.busy} busyLabel="Adding…">
        Add admin
      </Button>
    </Form>
  );
}

function AdminRow({ admin, canRemove, onRemoved }: { admin: PlatformAdmin; canRemove: boolean; onRemoved: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const remove = useAction(async () => {
    await api().admin.removeAdmin(admin.id);
    setConfirming(false);
    onRemoved();
  });
  return (
    <>
      <tr>
        <td>
          {admin.email} {admin.bootstrap && <span class="badge">configured</span>}
        </td>
        <td>{admin.two_factor_enabled ? 'On' : 'Off'}</td>
        <td>{admin.bootstrap ? 'By ADMIN_EMAIL' : `${formatTime(admin.added_at)}${admin.added_by ? ` by ${admin.added_by.email}` : ''}`}</td>
        {canRemove && (
          <td>
            {!admin.bootstrap && (
              <Button variant="danger" onClick={() => setConfirming(true)} aria-label={`Remove ${admin.email}`}>
                Remove
              </Button>
            )}
          </td>
        )}
      </tr>
      <ConfirmRow
        colSpan={4}
        confirming={confirming}
        error={remove.error}
        message={`Remove ${admin.email} as a platform admin? Their next request to the admin area is refused.`}
        confirmLabel="Remove admin"
        busy={remove.busy}
        onConfirm={() => void remove.run()}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}
