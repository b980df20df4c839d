import type { Connection, ConnectionQr } from '@parley/sdk';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api/session';
import { followStream, type StreamState } from '../ui/StreamStatus';

export interface LiveConnection {
  connection: Connection | undefined;
  qr: ConnectionQr | undefined;
  /** A blob: URL of the QR code as the API renders it (PNG), for the current `qr`. */
  qrImage: string | undefined;
  live: StreamState;
  /** While `reconnecting`: skips the wait before the next attempt. */
  retryNow: (() => void) | undefined;
  error: unknown;
  deleted: boolean;
}

/**
 * Follows one connection through GET /v1/connections/{id}/events. The first message of each opening is its state
 * as it is now, which replaces the one shown: after a drop (shown as `reconnecting`, opened again with backoff) the
 * view catches up with what changed meanwhile without replaying anything, and `onReconnected` lets the page fetch
 * what it shows beside it again.
 */
export function useLiveConnection(id: string, initial: Connection | undefined, enabled: boolean, attempt: number, onReconnected: () => void): LiveConnection {
  const [state, setState] = useState<LiveConnection>({
    connection: initial,
    qr: undefined,
    qrImage: undefined,
    live: 'opening',
    retryNow: undefined,
    error: undefined,
    deleted: false,
  });
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    let image: string | undefined;
    let shownQr: string | undefined;
    setState((s) => ({ ...s, live: 'opening', retryNow: undefined, error: undefined }));
    const showQr = async (qr: ConnectionQr | undefined) => {
      if (!qr || qr.qr === shownQr) return;
      shownQr = qr.qr;
      try {
        const png = await api().connections.qr(id, { format: 'png' }, { signal: controller.signal });
        const url = URL.createObjectURL(await png.blob());
        if (controller.signal.aborted) return URL.revokeObjectURL(url);
        if (image) URL.revokeObjectURL(image);
        image = url;
        setState((s) => ({ ...s, qrImage: url }));
      } catch {
        // Linked or rotated meanwhile: the next event says which.
      }
    };
    (async () => {
      const stream = await followStream(
        (options) => api().connections.events(id, options),
        {
          state: (live, retryNow) => setState((s) => ({ ...s, live, retryNow })),
          reconnected: onReconnected,
        },
        controller.signal,
      );
      for await (const event of stream) {
        const qr = event.connection.status === 'qr' ? event.qr : undefined;
        setState((s) => ({ ...s, connection: event.connection, qr, deleted: event.type === 'connection.deleted', ...(qr ? {} : { qrImage: undefined }) }));
        if (!qr) shownQr = undefined;
        void showQr(qr);
        // Nothing follows a deletion: the server ends the stream, and there is nothing to reconnect to.
        if (event.type === 'connection.deleted') break;
      }
      setState((s) => ({ ...s, live: 'closed', retryNow: undefined }));
    })().catch((error: unknown) => {
      if (!controller.signal.aborted) setState((s) => ({ ...s, live: 'closed', retryNow: undefined, error }));
    });
    return () => {
      controller.abort();
      if (image) URL.revokeObjectURL(image);
    };
    // onReconnected is the page's reload: a new function each render, but the same job.
  }, [id, enabled, attempt]);
  return state;
}
