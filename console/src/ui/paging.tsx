import type { Page, PagePromise } from '@parley/sdk';
import { useState } from 'preact/hooks';
import { Button } from './components';
import { useLoad } from './components';

export const PAGE_SIZE = 20;

/**
 * One page of a cursor-paged list at a time, with the cursors walked so far so "Previous" goes back exactly.
 * `deps` restart it from the first page (a new mode, a new filter).
 */
export function usePaged<Item extends { id: string }>(list: (cursor: { starting_after?: string }) => PagePromise<Item>, deps: unknown[]) {
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors[cursors.length - 1];
  const load = useLoad<Page<Item>>(() => list(cursor ? { starting_after: cursor } : {}), [...deps, cursor]);
  const items = load.data?.data ?? [];
  return {
    ...load,
    items,
    pageNumber: cursors.length + 1,
    hasNext: Boolean(load.data?.hasMore),
    next: () => {
      const last = items[items.length - 1];
      if (last) setCursors([...cursors, last.id]);
    },
    previous: () => setCursors(cursors.slice(0, -1)),
    first: () => setCursors([]),
  };
}

export function Pager(props: { pageNumber: number; hasNext: boolean; onNext: () => void; onPrevious: () => void; label: string }) {
  if (props.pageNumber === 1 && !props.hasNext) return null;
  return (
    <nav class="pager" aria-label={`${props.label} pages`}>
      <Button onClick={props.onPrevious} disabled={props.pageNumber === 1}>
        ← Previous
      </Button>
      <span>Page {props.pageNumber}</span>
      <Button onClick={props.onNext} disabled={!props.hasNext}>
        Next →
      </Button>
    </nav>
  );
}
