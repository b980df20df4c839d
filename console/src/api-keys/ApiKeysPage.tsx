import type { ApiKey, ApiKeyWithSecret } from '@parley/sdk';
import { useState } from 'preact/hooks';
import { api, canWrite, getState } from '../api/session';
import { Button, ConfirmRow, Empty, ErrorNotice, Field, Form, formatTime, Loading, Notice, Table, useAction } from '../ui/components';
import { PAGE_SIZE, Pager, usePaged } from '../ui/paging';
import { takeRevealed } from './reveal';

export function ApiKeysPage() {
  const { session, mode } = getState();
  const writer = canWrite(session?.role);
  const [revealed, setRevealed] = useState<ApiKeyWithSecret | undefined>(takeRevealed);
  const keys = usePaged<ApiKey>((cursor) => api().apiKeys.list({ limit: PAGE_SIZE, ...cursor }), [mode]);
  return (
    <>
      <p class="lead">API keys let your code call Parley. Test keys drive the sandbox; live keys send real WhatsApp messages.</p>
      {revealed && <RevealedKey apiKey={revealed} onDone={() => setRevealed(undefined)} />}
      {writer && (
        <CreateKey
          mode={mode}
          onCreated={(key) => {
            setRevealed(key);
            keys.first();
            keys.reload();
          }}
        />
      )}
      <section aria-labelledby="keys-heading">
        <h2 id="keys-heading">Keys</h2>
        <ErrorNotice error={keys.error} />
        {keys.loading && !keys.data ? (
          <Loading label="Loading keys…" />
        ) : keys.items.length === 0 && !keys.error ? (
          <Empty title="No API keys yet">{writer ? <p>Create one above to call the API from your code.</p> : <p>A developer of this account can create one.</p>}</Empty>
        ) : (
          <Table headers={['Name', 'Key', 'Mode', 'Scope', 'Created', 'Last used', ...(writer ? [{ hidden: 'Actions' }] : [])]}>
            {keys.items.map((key) => (
              <KeyRow key={key.id} apiKey={key} writer={writer} onRevoked={keys.reload} />
            ))}
          </Table>
        )}
        <Pager label="Keys" pageNumber={keys.pageNumber} hasNext={keys.hasNext} onNext={keys.next} onPrevious={keys.previous} />
      </section>
    </>
  );
}

function CreateKey({ mode, onCreated }: { mode: 'test' | 'live'; onCreated: (key: ApiKeyWithSecret) => void }) {
  const [name, setName] = useState('');
  const [scope, setScope] = useState<'full' | 'read_only'>('full');
  const create = useAction(async () => {
    const key = await api().apiKeys.create({ name, mode, scope });
    setName('');
    onCreated(key);
  });
  return (
    <Form
      class="card inline-form"
      aria-labelledby="create-key-heading"
      onSubmit={() => void create.run()}
    >
      <h2 id="create-key-heading">Create a {mode} key</h2>
      <div class="row">
        <Field label="Name" hint="What uses it, such as “Billing service”.">
          <input name="name" required maxLength={100} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </Field>
        <Field label="Access">
          <select name="scope" value={scope} onChange={(e) => setScope(e.currentTarget.value as 'full' | 'read_only')}>
            <option value="full">Full (acts as a developer)</option>
            <option value="read_only">Read only (acts as a viewer)</option>
          </select>
        </Field>
      </div>
      <ErrorNotice error={create.error} />
      <Button type="submit" variant="primary" busy={create.busy} busyLabel="Creating…">
        Create key
      </Button>
    </Form>
  );
}

function RevealedKey({ apiKey, onDone }: { apiKey: ApiKeyWithSecret; onDone: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'no' | undefined>(undefined);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(apiKey.secret);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };
  return (
    <section class="card reveal" aria-labelledby="reveal-heading">
      <h2 id="reveal-heading">Your new key “{apiKey.name}”</h2>
      <p>
        Copy it now: this is the only time Parley shows it. Parley keeps only a hash, so it cannot show it again.
      </p>
      <div class="secret-row">
        <input class="secret" readOnly aria-label="Secret key" value={apiKey.secret} data-testid="secret" onFocus={(e) => e.currentTarget.select()} />
        <Button variant="primary" onClick={() => void copy()}>
          Copy
        </Button>
      </div>
      {copied === 'yes' && <Notice>Copied to the clipboard.</Notice>}
      {copied === 'no' && <Notice>This browser did not allow copying: select the key above and copy it by hand.</Notice>}
      <Button onClick={onDone}>I have stored it</Button>
    </section>
  );
}

function KeyRow({ apiKey, writer, onRevoked }: { apiKey: ApiKey; writer: boolean; onRevoked: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const revoke = useAction(async () => {
    await api().apiKeys.revoke(apiKey.id);
    setConfirming(false);
    onRevoked();
  });
  return (
    <>
      <tr>
        <td>{apiKey.name}</td>
        <td>
          <code>
            {apiKey.prefix}…{apiKey.last4}
          </code>
        </td>
        <td>
          <span class={`badge ${apiKey.mode}`}>{apiKey.mode}</span>
        </td>
        <td>{apiKey.scope === 'read_only' ? 'Read only' : 'Full'}</td>
        <td>{formatTime(apiKey.created_at)}</td>
        <td>{apiKey.last_used_at ? formatTime(apiKey.last_used_at) : 'Never'}</td>
        {writer && (
          <td>
            <Button variant="danger" onClick={() => setConfirming(true)} aria-label={`Revoke ${apiKey.name}`}>
              Revoke
            </Button>
          </td>
        )}
      </tr>
      <ConfirmRow
        colSpan={7}
        confirming={confirming}
        message={`Revoke “${apiKey.name}”? Requests made with it fail from now on; this cannot be undone.`}
        confirmLabel="Revoke key"
        action={revoke}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}
