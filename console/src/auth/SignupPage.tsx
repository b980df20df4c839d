import { useState } from 'preact/hooks';
import { api, setSession } from '../api/session';
import { revealOnce } from '../api-keys/reveal';
import { Button, ErrorNotice, Field, Form, Link, useAction } from '../ui/components';
import { navigate } from '../ui/router';

export function SignupPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [accountName, setAccountName] = useState('');
  const signup = useAction(async () => {
    const result = await api().auth.signup({ email, password, account_name: accountName });
    setSession(result.session);
    // The first key's secret is in this answer only: the keys page shows it once.
    revealOnce(result.api_key);
    navigate('/api-keys', { notice: `Welcome to Parley. We sent a link to ${result.user.email} to confirm the address.` });
  });
  return (
    <Form
      class="card narrow"
      onSubmit={() => void signup.run()}
    >
      <Field label="Account name" hint="Your business or project; you can change it later.">
        <input name="account_name" required maxLength={100} value={accountName} onInput={(e) => setAccountName(e.currentTarget.value)} />
      </Field>
      <Field label="Email">
        <input type="email" name="email" autoComplete="email" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
      </Field>
      <Field label="Password" hint="At least 10 characters.">
        <input type="password" name="password" autoComplete="new-password" required minLength={10} value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
      </Field>
      <ErrorNotice error={signup.error} />
      <Button type="submit" variant="primary" busy={signup.busy} busyLabel="Creating your account…">
        Create account
      </Button>
      <p class="aside">
        Already have an account? <Link to="/login">Sign in</Link>
      </p>
    </Form>
  );
}
