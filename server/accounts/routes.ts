import { authenticatedRoute } from '../platform/http/route.js';
import { notFound } from '../platform/http/errors.js';
import { AccountRow } from './models.js';
import { presentCurrentAccount, presentPlan } from './presenters.js';

export const accountRoutes = [
  authenticatedRoute('getAccount', async ({ trx, actor, services }) => {
    const account = await AccountRow.query(trx).findById(actor.accountId);
    if (!account) throw notFound('account', actor.accountId);
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
