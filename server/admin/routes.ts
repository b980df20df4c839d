import { AccountRow } from '../accounts/models.js';
import { presentAccount } from '../accounts/presenters.js';
import { paginate } from '../platform/http/pagination.js';
import { authenticatedRoute } from '../platform/http/route.js';

/** Platform-admin operations run in a system transaction: they look across tenants by design. */
export const adminRoutes = [
  authenticatedRoute('adminListAccounts', async ({ trx, query }) => ({
    status: 200,
    body: await paginate(AccountRow.query(trx), query, presentAccount),
  })),
];
