import type { components } from '../generated/openapi.js';
import { AccountRow, MembershipRow, UserRow } from '../accounts/models.js';
import { presentAccount, presentUser, isBootstrapAdmin } from '../accounts/presenters.js';
import { createApiKey } from '../keys/api-keys.js';
import type { Transaction } from '../platform/db/database.js';
import { conflict } from '../platform/http/errors.js';
import type { CookieInstruction } from '../platform/http/route.js';
import { newId } from '../platform/ids.js';
import type { Services } from '../platform/services.js';
import { sendVerificationEmail } from './email-links.js';
import { createSession, presentSession } from './sessions.js';

type Schemas = components['schemas'];

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/**
 * Creates a user and the account they own, or returns undefined when the email is taken. ON CONFLICT
 * rather than check-then-insert, so simultaneous sign-ups with one email create one user.
 */
export async function createUserWithAccount(
  trx: Transaction,
  input: { email: string; passwordHash: string; accountName: string; plan: string },
): Promise<{ user: UserRow; account: AccountRow } | undefined> {
  const inserted = await trx('users')
    .insert({ id: newId('user'), email: input.email, password_hash: input.passwordHash })
    .onConflict('email')
    .ignore()
    .returning('id');
  if (inserted.length === 0) return undefined;
  const user = await UserRow.query(trx).findById(inserted[0].id).throwIfNotFound();
  const account = await AccountRow.query(trx).insertAndFetch({
    id: newId('account'),
    name: input.accountName,
    plan: input.plan,
  });
  await MembershipRow.query(trx).insert({ account_id: account.id, user_id: user.id, role: 'owner' });
  return { user, account };
}

/**
 * Creates the user, their account (owner membership), a first test-mode key and a session, all in one
 * transaction: a sign-up either exists whole or not at all. The password arrives already hashed, so the
 * slow hash runs before the transaction holds a connection. Runs as the system role.
 */
export async function signup(
  trx: Transaction,
  services: Services,
  input: Schemas['SignupRequest'] & { passwordHash: string },
): Promise<{ result: Schemas['SignupResult']; cookie: CookieInstruction }> {
  const email = normalizeEmail(input.email);
  const adminEmail = services.config.ADMIN_EMAIL;
  // The platform admin is created from ADMIN_EMAIL and ADMIN_PASSWORD at start, never claimed by sign-up.
  if (isBootstrapAdmin(email, adminEmail)) {
    throw conflict('email_taken', `An account already uses ${email}. Sign in instead.`, 'email');
  }
  const created = await createUserWithAccount(trx, {
    email,
    passwordHash: input.passwordHash,
    accountName: input.account_name.trim(),
    plan: services.config.PARLEY_DEFAULT_PLAN,
  });
  if (!created) throw conflict('email_taken', `An account already uses ${email}. Sign in instead.`, 'email');
  const { user, account } = created;
  const apiKey = await createApiKey(trx, account.id, { name: 'Default test key', mode: 'test' });
  await sendVerificationEmail(trx, services, user);
  const { session, cookie } = await createSession(trx, {
    accountId: account.id,
    userId: user.id,
    ttlHours: services.config.SESSION_TTL_HOURS,
  });
  return {
    result: {
      object: 'signup',
      user: presentUser(user, adminEmail),
      account: presentAccount(account, services.config),
      api_key: apiKey,
      session: presentSession({ session, user, account, mode: 'test', role: 'owner' }, { secrets: services.secrets, config: services.config }),
    },
    cookie,
  };
}
