import { AccountRow } from '../accounts/models.js';
import { presentAccount } from '../accounts/presenters.js';
import { notFound } from '../platform/http/errors.js';
import { paginate } from '../platform/http/pagination.js';
import { authenticatedRoute } from '../platform/http/route.js';

/** Platform-admin operations run in a system transaction: they look across tenants by design. */
export const adminRoutes = [
  authenticatedRoute('adminListAccounts', async ({ trx, query }) => ({
    status: 200,
    body: await paginate(AccountRow.query(trx), query, presentAccount),
  })),
  authenticatedRoute('adminUpdateAccount', async ({ trx, params, body }) => {
    // The schema requires the one limit there is (`limits` has minProperties 1).
    const [row] = await AccountRow.query(trx)
      .where({ id: params.id })
      .patch({ bulk_job_recipient_limit: body.limits.bulk_job_recipients ?? null })
      .returning('*');
    if (!row) throw notFound('account', params.id);
    return { status: 200, body: presentAccount(row) };
  }),
];
