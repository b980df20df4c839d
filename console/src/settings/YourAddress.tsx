import { useState } from 'preact/hooks';
import { api, getState } from '../api/session';
import { Button, ErrorNotice, Notice, useAction } from '../ui/components';

/** The signed-in person's email address, and a new confirmation link while it is not confirmed. */
export function YourAddress() {
  const { session } = getState();
  const [sent, setSent] = useState(false);
  const resend = useAction(async () => {
    await api().auth.requestEmailVerification();
    setSent(true);
  });
  if (!session) return null;
  const confirmed = session.user.email_verified;
  return (
    <section class="card" aria-labelledby="you-heading">
      <h2 id="you-heading">You</h2>
      <p>
        Signed in as <strong>{session.user.email}</strong>, {confirmed ? 'a confirmed address.' : 'not confirmed yet: open the link Parley emailed you.'}
      </p>
      {!confirmed && (
        <>
          {sent && <Notice>A new link is on its way.</Notice>}
          <ErrorNotice error={resend.error} />
          <Button onClick={() => void resend.run()} busy={resend.busy} busyLabel="Sending…">
            Email me a new confirmation link
          </Button>
        </>
      )}
    </section>
  );
}
