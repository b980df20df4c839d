import type { Connection } from '@parley/sdk';
import { useEffect, useState } from 'preact/hooks';
import { api, getState } from '../api/session';
import { Button, Confirm, ErrorNotice, Field, Form, formatTime, Loading, Notice, useAction, useLoad } from '../ui/components';
import { navigate } from '../ui/router';
import { useLiveConnection } from './live';
import { connectionLabel, STATUS_TEXT } from './status';

/** One connection, live: its state, the QR code as it rotates, and what may be done with it. */
export function ConnectionDetail(props: {
  id: string;
  initial: Connection | undefined;
  writer: boolean;
  onChanged: () => void;
  /** Each state the stream brings, so that the list beside it shows the same. */
  onLive?: (connection: Connection) => void;
}) {
  const { id, writer } = props;
  const [attempt, setAttempt] = useState(0);
  // Viewers may read a connection but not follow its stream (the API asks for a developer).
  const fetched = useLoad(() => (props.initial ? Promise.resolve(props.initial) : api().connections.retrieve(id)), [id]);
  const live = useLiveConnection(id, props.initial, writer, attempt);
  const connection = live.connection ?? fetched.data;
  const { onLive } = props;
  useEffect(() => {
    if (live.connection) onLive?.(live.connection);
  }, [live.connection, onLive]);
  if (!connection) {
    return (
      <section class="card detail" aria-label="Connection">
        {fetched.loading ? <Loading label="Loading the connection…" /> : <ErrorNotice error={fetched.error} />}
      </section>
    );
  }
  if (live.deleted) {
    return (
      <section class="card detail" aria-label="Connection">
        <Notice>The connection {connectionLabel(connection)} was deleted.</Notice>
      </section>
    );
  }
  return (
    <section class="card detail" aria-labelledby="detail-heading">
      <h2 id="detail-heading">{connectionLabel(connection)}</h2>
      <dl class="facts">
        <dt>Status</dt>
        <dd>
          <span class={`status ${connection.status}`} data-testid="connection-status">
            {STATUS_TEXT[connection.status]}
          </span>
          {connection.status_reason && (
            <>
              {' '}(<code>{connection.status_reason}</code>)
            </>
          )}
        </dd>
        <dt>Number</dt>
        <dd>{connection.phone_number ?? 'Not linked yet'}</dd>
        <dt>Linked</dt>
        <dd>{formatTime(connection.linked_at)}</dd>
        <dt>Pace</dt>
        <dd>
          {connection.send_rate} messages a minute; {connection.new_contact_daily_limit ?? 'no limit on'} new conversations a day
        </dd>
        <dt>Id</dt>
        <dd>
          <code>{connection.id}</code>
        </dd>
      </dl>
      {writer && (
        <p class="live-state" role="status">
          {live.live === 'open' ? 'Live: this view follows the connection as it changes.' : live.live === 'opening' ? 'Opening the live view…' : 'Live view closed.'}
        </p>
      )}
      {live.error !== undefined && (
        <div>
          <ErrorNotice error={live.error} />
          <Button onClick={() => setAttempt(attempt + 1)}>Reconnect the live view</Button>
        </div>
      )}
      {writer && connection.status === 'qr' && <QrPanel connection={connection} image={live.qrImage} expiresAt={live.qr?.expires_at} />}
      {writer && <Actions connection={connection} onChanged={props.onChanged} />}
    </section>
  );
}

function QrPanel({ connection, image, expiresAt }: { connection: Connection; image: string | undefined; expiresAt: string | undefined }) {
  const { mode } = getState();
  const scan = useAction(async () => {
    await api().sandbox.scan(connection.id);
  });
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState<string | undefined>(undefined);
  const pairing = useAction(async () => {
    setCode((await api().connections.requestPairingCode(connection.id, { phone_number: phone })).code);
  });
  return (
    <div class="qr-panel">
      <div class="qr">
        {image ? (
          <img src={image} alt="QR code to scan with WhatsApp" width={264} height={264} data-testid="qr" />
        ) : (
          <Loading label="Waiting for the QR code…" />
        )}
        {expiresAt && <p class="muted">It changes by itself before {new Date(expiresAt).toLocaleTimeString()}.</p>}
      </div>
      <div class="qr-help">
        {mode === 'test' ? (
          <>
            <p>This is a sandbox connection: no phone can scan it, a simulated one does.</p>
            <ErrorNotice error={scan.error} />
            <Button variant="primary" onClick={() => void scan.run()} busy={scan.busy} busyLabel="Scanning…">
              Simulate scan
            </Button>
          </>
        ) : (
          <ol>
            <li>Open WhatsApp on the phone.</li>
            <li>Settings → Linked devices → Link a device.</li>
            <li>Point the phone at this code.</li>
          </ol>
        )}
        <Form
          class="pairing"
          onSubmit={() => void pairing.run()}
        >
          <Field label="Or link with a code: the phone's number" hint="In international format, such as +14155550100.">
            <input name="phone_number" type="tel" required value={phone} onInput={(e) => setPhone(e.currentTarget.value)} />
          </Field>
          <ErrorNotice error={pairing.error} />
          <Button type="submit" busy={pairing.busy} busyLabel="Asking…">
            Get a pairing code
          </Button>
          {code && (
            <Notice>
              Type <strong class="code">{code.slice(0, 4)}-{code.slice(4)}</strong> on the phone: WhatsApp → Linked devices → Link with phone number instead.
            </Notice>
          )}
        </Form>
      </div>
    </div>
  );
}

function Actions({ connection, onChanged }: { connection: Connection; onChanged: () => void }) {
  const [confirm, setConfirm] = useState<'logout' | 'delete' | undefined>(undefined);
  const restart = useAction(async () => {
    await api().connections.restart(connection.id);
    onChanged();
  });
  const logout = useAction(async () => {
    await api().connections.logout(connection.id);
    setConfirm(undefined);
    onChanged();
  });
  const remove = useAction(async () => {
    await api().connections.delete(connection.id);
    setConfirm(undefined);
    onChanged();
    navigate('/connections', { notice: `${connectionLabel(connection)} was deleted.` });
  });
  const [rate, setRate] = useState(String(connection.send_rate));
  const [daily, setDaily] = useState(connection.new_contact_daily_limit === null ? '' : String(connection.new_contact_daily_limit));
  const pace = useAction(async () => {
    await api().connections.update(connection.id, { send_rate: Number(rate), new_contact_daily_limit: daily === '' ? null : Number(daily) });
    onChanged();
  });
  return (
    <div class="actions-block">
      <h3>Manage</h3>
      <div class="actions">
        <Button onClick={() => void restart.run()} busy={restart.busy} busyLabel="Restarting…">
          Restart
        </Button>
        {connection.status !== 'logged_out' && <Button onClick={() => setConfirm('logout')}>Log out</Button>}
        <Button variant="danger" onClick={() => setConfirm('delete')}>
          Delete
        </Button>
      </div>
      <ErrorNotice error={restart.error ?? logout.error ?? remove.error} />
      {confirm === 'logout' && (
        <Confirm
          message={`Log ${connectionLabel(connection)} out of WhatsApp? You will need to scan a new QR code to use it again.`}
          confirmLabel="Log out"
          busy={logout.busy}
          onConfirm={() => void logout.run()}
          onCancel={() => setConfirm(undefined)}
        />
      )}
      {confirm === 'delete' && (
        <Confirm
          message={`Delete ${connectionLabel(connection)}? It is logged out and removed; its messages stay.`}
          confirmLabel="Delete connection"
          busy={remove.busy}
          onConfirm={() => void remove.run()}
          onCancel={() => setConfirm(undefined)}
        />
      )}
      <Form
        class="pace"
        onSubmit={() => void pace.run()}
      >
        <h3>Pacing</h3>
        <div class="row">
          <Field label="Messages a minute" hint="1 to 60; sent with jitter to protect the number.">
            <input name="send_rate" type="number" min={1} max={60} required value={rate} onInput={(e) => setRate(e.currentTarget.value)} />
          </Field>
          <Field label="New conversations a day" hint="Empty for no limit.">
            <input name="new_contact_daily_limit" type="number" min={0} max={10000} value={daily} onInput={(e) => setDaily(e.currentTarget.value)} />
          </Field>
        </div>
        <ErrorNotice error={pace.error} />
        <Button type="submit" busy={pace.busy} busyLabel="Saving…">
          Save pacing
        </Button>
      </Form>
    </div>
  );
}
