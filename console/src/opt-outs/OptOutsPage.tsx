import type { OptOut } from '@parley/sdk';
import { useState } from 'preact/hooks';
import { api, canWrite, getState } from '../api/session';
import { Button, ConfirmRow, Empty, ErrorNotice, Field, FilterActions, Form, Link, Loading, Table, formatTime, useAction } from '../ui/components';
import { PAGE_SIZE, Pager, usePaged } from '../ui/paging';
import { navigate, useLocation } from '../ui/router';

/** The numbers that get no message from this mode: search by number, add one, remove one (confirmed). */
export function OptOutsPage() {
  const { session, mode } = getState();
  const writer = canWrite(session?.role);
  const phone = useLocation().query.get('phone_number') ?? '';
  const list = usePaged<OptOut>((cursor) => api().optOuts.list({ limit: PAGE_SIZE, ...(phone ? { phone_number: phone } : {}), ...cursor }), [mode, phone]);
  return (
    <>
      <p class="lead">Numbers that get no message in {mode} mode: sends to them are refused and bulk jobs skip them. A person is added when they reply with a STOP-style keyword.</p>
      <div class={writer ? 'two-up' : undefined}>
        <Search key={phone} phone={phone} />
        {writer && <AddOptOut onAdded={list.reload} />}
      </div>
      <section aria-labelledby="opt-outs-heading">
        <h2 id="opt-outs-heading">Opt-outs</h2>
        <ErrorNotice error={list.error} />
        {list.loading && !list.data ? (
          <Loading label="Loading opt-outs…" />
        ) : list.items.length === 0 && !list.error ? (
          <Empty title={phone ? 'No opt-out for that number' : `No ${mode} opt-outs yet`}>
            {phone ? (
              <p>
                <Link to="/opt-outs">Show every opt-out</Link>
              </p>
            ) : (
              <p>{writer ? 'Add a number above when someone asks not to be messaged.' : 'People who reply STOP appear here.'}</p>
            )}
          </Empty>
        ) : (
          <Table headers={['Phone number', 'Source', 'Added', ...(writer ? [{ hidden: 'Actions' }] : [])]}>
            {list.items.map((optOut) => (
              <OptOutRow key={optOut.id} optOut={optOut} writer={writer} onRemoved={list.reload} />
            ))}
          </Table>
        )}
        <Pager label="Opt-outs" pageNumber={list.pageNumber} hasNext={list.hasNext} onNext={list.next} onPrevious={list.previous} />
      </section>
    </>
  );
}

function Search({ phone }: { phone: string }) {
  const [draft, setDraft] = useState(phone);
  return (
    <Form class="card inline-form" aria-labelledby="search-heading" onSubmit={() => navigate(draft.trim() ? `/opt-outs?phone_number=${encodeURIComponent(draft.trim())}` : '/opt-outs')}>
      <h2 id="search-heading">Search</h2>
      <Field label="Phone number" hint="In any spelling.">
        <input name="phone_number" type="tel" value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
      </Field>
      <FilterActions submitLabel="Search" clearTo="/opt-outs" />
    </Form>
  );
}

function AddOptOut({ onAdded }: { onAdded: () => void }) {
  const [phone, setPhone] = useState('');
  const add = useAction(async () => {
    await api().optOuts.create({ phone_number: phone });
    setPhone('');
    onAdded();
  });
  return (
    <Form class="card inline-form" aria-labelledby="add-opt-out-heading" onSubmit={() => void add.run()}>
      <h2 id="add-opt-out-heading">Add an opt-out</h2>
      <Field label="Number to opt out" hint="International format, such as +14155550123.">
        <input name="new_phone_number" type="tel" required value={phone} onInput={(e) => setPhone(e.currentTarget.value)} />
      </Field>
      <ErrorNotice error={add.error} />
      <Button type="submit" variant="primary" busy={add.busy} busyLabel="Adding…">
        Add opt-out
      </Button>
    </Form>
  );
}

function OptOutRow({ optOut, writer, onRemoved }: { optOut: OptOut; writer: boolean; onRemoved: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const remove = useAction(async () => {
    await api().optOuts.delete(optOut.id);
    setConfirming(false);
    onRemoved();
  });
  return (
    <>
      <tr>
        <td>{optOut.phone_number}</td>
        <td>{optOut.source === 'keyword' ? `replied “${optOut.keyword ?? ''}”` : 'added'}</td>
        <td>{formatTime(optOut.created_at)}</td>
        {writer && (
          <td>
            <Button variant="danger" onClick={() => setConfirming(true)} aria-label={`Remove ${optOut.phone_number}`}>
              Remove
            </Button>
          </td>
        )}
      </tr>
      <ConfirmRow
        colSpan={4}
        confirming={confirming}
        message={`Remove ${optOut.phone_number} from the opt-out list? Messages to it will be sent again.`}
        confirmLabel="Remove opt-out"
        action={remove}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}
