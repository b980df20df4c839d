import type { components } from '../generated/openapi.js';
import { AccountRow, MembershipRow, UserRow } from '../accounts/models.js';
import type { Transaction } from '../platform/db/database.js';
import { forbidden, unauthenticated } from '../platform/http/errors.js';
import { consume } from '../platform/http/rate-limit.js';
import type { CookieInstruction } from '../platform/http/route.js';
import type { Services } from '../platform/services.js';
import { verifyPassword } from './passwords.js';
import { verifySecondFactor } from './two-factor.js';
import type { Role } from './roles.js';
import { createSession, presentSession } from './sessions.js';
import { normalizeEmail } from './signup.js';

const TOO_MANY = 'Too many sign-in attempts. Wait before trying again, or reset your password.';

export interface VerifiedLogin {
  user: UserRow;
  account: AccountRow;
  role: Role;
}

/**
 * Checks the credentials, outside any transaction (argon2 is slow and must not hold a pooled connection),
 * and picks the user's first account. Attempts count against the email and the client address.
 */
export async function verifyLogin(
  services: Services,
  input: components['schemas']['LoginRequest'],
  ip: string,
): Promise<VerifiedLogin> {
  const email = normalizeEmail(input.email);
  const { limiters, db } = services;
  await consume(limiters.loginPerIp, ip, TOO_MANY);
  await consume(limiters.loginPerEmail, email, TOO_MANY);

  const user = await UserRow.query(db.systemPool).findOne({ email });
  const valid = await verifyPassword(user?.password_hash, input.password);
  const membership =
    user && valid
      ? await MembershipRow.query(db.systemPool).where({ user_id: user.id }).orderBy('created_at').first()
      : undefined;
  if (!user || !membership) throw unauthenticated('invalid_credentials', 'The email or password is incorrect.');
  // The password was right; with two-factor on, a code is needed too. A wrong one counts like a wrong password.
  if (user.totp_enabled_at) {
    if (input.otp === undefined) {
      throw unauthenticated('otp_required', 'Two-factor authentication is on for this user: send the code from the authenticator app (or a recovery code) as `otp`.');
    }
    const otp = input.otp;
    await db.system((trx) => verifySecondFactor(trx, services.secrets, user, otp));
  }
  await limiters.loginPerEmail.delete(email);

  const account = await AccountRow.query(db.systemPool).findById(membership.account_id).throwIfNotFound();
  if (account.status !== 'active') {
    throw forbidden('account_suspended', 'This account is suspended. Contact the platform operator.');
  }
  return { user, account, role: membership.role };
}

/** Opens the session for a verified login. Runs as the system role. */
export async function openSession(
  trx: Transaction,
  services: Services,
  { user, account, role }: VerifiedLogin,
): Promise<{ session: components['schemas']['Session']; cookie: CookieInstruction }> {
  const { session, cookie } = await createSession(trx, {
    accountId: account.id,
    userId: user.id,
    ttlHours: services.config.SESSION_TTL_HOURS,
  });
  return {
    session: presentSession(
      { session, user, account, mode: 'test', role },
      { secrets: services.secrets, config: services.config },
    ),
    cookie,
  };
}
