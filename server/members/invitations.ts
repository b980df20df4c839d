import type { components } from '../generated/openapi.js';
import { AccountRow, MembershipRow, UserRow } from '../accounts/models.js';
import { verifyPassword } from '../auth/passwords.js';
import { roleAllows, type Role } from '../auth/roles.js';
import { createSession, presentSession } from '../auth/sessions.js';
import { normalizeEmail } from '../auth/signup.js';
import { queueEmail } from '../email/outbox.js';
import { lockTeam } from './members.js';
import { admitCount } from '../usage/limits.js';
import { personOf, type Actor } from '../platform/actor.js';
import { randomToken, sha256Hex } from '../platform/crypto.js';
import type { Transaction } from '../platform/db/database.js';
import { conflict, forbidden, invalidRequest, notFound, unauthenticated } from '../platform/http/errors.js';
import type { CookieInstruction } from '../platform/http/route.js';
import { newId } from '../platform/ids.js';
import { writeAuditEntry } from '../audit/record.js';
import type { Services } from '../platform/services.js';

type Schemas = components['schemas'];

export interface InvitationRow {
  id: string;
  account_id: string;
  email: string;
  role: Role;
  token_hash: string;
  invited_by: string | null;
  created_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
  accepted_by: string | null;
  revoked_at: Date | null;
}

const statusOf = (row: InvitationRow): Schemas['Invitation']['status'] =>
  row.accepted_at ? 'accepted' : row.revoked_at ? 'revoked' : row.expires_at.getTime() <= Date.now() ? 'expired' : 'pending';

export function presentInvitation(row: InvitationRow): Schemas['Invitation'] {
  return {
    id: row.id,
    object: 'invitation',
    email: row.email,
    role: row.role,
    status: statusOf(row),
    invited_by: row.invited_by,
    created_at: row.created_at.toISOString(),
    expires_at: row.expires_at.toISOString(),
    accepted_at: row.accepted_at?.toISOString() ?? null,
  };
}

const AGAIN = 'Ask an owner or admin of the account for a new invitation.';

/**
 * Invites a person by email to join the account with a role. A pending invitation to the same address is
 * replaced (its link stops working): inviting again resends. Members and pending invitations together count
 * against the plan's team_members limit.
 */
export async function createInvitation(
  trx: Transaction,
  services: Services,
  actor: Actor,
  input: Schemas['CreateInvitationRequest'],
): Promise<Schemas['Invitation']> {
  const { userId } = personOf(actor, 'Invitations are sent by a person: sign in to the console.');
  const email = normalizeEmail(input.email);
  if (input.role === 'owner' && !roleAllows(actor.role, 'owner')) {
    throw forbidden('insufficient_role', `Your role in this account is ${actor.role}; only an owner invites owners.`);
  }
  const member = await MembershipRow.query(trx).join('users', 'users.id', 'memberships.user_id').where('users.email', email).first();
  if (member) throw conflict('already_member', `${email} is already a member of this account; change their role with PATCH /v1/members/${member.user_id}.`, 'email');
  // Team size is one figure for the account, whatever the session's mode: invitations and membership changes
  // of one account run one at a time.
  await lockTeam(trx);
  const now = new Date();
  await trx('invitations').where({ email }).whereNull('accepted_at').whereNull('revoked_at').update({ revoked_at: now });
  await admitCount(
    trx,
    services.config,
    { accountId: actor.accountId, mode: actor.mode },
    'team_members',
    async () => {
      const members = Number((await trx('memberships').count({ n: '*' }).first())?.n ?? 0);
      const pending = Number((await trx('invitations').whereNull('accepted_at').whereNull('revoked_at').where('expires_at', '>', now).count({ n: '*' }).first())?.n ?? 0);
      return members + pending;
    },
    { remedy: 'Remove a member or revoke a pending invitation, or' },
  );
  const token = randomToken(43);
  const days = services.config.INVITATION_TTL_DAYS;
  const [row] = (await trx('invitations')
    .insert({
      id: newId('invitation'),
      account_id: actor.accountId,
      email,
      role: input.role,
      token_hash: sha256Hex(token),
      invited_by: userId,
      expires_at: new Date(now.getTime() + days * 86_400_000),
    })
    .returning('*')) as InvitationRow[];
  const account = await AccountRow.query(trx).findById(actor.accountId).throwIfNotFound();
  const inviter = await UserRow.query(trx).findById(userId);
  await queueEmail(trx, services, {
    kind: 'invitation',
    to: email,
    subject: `You are invited to ${account.name} on Parley`,
    text: [
      `${inviter?.email ?? 'A member'} invited you to join ${account.name} on Parley as ${input.role === 'admin' ? 'an' : 'a'} ${input.role}.`,
      `Accept within ${days} days by opening this link:`,
      '',
      `${services.config.publicUrl}/console/accept-invitation?token=${encodeURIComponent(token)}`,
      '',
      'Or send the token to the API with a password (your existing Parley password, if this address already has one):',
      `  POST /v1/members/invitations/accept  {"token": "${token}", "password": "..."}`,
      '',
      'If you do not know why you got this, ignore it.',
    ].join('\n'),
  });
  return presentInvitation(row!);
}

export async function listInvitations(trx: Transaction): Promise<Schemas['InvitationList']> {
  const rows = (await trx('invitations').whereNull('accepted_at').whereNull('revoked_at').orderBy('id', 'desc').limit(1000)) as InvitationRow[];
  return { object: 'list', data: rows.map(presentInvitation), has_more: false };
}

export async function revokeInvitation(trx: Transaction, id: string): Promise<Schemas['Invitation']> {
  const row = (await trx('invitations').where({ id }).forUpdate().first()) as InvitationRow | undefined;
  if (!row) throw notFound('invitation', id);
  if (row.accepted_at) throw conflict('invitation_accepted', `Invitation ${id} was accepted; remove the member with DELETE /v1/members/${row.accepted_by} instead.`);
  const [revoked] = (await trx('invitations').where({ id }).update({ revoked_at: row.revoked_at ?? new Date() }).returning('*')) as InvitationRow[];
  return presentInvitation(revoked!);
}

export interface CheckedAcceptance {
  invitation: InvitationRow;
  /** The person's user, when the address already has one (the password was theirs). */
  user: UserRow | undefined;
  /** For a new user: the password, hashed. */
  passwordHash: string | undefined;
}

/**
 * Before the transaction (argon2 is slow): the token must name a pending invitation, and the password must
 * be the existing user's, or becomes the new user's.
 */
export async function checkAcceptance(services: Services, input: Schemas['AcceptInvitationRequest'], hash: (password: string) => Promise<string>): Promise<CheckedAcceptance> {
  const invitation = (await services.db.systemPool('invitations').where({ token_hash: sha256Hex(input.token) }).first()) as InvitationRow | undefined;
  assertPending(invitation);
  const user = await UserRow.query(services.db.systemPool).findOne({ email: invitation.email });
  if (user) {
    if (!(await verifyPassword(user.password_hash, input.password))) {
      throw unauthenticated('invalid_credentials', `${invitation.email} already has a Parley user: send its password to accept (or reset it with POST /v1/auth/password-reset).`);
    }
    return { invitation, user, passwordHash: undefined };
  }
  return { invitation, user: undefined, passwordHash: await hash(input.password) };
}

function assertPending(invitation: InvitationRow | undefined): asserts invitation is InvitationRow {
  if (!invitation) throw invalidRequest('token_invalid', `This invitation link is not valid: check it was copied whole. ${AGAIN}`, 'token');
  if (invitation.accepted_at) throw invalidRequest('token_used', `This invitation was already accepted; sign in with POST /v1/auth/login.`, 'token');
  if (invitation.revoked_at) throw invalidRequest('token_revoked', `This invitation was withdrawn or replaced by a newer one. ${AGAIN}`, 'token');
  if (invitation.expires_at.getTime() <= Date.now()) throw invalidRequest('token_expired', `This invitation expired at ${invitation.expires_at.toISOString()}. ${AGAIN}`, 'token');
}

/**
 * Accepts: creates the user if the address has none, adds the membership, and opens a session in the
 * inviting account. The address counts as verified (the link reached it). Runs as the system role.
 */
export async function acceptInvitation(
  trx: Transaction,
  services: Services,
  checked: CheckedAcceptance,
  request: { ip: string; userAgent: string | undefined; requestId: string },
): Promise<{ session: Schemas['Session']; cookie: CookieInstruction }> {
  const invitation = (await trx('invitations').where({ id: checked.invitation.id }).forUpdate().first()) as InvitationRow | undefined;
  assertPending(invitation);
  const now = new Date();
  let userId = checked.user?.id;
  if (!userId) {
    const inserted = (await trx('users')
      .insert({ id: newId('user'), email: invitation.email, password_hash: checked.passwordHash, email_verified_at: now })
      .onConflict('email')
      .ignore()
      .returning('id')) as Array<{ id: string }>;
    if (inserted.length === 0) throw conflict('concurrent_update', 'A user with this address was created meanwhile; send the request again.');
    userId = inserted[0]!.id;
  } else {
    await trx('users').where({ id: userId }).whereNull('email_verified_at').update({ email_verified_at: now });
  }
  const added = (await trx('memberships')
    .insert({ account_id: invitation.account_id, user_id: userId, role: invitation.role })
    .onConflict(['account_id', 'user_id'])
    .ignore()
    .returning('user_id')) as unknown[];
  if (added.length === 0) throw conflict('already_member', `${invitation.email} is already a member of this account; sign in with POST /v1/auth/login.`, 'token');
  await trx('invitations').where({ id: invitation.id }).update({ accepted_at: now, accepted_by: userId });
  await writeAuditEntry(trx, {
    accountId: invitation.account_id,
    mode: null,
    action: 'invitation.accepted',
    actorType: 'user',
    actorId: userId,
    actorEmail: invitation.email,
    ...request,
    targetType: 'memberships',
    targetId: userId,
    changes: { role: { before: null, after: invitation.role }, invitation: { before: null, after: invitation.id } },
  });
  const user = await UserRow.query(trx).findById(userId).throwIfNotFound();
  const account = await AccountRow.query(trx).findById(invitation.account_id).throwIfNotFound();
  if (account.status !== 'active') throw forbidden('account_suspended', 'This account is suspended. Contact the platform operator.');
  const { session, cookie } = await createSession(trx, { accountId: account.id, userId, ttlHours: services.config.SESSION_TTL_HOURS });
  return { session: presentSession({ session, user, account, mode: 'test', role: invitation.role }, services), cookie };
}
