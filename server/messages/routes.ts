import { fetchMediaFromUrl, findMediaForMessage } from '../media/media.js';
import { scopeOf } from '../platform/actor.js';
import { authenticatedRoute, preparedAuthenticatedRoute } from '../platform/http/route.js';
import { isMediaType } from './content.js';
import { presentMessage } from './presenters.js';
import { cancelMessage, findMessage, listMessages } from './queries.js';
import { createMessage } from './send.js';
import { acceptInGroup } from './accept-group.js';
import { sandboxInbound } from './sandbox-inbound.js';
import { deleteMessage, editMessage } from './edits.js';
import { listRevisions } from './revisions.js';
import { listReceipts } from './receipts.js';
import { sandboxChangeInbound } from './sandbox-changes.js';

export const messageRoutes = [
  preparedAuthenticatedRoute(
    'createMessage',
    // A media URL is fetched before the transaction: a slow host must not hold a database connection.
    async ({ services, actor, body }) => {
      if (body.type === undefined || !isMediaType(body.type)) return undefined;
      const url = body[body.type]?.url;
      return url === undefined ? undefined : fetchMediaFromUrl(services, scopeOf(actor), url, body.type, `${body.type}.url`);
    },
    async ({ trx, services, actor, body, prepared }) => ({
      status: 202,
      body: await createMessage(trx, services, actor, body, { findMedia: findMediaForMessage, ...(prepared ? { fetched: prepared } : {}) }),
    }),
    // A plain send (no media, template or reply) shares its transaction with concurrent sends of its tenant.
    (input) => acceptInGroup(input),
  ),
  authenticatedRoute('listMessages', async ({ trx, query }) => ({ status: 200, body: await listMessages(trx, query) })),
  authenticatedRoute('getMessage', async ({ trx, params }) => ({ status: 200, body: presentMessage(await findMessage(trx, params.id)) })),
  authenticatedRoute('cancelMessage', async ({ trx, actor, params }) => ({ status: 200, body: await cancelMessage(trx, actor, params.id) })),
  authenticatedRoute('editMessage', async ({ trx, services, actor, params, body }) => ({ status: 200, body: await editMessage(trx, services, actor, params.id, body) })),
  authenticatedRoute('deleteMessage', async ({ trx, services, actor, params, query }) => ({ status: 200, body: await deleteMessage(trx, services, actor, params.id, query.for) })),
  authenticatedRoute('listMessageRevisions', async ({ trx, params, query }) => ({ status: 200, body: await listRevisions(trx, params.id, query) })),
  authenticatedRoute('listMessageReceipts', async ({ trx, params, query }) => ({ status: 200, body: await listReceipts(trx, params.id, query) })),
  authenticatedRoute('sandboxEditInbound', async ({ trx, services, actor, params, body }) => ({
    status: 200,
    body: await sandboxChangeInbound(trx, services, actor, params.id, { text: body.text }),
  })),
  authenticatedRoute('sandboxDeleteInbound', async ({ trx, services, actor, params }) => ({
    status: 200,
    body: await sandboxChangeInbound(trx, services, actor, params.id, { revoke: true }),
  })),
  authenticatedRoute('sandboxInbound', async ({ trx, services, actor, body }) => ({
    status: 201,
    body: await sandboxInbound(trx, services, actor, body, { findMedia: findMediaForMessage }),
  })),
];
