import type { WebhookAttempt } from '@parley/sdk';
import { useEffect } from 'preact/hooks';
import { api } from '../api/session';
import { ErrorNotice, formatTime, Loading, useLoad } from '../ui/components';

/** Every attempt of one delivery: when, the answer's status and time, and the start of its body or the error. */
export function DeliveryAttempts({ deliveryId, attemptCount }: { deliveryId: string; attemptCount: number }) {
  const attempts = useLoad(() => api().webhookEndpoints.listDeliveryAttempts(deliveryId, { limit: 100 }), [deliveryId, attemptCount]);
  // The delivery can count an attempt a moment before its record is readable: look again until they agree.
  const behind = attempts.data !== undefined && attempts.data.data.length < attemptCount;
  useEffect(() => {
    if (!behind) return;
    const timer = setTimeout(attempts.reload, 1_000);
    return () => clearTimeout(timer);
  }, [behind, attempts.data]);
  if (attempts.loading && !attempts.data) return <Loading label="Loading attempts…" />;
  if (attempts.error) return <ErrorNotice error={attempts.error} />;
  const list: WebhookAttempt[] = attempts.data?.data ?? [];
  if (list.length === 0) return <p class="muted">No attempt yet: the first is on its way.</p>;
  return (
    <ol class="attempts" data-testid="attempts">
      {list.map((attempt) => (
        <li key={attempt.id}>
          <strong>{attempt.status_code ?? 'No answer'}</strong> in {attempt.latency_ms} ms · {formatTime(attempt.attempted_at, true)}
          {attempt.error && (
            <>
              {' '}· <code>{attempt.error}</code>
            </>
          )}
          {attempt.response_body && <pre class="excerpt">{attempt.response_body}</pre>}
        </li>
      ))}
    </ol>
  );
}
