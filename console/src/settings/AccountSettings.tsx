import { useState } from 'preact/hooks';
import { api, getState, loadSession } from '../api/session';
import { Button, ErrorNotice, Field, Form, Loading, Notice, useAction, useLoad } from '../ui/components';

/** The account's name and whether its owners must use two-factor authentication; owners change them. */
export function AccountSettings() {
  const { session } = getState();
  const owner = session?.role === 'owner';
  const account = useLoad(() => api().account.retrieve(), []);
  return (
    <section class="card" aria-labelledby="account-heading">
      <h2 id="account-heading">Account</h2>
      <ErrorNotice error={account.error} />
      {!account.data ? (
        account.loading && <Loading label="Loading the account…" />
      ) : owner ? (
        <AccountForm name={account.data.name} requireTwoFactor={account.data.require_owner_two_factor} />
      ) : (
        <>
          <dl class="facts">
            <dt>Name</dt>
            <dd>{account.data.name}</dd>
            <dt>Owners must use two-factor</dt>
            <dd>{account.data.require_owner_two_factor ? 'Yes' : 'No'}</dd>
          </dl>
          <p class="muted">Only the account's owners change these.</p>
        </>
      )}
    </section>
  );
}

function AccountForm(props: { name: string; requireTwoFactor: boolean }) {
  const [name, setName] = useState(props.name);
  const [requireTwoFactor, setRequireTwoFactor] = useState(props.requireTwoFactor);
  const [saved, setSaved] = useState(false);
  const save = useAction(async () => {
    setSaved(false);
    await api().account.update({ name: name.trim(), require_owner_two_factor: requireTwoFactor });
    setSaved(true);
    // The account's name shows in the top bar, which reads the session.
    await loadSession();
  });
  return (
    <Form onSubmit={() => void save.run()}>
      <div class="row">
        <Field label="Account name">
          <input name="name" required maxLength={100} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </Field>
      </div>
      <label class="check">
        <input type="checkbox" name="require_owner_two_factor" checked={requireTwoFactor} onChange={(e) => setRequireTwoFactor(e.currentTarget.checked)} />
        Owners must use two-factor authentication
      </label>
      <p class="hint">An owner without it can then only turn it on. You need it on yourself to require it.</p>
      <ErrorNotice error={save.error} />
      {saved && <Notice>Saved.</Notice>}
      <Button type="submit" variant="primary" busy={save.busy} busyLabel="Saving…">
        Save account
      </Button>
    </Form>
  );
}
