import { authenticatedRoute } from '../platform/http/route.js';
import { conflict, notFound } from '../platform/http/errors.js';
import { AccountRow } from './models.js';
import { presentCurrentAccount, presentPlan } from './presenters.js';

export const accountRoutes = [
  authenticatedRoute('getAccount', async ({ trx, actor, services }) => {
    const account = await AccountRow.query(trx).findById(actor.accountId);
    if (!account) throw notFound('account', actor.accountId);
    return { status: 200, body: presentCurrentAccount(account, actor.mode, services.config) };
  }),
  authenticatedRoute('updateAccount', async ({ trx, actor, body, services }) => {
    if (body.require_owner_two_factor === true && !(actor.kind === 'session' && actor.twoFactor)) {
      throw conflict('two_factor_required', 'Turn on two-factor authentication for yourself first (POST /v1/auth/2fa/setup, then /enable), so that requiring it cannot lock you out.', 'require_owner_two_factor');
    }
    const account = await AccountRow.query(trx).patchAndFetchById(actor.accountId, {
      ...(body.name === undefined ? {} : { name: body.name.trim() }),
      ...(body.require_owner_two_factor === undefined ? {} : { require_owner_two_factor: body.require_owner_two_factor }),
    });
    return { status: 200, body: presentCurrentAccount(account, actor.mode, services.config) };
  }),
  authenticatedRoute('listPlans', async ({ services }) => ({
    status: 200,
    body: {
      object: 'list' as const,
      data: services.config.plans.map(presentPlan),
      has_more: false as const,
    },
  })),
];
