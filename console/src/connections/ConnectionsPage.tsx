import type { Connection } from '@parley/sdk';
import { useCallback, useState } from 'preact/hooks';
import { api, canWrite, getState } from '../api/session';
import { Button, Empty, ErrorNotice, Field, Form, Loading, Notice, useAction } from '../ui/components';
import { PAGE_SIZE, Pager, usePaged } from '../ui/paging';
import { navigate, useLocation } from '../ui/router';
import { ConnectionDetail } from './ConnectionDetail';
import { ConnectionItem } from './status';

export function ConnectionsPage() {
  const { session, mode } = getState();
  const writer = canWrite(session?.role);
  const { query } = useLocation();
  const selected = query.get('id');
  const list = usePaged<Connection>((cursor) => api().connections.list({ limit: PAGE_SIZE, ...cursor }), [mode]);
  // The open connection follows its event stream; its latest state wins over the list's, which was read before.
  const [followed, setFollowed] = useState<Connection | undefined>(undefined);
  const follow = useCallback((connection: Connection) => setFollowed(connection), []);
  // Said here, not through navigate()'s notice: that one is read when a page opens, and this page stays open.
  const [notice, setNotice] = useState<string | undefined>(undefined);
  return (
    <>
      <p class="lead">
        A connection is one WhatsApp number linked to Parley.{' '}
        {mode === 'test' ? 'In test mode it is a sandbox number: a simulated phone scans its QR code.' : 'Scan its QR code with WhatsApp on the phone: Settings → Linked devices.'}
      </p>
      {writer && (
        <CreateConnection
          onCreated={(connection) => {
            setNotice(undefined);
            list.first();
            list.reload();
            navigate(`/connections?id=${connection.id}`);
          }}
        />
      )}
      {notice && <Notice>{notice}</Notice>}
      <section aria-labelledby="connections-heading">
        <h2 id="connections-heading">Your {mode} connections</h2>
        <ErrorNotice error={list.error} />
        {list.loading && !list.data ? (
          <Loading label="Loading connections…" />
        ) : list.items.length === 0 && !list.error ? (
          <Empty title={`No ${mode} connections yet`}>
            {writer ? <p>Create one above, then scan its QR code to link a number.</p> : <p>A developer of this account can link a number.</p>}
          </Empty>
        ) : (
          <ul class="cards">
            {list.items.map((connection) => (
              <ConnectionItem
                key={connection.id}
                connection={followed?.id === connection.id ? followed : connection}
                selected={connection.id === selected}
              />
            ))}
          </ul>
        )}
        <Pager label="Connections" pageNumber={list.pageNumber} hasNext={list.hasNext} onNext={list.next} onPrevious={list.previous} />
      </section>
      {selected && (
        <ConnectionDetail
          key={selected}
          id={selected}
          initial={list.items.find((c) => c.id === selected)}
          writer={writer}
          onChanged={list.reload}
          onLive={follow}
          onDeleted={(text) => {
            setNotice(text);
            list.reload();
            navigate('/connections');
          }}
        />
      )}
    </>
  );
}

function CreateConnection({ onCreated }: { onCreated: (connection: Connection) => void }) {
  const [name, setName] = useState('');
  const create = useAction(async () => {
    const connection = await api().connections.create(name.trim() ? { name: name.trim() } : {});
    setName('');
    onCreated(connection);
  });
  return (
    <Form
      class="card inline-form"
      aria-labelledby="create-connection-heading"
      onSubmit={() => void create.run()}
    >
      <h2 id="create-connection-heading">Link a number</h2>
      <div class="row">
        <Field label="Name (optional)" hint="Such as “Support” or “Sales”.">
          <input name="name" maxLength={100} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </Field>
      </div>
      <ErrorNotice error={create.error} />
      <Button type="submit" variant="primary" busy={create.busy} busyLabel="Creating…">
        Create connection
      </Button>
    </Form>
  );
}
