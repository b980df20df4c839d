import type { components } from '../generated/openapi.js';
import { AccountRow, MembershipRow, UserRow } from '../accounts/models.js';
import type { Transaction } from '../platform/db/database.js';
import { unauthenticated } from '../platform/http/errors.js';
import { consume } from '../platform/http/rate-limit.js';
import type { CookieInstruction } from '../platform/http/route.js';
import type { Services } from '../platform/services.js';
import { verifyPassword } from './passwords.js';
import { createSession, presentSession } from './sessions.js';
import { normalizeEmail } from './signup.js';

const TOO_MANY = 'Too many sign-in attempts. Wait before trying again, or reset your password.';

/** Checks the credentials and opens a session on the user's first account. Runs as the system role. */
export async function login(
  trx: Transaction,
  services: Services,
  input: components['schemas']['LoginRequest'],
  ip: string,
): Promise<{ session: components['schemas']['Session']; cookie: CookieInstruction }> {
  const email = normalizeEmail(input.email);
  const { limiters } = services;
  await consume(limiters.loginPerIp, ip, TOO_MANY);
  await consume(limiters.loginPerEmail, email, TOO_MANY);

  const user = await UserRow.query(trx).findOne({ email });
  const valid = await verifyPassword(user?.password_hash, input.password);
  const membership =
    user && valid
      ? await MembershipRow.query(trx).where({ user_id: user.id }).orderBy('created_at').first()
      : undefined;
  if (!user || !membership) throw unauthenticated('invalid_credentials', 'The email or password is incorrect.');
  await limiters.loginPerEmail.delete(email);

  const account = await AccountRow.query(trx).findById(membership.account_id).throwIfNotFound();
  const { session, cookie } = await createSession(trx, {
    accountId: account.id,
    userId: user.id,
    ttlHours: services.config.SESSION_TTL_HOURS,
  });
  return {
    session: presentSession(
      { session, user, account, mode: 'test' },
      { secrets: services.secrets, adminEmail: services.config.ADMIN_EMAIL },
    ),
    cookie,
  };
}
