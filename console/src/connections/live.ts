import type { Connection, ConnectionQr } from '@parley/sdk';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api/session';

export interface LiveConnection {
  connection: Connection | undefined;
  qr: ConnectionQr | undefined;
  /** A blob: URL of the QR code as the API renders it (PNG), for the current `qr`. */
  qrImage: string | undefined;
  live: 'opening' | 'open' | 'closed';
  error: unknown;
  deleted: boolean;
}

/**
 * Follows one connection through GET /v1/connections/{id}/events. The first message is its state as it is now,
 * so a reconnection (the SDK reconnects on its own after a drop) catches up without replaying anything.
 */
export function useLiveConnection(id: string, initial: Connection | undefined, enabled: boolean, attempt: number): LiveConnection {
  const [state, setState] = useState<LiveConnection>({ connection: initial, qr: undefined, qrImage: undefined, live: 'opening', error: undefined, deleted: false });
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    let image: string | undefined;
    let shownQr: string | undefined;
    setState((s) => ({ ...s, live: 'opening', error: undefined }));
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
      const stream = await api().connections.events(id, { signal: controller.signal });
      setState((s) => ({ ...s, live: 'open' }));
      for await (const event of stream) {
        const qr = event.connection.status === 'qr' ? event.qr : undefined;
        setState((s) => ({ ...s, connection: event.connection, qr, deleted: event.type === 'connection.deleted', ...(qr ? {} : { qrImage: undefined }) }));
        if (!qr) shownQr = undefined;
        void showQr(qr);
      }
      setState((s) => ({ ...s, live: 'closed' }));
    })().catch((error: unknown) => {
      if (!controller.signal.aborted) setState((s) => ({ ...s, live: 'closed', error }));
    });
    return () => {
      controller.abort();
      if (image) URL.revokeObjectURL(image);
    };
  }, [id, enabled, attempt]);
  return state;
}
