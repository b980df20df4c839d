import type { components } from '../generated/openapi.js';
import { AccountRow, MembershipRow, UserRow } from '../accounts/models.js';
import { DEFAULT_PLAN } from '../accounts/plans.js';
import { createApiKey } from '../keys/api-keys.js';
import type { Transaction } from '../platform/db/database.js';
import { conflict } from '../platform/http/errors.js';
import type { CookieInstruction } from '../platform/http/route.js';
import { newId } from '../platform/ids.js';
import type { Services } from '../platform/services.js';
import { hashPassword } from './passwords.js';
import { createSession, presentSession } from './sessions.js';
import { presentAccount, presentUser } from '../accounts/presenters.js';

type Schemas = components['schemas'];

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/**
 * Creates the user, their account (owner membership), a first test-mode key and a session, all in one
 * transaction: a sign-up either exists whole or not at all. Runs as the system role.
 */
export async function signup(
  trx: Transaction,
  services: Services,
  input: Schemas['SignupRequest'],
): Promise<{ result: Schemas['SignupResult']; cookie: CookieInstruction }> {
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  const inserted = await trx('users')
    .insert({ id: newId('user'), email, password_hash: passwordHash })
    .onConflict('email')
    .ignore()
    .returning('id');
  if (inserted.length === 0) {
    throw conflict('email_taken', `An account already uses ${email}. Sign in instead.`, 'email');
  }
  const user = await UserRow.query(trx).findById(inserted[0].id).throwIfNotFound();
  const account = await AccountRow.query(trx).insertAndFetch({
    id: newId('account'),
    name: input.account_name.trim(),
    plan: DEFAULT_PLAN,
  });
  await MembershipRow.query(trx).insert({ account_id: account.id, user_id: user.id, role: 'owner' });
  const apiKey = await createApiKey(trx, account.id, { name: 'Default test key', mode: 'test' });
  const { session, cookie } = await createSession(trx, {
    accountId: account.id,
    userId: user.id,
    ttlHours: services.config.SESSION_TTL_HOURS,
  });
  const adminEmail = services.config.ADMIN_EMAIL;
  return {
    result: {
      object: 'signup',
      user: presentUser(user, adminEmail),
      account: presentAccount(account),
      api_key: apiKey,
      session: presentSession({ session, user, account, mode: 'test' }, { secrets: services.secrets, adminEmail }),
    },
    cookie,
  };
}
