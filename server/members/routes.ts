import { hashPassword } from '../auth/passwords.js';
import { authenticatedRoute, preparedPublicRoute } from '../platform/http/route.js';
import { personOf } from '../platform/actor.js';
import { acceptInvitation, checkAcceptance, createInvitation, listInvitations, revokeInvitation } from './invitations.js';
import { listMembers, removeMember, updateMember } from './members.js';
import { listMyAccounts, switchAccount } from './my-accounts.js';

const ABOUT_THE_PERSON = 'This endpoint is for console sessions: it concerns the signed-in person.';

export const memberRoutes = [
  authenticatedRoute('listMembers', async ({ trx, query }) => ({ status: 200, body: await listMembers(trx, query) })),
  authenticatedRoute('updateMember', async ({ trx, actor, params, body }) => ({ status: 200, body: await updateMember(trx, actor, params.id, body.role) })),
  authenticatedRoute('removeMember', async ({ trx, actor, params }) => ({ status: 200, body: await removeMember(trx, actor, params.id) })),
  authenticatedRoute('createInvitation', async ({ trx, services, actor, body }) => ({ status: 201, body: await createInvitation(trx, services, actor, body) })),
  authenticatedRoute('listInvitations', async ({ trx }) => ({ status: 200, body: await listInvitations(trx) })),
  authenticatedRoute('revokeInvitation', async ({ trx, params }) => ({ status: 200, body: await revokeInvitation(trx, params.id) })),
  preparedPublicRoute(
    'acceptInvitation',
    ({ services, body }) => checkAcceptance(services, body, hashPassword),
    async ({ trx, services, prepared, request }) => {
      const { session, cookie } = await acceptInvitation(trx, services, prepared, { ip: request.ip, userAgent: request.header('User-Agent'), requestId: request.id });
      return { status: 200, body: session, cookies: [cookie] };
    },
  ),
  authenticatedRoute('listMyAccounts', async ({ actor, services }) => {
    const person = personOf(actor, ABOUT_THE_PERSON);
    return { status: 200, body: await services.db.system((trx) => listMyAccounts(trx, person)) };
  }),
  authenticatedRoute('switchAccount', async ({ actor, services, body }) => {
    const person = personOf(actor, ABOUT_THE_PERSON);
    return { status: 200, body: await services.db.system((trx) => switchAccount(trx, services, person, body.account_id)) };
  }),
];
