import { authenticatedRoute, preparedAuthenticatedRoute } from '../platform/http/route.js';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  findWebhookEndpoint,
  findWebhookEndpointSecret,
  listWebhookEndpoints,
  rotateWebhookEndpointSecret,
  updateWebhookEndpoint,
} from './endpoints.js';
import { checkWebhookUrl, webhookAddressPolicy } from './url-policy.js';

export const webhookEndpointRoutes = [
  preparedAuthenticatedRoute(
    'createWebhookEndpoint',
    // The host is resolved before the transaction: a slow name server must not hold a database connection.
    ({ services, body }) => checkWebhookUrl(body.url, webhookAddressPolicy(services.config)),
    async ({ trx, services, actor, body, prepared }) => ({
      status: 201,
      body: await createWebhookEndpoint(trx, services, actor, body, prepared),
    }),
  ),
  authenticatedRoute('listWebhookEndpoints', async ({ trx, query }) => ({ status: 200, body: await listWebhookEndpoints(trx, query) })),
  authenticatedRoute('getWebhookEndpoint', async ({ trx, params }) => ({ status: 200, body: await findWebhookEndpoint(trx, params.id) })),
  preparedAuthenticatedRoute(
    'updateWebhookEndpoint',
    async ({ services, body }) => (body.url === undefined ? undefined : checkWebhookUrl(body.url, webhookAddressPolicy(services.config))),
    async ({ trx, params, body, prepared }) => ({ status: 200, body: await updateWebhookEndpoint(trx, params.id, body, prepared) }),
  ),
  authenticatedRoute('deleteWebhookEndpoint', async ({ trx, params }) => ({ status: 200, body: await deleteWebhookEndpoint(trx, params.id) })),
  authenticatedRoute('getWebhookEndpointSecret', async ({ trx, services, params }) => ({
    status: 200,
    body: await findWebhookEndpointSecret(trx, services, params.id),
  })),
  authenticatedRoute('rotateWebhookEndpointSecret', async ({ trx, services, params }) => ({
    status: 200,
    body: await rotateWebhookEndpointSecret(trx, services, params.id),
  })),
];
