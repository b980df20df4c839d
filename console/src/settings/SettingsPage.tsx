import type { TwoFactorSetup } from '@parley/sdk';
import { useState } from 'preact/hooks';
import { api, getState, loadSession } from '../api/session';
import { Button, ErrorNotice, Field, Form, Notice, useAction, useLoad } from '../ui/components';

/** The account's name and owner rule (owners), and the signed-in person's address and two-factor authentication. */
export function SettingsPage() {
  const { session } = getState();
  if (!session) return null;
  return (
    <>
      {session.role === 'owner' && <AccountSettings />}
      <section class="card" aria-labelledby="you-heading">
        <h2 id="you-heading">You</h2>
        <p>
          Signed in as <strong>{session.user.email}</strong>
          {session.user.email_verified ? ' (confirmed).' : ', not confirmed yet.'}
        </p>
        {!session.user.email_verified && <ResendVerification />}
      </section>
      <TwoFactor enabled={session.user.two_factor_enabled} />
    </>
  );
}

function AccountSettings() {
  const account = useLoad(() => api().account.retrieve(), []);
  const [name, setName] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  const save = useAction(async (input: { name?: string; require_owner_two_factor?: boolean }) => {
    setSaved(false);
    account.setData(await api().account.update(input));
    await loadSession();
    setSaved(true);
  });
  const data = account.data;
  return (
    <section class="card" aria-labelledby="account-heading">
      <h2 id="account-heading">Account</h2>
      <ErrorNotice error={account.error} />
      {data && (
        <Form class="inline-form" onSubmit={() => void save.run({ name: name ?? data.name })}>
          <div class="row">
            <Field label="Account name">
              <input name="account_name" required maxLength={100} value={name ?? data.name} onInput={(e) => setName(e.currentTarget.value)} />
            </Field>
          </div>
          <label class="check">
            <input
              type="checkbox"
              checked={data.require_owner_two_factor}
              disabled={save.busy}
              onChange={(e) => void save.run({ require_owner_two_factor: e.currentTarget.checked })}
            />
            <span>Owners must use two-factor authentication</span>
          </label>
          {saved && <Notice>Saved.</Notice>}
          <ErrorNotice error={save.error} />
          <Button type="submit" variant="primary" busy={save.busy} busyLabel="Saving…">
            Save
          </Button>
        </Form>
      )}
    </section>
  );
}

function ResendVerification() {
  const [sent, setSent] = useState(false);
  const resend = useAction(async () => {
    await api().auth.requestEmailVerification();
    setSent(true);
  });
  return (
    <>
      {sent && <Notice>A new link is on its way.</Notice>}
      <ErrorNotice error={resend.error} />
      <Button onClick={() => void resend.run()} busy={resend.busy} busyLabel="Sending…">
        Email me a new confirmation link
      </Button>
    </>
  );
}

function TwoFactor({ enabled }: { enabled: boolean }) {
  const [setup, setSetup] = useState<TwoFactorSetup | undefined>(undefined);
  const [code, setCode] = useState('');
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | undefined>(undefined);
  const start = useAction(async () => setSetup(await api().auth.setupTwoFactor()));
  const enable = useAction(async () => {
    const result = await api().auth.enableTwoFactor({ otp: code.trim() });
    setRecoveryCodes(result.recovery_codes);
    setSetup(undefined);
    setCode('');
    await loadSession();
  });
  const disable = useAction(async () => {
    await api().auth.disableTwoFactor({ otp: code.trim() });
    setCode('');
    await loadSession();
  });
  return (
    <section class="card" aria-labelledby="tfa-heading">
      <h2 id="tfa-heading">Two-factor authentication</h2>
      {recoveryCodes && (
        <div class="reveal">
          <Notice>Two-factor authentication is on. Keep these recovery codes somewhere safe: each signs you in once if you lose your phone, and they are shown only now.</Notice>
          <ul class="recovery-codes" data-testid="recovery-codes">
            {recoveryCodes.map((recovery) => (
              <li key={recovery}>
                <code>{recovery}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {enabled ? (
        <Form class="inline-form" onSubmit={() => void disable.run()}>
          <p>On: signing in asks for a code from your authenticator app.</p>
          <div class="row">
            <Field label="Code to turn it off" hint="From the app, or a recovery code.">
              <input name="otp" autoComplete="one-time-code" required value={code} onInput={(e) => setCode(e.currentTarget.value)} />
            </Field>
          </div>
          <ErrorNotice error={disable.error} />
          <Button type="submit" variant="danger" busy={disable.busy} busyLabel="Turning off…">
            Turn off
          </Button>
        </Form>
      ) : setup ? (
        <Form class="inline-form" onSubmit={() => void enable.run()}>
          <p>In your authenticator app, add an account with this key (time-based), then type the code it shows.</p>
          <p>
            <code class="code" data-testid="totp-secret">
              {setup.secret}
            </code>
          </p>
          <p class="muted">
            Or open <a href={setup.otpauth_url}>this link</a> on the phone that has the app.
          </p>
          <div class="row">
            <Field label="Code from the app">
              <input name="otp" inputMode="numeric" autoComplete="one-time-code" required value={code} onInput={(e) => setCode(e.currentTarget.value)} />
            </Field>
          </div>
          <ErrorNotice error={enable.error} />
          <Button type="submit" variant="primary" busy={enable.busy} busyLabel="Checking…">
            Turn on
          </Button>
        </Form>
      ) : (
        <>
          <p>Off: signing in needs only your password. Add a code from an authenticator app to keep your account safe if the password leaks.</p>
          <ErrorNotice error={start.error} />
          <Button variant="primary" onClick={() => void start.run()} busy={start.busy} busyLabel="Preparing…">
            Set up two-factor authentication
          </Button>
        </>
      )}
    </section>
  );
}
