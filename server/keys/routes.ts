import { authenticatedRoute } from '../platform/http/route.js';
import { createApiKeyAs, listApiKeys, revokeApiKey } from './api-keys.js';

export const apiKeyRoutes = [
  authenticatedRoute('createApiKey', async ({ trx, actor, body, services }) => ({
    status: 201,
    body: await createApiKeyAs(trx, services.config, actor, body),
  })),
  authenticatedRoute('listApiKeys', async ({ trx, actor, query }) => ({
    status: 200,
    body: await listApiKeys(trx, actor, query),
  })),
  authenticatedRoute('revokeApiKey', async ({ trx, services, actor, params }) => ({
    status: 200,
    body: await revokeApiKey(trx, services, actor, params.id),
  })),
];
