import type { Invitation, Member } from '@parley/sdk';
import { useState } from 'preact/hooks';
import { api, canManageTeam, getState, type Role } from '../api/session';
import { Button, ConfirmRow, Empty, ErrorNotice, Field, Form, formatTime, Loading, Notice, Table, useAction, useLoad } from '../ui/components';
import { PAGE_SIZE, Pager, usePaged } from '../ui/paging';

const ROLES: Array<{ role: Role; says: string }> = [
  { role: 'viewer', says: 'Viewers read the account’s data.' },
  { role: 'developer', says: 'Developers also send messages and manage connections, keys and webhooks.' },
  { role: 'admin', says: 'Admins also manage the team and billing.' },
  { role: 'owner', says: 'Owners also make and unmake owners.' },
];

export function TeamPage() {
  const { session } = getState();
  const manager = canManageTeam(session?.role);
  const members = usePaged<Member>((cursor) => api().members.list({ limit: PAGE_SIZE, ...cursor }), []);
  const invitations = useLoad(() => (manager ? api().members.listInvitations() : Promise.resolve(undefined)), [manager]);
  return (
    <>
      <p class="lead">The people of {session?.account.name} and their roles. {ROLES.map((r) => r.says).join(' ')}</p>
      {manager && <InviteForm onInvited={invitations.reload} />}
      <section aria-labelledby="members-heading">
        <h2 id="members-heading">Members</h2>
        <ErrorNotice error={members.error} />
        {members.loading && !members.data ? (
          <Loading label="Loading members…" />
        ) : (
          <Table headers={['Email', 'Role', 'Joined', ...(manager ? [{ hidden: 'Actions' }] : [])]}>
            {members.items.map((member) => (
              <MemberRow key={member.id} member={member} manager={manager} self={member.id === session?.user.id} onChanged={members.reload} />
            ))}
          </Table>
        )}
        <Pager label="Members" pageNumber={members.pageNumber} hasNext={members.hasNext} onNext={members.next} onPrevious={members.previous} />
      </section>
      {manager && (
        <section aria-labelledby="invitations-heading">
          <h2 id="invitations-heading">Invitations</h2>
          <ErrorNotice error={invitations.error} />
          {invitations.loading && !invitations.data ? (
            <Loading label="Loading invitations…" />
          ) : (invitations.data?.data.length ?? 0) === 0 ? (
            <Empty title="No invitations">
              <p>Invite someone above: they get an email with a link to join, valid for 7 days.</p>
            </Empty>
          ) : (
            <Table headers={['Email', 'Role', 'Status', 'Sent', 'Expires', { hidden: 'Actions' }]}>
              {invitations.data?.data.map((invitation) => <InvitationRow key={invitation.id} invitation={invitation} onChanged={invitations.reload} />)}
            </Table>
          )}
        </section>
      )}
    </>
  );
}

function RoleSelect(props: { value: Role; onChange: (role: Role) => void; label: string; disabled?: boolean }) {
  return (
    <select aria-label={props.label} value={props.value} disabled={props.disabled} onChange={(e) => props.onChange(e.currentTarget.value as Role)}>
      {ROLES.map(({ role }) => (
        <option key={role} value={role}>
          {role}
        </option>
      ))}
    </select>
  );
}

function InviteForm({ onInvited }: { onInvited: () => void }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('developer');
  const [sent, setSent] = useState<string | undefined>(undefined);
  const invite = useAction(async () => {
    const invitation = await api().members.invite({ email, role });
    setSent(invitation.email);
    setEmail('');
    onInvited();
  });
  return (
    <Form class="card inline-form" aria-labelledby="invite-heading" onSubmit={() => void invite.run()}>
      <h2 id="invite-heading">Invite someone</h2>
      <div class="row">
        <Field label="Email">
          <input type="email" name="email" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        </Field>
        <Field label="Role">
          <RoleSelect label="Role" value={role} onChange={setRole} />
        </Field>
      </div>
      {sent && <Notice>An invitation is on its way to {sent}.</Notice>}
      <ErrorNotice error={invite.error} />
      <Button type="submit" variant="primary" busy={invite.busy} busyLabel="Inviting…">
        Send invitation
      </Button>
    </Form>
  );
}

function MemberRow({ member, manager, self, onChanged }: { member: Member; manager: boolean; self: boolean; onChanged: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const change = useAction(async (role: Role) => {
    await api().members.update(member.id, { role });
    onChanged();
  });
  const remove = useAction(async () => {
    await api().members.remove(member.id);
    setConfirming(false);
    onChanged();
  });
  return (
    <>
      <tr>
        <td>
          {member.email}
          {self && <span class="muted"> (you)</span>}
        </td>
        <td>{manager ? <RoleSelect label={`Role of ${member.email}`} value={member.role} disabled={change.busy} onChange={(role) => void change.run(role)} /> : member.role}</td>
        <td>{formatTime(member.created_at)}</td>
        {manager && (
          <td>
            <Button variant="danger" onClick={() => setConfirming(true)} aria-label={`Remove ${member.email}`}>
              Remove
            </Button>
          </td>
        )}
      </tr>
      <ConfirmRow
        colSpan={4}
        confirming={confirming}
        message={`Remove ${member.email} from the account? They are signed out of it at once.`}
        confirmLabel="Remove member"
        action={remove}
        onCancel={() => setConfirming(false)}
        error={change.error ?? remove.error}
      />
    </>
  );
}

function InvitationRow({ invitation, onChanged }: { invitation: Invitation; onChanged: () => void }) {
  const revoke = useAction(async () => {
    await api().members.revokeInvitation(invitation.id);
    onChanged();
  });
  return (
    <>
      <tr>
        <td>{invitation.email}</td>
        <td>{invitation.role}</td>
        <td>{invitation.status}</td>
        <td>{formatTime(invitation.created_at)}</td>
        <td>{formatTime(invitation.expires_at)}</td>
        <td>
          {invitation.status === 'pending' && (
            <Button onClick={() => void revoke.run()} busy={revoke.busy} busyLabel="Revoking…" aria-label={`Revoke the invitation of ${invitation.email}`}>
              Revoke
            </Button>
          )}
        </td>
      </tr>
      {revoke.error !== undefined && (
        <tr>
          <td colSpan={6}>
            <ErrorNotice error={revoke.error} />
          </td>
        </tr>
      )}
    </>
  );
}
