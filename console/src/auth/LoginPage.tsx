import { useState } from 'preact/hooks';
import { APIError } from '@parley/sdk';
import { api, setSession } from '../api/session';
import { Button, ErrorNotice, Field, Form, Link, useAction } from '../ui/components';
import { navigate, useLocation } from '../ui/router';

/** Only paths inside the console: `next` comes from the address bar. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { query } = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [otp, setOtp] = useState('');
  const [needsOtp, setNeedsOtp] = useState(false);
  const login = useAction(async () => {
    try {
      setSession(await api().auth.login({ email, password, ...(needsOtp ? { otp } : {}) }));
    } catch (error) {
      if (error instanceof APIError && error.code === 'otp_required') {
        setNeedsOtp(true);
        return;
      }
      throw error;
    }
    navigate(safeNext(query.get('next')), { replace: true });
  });
  return (
    <Form
      class="card narrow"
      onSubmit={() => void login.run()}
    >
      <Field label="Email">
        <input type="email" name="email" autoComplete="username" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
      </Field>
      <Field label="Password">
        <input type="password" name="password" autoComplete="current-password" required value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
      </Field>
      {needsOtp && (
        <Field label="Code from your authenticator app" hint="Or one of your recovery codes.">
          <input name="otp" inputMode="numeric" autoComplete="one-time-code" required value={otp} onInput={(e) => setOtp(e.currentTarget.value)} />
        </Field>
      )}
      <ErrorNotice error={login.error} />
      <Button type="submit" variant="primary" busy={login.busy} busyLabel="Signing in…">
        Sign in
      </Button>
      <p class="aside">
        <Link to="/forgot-password">Forgot your password?</Link> · New to Parley? <Link to="/signup">Create an account</Link>
      </p>
    </Form>
  );
}
