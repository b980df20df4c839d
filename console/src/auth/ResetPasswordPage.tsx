import { useState } from 'preact/hooks';
import { api } from '../api/session';
import { Button, ErrorNotice, Field, Form, Link, useAction } from '../ui/components';
import { navigate, useLocation } from '../ui/router';

/** The page the password reset email links to (`/console/reset-password?token=...`). */
export function ResetPasswordPage() {
  const { query } = useLocation();
  const token = query.get('token') ?? '';
  const [password, setPassword] = useState('');
  const reset = useAction(async () => {
    const answer = await api().auth.confirmPasswordReset({ token, password });
    navigate('/login', { replace: true, notice: `The password of ${answer.email} is changed and every session signed out. Sign in with the new one.` });
  });
  if (!token) return <MissingToken what="password reset" />;
  return (
    <Form
      class="card narrow"
      onSubmit={() => void reset.run()}
    >
      <Field label="New password" hint="At least 10 characters. Setting it signs you out everywhere.">
        <input type="password" name="password" autoComplete="new-password" required minLength={10} value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
      </Field>
      <ErrorNotice error={reset.error} />
      <Button type="submit" variant="primary" busy={reset.busy} busyLabel="Saving…">
        Set new password
      </Button>
      <p class="aside">
        Link expired? <Link to="/forgot-password">Ask for a new one</Link>
      </p>
    </Form>
  );
}

export function MissingToken({ what }: { what: string }) {
  return (
    <div class="card narrow">
      <p>
        This page opens from the {what} email: its link carries a token, and this address has none. Open the link from the email again, or
        copy all of it into the address bar.
      </p>
      <p class="aside">
        <Link to="/login">Sign in</Link>
      </p>
    </div>
  );
}
