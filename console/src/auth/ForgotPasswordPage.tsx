import { useState } from 'preact/hooks';
import { api } from '../api/session';
import { Button, ErrorNotice, Field, Form, Link, Notice, useAction } from '../ui/components';

export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState<{ email: string; minutes: number } | undefined>(undefined);
  const request = useAction(async () => {
    const answer = await api().auth.requestPasswordReset({ email });
    setSent({ email: answer.email, minutes: answer.expires_in_minutes });
  });
  if (sent) {
    return (
      <div class="card narrow">
        <Notice>
          If {sent.email} belongs to a Parley user, a link to choose a new password is on its way. It works for {sent.minutes} minutes.
        </Notice>
        <p class="aside">
          <Link to="/login">Back to sign in</Link>
        </p>
      </div>
    );
  }
  return (
    <Form
      class="card narrow"
      onSubmit={() => void request.run()}
    >
      <p>Give the address you sign in with; we email it a link to choose a new password.</p>
      <Field label="Email">
        <input type="email" name="email" autoComplete="email" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
      </Field>
      <ErrorNotice error={request.error} />
      <Button type="submit" variant="primary" busy={request.busy} busyLabel="Sending…">
        Email me a link
      </Button>
      <p class="aside">
        <Link to="/login">Back to sign in</Link>
      </p>
    </Form>
  );
}
