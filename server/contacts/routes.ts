import { authenticatedRoute } from '../platform/http/route.js';
import { checkContacts } from './check.js';

export const contactRoutes = [
  authenticatedRoute('checkContacts', async ({ trx, services, body }) => ({
    status: 200,
    body: await checkContacts(trx, services, body),
  })),
];
