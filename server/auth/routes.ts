import { AccountRow, UserRow } from '../accounts/models.js';
import { unauthenticated } from '../platform/http/errors.js';
import { authenticatedRoute, publicRoute } from '../platform/http/route.js';
import { login } from './login.js';
import { clearSessionCookie, presentSession, revokeSession, SessionRow } from './sessions.js';
import { signup } from './signup.js';

export const authRoutes = [
  publicRoute('signup', async ({ trx, services, body }) => {
    const { result, cookie } = await signup(trx, services, body);
    return { status: 201, body: result, cookies: [cookie] };
  }),

  publicRoute('login', async ({ trx, services, body, request }) => {
    const { session, cookie } = await login(trx, services, body, request.ip);
    return { status: 200, body: session, cookies: [cookie] };
  }),

  authenticatedRoute('logout', async ({ trx, actor }) => {
    if (actor.kind !== 'session') throw unauthenticated('session_required', 'Only a console session can sign out.');
    await revokeSession(trx, actor.sessionId);
    return { status: 204, body: undefined, cookies: [clearSessionCookie] };
  }),

  authenticatedRoute('getSession', async ({ trx, actor, services }) => {
    if (actor.kind !== 'session') throw unauthenticated('session_required', 'This endpoint is for console sessions.');
    // One transaction is one connection: its queries run one after another.
    const session = await SessionRow.query(trx).findById(actor.sessionId).throwIfNotFound();
    const user = await UserRow.query(trx).findById(actor.userId).throwIfNotFound();
    const account = await AccountRow.query(trx).findById(actor.accountId).throwIfNotFound();
    return {
      status: 200,
      body: presentSession(
        { session, user, account, mode: actor.mode },
        { secrets: services.secrets, adminEmail: services.config.ADMIN_EMAIL },
      ),
    };
  }),
];
