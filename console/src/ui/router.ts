/** Browser history under /console: paths here are relative to it ("/connections" is /console/connections). */
import { useEffect, useState } from 'preact/hooks';

export const BASE = '/console';
const listeners = new Set<() => void>();
let notice: string | undefined;

export function currentPath(): string {
  const path = location.pathname.startsWith(BASE) ? location.pathname.slice(BASE.length) : location.pathname;
  return (path || '/') + location.search;
}

export function href(path: string): string {
  return BASE + path;
}

/** Goes to `path`; `notice` is a one-time message for the next page (why it came there). */
export function navigate(path: string, options: { replace?: boolean; notice?: string } = {}): void {
  notice = options.notice;
  if (options.replace) history.replaceState(null, '', href(path));
  else history.pushState(null, '', href(path));
  for (const listener of listeners) listener();
}

/** The one-time message left by the last navigation, read once. */
export function takeNotice(): string | undefined {
  const value = notice;
  notice = undefined;
  return value;
}

addEventListener('popstate', () => {
  for (const listener of listeners) listener();
});

/** The current path (without the query) and query, re-rendering on every navigation. */
export function useLocation(): { path: string; query: URLSearchParams } {
  const [, setTick] = useState(0);
  useEffect(() => {
    const listener = () => setTick((tick) => tick + 1);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
  const full = currentPath();
  const [path = '/', search = ''] = full.split('?');
  return { path: path.replace(/\/+$/, '') || '/', query: new URLSearchParams(search) };
}
