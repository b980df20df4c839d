import type { Event } from '@parley/sdk';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, getState } from '../api/session';
import { Button, Empty, ErrorNotice, formatTime, Loading, useAction } from '../ui/components';

const PAGE = 30;

/**
 * The account's events as they happen: the latest page from GET /v1/events, then GET /v1/events/stream opened
 * with Last-Event-ID set to the newest one listed, so nothing between the two is lost; events are merged by id,
 * so a replay after a reconnection (the SDK resumes with Last-Event-ID on its own) shows nothing twice.
 */
export function EventsPage() {
  const { mode } = getState();
  const [events, setEvents] = useState<Event[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [hasMore, setHasMore] = useState(false);
  const [live, setLive] = useState<'opening' | 'open' | 'closed'>('opening');
  const [error, setError] = useState<unknown>(undefined);
  const [attempt, setAttempt] = useState(0);
  const [open, setOpen] = useState<string | undefined>(undefined);
  const seen = useRef(new Set<string>());

  const merge = (incoming: Event[], where: 'top' | 'bottom') => {
    const fresh = incoming.filter((event) => !seen.current.has(event.id));
    for (const event of fresh) seen.current.add(event.id);
    if (fresh.length > 0) setEvents((current) => (where === 'top' ? [...fresh, ...current] : [...current, ...fresh]));
  };

  useEffect(() => {
    const controller = new AbortController();
    setLive('opening');
    setError(undefined);
    (async () => {
      const page = await api().events.list({ limit: PAGE }, { signal: controller.signal });
      merge(page.data, 'bottom');
      setHasMore(page.hasMore);
      setLoaded(true);
      const newest = [...seen.current].sort().at(-1);
      const stream = await api().events.stream({ signal: controller.signal, ...(newest ? { headers: { 'last-event-id': newest } } : {}) });
      setLive('open');
      for await (const event of stream) merge([event], 'top');
      setLive('closed');
    })().catch((caught: unknown) => {
      if (controller.signal.aborted) return;
      setLoaded(true);
      setLive('closed');
      setError(caught);
    });
    return () => controller.abort();
  }, [mode, attempt]);

  const older = useAction(async () => {
    const last = events[events.length - 1];
    const page = await api().events.list({ limit: PAGE, ...(last ? { starting_after: last.id } : {}) });
    merge(page.data, 'bottom');
    setHasMore(page.hasMore);
  });

  return (
    <>
      <p class="lead">Every change in the account in {mode} mode, newest first, as it happens: the same events webhooks deliver.</p>
      <p class={`live-banner ${live}`} role="status">
        {live === 'open' ? 'Live: new events appear at the top.' : live === 'opening' ? 'Connecting to the live stream…' : 'The live stream is closed.'}
      </p>
      {error !== undefined && (
        <>
          <ErrorNotice error={error} />
          <Button onClick={() => setAttempt(attempt + 1)}>Reconnect</Button>
        </>
      )}
      {!loaded ? (
        <Loading label="Loading events…" />
      ) : events.length === 0 ? (
        <Empty title="No events yet">
          <p>Link a connection or send a message: each change shows here at once.</p>
        </Empty>
      ) : (
        <ol class="event-log" aria-label="Events" data-testid="event-log">
          {events.map((event) => (
            <li key={event.id} data-event-id={event.id}>
              <button class="event-line" aria-expanded={open === event.id} onClick={() => setOpen(open === event.id ? undefined : event.id)}>
                <code>{event.type}</code> <span class="muted">{formatTime(event.created_at, true)}</span>
              </button>
              {open === event.id && <pre class="excerpt">{JSON.stringify(event, null, 2)}</pre>}
            </li>
          ))}
        </ol>
      )}
      <ErrorNotice error={older.error} />
      {hasMore && (
        <Button onClick={() => void older.run()} busy={older.busy} busyLabel="Loading…">
          Load older events
        </Button>
      )}
    </>
  );
}
