import Koa from 'koa';
import { accountDataRoutes } from './account-data/routes.js';
import { accountRoutes } from './accounts/routes.js';
import { adminRoutes } from './admin/routes.js';
import { authRoutes } from './auth/routes.js';
import { bulkJobRoutes } from './bulk/routes.js';
import { connectionRoutes } from './connections/routes.js';
import { profileRoutes } from './connections/profile-routes.js';
import { groupRoutes } from './groups/routes.js';
import { contactRoutes } from './contacts/routes.js';
import { mediaRoutes } from './media/routes.js';
import { optOutRoutes } from './opt-outs/routes.js';
import { chatRoutes } from './chats/routes.js';
import { interactionRoutes } from './chats/interaction-routes.js';
import { eventRoutes } from './events/routes.js';
import { messageRoutes } from './messages/routes.js';
import { statusRoutes } from './statuses/routes.js';
import { apiKeyRoutes } from './keys/routes.js';
import { templateRoutes } from './templates/routes.js';
import { webhookEndpointRoutes } from './webhook-endpoints/routes.js';
import { usageRoutes } from './usage/routes.js';
import { memberRoutes } from './members/routes.js';
import { auditRoutes } from './audit/routes.js';
import { billingRoutes } from './billing/routes.js';
import { registerConsole } from './console/serve.js';
import { platformHandlers, registerDocsAssets } from './platform/http/platform-endpoints.js';
import { requestContext } from './platform/http/request-context.js';
import type { Route } from './platform/http/route.js';
import { buildRouter } from './platform/http/router.js';
import { listOperations, loadDocument } from './platform/http/spec.js';
import { Validator } from './platform/http/validation.js';
import type { Services } from './platform/services.js';

/** Every API route, by domain. A new domain adds its list here and its operations to openapi.yaml. */
export const routes: Route[] = [
  ...authRoutes,
  ...accountRoutes,
  ...accountDataRoutes,
  ...memberRoutes,
  ...auditRoutes,
  ...usageRoutes,
  ...billingRoutes,
  ...apiKeyRoutes,
  ...connectionRoutes,
  ...profileRoutes,
  ...groupRoutes,
  ...contactRoutes,
  ...optOutRoutes,
  ...messageRoutes,
  ...statusRoutes,
  ...templateRoutes,
  ...bulkJobRoutes,
  ...chatRoutes,
  ...interactionRoutes,
  ...mediaRoutes,
  ...eventRoutes,
  ...webhookEndpointRoutes,
  ...adminRoutes,
];

/**
 * The HTTP application. `serveApi: false` (the worker role) keeps health, metrics and docs only.
 */
export function createApp(services: Services, options: { serveApi: boolean } = { serveApi: true }): Koa {
  const document = loadDocument();
  const operations = listOperations(document);
  const validator = new Validator(document, operations);
  const router = buildRouter({
    operations,
    routes,
    platform: platformHandlers(services, document),
    services,
    validator,
    serveApi: options.serveApi,
  });
  registerDocsAssets(router);
  if (options.serveApi) registerConsole(router);

  // Behind a proxy, trust only the address it appended: earlier X-Forwarded-For entries are the client's word.
  const app = new Koa({ proxy: services.config.TRUST_PROXY, maxIpsCount: 1 });
  // Errors that escape the pipeline (a client leaving mid-stream) go to the log, not to stderr.
  app.on('error', (error: NodeJS.ErrnoException) => {
    const clientLeft = ['ERR_STREAM_PREMATURE_CLOSE', 'ECONNRESET', 'EPIPE'].includes(error.code ?? '');
    if (clientLeft) services.logger.debug({ err: error }, 'client went away mid-response');
    else services.logger.error({ err: error }, 'error outside the request pipeline');
  });
  app.use(requestContext(services, validator));
  app.use(router.routes());
  app.use(router.allowedMethods());
  return app;
}
