import { AccountRow } from '../accounts/models.js';
import { assertPlanExists, changePlan } from '../accounts/plan-changes.js';
import { presentAccount } from '../accounts/presenters.js';
import { notFound } from '../platform/http/errors.js';
import { paginate } from '../platform/http/pagination.js';
import { authenticatedRoute } from '../platform/http/route.js';

/** Platform-admin operations run in a system transaction: they look across tenants by design. */
export const adminRoutes = [
  authenticatedRoute('adminListAccounts', async ({ trx, query, services }) => ({
    status: 200,
    body: await paginate(AccountRow.query(trx), query, (row) => presentAccount(row, services.config)),
  })),
  authenticatedRoute('adminUpdateAccount', async ({ trx, params, body, services }) => {
    // Checked before anything is written: a bad plan changes neither the plan nor the limits.
    if (body.plan !== undefined) assertPlanExists(services.config, body.plan);
    const found = await AccountRow.query(trx).findById(params.id).forUpdate();
    if (!found) throw notFound('account', params.id);
    if (body.limits) {
      const overrides = { ...found.limit_overrides };
      for (const [name, value] of Object.entries(body.limits) as Array<[keyof typeof overrides, number | null | undefined]>) {
        if (value === null) delete overrides[name];
        else if (value !== undefined) overrides[name] = value;
      }
      await AccountRow.query(trx).findById(params.id).patch({ limit_overrides: overrides });
    }
    if (body.plan !== undefined) await changePlan(trx, services.config, params.id, { plan: body.plan, cause: 'admin' });
    const row = await AccountRow.query(trx).findById(params.id).throwIfNotFound();
    return { status: 200, body: presentAccount(row, services.config) };
  }),
];
