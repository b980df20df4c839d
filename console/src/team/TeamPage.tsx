import type { Invitation, Member } from '@parley/sdk';
import { useState } from 'preact/hooks';
import { atLeast } from '../api/roles';
import { api, getState, type Role } from '../api/session';
import { Button, Empty, ErrorNotice, Field, Form, formatTime, Loading, Notice, useAction, useLoad } from '../ui/components';
import { ConfirmRow } from '../ui/ConfirmRow';
import { PAGE_SIZE, Pager, usePaged } from '../ui/paging';

export const ROLE_TEXT: Record<Role, string> = {
  owner: 'Owner: everything, billing and erasing the account',
  admin: 'Admin: everything but owners and erasing',
  developer: 'Developer: keys, connections, messages',
  viewer: 'Viewer: reads only',
};
const ROLES: Role[] = ['viewer', 'developer', 'admin', 'owner'];

/** Roles `role` may hand out: only owners make owners. */
const grantable = (role: Role | undefined): Role[] => ROLES.filter((r) => r !== 'owner' || role === 'owner');

export function TeamPage() {
  const { session } = getState();
  const manager = atLeast(session?.role, 'admin');
  const members = usePaged<Member>((cursor) => api().members.list({ limit: PAGE_SIZE, ...cursor }), []);
  const invitations = useLoad(() => (manager ? api().members.listInvitations() : Promise.resolve(undefined)), [manager]);
  return (
    <>
      <p class="lead">
        Everyone who works in {session?.account.name}, and what each may do.{' '}
        {manager ? 'Invite people by email; they choose their own password.' : 'Owners and admins of the account invite people and change roles.'}
      </p>
      {manager && <Invite onInvited={invitations.reload} />}
      <section aria-labelledby="members-heading">
        <h2 id="members-heading">Members</h2>
        <ErrorNotice error={members.error} />
        {members.loading && !members.data ? (
          <Loading label="Loading members…" />
        ) : (
          <div class="table-wrap">
            <table class="stack">
              <thead>
                <tr>
                  <th scope="col">Email</th>
                  <th scope="col">Role</th>
                  <th scope="col">Joined</th>
                  {manager && (
                    <th scope="col">
                      <span class="visually-hidden">Actions</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {members.items.map((member) => (
                  <MemberRow key={member.id} member={member} manager={manager} onChanged={members.reload} />
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pager label="Members" pageNumber={members.pageNumber} hasNext={members.hasNext} onNext={members.next} onPrevious={members.previous} />
      </section>
      {manager && (
        <section aria-labelledby="invitations-heading">
          <h2 id="invitations-heading">Pending invitations</h2>
          <ErrorNotice error={invitations.error} />
          {invitations.loading && !invitations.data ? (
            <Loading label="Loading invitations…" />
          ) : invitations.data?.data.length === 0 ? (
            <Empty title="No pending invitations">
              <p>Invite someone above: they get an email with a link to join.</p>
            </Empty>
          ) : (
            // The API lists every pending invitation at once: they count against the plan's team size, so there are few.
            <div class="table-wrap">
              <table class="stack">
                <thead>
                  <tr>
                    <th scope="col">Email</th>
                    <th scope="col">Role</th>
                    <th scope="col">Status</th>
                    <th scope="col">Expires</th>
                    <th scope="col">
                      <span class="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {invitations.data?.data.map((invitation) => (
                    <InvitationRow key={invitation.id} invitation={invitation} onRevoked={invitations.reload} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </>
  );
}

function Invite({ onInvited }: { onInvited: () => void }) {
  const { session } = getState();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('developer');
  const [sent, setSent] = useState<string | undefined>(undefined);
  const invite = useAction(async () => {
    setSent(undefined);
    const invitation = await api().members.invite({ email: email.trim(), role });
    setEmail('');
    setSent(invitation.email);
    onInvited();
  });
  return (
    <Form class="card inline-form" aria-labelledby="invite-heading" onSubmit={() => void invite.run()}>
      <h2 id="invite-heading">Invite someone</h2>
      <div class="row">
        <Field label="Email">
          <input type="email" name="email" required autoComplete="off" value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        </Field>
        <Field label="Role">
          <select name="role" value={role} onChange={(e) => setRole(e.currentTarget.value as Role)}>
            {grantable(session?.role).map((r) => (
              <option key={r} value={r}>
                {ROLE_TEXT[r]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <ErrorNotice error={invite.error} />
      {sent && <Notice>An invitation is on its way to {sent}.</Notice>}
      <Button type="submit" variant="primary" busy={invite.busy} busyLabel="Inviting…">
        Send invitation
      </Button>
    </Form>
  );
}

function MemberRow({ member, manager, onChanged }: { member: Member; manager: boolean; onChanged: () => void }) {
  const { session } = getState();
  const me = member.id === session?.user.id;
  // Only owners change owners (and make them); the API refuses admins that.
  const controls = manager && (member.role !== 'owner' || session?.role === 'owner');
  const [role, setRole] = useState<Role>(member.role);
  const [confirming, setConfirming] = useState(false);
  const change = useAction(async (next: Role) => {
    setRole(next);
    try {
      await api().members.update(member.id, { role: next });
    } catch (error) {
      setRole(member.role);
      throw error;
    }
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
          {me && <span class="muted"> (you)</span>}
        </td>
        <td data-label="Role">
          {controls ? (
            <label>
              <span class="visually-hidden">Role of {member.email}</span>
              <select value={role} disabled={change.busy} onChange={(e) => void change.run(e.currentTarget.value as Role)}>
                {grantable(session?.role).map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            member.role
          )}
          {change.busy && <span class="muted"> Saving…</span>}
        </td>
        <td data-label="Joined">{formatTime(member.created_at)}</td>
        {manager && (
          <td>
            {controls && (
              <Button variant="danger" onClick={() => setConfirming(true)} aria-label={`Remove ${member.email}`}>
                Remove
              </Button>
            )}
          </td>
        )}
      </tr>
      <ConfirmRow
        colSpan={4}
        confirming={confirming}
        error={change.error ?? remove.error}
        message={me ? 'Leave this account? You are signed out of it at once.' : `Remove ${member.email} from the account? Their sessions in it end at once; their own user stays.`}
        confirmLabel={me ? 'Leave the account' : 'Remove member'}
        busy={remove.busy}
        onConfirm={() => void remove.run()}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}

function InvitationRow({ invitation, onRevoked }: { invitation: Invitation; onRevoked: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const revoke = useAction(async () => {
    await api().members.revokeInvitation(invitation.id);
    setConfirming(false);
    onRevoked();
  });
  return (
    <>
      <tr>
        <td>{invitation.email}</td>
        <td data-label="Role">{invitation.role}</td>
        <td data-label="Status">
          <span class={`status ${invitation.status}`}>{invitation.status}</span>
        </td>
        <td data-label="Expires">{formatTime(invitation.expires_at)}</td>
        <td>
          <Button variant="danger" onClick={() => setConfirming(true)} aria-label={`Revoke the invitation of ${invitation.email}`}>
            Revoke
          </Button>
        </td>
      </tr>
      <ConfirmRow
        colSpan={5}
        confirming={confirming}
        error={revoke.error}
        message={`Revoke the invitation of ${invitation.email}? Its link stops working.`}
        confirmLabel="Revoke invitation"
        busy={revoke.busy}
        onConfirm={() => void revoke.run()}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}
