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
import {
  findWebhookDelivery,
  listWebhookAttempts,
  listWebhookDeliveries,
  recoverWebhookEndpoint,
  retryWebhookDelivery,
  testWebhookEndpoint,
} from './deliveries.js';
import { checkWebhookUrl, webhookAddressPolicy } from './url-policy.js';

export const webhookEndpointRoutes = [
  preparedAuthenticatedRoute(
    'createWebhookEndpoint',
    // The host is resolved before the transaction: a slow name server must not hold a database connection.
    ({ services, actor, body }) => checkWebhookUrl(body.url, webhookAddressPolicy(services.config, actor.mode)),
    async ({ trx, services, actor, body, prepared }) => ({
      status: 201,
      body: await createWebhookEndpoint(trx, services, actor, body, prepared),
    }),
  ),
  authenticatedRoute('listWebhookEndpoints', async ({ trx, query }) => ({ status: 200, body: await listWebhookEndpoints(trx, query) })),
  authenticatedRoute('getWebhookEndpoint', async ({ trx, params }) => ({ status: 200, body: await findWebhookEndpoint(trx, params.id) })),
  preparedAuthenticatedRoute(
    'updateWebhookEndpoint',
    async ({ services, actor, body }) =>
      body.url === undefined ? undefined : checkWebhookUrl(body.url, webhookAddressPolicy(services.config, actor.mode)),
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
  authenticatedRoute('testWebhookEndpoint', async ({ trx, params }) => ({ status: 202, body: await testWebhookEndpoint(trx, params.id) })),
  authenticatedRoute('recoverWebhookEndpoint', async ({ trx, params, body }) => ({
    status: 202,
    body: await recoverWebhookEndpoint(trx, params.id, body),
  })),
  authenticatedRoute('listWebhookDeliveries', async ({ trx, params, query }) => ({
    status: 200,
    body: await listWebhookDeliveries(trx, params.id, query),
  })),
  authenticatedRoute('getWebhookDelivery', async ({ trx, params }) => ({ status: 200, body: await findWebhookDelivery(trx, params.id) })),
  authenticatedRoute('listWebhookDeliveryAttempts', async ({ trx, params, query }) => ({
    status: 200,
    body: await listWebhookAttempts(trx, params.id, query),
  })),
  authenticatedRoute('retryWebhookDelivery', async ({ trx, params }) => ({ status: 202, body: await retryWebhookDelivery(trx, params.id) })),
];
