import { useState } from 'preact/hooks';
import { api, forgetSession, getState } from '../api/session';
import { Button, ErrorNotice, Field, Form, useAction } from '../ui/components';

/** Erasing the account, for good: the owner types its name, their password and, with two-factor on, a code. */
export function EraseAccount() {
  const { session } = getState();
  const name = session?.account.name ?? '';
  const twoFactor = Boolean(session?.user.two_factor_enabled);
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [password, setPassword] = useState('');
  const [otp, setOtp] = useState('');
  const erase = useAction(async () => {
    await api().account.erase({ password, ...(twoFactor ? { otp: otp.trim() } : {}) });
    // The API signed this session out with the erasure.
    forgetSession(`${name} is being erased. Its keys and sessions no longer work.`);
  });
  return (
    <section class="card danger-zone" aria-labelledby="erase-heading">
      <h2 id="erase-heading">Erase the account</h2>
      <p>
        Erases {name} and everything in it, in both modes, for good: connections are logged out of WhatsApp, the subscription is cancelled, and every message, contact, key and member is deleted. Export
        the data first if you need it.
      </p>
      {!open ? (
        <Button variant="danger" onClick={() => setOpen(true)}>
          Erase this account…
        </Button>
      ) : (
        <Form onSubmit={() => void erase.run()}>
          <div class="row">
            <Field label={`Type the account's name, “${name}”, to confirm`}>
              <input name="confirm_name" required autoComplete="off" value={typed} onInput={(e) => setTyped(e.currentTarget.value)} />
            </Field>
          </div>
          <div class="row">
            <Field label="Your password">
              <input type="password" name="password" required autoComplete="current-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
            </Field>
            {twoFactor && (
              <Field label="Code from your authenticator app" hint="Or a recovery code.">
                <input name="otp" required autoComplete="one-time-code" value={otp} onInput={(e) => setOtp(e.currentTarget.value)} />
              </Field>
            )}
          </div>
          <ErrorNotice error={erase.error} />
          <div class="actions">
            <Button type="submit" variant="danger" disabled={typed !== name} busy={erase.busy} busyLabel="Erasing…">
              Erase {name} for good
            </Button>
            <Button onClick={() => setOpen(false)} disabled={erase.busy}>
              Cancel
            </Button>
          </div>
        </Form>
      )}
    </section>
  );
}
