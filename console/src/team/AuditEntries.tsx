import type { ComponentChildren } from 'preact';
import { formatTime } from '../ui/components';

/** What an account's audit log entry and the platform's have in common. */
export interface AuditRecord {
  id: string;
  action: string;
  target: { type: string | null; id: string } | null;
  changes: Record<string, { before?: unknown; after?: unknown }>;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  created_at: string;
}

/**
 * Audit log entries, newest first, each readable on its own: when, who and from where (address and browser), what
 * was done to what, and which fields changed, before and after. `who` names the actor and `about` adds to the
 * action (a mode, an account), as each log knows them.
 */
export function AuditEntries<Entry extends AuditRecord>(props: {
  entries: Entry[];
  who: (entry: Entry) => ComponentChildren;
  about?: (entry: Entry) => ComponentChildren;
  /** Whether `about` already names the entry's target. */
  aboutTarget?: (entry: Entry) => boolean;
}) {
  return (
    <div class="table-wrap">
      <table class="stack audit" data-testid="audit-entries">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">What changed</th>
          </tr>
        </thead>
        <tbody>
          {props.entries.map((entry) => (
            <tr key={entry.id}>
              <td>{formatTime(entry.created_at, true)}</td>
              <td data-label="Who">
                {props.who(entry)}
                <From entry={entry} />
              </td>
              <td data-label="Action">
                <code>{entry.action}</code>
                {props.about?.(entry)}
                {entry.target && !props.aboutTarget?.(entry) && (
                  <div class="muted small">
                    {entry.target.type && `${entry.target.type.replace(/_/g, ' ')} `}
                    <code>{entry.target.id}</code>
                  </div>
                )}
              </td>
              <td data-label="What changed">
                <Changes changes={entry.changes} />
                {entry.request_id && (
                  <div class="muted small">
                    Request <code>{entry.request_id}</code>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Where the change came from: the client's address and user agent. */
function From({ entry }: { entry: AuditRecord }) {
  if (!entry.ip && !entry.user_agent) return null;
  return (
    <div class="muted small" title={entry.user_agent ?? undefined}>
      {entry.ip ?? 'Unknown address'}
      {entry.user_agent && <div class="user-agent">{shorten(entry.user_agent)}</div>}
    </div>
  );
}

/** A user agent is long: its start here, all of it on hover. */
const shorten = (text: string, max = 48) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const show = (value: unknown) => (value === undefined || value === null ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

function Changes({ changes }: { changes: AuditRecord['changes'] }) {
  const fields = Object.entries(changes);
  if (fields.length === 0) return <>—</>;
  return (
    <details>
      <summary>
        {fields.length} field{fields.length === 1 ? '' : 's'}: {fields.map(([field]) => field).join(', ')}
      </summary>
      <dl class="facts changes">
        {fields.map(([field, change]) => [
          <dt key={`${field}-t`}>{field}</dt>,
          <dd key={`${field}-d`}>
            <code>{show(change.before)}</code> → <code>{show(change.after)}</code>
          </dd>,
        ])}
      </dl>
    </details>
  );
}
