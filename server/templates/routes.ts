import { scopeOf } from '../platform/actor.js';
import { authenticatedRoute, preparedAuthenticatedRoute } from '../platform/http/route.js';
import { prepareTemplateInput } from './input.js';
import { createTemplate, deleteTemplate, findTemplate, findTemplateVersion, listTemplates, previewTemplate, renderTemplateById, updateTemplate } from './templates.js';

export const templateRoutes = [
  preparedAuthenticatedRoute(
    'createTemplate',
    // A header URL is fetched before the transaction: a slow host must not hold a database connection.
    ({ services, actor, body }) => prepareTemplateInput(services, scopeOf(actor), body),
    async ({ trx, actor, body, prepared }) => ({ status: 201, body: await createTemplate(trx, actor, body, prepared) }),
  ),
  authenticatedRoute('listTemplates', async ({ trx, query }) => ({ status: 200, body: await listTemplates(trx, query) })),
  authenticatedRoute('getTemplate', async ({ trx, params }) => ({ status: 200, body: await findTemplate(trx, params.id) })),
  preparedAuthenticatedRoute(
    'updateTemplate',
    ({ services, actor, body }) => prepareTemplateInput(services, scopeOf(actor), body),
    async ({ trx, params, body, prepared }) => ({ status: 200, body: await updateTemplate(trx, params.id, body, prepared) }),
  ),
  authenticatedRoute('deleteTemplate', async ({ trx, params }) => ({ status: 200, body: await deleteTemplate(trx, params.id) })),
  authenticatedRoute('getTemplateVersion', async ({ trx, params }) => ({
    status: 200,
    body: await findTemplateVersion(trx, params.id, params.version),
  })),
  authenticatedRoute('previewTemplate', async ({ trx, body }) => ({ status: 200, body: await previewTemplate(trx, body) })),
  authenticatedRoute('renderTemplate', async ({ trx, params, body }) => ({ status: 200, body: await renderTemplateById(trx, params.id, body ?? {}) })),
];
