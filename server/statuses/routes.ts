import { isStopped } from '../connections/models.js';
import { findConnection } from '../connections/service.js';
import type { ReceivedStatus } from '../connections/status-history.js';
import type { InboundContent } from '../connections/transport.js';
import { newWaMessageId } from '../messages/send.js';
import { scopeOf } from '../platform/actor.js';
import { conflict, forbidden } from '../platform/http/errors.js';
import { authenticatedRoute } from '../platform/http/route.js';
import { normalizePhoneNumber } from '../platform/phone.js';
import { createStatus, statusContentOf } from './post.js';
import { recordReceivedStatus } from './receive.js';

export const statusRoutes = [
  authenticatedRoute('createStatus', async ({ trx, services, params, body }) => ({
    status: 201,
    body: await createStatus(trx, services, params.id, body),
  })),

  // Plays a contact posting a status the sandbox connection sees.
  authenticatedRoute('sandboxStatus', async ({ trx, actor, body }) => {
    if (actor.mode !== 'test') throw forbidden('sandbox_test_mode_only', 'Sandbox endpoints work with test-mode keys only.');
    const connection = await findConnection(trx, body.connection_id);
    if (!connection.linked_at || isStopped(connection)) {
      throw conflict('connection_not_linked', `Connection ${connection.id} is not linked to a sandbox number; scan its QR code first.`);
    }
    const from = normalizePhoneNumber(body.from, 'from');
    const { content, media } = await statusContentOf(trx, body);
    if (!connection.receive_statuses) {
      throw conflict(
        'statuses_not_received',
        `Connection ${connection.id} does not receive statuses; set receive_statuses to true (PATCH /v1/connections/${connection.id}) first.`,
      );
    }
    const received: InboundContent =
      content.type === 'text'
        ? { type: 'text', body: content.body }
        : { type: content.type, mimeType: media!.mime_type, fileName: null, caption: content.caption, voiceNote: false, size: Number(media!.size), download: () => Promise.reject(new Error('a sandbox status file is the upload itself')) };
    const status: ReceivedStatus = {
      waMessageId: newWaMessageId(),
      from: { phoneNumber: from, lid: null, name: body.name ?? null },
      at: new Date(),
      content: received,
      backgroundColor: content.type === 'text' ? content.backgroundColor : null,
      font: content.type === 'text' ? content.font : null,
    };
    const presented = await recordReceivedStatus(trx, scopeOf(actor), connection.id, status, media);
    return { status: 201, body: presented! };
  }),
];
