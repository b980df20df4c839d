import { authenticatedRoute } from '../platform/http/route.js';
import { sandboxCall, sandboxEndCall, sandboxPresence, sendChatPresence, setConnectionPresence, subscribeChatPresence } from './interactions.js';

export const interactionRoutes = [
  authenticatedRoute('sendChatPresence', async ({ trx, services, params, body }) => ({
    status: 200,
    body: await sendChatPresence(trx, services, params.id, body),
  })),
  authenticatedRoute('subscribeChatPresence', async ({ trx, services, params }) => ({
    status: 200,
    body: await subscribeChatPresence(trx, services, params.id),
  })),
  authenticatedRoute('setConnectionPresence', async ({ trx, services, params, body }) => ({
    status: 200,
    body: await setConnectionPresence(trx, services, params.id, body),
  })),
  authenticatedRoute('sandboxPresence', async ({ trx, services, actor, params, body }) => ({
    status: 200,
    body: await sandboxPresence(trx, services, actor, params.id, body),
  })),
  authenticatedRoute('sandboxCall', async ({ trx, services, actor, params, body }) => ({
    status: 201,
    body: await sandboxCall(trx, services, actor, params.id, body),
  })),
  authenticatedRoute('sandboxEndCall', async ({ trx, services, actor, params, body }) => ({
    status: 200,
    body: await sandboxEndCall(trx, services, actor, params.id, params.call_id, body),
  })),
];
