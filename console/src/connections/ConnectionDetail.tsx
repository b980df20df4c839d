import type { Connection } from '@parley/sdk';
import { useEffect, useState } from 'preact/hooks';
import { api, describeError, getState } from '../api/session';
import { Button, Confirm, ErrorNotice, Field, Form, formatTime, Loading, Notice, useAction, useLoad } from '../ui/components';
import { StreamStatus } from '../ui/StreamStatus';
import { useLiveConnection } from './live';
import { connectionLabel, REASON_TEXT, STATUS_TEXT } from './status';

/** One connection, live: its state, the QR code as it rotates, and what may be done with it. */
export function ConnectionDetail(props: {
  id: string;
  initial: Connection | undefined;
  writer: boolean;
  /** Fetches the list beside it again: after an action, and after the live view reconnected. */
  onChanged: () => void;
  /** Each state the stream brings, so that the list beside it shows the same. */
  onLive?: (connection: Connection) => void;
  /** After a delete from here, with what to tell the person. */
  onDeleted: (notice: string) => void;
}) {
  const { id, writer } = props;
  const [attempt, setAttempt] = useState(0);
  // Viewers may read a connection but not follow its stream (the API asks for a developer).
  const fetched = useLoad(() => (props.initial ? Promise.resolve(props.initial) : api().connections.retrieve(id)), [id]);
  const live = useLiveConnection(id, props.initial, writer, attempt, props.onChanged);
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
  const reason = connection.status_reason;
  return (
    <section class="card detail" aria-labelledby="detail-heading">
      <h2 id="detail-heading">{connectionLabel(connection)}</h2>
      {writer && (
        <StreamStatus
          state={live.live}
          liveText="Live: this view follows the connection as it changes."
          error={live.error}
          retryNow={live.retryNow}
          onReopen={() => setAttempt(attempt + 1)}
        />
      )}
      <dl class="facts">
        <dt>Status</dt>
        <dd>
          <span class={`status ${connection.status}`} data-testid="connection-status">
            {STATUS_TEXT[connection.status]}
          </span>
          {reason && (
            <span class="reason" data-testid="connection-reason">
              {' '}
              {REASON_TEXT[reason] ?? ''} <code>{reason}</code>
            </span>
          )}
        </dd>
        <dt>Number</dt>
        <dd>{connection.phone_number ?? 'Not linked yet'}</dd>
        <dt>Linked</dt>
        <dd>{formatTime(connection.linked_at)}</dd>
        <dt>Pace</dt>
        <dd data-testid="connection-pace">
          {connection.send_rate} messages a minute; {connection.new_contact_daily_limit ?? 'no limit on'} new conversations a day
        </dd>
        {connection.new_contacts_paused_until && (
          <>
            <dt>New conversations</dt>
            <dd>
              Paused until {formatTime(connection.new_contacts_paused_until)}: WhatsApp refused a new chat (error 463).
              {writer && <ResumeNewContacts connection={connection} onChanged={props.onChanged} />}
            </dd>
          </>
        )}
        <dt>Id</dt>
        <dd>
          <code>{connection.id}</code>
        </dd>
      </dl>
      {writer && connection.status === 'qr' && <QrPanel connection={connection} image={live.qrImage} expiresAt={live.qr?.expires_at} />}
      {writer && <Actions key={connection.id} connection={connection} onChanged={props.onChanged} onDeleted={props.onDeleted} />}
    </section>
  );
}

/** Ends a pause after error 463 now, instead of when it runs out. */
function ResumeNewContacts({ connection, onChanged }: { connection: Connection; onChanged: () => void }) {
  const resume = useAction(async () => {
    await api().connections.update(connection.id, { new_contacts_paused_until: null });
    onChanged();
  });
  return (
    <div class="resume">
      <Button onClick={() => void resume.run()} busy={resume.busy} busyLabel="Resuming…">
        Resume new conversations now
      </Button>
      <ErrorNotice error={resume.error} />
    </div>
  );
}

function QrPanel({ connection, image, expiresAt }: { connection: Connection; image: string | undefined; expiresAt: string | undefined }) {
  const { mode } = getState();
  const scan = useAction(async () => {
    await api().sandbox.scan(connection.id);
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
        <PairingCode connection={connection} sandbox={mode === 'test'} />
      </div>
    </div>
  );
}

/** Linking by a code typed on the phone instead of a scan; in test mode a simulated phone types it. */
function PairingCode({ connection, sandbox }: { connection: Connection; sandbox: boolean }) {
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState<string | undefined>(undefined);
  const pairing = useAction(async () => {
    setCode(undefined);
    setCode((await api().connections.requestPairingCode(connection.id, { phone_number: phone.trim() })).code);
  });
  const type = useAction(async () => {
    if (code) await api().sandbox.confirmCode(connection.id, { code });
  });
  return (
    <Form class="pairing" onSubmit={() => void pairing.run()}>
      <Field label="Or link with a code: the phone's number" hint="In international format, such as +14155550100.">
        <input name="phone_number" type="tel" autoComplete="tel" required value={phone} onInput={(e) => setPhone(e.currentTarget.value)} />
      </Field>
      <ErrorNotice error={pairing.error} />
      <Button type="submit" busy={pairing.busy} busyLabel="Asking…">
        Get a pairing code
      </Button>
      {code && (
        <div class="pairing-code">
          <Notice>
            Type <strong class="code" data-testid="pairing-code">{code.slice(0, 4)}-{code.slice(4)}</strong> on the phone: WhatsApp → Linked devices → Link
            with phone number instead.
          </Notice>
          {sandbox && (
            <>
              <ErrorNotice error={type.error} />
              <Button type="button" variant="primary" onClick={() => void type.run()} busy={type.busy} busyLabel="Typing the code…">
                Simulate typing the code
              </Button>
            </>
          )}
        </div>
      )}
    </Form>
  );
}

function Actions({ connection, onChanged, onDeleted }: { connection: Connection; onChanged: () => void; onDeleted: (notice: string) => void }) {
  const [confirm, setConfirm] = useState<'logout' | 'delete' | undefined>(undefined);
  const stopped = connection.status === 'logged_out' || connection.status === 'failed';
  const [restarted, setRestarted] = useState(false);
  const restart = useAction(async () => {
    setRestarted(false);
    await api().connections.restart(connection.id);
    setRestarted(true);
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
    onDeleted(`${connectionLabel(connection)} was deleted.`);
  });
  const ask = (what: 'logout' | 'delete') => {
    setRestarted(false);
    setConfirm(what);
  };
  return (
    <div class="actions-block">
      <h3>Manage</h3>
      <p class="muted">
        {stopped
          ? 'It is stopped: restart it to link it again (a logged-out connection shows a new QR code).'
          : 'Restart reconnects it to WhatsApp; log out unlinks the phone; delete removes the connection.'}
      </p>
      <div class="actions">
        <Button onClick={() => void restart.run()} busy={restart.busy} busyLabel="Restarting…">
          Restart
        </Button>
        {connection.status !== 'logged_out' && (
          <Button onClick={() => ask('logout')} aria-expanded={confirm === 'logout'}>
            Log out
          </Button>
        )}
        <Button variant="danger" onClick={() => ask('delete')} aria-expanded={confirm === 'delete'}>
          Delete
        </Button>
      </div>
      <ErrorNotice error={restart.error} />
      {restarted && !restart.busy && <Notice>Restarted: the status above follows it as it reconnects.</Notice>}
      {confirm === 'logout' && (
        <Confirm
          message={`Log ${connectionLabel(connection)} out of WhatsApp? You will need to scan a new QR code to use it again.`}
          confirmLabel="Log out"
          busy={logout.busy}
          onConfirm={() => void logout.run()}
          onCancel={() => setConfirm(undefined)}
        />
      )}
      <ErrorNotice error={logout.error} />
      {confirm === 'delete' && (
        <Confirm
          message={`Delete ${connectionLabel(connection)}? It is logged out and removed; its messages stay.`}
          confirmLabel="Delete connection"
          busy={remove.busy}
          onConfirm={() => void remove.run()}
          onCancel={() => setConfirm(undefined)}
        />
      )}
      <ErrorNotice error={remove.error} />
      <Pacing connection={connection} onChanged={onChanged} />
    </div>
  );
}

/**
 * How fast the number sends. The API checks the values (the form does not, so its message is the one shown) and
 * the form keeps what was typed when it refuses.
 */
function Pacing({ connection, onChanged }: { connection: Connection; onChanged: () => void }) {
  const [rate, setRate] = useState(String(connection.send_rate));
  const [daily, setDaily] = useState(connection.new_contact_daily_limit === null ? '' : String(connection.new_contact_daily_limit));
  const [saved, setSaved] = useState(false);
  const pace = useAction(async () => {
    setSaved(false);
    const updated = await api().connections.update(connection.id, {
      send_rate: Number(rate),
      new_contact_daily_limit: daily.trim() === '' ? null : Number(daily),
    });
    setRate(String(updated.send_rate));
    setDaily(updated.new_contact_daily_limit === null ? '' : String(updated.new_contact_daily_limit));
    setSaved(true);
    onChanged();
  });
  // The field the API named in its refusal.
  const invalid = pace.error === undefined ? undefined : describeError(pace.error).param;
  return (
    <Form class="pace" onSubmit={() => void pace.run()}>
      <h3>Pacing</h3>
      <div class="row">
        <Field label="Messages a minute" hint="1 to 60; sent with jitter to protect the number.">
          <input name="send_rate" inputMode="numeric" required aria-invalid={invalid === 'send_rate'} value={rate} onInput={(e) => (setRate(e.currentTarget.value), setSaved(false))} />
        </Field>
        <Field label="New conversations a day" hint="0 to 10,000; empty for no limit. Raise it slowly: WhatsApp bans numbers that message many strangers.">
          <input name="new_contact_daily_limit" inputMode="numeric" aria-invalid={invalid === 'new_contact_daily_limit'} value={daily} onInput={(e) => (setDaily(e.currentTarget.value), setSaved(false))} />
        </Field>
      </div>
      <ErrorNotice error={pace.error} />
      <Button type="submit" busy={pace.busy} busyLabel="Saving…">
        Save pacing
      </Button>
      {saved && <Notice>Pacing saved.</Notice>}
    </Form>
  );
}
