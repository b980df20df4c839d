import type { WebhookEndpointSecret } from '@parley/sdk';
import { useState } from 'preact/hooks';
import { api } from '../api/session';
import { Button, Confirm, ErrorNotice, formatTime, useAction } from '../ui/components';

/** The endpoint's signing secret: revealed on request (the API audits each read), rotated after a confirmation. */
export function SigningSecret({ endpointId }: { endpointId: string }) {
  const [secret, setSecret] = useState<WebhookEndpointSecret | undefined>(undefined);
  const [confirming, setConfirming] = useState(false);
  const [rotated, setRotated] = useState(false);
  const reveal = useAction(async () => setSecret(await api().webhookEndpoints.retrieveSecret(endpointId)));
  const rotate = useAction(async () => {
    setSecret(await api().webhookEndpoints.rotateSecret(endpointId));
    setConfirming(false);
    setRotated(true);
  });
  return (
    <div class="signing-secret">
      <h3>Signing secret</h3>
      <div class="actions">
        <Button onClick={() => void reveal.run()} busy={reveal.busy} busyLabel="Revealing…">
          {secret ? 'Reveal again' : 'Reveal signing secret'}
        </Button>
        <Button onClick={() => setConfirming(true)} disabled={confirming}>
          Rotate secret
        </Button>
      </div>
      <ErrorNotice error={reveal.error ?? rotate.error} />
      {confirming && (
        <Confirm
          message="Rotate the signing secret? The old one keeps verifying for 24 hours, so update your server within that time."
          confirmLabel="Rotate the secret"
          busy={rotate.busy}
          onConfirm={() => void rotate.run()}
          onCancel={() => setConfirming(false)}
        />
      )}
      {secret && (
        <>
          <div class="secret-row">
            <input class="secret" readOnly aria-label="Signing secret" value={secret.secret} data-testid="webhook-secret" onFocus={(e) => e.currentTarget.select()} />
            <Button onClick={() => void navigator.clipboard.writeText(secret.secret).catch(() => undefined)}>Copy</Button>
          </div>
          {rotated && <p role="status">A new secret is in use. Deliveries carry a signature by each secret while the previous one lasts.</p>}
          {secret.previous_secret_expires_at && (
            <p class="muted" data-testid="previous-secret-expiry">
              The previous secret verifies until {formatTime(secret.previous_secret_expires_at)}.
            </p>
          )}
        </>
      )}
      {!secret && <p class="muted">Your server checks each delivery's webhook-signature header with it (Standard Webhooks).</p>}
    </div>
  );
}
