import { MAX_CSV_BYTES } from '../platform/csv.js';
import { authenticatedRoute, isStreamed, preparedAuthenticatedRoute } from '../platform/http/route.js';
import { checkContacts } from './check.js';
import { createContact, deleteContact, findContact, listContacts, updateContact } from './contacts.js';
import { readContactsCsv } from './csv.js';
import { importContacts, type ImportRow } from './import.js';
import { readFormFile } from './upload.js';

export const contactRoutes = [
  authenticatedRoute('checkContacts', async ({ trx, services, body }) => ({
    status: 200,
    body: await checkContacts(trx, services, body),
  })),
  authenticatedRoute('createContact', async ({ trx, actor, body, services }) => ({ status: 201, body: await createContact(trx, services.config, actor, body) })),
  authenticatedRoute('listContacts', async ({ trx, query }) => ({ status: 200, body: await listContacts(trx, query) })),
  authenticatedRoute('getContact', async ({ trx, params }) => ({ status: 200, body: await findContact(trx, params.id) })),
  authenticatedRoute('updateContact', async ({ trx, params, body }) => ({ status: 200, body: await updateContact(trx, params.id, body) })),
  authenticatedRoute('deleteContact', async ({ trx, params }) => ({ status: 200, body: await deleteContact(trx, params.id) })),
  preparedAuthenticatedRoute(
    'importContacts',
    // The upload is read and parsed before the transaction: a slow client must not hold a database connection.
    async ({ body }): Promise<{ format: 'csv' | 'json'; rows: ImportRow[] }> =>
      isStreamed(body)
        ? { format: 'csv', rows: readContactsCsv(await readFormFile(body, MAX_CSV_BYTES)) }
        : { format: 'json', rows: body.contacts.map((values) => ({ line: null, values })) },
    async ({ trx, actor, prepared, services }) => ({ status: 200, body: await importContacts(trx, services.config, actor, prepared.format, prepared.rows) }),
  ),
];
