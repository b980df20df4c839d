import { AccountRow, UserRow } from '../accounts/models.js';
import { authenticatedRoute, preparedPublicRoute, publicRoute } from '../platform/http/route.js';
import { confirmEmailVerification, confirmPasswordReset, requestPasswordReset, resendVerification } from './email-links.js';
import { openSession, verifyLogin } from './login.js';
import { disableTwoFactor, enableTwoFactor, setupTwoFactor } from './two-factor.js';
import { consume } from '../platform/http/rate-limit.js';
import { personOf } from '../platform/actor.js';
import { hashPassword } from './passwords.js';
import { clearSessionCookie, presentSession, revokeSession, SessionRow } from './sessions.js';
import { signup } from './signup.js';

/** Two-factor authentication belongs to the signed-in person; it is changed as the system role (users are not tenant data). */
const TWO_FACTOR_IS_PERSONAL = 'Two-factor authentication is set by the signed-in person, in a console session.';

export const authRoutes = [
  preparedPublicRoute(
    'signup',
    ({ body }) => hashPassword(body.password),
    async ({ trx, services, body, prepared: passwordHash }) => {
      const { result, cookie } = await signup(trx, services, { ...body, passwordHash });
      return { status: 201, body: result, cookies: [cookie] };
    },
  ),

  preparedPublicRoute(
    'login',
    ({ services, body, request }) => verifyLogin(services, body, request.ip),
    async ({ trx, services, prepared }) => {
      const { session, cookie } = await openSession(trx, services, prepared);
      return { status: 200, body: session, cookies: [cookie] };
    },
  ),

  authenticatedRoute('logout', async ({ trx, actor }) => {
    await revokeSession(trx, personOf(actor, 'Only a console session can sign out.').sessionId);
    return { status: 204, body: undefined, cookies: [clearSessionCookie] };
  }),

  authenticatedRoute('getSession', async ({ trx, actor, services }) => {
    const person = personOf(actor, 'This endpoint is for console sessions.');
    // One transaction is one connection: its queries run one after another.
    const session = await SessionRow.query(trx).findById(person.sessionId).throwIfNotFound();
    const user = await UserRow.query(trx).findById(person.userId).throwIfNotFound();
    const account = await AccountRow.query(trx).findById(actor.accountId).throwIfNotFound();
    return {
      status: 200,
      body: presentSession(
        { session, user, account, mode: actor.mode, role: actor.role },
        { secrets: services.secrets, config: services.config },
      ),
    };
  }),

  publicRoute('requestPasswordReset', async ({ trx, services, body, request }) => ({
    status: 202,
    body: await requestPasswordReset(trx, services, body, request.ip),
  })),

  preparedPublicRoute(
    'confirmPasswordReset',
    ({ body }) => hashPassword(body.password),
    async ({ trx, body, prepared: passwordHash }) => ({ status: 200, body: await confirmPasswordReset(trx, body.token, passwordHash) }),
  ),

  authenticatedRoute('requestEmailVerification', async ({ actor, services }) => {
    const { userId } = personOf(actor, 'Verifying an email address is for console sessions: the address belongs to the signed-in person.');
    // Users and their tokens are not tenant data: the system role writes them.
    return { status: 202, body: await services.db.system((trx) => resendVerification(trx, services, userId)) };
  }),

  publicRoute('confirmEmailVerification', async ({ trx, body }) => ({ status: 200, body: await confirmEmailVerification(trx, body.token) })),

  authenticatedRoute('setupTwoFactor', async ({ actor, services }) => {
    const { userId } = personOf(actor, TWO_FACTOR_IS_PERSONAL);
    return { status: 200, body: await services.db.system((trx) => setupTwoFactor(trx, services.secrets, userId)) };
  }),

  authenticatedRoute('enableTwoFactor', async ({ actor, services, body }) => {
    const { userId } = personOf(actor, TWO_FACTOR_IS_PERSONAL);
    return { status: 200, body: await services.db.system((trx) => enableTwoFactor(trx, services.secrets, userId, body.otp)) };
  }),

  authenticatedRoute('disableTwoFactor', async ({ actor, services, body }) => {
    const { userId } = personOf(actor, TWO_FACTOR_IS_PERSONAL);
    await consume(services.limiters.loginPerEmail, `2fa:${userId}`, 'Too many wrong codes. Wait before trying again.');
    return { status: 200, body: await services.db.system((trx) => disableTwoFactor(trx, services.secrets, userId, body.otp)) };
  }),
];
