import type { components } from '../generated/openapi.js';
import { MembershipRow } from '../accounts/models.js';
import { roleAllows, type Role } from '../auth/roles.js';
import type { Actor } from '../platform/actor.js';
import type { Transaction } from '../platform/db/database.js';
import { conflict, forbidden, notFound } from '../platform/http/errors.js';
import { paginate, type PageParams } from '../platform/http/pagination.js';

type Schemas = components['schemas'];

type MemberRow = MembershipRow & { email: string; email_verified_at: Date | null };

export function presentMember(row: MemberRow): Schemas['Member'] {
  return {
    id: row.user_id,
    object: 'member',
    email: row.email,
    email_verified: row.email_verified_at !== null,
    role: row.role,
    created_at: row.created_at.toISOString(),
  };
}

const members = (trx: Transaction) =>
  MembershipRow.query(trx)
    .select('memberships.*', 'users.email', 'users.email_verified_at')
    .join('users', 'users.id', 'memberships.user_id') as unknown as ReturnType<typeof MembershipRow.query>;

export async function listMembers(trx: Transaction, page: PageParams) {
  return paginate(members(trx), page, (row) => presentMember(row as MemberRow), 'memberships.user_id');
}

/**
 * Locks the account's memberships for the rest of the transaction (row-level security confines the query to
 * the caller's account): changes to a team run one at a time, so two requests cannot each remove one of the
 * last two owners.
 */
export async function lockTeam(trx: Transaction): Promise<MembershipRow[]> {
  return MembershipRow.query(trx).forUpdate();
}

/** Only owners make, unmake or remove owners. */
function assertMayTouch(actor: Actor, targetRole: Role, newRole?: Role): void {
  if ((targetRole === 'owner' || newRole === 'owner') && !roleAllows(actor.role, 'owner')) {
    throw forbidden('insufficient_role', `Your role in this account is ${actor.role}; only an owner makes, unmakes or removes owners.`);
  }
}

function assertKeepsAnOwner(team: MembershipRow[], target: MembershipRow): void {
  if (target.role === 'owner' && team.filter((member) => member.role === 'owner').length === 1) {
    throw conflict('last_owner', 'An account always keeps at least one owner: make another member an owner first.', 'id');
  }
}

export async function updateMember(trx: Transaction, actor: Actor, userId: string, role: Role): Promise<Schemas['Member']> {
  const team = await lockTeam(trx);
  const target = team.find((member) => member.user_id === userId);
  if (!target) throw notFound('member', userId);
  assertMayTouch(actor, target.role, role);
  if (role !== 'owner') assertKeepsAnOwner(team, target);
  await MembershipRow.query(trx).where({ user_id: userId }).patch({ role });
  return presentMember((await members(trx).where('memberships.user_id', userId).first()) as MemberRow);
}

/** Removes a member (yourself included); their sessions in this account end at once. */
export async function removeMember(trx: Transaction, actor: Actor, userId: string): Promise<Schemas['DeletedMember']> {
  const team = await lockTeam(trx);
  const target = team.find((member) => member.user_id === userId);
  if (!target) throw notFound('member', userId);
  assertMayTouch(actor, target.role);
  assertKeepsAnOwner(team, target);
  await MembershipRow.query(trx).where({ user_id: userId }).delete();
  await trx('sessions').where({ user_id: userId }).whereNull('revoked_at').update({ revoked_at: new Date() });
  return { id: userId, object: 'member', deleted: true };
}
