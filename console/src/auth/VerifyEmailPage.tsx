import { useState } from 'preact/hooks';
import { api, getState } from '../api/session';
import { Button, ErrorNotice, Link, Notice, useAction } from '../ui/components';
import { useLocation } from '../ui/router';
import { MissingToken } from './ResetPasswordPage';

/** The page the sign-up email links to (`/console/verify-email?token=...`); it confirms on a press, not on load. */
export function VerifyEmailPage() {
  const { query } = useLocation();
  const token = query.get('token') ?? '';
  const [verified, setVerified] = useState<string | undefined>(undefined);
  const confirm = useAction(async () => {
    const answer = await api().auth.confirmEmailVerification({ token });
    setVerified(answer.email);
  });
  if (!token) return <MissingToken what="address confirmation" />;
  const onward = getState().session ? <Link to="/">Go to the overview</Link> : <Link to="/login">Sign in</Link>;
  if (verified) {
    return (
      <div class="card narrow">
        <Notice>{verified} is confirmed. Thank you.</Notice>
        <p class="aside">{onward}</p>
      </div>
    );
  }
  return (
    <div class="card narrow">
      <p>Confirm that this email address is yours.</p>
      <ErrorNotice error={confirm.error} />
      <Button variant="primary" onClick={() => void confirm.run()} busy={confirm.busy} busyLabel="Confirming…">
        Confirm my address
      </Button>
      <p class="aside">{onward}</p>
    </div>
  );
}
