import { authenticatedRoute } from '../platform/http/route.js';
import { createOptOut, deleteOptOut, findOptOut, listOptOuts } from './opt-outs.js';

export const optOutRoutes = [
  authenticatedRoute('createOptOut', async ({ trx, actor, body }) => {
    const { optOut, created } = await createOptOut(trx, actor, body);
    return created ? { status: 201, body: optOut } : { status: 200, body: optOut };
  }),
  authenticatedRoute('listOptOuts', async ({ trx, query }) => ({ status: 200, body: await listOptOuts(trx, query) })),
  authenticatedRoute('getOptOut', async ({ trx, params }) => ({ status: 200, body: await findOptOut(trx, params.id) })),
  authenticatedRoute('deleteOptOut', async ({ trx, actor, params }) => ({ status: 200, body: await deleteOptOut(trx, actor, params.id) })),
];
