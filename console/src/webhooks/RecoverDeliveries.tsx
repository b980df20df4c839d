import type { WebhookEndpoint } from '@parley/sdk';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api/session';
import { Button, ErrorNotice, Field, Form, Notice, useAction } from '../ui/components';

/** A datetime-local value (the person's own time, to the minute) for an instant. */
function localMinute(instant: Date): string {
  const local = new Date(instant.getTime() - instant.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** How far before the first failure the form reaches by default: an event's first attempt follows it closely. */
const MARGIN_MS = 5 * 60_000;

/**
 * Queues every failed delivery since a time again (after an outage). Until the person types a time, it offers a
 * little before the endpoint began failing, and keeps it once enabling the endpoint clears that time.
 */
export function RecoverDeliveries({ endpoint, onRecovered }: { endpoint: WebhookEndpoint; onRecovered: () => void }) {
  const [since, setSince] = useState('');
  const typed = useRef(false);
  useEffect(() => {
    if (endpoint.failing_since && !typed.current) setSince(localMinute(new Date(Date.parse(endpoint.failing_since) - MARGIN_MS)));
  }, [endpoint.failing_since]);
  const [requeued, setRequeued] = useState<number | undefined>(undefined);
  const recover = useAction(async () => {
    setRequeued(undefined);
    setRequeued((await api().webhookEndpoints.recover(endpoint.id, { since: new Date(since).toISOString() })).requeued);
    onRecovered();
  });
  return (
    <Form class="inline-form recover" aria-labelledby="recover-heading" onSubmit={() => void recover.run()}>
      <h3 id="recover-heading">Redeliver failed deliveries</h3>
      <p class="muted">
        After your server was down, send again every delivery that failed since a time.
        {!endpoint.enabled && ' Enable the endpoint first: a disabled endpoint receives nothing.'}
      </p>
      <div class="row">
        <Field label="Redeliver failed deliveries since" hint="Your local time; at most 30 days ago.">
          <input type="datetime-local" name="since" required value={since} onInput={(e) => {
              typed.current = true;
              setSince(e.currentTarget.value);
            }} />
        </Field>
      </div>
      <ErrorNotice error={recover.error} />
      {requeued !== undefined && <Notice>{requeued === 1 ? '1 failed delivery was queued again.' : `${requeued} failed deliveries were queued again.`}</Notice>}
      <Button type="submit" busy={recover.busy} busyLabel="Recovering…">
        Recover
      </Button>
    </Form>
  );
}
