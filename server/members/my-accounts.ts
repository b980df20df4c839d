import type { components } from '../generated/openapi.js';
import { AccountRow, MembershipRow, UserRow } from '../accounts/models.js';
import { presentSession, SessionRow } from '../auth/sessions.js';
import type { SessionActor } from '../platform/actor.js';
import type { Transaction } from '../platform/db/database.js';
import { forbidden, notFound } from '../platform/http/errors.js';
import type { Services } from '../platform/services.js';

type Schemas = components['schemas'];

/** The accounts the signed-in person belongs to, with their role in each. Runs as the system role. */
export async function listMyAccounts(trx: Transaction, actor: SessionActor): Promise<Schemas['MyAccountList']> {
  const rows = (await trx('memberships')
    .join('accounts', 'accounts.id', 'memberships.account_id')
    .where('memberships.user_id', actor.userId)
    .orderBy('memberships.created_at')
    .select('accounts.id', 'accounts.name', 'accounts.status', 'memberships.role', 'memberships.created_at')) as Array<{
    id: string;
    name: string;
    status: 'active' | 'suspended';
    role: Schemas['MemberRole'];
    created_at: Date;
  }>;
  return {
    object: 'list',
    data: rows.map((row) => ({
      object: 'account_membership',
      account: { id: row.id, name: row.name, status: row.status },
      role: row.role,
      current: row.id === actor.accountId,
      joined_at: row.created_at.toISOString(),
    })),
    has_more: false,
  };
}

/** Moves the session to another account the person belongs to (test mode, as at sign-in). Runs as the system role. */
export async function switchAccount(trx: Transaction, services: Services, actor: SessionActor, accountId: string): Promise<Schemas['Session']> {
  const membership = await MembershipRow.query(trx).findOne({ account_id: accountId, user_id: actor.userId });
  if (!membership) throw notFound('account', accountId, 'account_id');
  const account = await AccountRow.query(trx).findById(accountId).throwIfNotFound();
  if (account.status !== 'active') throw forbidden('account_suspended', `Account ${accountId} is suspended. Contact the platform operator.`);
  const session = await SessionRow.query(trx).patchAndFetchById(actor.sessionId, { account_id: accountId });
  const user = await UserRow.query(trx).findById(actor.userId).throwIfNotFound();
  return presentSession({ session, user, account, mode: 'test', role: membership.role }, services);
}
