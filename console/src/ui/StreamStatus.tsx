import { APIConnectionError, APIError, NotFoundError, Stream, type RequestOptions } from '@parley/sdk';
import { Button, ErrorNotice } from './components';

/**
 * A live stream's state as the person sees it: `reconnecting` while it dropped and is being opened again, `closed`
 * when it ended for good (what it followed is gone, or the API refused it).
 */
export type StreamState = 'opening' | 'open' | 'reconnecting' | 'closed';

export interface StreamWatch {
  /** Each change of state; while `reconnecting`, `retryNow` skips the wait before the next attempt. */
  state(state: StreamState, retryNow?: () => void): void;
  /** Open again after a drop: what happened meanwhile was not streamed, so fetch what is shown again. */
  reconnected(): void;
}

/** Waits between attempts: short at first, then longer, so a server that is down is not hammered. */
const BACKOFF_MS = [1_000, 2_000, 5_000, 10_000, 15_000];

/**
 * Opens a live stream (an SDK call such as `connections.events(id)`) and keeps it open: when it drops, `watch`
 * hears so at once (the SDK's own reconnection is silent), and it is opened again with backoff, resuming with
 * `Last-Event-ID` where the stream has ids, until `outer` aborts. A refusal that trying again will not change
 * (401, 403, 404) ends it: the iteration throws it, except a 404 on reconnecting, which ends it quietly (what it
 * followed was deleted).
 */
export async function followStream<T>(
  open: (options: RequestOptions) => Promise<Stream<T>>,
  watch: StreamWatch,
  outer: AbortSignal,
  /** Where an account's event stream starts (the newest event already listed); streams without ids have none. */
  lastEventId?: string,
): Promise<Stream<T>> {
  // The stream's own: aborted by `outer`, and by the stream when its iteration ends (close(), break).
  const controller = new AbortController();
  if (outer.aborted) controller.abort();
  outer.addEventListener('abort', () => controller.abort(), { once: true });
  const { signal } = controller;
  let dropped = false;
  const connect = async (lastEventId: string | undefined): Promise<Response> => {
    for (let failures = 0; ; failures++) {
      try {
        const headers = lastEventId ? { 'last-event-id': lastEventId } : undefined;
        const stream = await open({ signal, maxRetries: 0, ...(headers ? { headers } : {}) });
        watch.state('open');
        if (dropped) watch.reconnected();
        dropped = false;
        return watched(stream.response, () => {
          if (signal.aborted) return;
          dropped = true;
          watch.state('reconnecting');
        });
      } catch (error) {
        if (signal.aborted || !retryable(error)) throw error;
        dropped = true;
        await pause(BACKOFF_MS[Math.min(failures, BACKOFF_MS.length - 1)] ?? 0, signal, (retryNow) => watch.state('reconnecting', retryNow));
      }
    }
  };
  const stream = new Stream<T>(await connect(lastEventId), connect, controller);
  // A drop before the first event resumes from where it started, not from the stream's present.
  stream.lastEventId = lastEventId;
  return stream;
}

/** A dropped connection, a timeout or a server having trouble: worth another try. */
function retryable(error: unknown): boolean {
  if (error instanceof NotFoundError) return false;
  if (error instanceof APIConnectionError) return true;
  return error instanceof APIError && (error.status === 408 || error.status === 429 || error.status >= 500);
}

/** Sleeps `ms` unless `signal` aborts (then throws) or the `retryNow` handed to `started` is called. */
function pause(ms: number, signal: AbortSignal, started: (retryNow: () => void) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', aborted);
      resolve();
    };
    const aborted = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', aborted, { once: true });
    started(done);
  });
}

/** `response` with a body that calls `ended` when it ends or breaks, as it is read. */
function watched(response: Response, ended: () => void): Response {
  const body = response.body;
  if (!body) return response;
  const reader = body.getReader();
  const relay = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const chunk = await reader.read();
        if (!chunk.done) return controller.enqueue(chunk.value);
        controller.close();
      } catch (error) {
        controller.error(error);
      }
      ended();
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return new Response(relay, { status: response.status, headers: response.headers });
}

/**
 * What a live view's stream is doing, said politely to screen readers: live, opening, paused and retrying by
 * itself (with a button to try now), or closed with the API's reason and a button to open it again.
 */
export function StreamStatus(props: { state: StreamState; liveText: string; error?: unknown; retryNow?: (() => void) | undefined; onReopen?: () => void }) {
  const { state } = props;
  return (
    <div class={`live-banner stream-status ${state}`} role="status" data-testid="stream-status">
      <p>
        {state === 'open'
          ? props.liveText
          : state === 'opening'
            ? 'Opening the live view…'
            : state === 'reconnecting'
              ? 'Live updates paused: the connection to Parley dropped. Reconnecting…'
              : 'Live updates stopped.'}
      </p>
      {state === 'reconnecting' && props.retryNow && (
        <Button type="button" onClick={props.retryNow}>
          Try now
        </Button>
      )}
      {state === 'closed' && (
        <>
          <ErrorNotice error={props.error} />
          {props.onReopen && (
            <Button type="button" onClick={props.onReopen}>
              Reconnect
            </Button>
          )}
        </>
      )}
    </div>
  );
}
