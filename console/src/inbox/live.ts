import type { Message } from '@parley/sdk';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api/session';

export type Listener = (message: Message) => void;

/**
 * The account's message events from GET /v1/events/stream, opened from the newest event there is, so nothing
 * sent or received while the page loads is missed; the SDK resumes with Last-Event-ID after a drop, and the
 * listeners merge by message id, so a replay shows nothing twice. Each message event carries the whole message.
 */
export function useMessageStream(mode: string, attempt: number) {
  const listeners = useRef(new Set<Listener>());
  const [live, setLive] = useState<'opening' | 'open' | 'closed'>('opening');
  const [error, setError] = useState<unknown>(undefined);
  useEffect(() => {
    const controller = new AbortController();
    setLive('opening');
    setError(undefined);
    (async () => {
      const newest = (await api().events.list({ limit: 1 }, { signal: controller.signal })).data[0]?.id;
      const stream = await api().events.stream({ signal: controller.signal, ...(newest ? { headers: { 'last-event-id': newest } } : {}) });
      setLive('open');
      for await (const event of stream) {
        if (!event.type.startsWith('message.')) continue;
        const message = (event.data as { object: Message }).object;
        for (const listener of listeners.current) listener(message);
      }
      setLive('closed');
    })().catch((caught: unknown) => {
      if (controller.signal.aborted) return;
      setLive('closed');
      setError(caught);
    });
    return () => controller.abort();
  }, [mode, attempt]);
  const subscribe = (listener: Listener) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  };
  return { live, error, subscribe };
}

/** Upserts `incoming` into a list kept newest first (by creation time, then id). */
export function mergeMessages(current: Message[], incoming: Message[]): Message[] {
  const byId = new Map(current.map((message) => [message.id, message]));
  for (const message of incoming) byId.set(message.id, message);
  return [...byId.values()].sort((a, b) => (a.created_at === b.created_at ? (a.id < b.id ? 1 : -1) : a.created_at < b.created_at ? 1 : -1));
}
