import type { AccountExport } from '@parley/sdk';
import { useEffect } from 'preact/hooks';
import { api } from '../api/session';
import { Button, Empty, ErrorNotice, formatTime, Loading, useAction } from '../ui/components';
import { Pager, usePaged } from '../ui/paging';

const EXPORT_PAGE = 10;
const STATUS_TEXT: Record<AccountExport['status'], string> = { pending: 'Being built', ready: 'Ready', failed: 'Failed', expired: 'Expired' };

const size = (bytes: number | null) => (bytes === null ? '' : bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/**
 * The download as this origin's: the session cookie that authorizes it is this origin's, and the API answers the
 * console here whatever PUBLIC_URL says.
 */
const sameOrigin = (url: string) => {
  const parsed = new URL(url, location.origin);
  return `${location.origin}${parsed.pathname}${parsed.search}`;
};

/** Archives of the account's data: ask for one, watch it being built, download it while it is kept. */
export function Exports() {
  const exports = usePaged<AccountExport>((cursor) => api().account.listExports({ limit: EXPORT_PAGE, ...cursor }), []);
  const request = useAction(async () => {
    await api().account.createExport();
    exports.first();
    exports.reload();
  });
  const pending = exports.items.some((e) => e.status === 'pending');
  // A worker builds the archive; the list is read again every few seconds while one is being built.
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(exports.reload, 2000);
    return () => clearTimeout(timer);
  }, [pending, exports.data]);
  return (
    <section class="card" aria-labelledby="exports-heading">
      <h2 id="exports-heading">Data export</h2>
      <p>
        An archive (.tar.gz of JSON Lines files) of everything in the account, both modes: contacts, chats, messages, templates, webhooks, usage and the audit log. It is kept for a few days, then
        deleted.
      </p>
      <ErrorNotice error={request.error} />
      <Button variant="primary" onClick={() => void request.run()} busy={request.busy} busyLabel="Requesting…" disabled={pending}>
        {pending ? 'An export is being built…' : 'Export the account’s data'}
      </Button>
      <ErrorNotice error={exports.error} />
      {exports.loading && !exports.data ? (
        <Loading label="Loading exports…" />
      ) : exports.items.length === 0 && !exports.error ? (
        <Empty title="No exports yet">
          <p>Export the account’s data above; the download link shows here when it is ready.</p>
        </Empty>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">Exports</caption>
            <thead>
              <tr>
                <th scope="col">Requested</th>
                <th scope="col">Status</th>
                <th scope="col">Download</th>
              </tr>
            </thead>
            <tbody>
              {exports.items.map((item) => (
                <tr key={item.id}>
                  <td>{formatTime(item.created_at)}</td>
                  <td>
                    <span class={`status ${item.status}`} data-testid="export-status">
                      {STATUS_TEXT[item.status]}
                    </span>
                    {item.failure_reason && <div class="muted small">{item.failure_reason}</div>}
                  </td>
                  <td>
                    {item.status === 'ready' && item.download_url ? (
                      <>
                        <a href={sameOrigin(item.download_url)} download>
                          Download ({size(item.size)})
                        </a>
                        <div class="muted small">Until {formatTime(item.expires_at)}</div>
                      </>
                    ) : item.status === 'pending' ? (
                      <span class="muted">When it is ready</span>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager label="Exports" pageNumber={exports.pageNumber} hasNext={exports.hasNext} onNext={exports.next} onPrevious={exports.previous} />
    </section>
  );
}
