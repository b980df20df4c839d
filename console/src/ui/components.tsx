import type { ButtonHTMLAttributes, ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { describeError } from '../api/session';
import { href, navigate } from './router';

/** An in-app link: a real <a href> (open in a new tab works), routed without a page load. */
export function Link(props: { to: string; children: ComponentChildren; class?: string; 'aria-current'?: 'page' | undefined }) {
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(props.to);
  };
  return (
    <a href={href(props.to)} onClick={onClick} class={props.class} aria-current={props['aria-current']}>
      {props.children}
    </a>
  );
}

/** An API error as the person should see it: the API's message, its code, and the request id to quote. */
export function ErrorNotice({ error }: { error: unknown }) {
  if (error === undefined || error === null) return null;
  const problem = describeError(error);
  return (
    <div class="error" role="alert">
      <p>{problem.message}</p>
      {(problem.code || problem.requestId) && (
        <p class="meta">
          {problem.code && <code>{problem.code}</code>}
          {problem.requestId && (
            <span>
              {' '}Request ID <code data-testid="request-id">{problem.requestId}</code>
            </span>
          )}
        </p>
      )}
    </div>
  );
}

export function Notice({ children }: { children: ComponentChildren }) {
  return (
    <div class="notice" role="status">
      {children}
    </div>
  );
}

/** A button that shows its action in progress and cannot be pressed twice meanwhile. */
export function Button(props: ButtonHTMLAttributes<HTMLButtonElement> & { busy?: boolean; busyLabel?: string; variant?: 'primary' | 'danger' | 'plain' }) {
  const { busy, busyLabel, variant = 'plain', children, disabled, ...rest } = props;
  return (
    <button {...rest} class={`button ${variant}`} disabled={Boolean(disabled) || busy} aria-busy={busy ? 'true' : undefined}>
      {busy ? (busyLabel ?? 'Working…') : children}
    </button>
  );
}

export function Field(props: { label: string; hint?: string; children: ComponentChildren }) {
  return (
    <label class="field">
      <span class="label">{props.label}</span>
      {props.children}
      {props.hint && <span class="hint">{props.hint}</span>}
    </label>
  );
}

export function Empty({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="empty">
      <p class="empty-title">{title}</p>
      {children}
    </div>
  );
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p class="loading" role="status" aria-live="polite">
      {label}
    </p>
  );
}

/**
 * Runs an action for a form or button: `busy` while it runs, its error kept to show (the form keeps what
 * was typed, since nothing resets it on failure).
 */
export function useAction<A extends unknown[]>(action: (...args: A) => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const mounted = useRef(true);
  useEffect(() => () => void (mounted.current = false), []);
  const run = async (...args: A) => {
    setBusy(true);
    setError(undefined);
    try {
      await action(...args);
    } catch (caught) {
      if (mounted.current) setError(caught);
    } finally {
      if (mounted.current) setBusy(false);
    }
  };
  return { busy, error, run, setError };
}

/** Loads data when `deps` change; `reload()` fetches again. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]) {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(true);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    setLoading(true);
    setError(undefined);
    load().then(
      (value) => live && (setData(value), setLoading(false)),
      (caught: unknown) => live && (setError(caught), setLoading(false)),
    );
    return () => void (live = false);
  }, [...deps, version]);
  return { data, error, loading, reload: () => setVersion((v) => v + 1), setData };
}

/** Asks before doing something that cannot be undone. */
export function Confirm(props: { message: string; confirmLabel: string; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.querySelector<HTMLButtonElement>('button')?.focus(), []);
  return (
    <div class="confirm" role="alertdialog" aria-label={props.message} ref={ref}>
      <p>{props.message}</p>
      <div class="actions">
        <Button variant="danger" busy={props.busy} busyLabel="Working…" onClick={props.onConfirm}>
          {props.confirmLabel}
        </Button>
        <Button onClick={props.onCancel} disabled={props.busy}>
          Cancel
        </Button>
      </div>
    </div>
  );
}

export function formatTime(value: string | null | undefined, precise = false): string {
  if (!value) return '—';
  return new Date(value).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: precise ? 'medium' : 'short' });
}

/** A form whose submit runs an action instead of loading a page. */
export function Form(props: { onSubmit: () => void; class?: string; 'aria-labelledby'?: string; children: ComponentChildren }) {
  return (
    <form
      class={props.class}
      aria-labelledby={props['aria-labelledby']}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      {props.children}
    </form>
  );
}

/** A table that scrolls sideways on a narrow screen; an empty header is read out as `hidden`'s text. */
export function Table({ headers, children }: { headers: Array<string | { hidden: string }>; children: ComponentChildren }) {
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            {headers.map((header) =>
              typeof header === 'string' ? (
                <th scope="col" key={header}>
                  {header}
                </th>
              ) : (
                <th scope="col" key={header.hidden}>
                  <span class="visually-hidden">{header.hidden}</span>
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/**
 * The row under a table row that asks before an action that cannot be undone, and shows its error; nothing when
 * neither is needed.
 */
export function ConfirmRow(props: {
  colSpan: number;
  confirming: boolean;
  message: string;
  confirmLabel: string;
  action: { busy: boolean; error: unknown; run: () => Promise<void> };
  onCancel: () => void;
  error?: unknown;
}) {
  const error = props.error ?? props.action.error;
  if (!props.confirming && error === undefined) return null;
  return (
    <tr>
      <td colSpan={props.colSpan}>
        {props.confirming && (
          <Confirm message={props.message} confirmLabel={props.confirmLabel} busy={props.action.busy} onConfirm={() => void props.action.run()} onCancel={props.onCancel} />
        )}
        <ErrorNotice error={error} />
      </td>
    </tr>
  );
}

/** A filter form's buttons: apply what was chosen, or go back to `clearTo` (the unfiltered page). */
export function FilterActions({ submitLabel = 'Apply filters', clearTo }: { submitLabel?: string; clearTo: string }) {
  return (
    <div class="actions">
      <Button type="submit" variant="primary">
        {submitLabel}
      </Button>
      <Button type="button" onClick={() => navigate(clearTo)}>
        Clear
      </Button>
    </div>
  );
}
