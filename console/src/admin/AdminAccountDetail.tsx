import type { AccountFeature, AccountLimits, AdminAccount, AdminUpdateAccountRequest, FeatureName, Plan } from '@parley/sdk';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api/session';
import { Button, Confirm, ErrorNotice, Field, Form, formatTime, Link, Loading, Notice, useAction, useLoad } from '../ui/components';

const LIMITS: Array<{ key: keyof AccountLimits; label: string }> = [
  { key: 'messages_per_period', label: 'Messages a period' },
  { key: 'connections', label: 'Connections' },
  { key: 'api_keys', label: 'API keys' },
  { key: 'webhook_endpoints', label: 'Webhook endpoints' },
  { key: 'contacts', label: 'Contacts' },
  { key: 'bulk_job_recipients', label: 'Bulk job recipients' },
  { key: 'team_members', label: 'Team members' },
];

/** One account as the platform admin sees it: its figures, suspension, plan and limits, and features. */
export function AdminAccountDetail(props: { id: string; plans: Plan[]; onChanged: () => void; onClose: () => void }) {
  const account = useLoad(() => api().admin.retrieveAccount(props.id), [props.id]);
  // The detail opens above the list: its heading takes the focus (and scrolls into view) once it is there.
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = Boolean(account.data);
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);
  const changed = (next?: AdminAccount) => {
    if (next) account.setData(next);
    else account.reload();
    props.onChanged();
  };
  if (!account.data) {
    return (
      <section class="card" aria-label="Account">
        {account.loading ? <Loading label="Loading the account…" /> : <ErrorNotice error={account.error} />}
      </section>
    );
  }
  const a = account.data;
  return (
    <section class="card detail" aria-labelledby="account-heading">
      <div class="detail-head">
        <h2 id="account-heading" tabIndex={-1} ref={heading}>
          {a.name}
        </h2>
        <Button onClick={props.onClose}>Close</Button>
      </div>
      <dl class="facts">
        <dt>Status</dt>
        <dd>
          <span class={`status ${a.status}`} data-testid="account-status">
            {a.status === 'active' ? 'Active' : 'Suspended'}
          </span>
          {a.status_change && (
            <span class="muted">
              {' '}
              {a.status_change.status === 'suspended' ? 'suspended' : 'reactivated'} {formatTime(a.status_change.at)}
              {a.status_change.by && ` by ${a.status_change.by.email}`}
              {a.status_change.reason && `: “${a.status_change.reason}”`}
            </span>
          )}
        </dd>
        <dt>Id</dt>
        <dd>
          <code>{a.id}</code>
        </dd>
        <dt>Owner</dt>
        <dd>{a.owner?.email ?? 'No members'}</dd>
        <dt>Members</dt>
        <dd>{a.member_count}</dd>
        <dt>Plan</dt>
        <dd>{a.plan.name}</dd>
        <dt>Messages this period</dt>
        <dd>
          {a.usage.messages.live.toLocaleString()} live, {a.usage.messages.test.toLocaleString()} test, of {a.usage.messages.limit.toLocaleString()} each
        </dd>
        <dt>Period</dt>
        <dd>
          {formatTime(a.period.start)} to {formatTime(a.period.end)}
        </dd>
        <dt>Connections</dt>
        <dd>
          {a.connections.total} in all: {a.connections.connected} connected, {a.connections.disconnected} disconnected, {a.connections.qr + a.connections.pending + a.connections.connecting} linking,{' '}
          {a.connections.logged_out + a.connections.failed} logged out or failed
        </dd>
        <dt>Owners need two-factor</dt>
        <dd>{a.require_owner_two_factor ? 'Yes' : 'No'}</dd>
        <dt>Created</dt>
        <dd>{formatTime(a.created_at)}</dd>
        <dt>Last activity</dt>
        <dd>{formatTime(a.last_activity_at)}</dd>
        <dt>Admin history</dt>
        <dd>
          <Link to={`/admin/audit-log?account_id=${a.id}`}>What platform admins changed here</Link>
        </dd>
      </dl>
      <Suspension account={a} onChanged={changed} />
      <PlanAndLimits account={a} plans={props.plans} onChanged={() => changed()} />
      <Features id={a.id} />
    </section>
  );
}

function Suspension({ account, onChanged }: { account: AdminAccount; onChanged: (next: AdminAccount) => void }) {
  const suspended = account.status === 'suspended';
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const act = useAction(async () => {
    const next = suspended
      ? await api().admin.unsuspendAccount(account.id, reason.trim() ? { reason: reason.trim() } : {})
      : await api().admin.suspendAccount(account.id, { reason: reason.trim() });
    setConfirming(false);
    setReason('');
    onChanged(next);
  });
  return (
    <Form class="actions-block" aria-labelledby="suspension-heading" onSubmit={() => setConfirming(true)}>
      <h3 id="suspension-heading">{suspended ? 'Lift the suspension' : 'Suspend'}</h3>
      <p class="muted">
        {suspended
          ? 'Its keys and sessions work again; the connections and bulk jobs the suspension stopped start again.'
          : 'Its keys and sessions are refused at once, its connections stop and its bulk jobs pause.'}
      </p>
      <div class="row">
        <Field label={suspended ? 'Reason (optional)' : 'Reason'} hint="Kept with the change; platform admins see it, the account does not.">
          <input name="reason" required={!suspended} maxLength={500} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
        </Field>
      </div>
      {!confirming && (
        <Button type="submit" variant={suspended ? 'primary' : 'danger'}>
          {suspended ? 'Unsuspend…' : 'Suspend…'}
        </Button>
      )}
      {confirming && (
        <Confirm
          message={suspended ? `Lift the suspension of ${account.name}?` : `Suspend ${account.name} now? Everyone using it is stopped until you lift it.`}
          confirmLabel={suspended ? 'Unsuspend the account' : 'Suspend the account'}
          busy={act.busy}
          onConfirm={() => void act.run()}
          onCancel={() => setConfirming(false)}
        />
      )}
      <ErrorNotice error={act.error} />
    </Form>
  );
}

function PlanAndLimits({ account, plans, onChanged }: { account: AdminAccount; plans: Plan[]; onChanged: () => void }) {
  const [plan, setPlan] = useState(account.plan.id);
  const [limits, setLimits] = useState<Record<string, string>>(() =>
    Object.fromEntries(LIMITS.map(({ key }) => [key, account.limit_overrides[key] === undefined ? '' : String(account.limit_overrides[key])])),
  );
  const [saved, setSaved] = useState(false);
  const chosen = plans.find((p) => p.id === plan) ?? account.plan;
  const save = useAction(async () => {
    setSaved(false);
    const body: AdminUpdateAccountRequest = {
      ...(plan !== account.plan.id ? { plan } : {}),
      limits: Object.fromEntries(LIMITS.map(({ key }) => [key, limits[key]?.trim() ? Number(limits[key]) : null])),
    };
    await api().admin.updateAccount(account.id, body);
    setSaved(true);
    onChanged();
  });
  return (
    <Form class="actions-block" aria-labelledby="plan-heading" onSubmit={() => void save.run()}>
      <h3 id="plan-heading">Plan and limits</h3>
      <div class="row">
        <Field label="Plan" hint="When Stripe billing is on, the account's next subscription change sets it again.">
          <select name="plan" value={plan} onChange={(e) => setPlan(e.currentTarget.value)}>
            {(plans.length ? plans : [account.plan]).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <p class="muted">Leave a limit empty to use the plan's. Lowering one removes nothing; new additions are refused until use is below it.</p>
      <div class="row limits">
        {LIMITS.map(({ key, label }) => (
          <Field key={key} label={label} hint={`Plan: ${chosen.limits[key].toLocaleString()}`}>
            <input
              name={key}
              type="number"
              min={0}
              inputMode="numeric"
              value={limits[key]}
              onInput={(e) => setLimits({ ...limits, [key]: e.currentTarget.value })}
            />
          </Field>
        ))}
      </div>
      <ErrorNotice error={save.error} />
      {saved && <Notice>Saved.</Notice>}
      <Button type="submit" busy={save.busy} busyLabel="Saving…">
        Save plan and limits
      </Button>
    </Form>
  );
}

function Features({ id }: { id: string }) {
  const features = useLoad(() => api().admin.listAccountFeatures(id), [id]);
  const [pending, setPending] = useState<FeatureName | undefined>(undefined);
  const replace = (feature: FeatureName, change: (f: AccountFeature) => AccountFeature) =>
    features.setData((list) => list && { ...list, data: list.data.map((f) => (f.feature === feature ? change(f) : f)) });
  const set = useAction(async (feature: FeatureName, enabled: boolean) => {
    // The box shows the new value at once; the answer (or a refusal) settles it.
    replace(feature, (f) => ({ ...f, enabled }));
    setPending(feature);
    try {
      const next = await api().admin.setAccountFeature(id, feature, { enabled });
      replace(feature, () => next);
    } catch (error) {
      replace(feature, (f) => ({ ...f, enabled: !enabled }));
      throw error;
    } finally {
      setPending(undefined);
    }
  });
  return (
    <section class="actions-block" aria-labelledby="features-heading">
      <h3 id="features-heading">Features</h3>
      <ErrorNotice error={features.error ?? set.error} />
      {features.loading && !features.data ? (
        <Loading label="Loading features…" />
      ) : (
        <ul class="cards">
          {features.data?.data.map((feature) => (
            <li key={feature.feature}>
              <label class="check">
                <input
                  type="checkbox"
                  checked={feature.enabled}
                  disabled={set.busy}
                  onChange={(e) => void set.run(feature.feature, e.currentTarget.checked)}
                />
                <code>{feature.feature}</code>
              </label>
              <span>{feature.description}</span>
              <span class="muted">
                {pending === feature.feature
                  ? 'Saving…'
                  : feature.set_by
                    ? `Set by ${feature.set_by.email} ${formatTime(feature.set_at)}`
                    : `Default (${feature.default ? 'on' : 'off'})`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
