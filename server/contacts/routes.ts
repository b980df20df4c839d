import { authenticatedRoute } from '../platform/http/route.js';
import { checkContacts } from './check.js';
import { createContact, deleteContact, findContact, listContacts, updateContact } from './contacts.js';

export const contactRoutes = [
  authenticatedRoute('checkContacts', async ({ trx, services, body }) => ({
    status: 200,
    body: await checkContacts(trx, services, body),
  })),
  authenticatedRoute('createContact', async ({ trx, actor, body }) => ({ status: 201, body: await createContact(trx, actor, body) })),
  authenticatedRoute('listContacts', async ({ trx, query }) => ({ status: 200, body: await listContacts(trx, query) })),
  authenticatedRoute('getContact', async ({ trx, params }) => ({ status: 200, body: await findContact(trx, params.id) })),
  authenticatedRoute('updateContact', async ({ trx, params, body }) => ({ status: 200, body: await updateContact(trx, params.id, body) })),
  authenticatedRoute('deleteContact', async ({ trx, params }) => ({ status: 200, body: await deleteContact(trx, params.id) })),
];
