import { paginate } from '../platform/http/pagination.js';
import { authenticatedRoute } from '../platform/http/route.js';
import { MessageRow } from '../messages/models.js';
import { presentMessage } from '../messages/presenters.js';
import { findChat, listChats, markChatRead } from './chats.js';

export const chatRoutes = [
  authenticatedRoute('listChats', async ({ trx, query }) => ({ status: 200, body: await listChats(trx, query) })),
  authenticatedRoute('getChat', async ({ trx, params }) => ({ status: 200, body: await findChat(trx, params.id) })),
  authenticatedRoute('listChatMessages', async ({ trx, params, query }) => {
    await findChat(trx, params.id);
    return { status: 200, body: await paginate(MessageRow.query(trx).where({ chat_id: params.id }), query, presentMessage) };
  }),
  authenticatedRoute('markChatRead', async ({ trx, services, params }) => ({ status: 200, body: await markChatRead(trx, params.id, services) })),
];
