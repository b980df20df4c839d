import { useState } from 'preact/hooks';
import { api, setSession } from '../api/session';
import { Button, ErrorNotice, Field, Form, useAction } from '../ui/components';
import { navigate, useLocation } from '../ui/router';
import { MissingToken } from './ResetPasswordPage';

/** The page the invitation email links to (`/console/accept-invitation?token=...`). */
export function AcceptInvitationPage() {
  const { query } = useLocation();
  const token = query.get('token') ?? '';
  const [password, setPassword] = useState('');
  const accept = useAction(async () => {
    const session = await api().members.acceptInvitation({ token, password });
    setSession(session);
    navigate('/', { replace: true, notice: `You joined ${session.account.name} as ${session.role}.` });
  });
  if (!token) return <MissingToken what="invitation" />;
  return (
    <Form
      class="card narrow"
      onSubmit={() => void accept.run()}
    >
      <p>You were invited to an account on Parley. If you already use Parley with the invited address, give its password; otherwise choose one.</p>
      <Field label="Password" hint="At least 10 characters for a new user.">
        <input type="password" name="password" autoComplete="current-password" required value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
      </Field>
      <ErrorNotice error={accept.error} />
      <Button type="submit" variant="primary" busy={accept.busy} busyLabel="Joining…">
        Join the account
      </Button>
    </Form>
  );
}
