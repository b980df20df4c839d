import { authenticatedRoute } from '../platform/http/route.js';
import { findMediaForMessage } from './media-access.js';
import { presentMessage } from './presenters.js';
import { cancelMessage, findMessage, listMessages } from './queries.js';
import { createMessage } from './send.js';
import { sandboxInbound } from './sandbox-inbound.js';

export const messageRoutes = [
  authenticatedRoute('createMessage', async ({ trx, services, actor, body }) => ({
    status: 202,
    body: await createMessage(trx, services, actor, body, { findMedia: findMediaForMessage }),
  })),
  authenticatedRoute('listMessages', async ({ trx, query }) => ({ status: 200, body: await listMessages(trx, query) })),
  authenticatedRoute('getMessage', async ({ trx, params }) => ({ status: 200, body: presentMessage(await findMessage(trx, params.id)) })),
  authenticatedRoute('cancelMessage', async ({ trx, actor, params }) => ({ status: 200, body: await cancelMessage(trx, actor, params.id) })),
  authenticatedRoute('sandboxInbound', async ({ trx, services, actor, body }) => ({
    status: 201,
    body: await sandboxInbound(trx, services, actor, body, { findMedia: findMediaForMessage }),
  })),
];
