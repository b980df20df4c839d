import type { TwoFactorSetup } from '@parley/sdk';
import { useEffect, useState } from 'preact/hooks';
import { api, getState, loadSession } from '../api/session';
import { Button, ErrorNotice, Field, Form, Loading, Notice, useAction } from '../ui/components';

/** Your own two-factor authentication: set it up with an app, keep the recovery codes, or turn it off. */
export function TwoFactor() {
  const { session } = getState();
  const [setup, setSetup] = useState<TwoFactorSetup | undefined>(undefined);
  const [recovery, setRecovery] = useState<string[] | undefined>(undefined);
  const begin = useAction(async () => setSetup(await api().auth.setupTwoFactor()));
  const enabled = Boolean(session?.user.two_factor_enabled);
  return (
    <section class="card" aria-labelledby="twofactor-heading">
      <h2 id="twofactor-heading">Your two-factor authentication</h2>
      {recovery ? (
        <RecoveryCodes codes={recovery} onDone={() => setRecovery(undefined)} />
      ) : enabled ? (
        <Disable />
      ) : setup ? (
        <Enable
          setup={setup}
          onEnabled={(codes) => {
            setSetup(undefined);
            setRecovery(codes);
          }}
          onCancel={() => setSetup(undefined)}
        />
      ) : (
        <>
          <p>
            <strong>Off.</strong> Signing in needs only your password. With it on, it also needs a code from an authenticator app on your phone.
          </p>
          <ErrorNotice error={begin.error} />
          <Button variant="primary" onClick={() => void begin.run()} busy={begin.busy} busyLabel="Starting…">
            Set up two-factor authentication
          </Button>
        </>
      )}
    </section>
  );
}

function Enable({ setup, onEnabled, onCancel }: { setup: TwoFactorSetup; onEnabled: (codes: string[]) => void; onCancel: () => void }) {
  const [code, setCode] = useState('');
  const enable = useAction(async () => {
    const result = await api().auth.enableTwoFactor({ otp: code.trim() });
    onEnabled(result.recovery_codes);
    await loadSession();
  });
  return (
    <div class="qr-panel">
      <OtpQr url={setup.otpauth_url} />
      <div class="qr-help">
        <ol>
          <li>Open an authenticator app on your phone and add an account.</li>
          <li>Scan this code, or type the key below.</li>
          <li>Enter the six-digit code the app shows.</li>
        </ol>
        <p>
          Key: <code class="code" data-testid="totp-secret">{setup.secret}</code>
        </p>
        <Form onSubmit={() => void enable.run()}>
          <Field label="Code from the app">
            <input name="code" inputMode="numeric" autoComplete="one-time-code" required maxLength={12} value={code} onInput={(e) => setCode(e.currentTarget.value)} />
          </Field>
          <ErrorNotice error={enable.error} />
          <div class="actions">
            <Button type="submit" variant="primary" busy={enable.busy} busyLabel="Turning on…">
              Turn on
            </Button>
            <Button onClick={onCancel} disabled={enable.busy}>
              Cancel
            </Button>
          </div>
        </Form>
      </div>
    </div>
  );
}

/** The otpauth:// URL as a QR code drawn here, in the browser: the secret goes to no other service. */
function OtpQr({ url }: { url: string }) {
  const [image, setImage] = useState<string | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  useEffect(() => {
    let live = true;
    // qrcode is fetched only when someone sets up two-factor authentication.
    import('qrcode')
      .then((qrcode) => qrcode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }))
      .then((svg) => live && setImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`))
      .catch((caught: unknown) => live && setError(caught));
    return () => void (live = false);
  }, [url]);
  return (
    <div class="qr">
      {error ? (
        <ErrorNotice error={error} />
      ) : image ? (
        <img src={image} alt="QR code to scan with your authenticator app" width={220} height={220} data-testid="totp-qr" />
      ) : (
        <Loading label="Drawing the QR code…" />
      )}
    </div>
  );
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  return (
    <div class="reveal-block">
      <Notice>Two-factor authentication is on.</Notice>
      <p>
        <strong>Store these recovery codes now</strong>: each signs you in once if you lose your phone. This is the only time Parley shows them.
      </p>
      <ul class="recovery-codes" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <Button onClick={onDone}>I have stored them</Button>
    </div>
  );
}

function Disable() {
  const [code, setCode] = useState('');
  const disable = useAction(async () => {
    await api().auth.disableTwoFactor({ otp: code.trim() });
    setCode('');
    await loadSession();
  });
  return (
    <Form onSubmit={() => void disable.run()}>
      <p>
        <strong>On.</strong> Signing in needs a code from your authenticator app, or one of your recovery codes.
      </p>
      <div class="row">
        <Field label="Code from the app, or a recovery code" hint="Needed to turn it off.">
          <input name="code" autoComplete="one-time-code" required maxLength={32} value={code} onInput={(e) => setCode(e.currentTarget.value)} />
        </Field>
      </div>
      <ErrorNotice error={disable.error} />
      <Button type="submit" variant="danger" busy={disable.busy} busyLabel="Turning off…">
        Turn off two-factor authentication
      </Button>
    </Form>
  );
}
