import { isStopped } from '../connections/models.js';
import { findConnection } from '../connections/service.js';
import { newWaMessageId } from '../messages/send.js';
import { scopeOf } from '../platform/actor.js';
import { conflict, forbidden } from '../platform/http/errors.js';
import { authenticatedRoute } from '../platform/http/route.js';
import { normalizePhoneNumber } from '../platform/phone.js';
import { createStatus, statusContentOf } from './post.js';
import { contactStatus, recordReceivedStatus } from './receive.js';

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
    // The file is the upload itself: nothing to download.
    const file = media && { mimeType: media.mime_type, size: Number(media.size), open: () => Promise.reject(new Error('a sandbox status file is the upload itself')) };
    const status = contactStatus(newWaMessageId(), { phoneNumber: from, lid: null, name: body.name ?? null }, content, file);
    const presented = await recordReceivedStatus(trx, scopeOf(actor), connection.id, status, media);
    return { status: 201, body: presented! };
  }),
];
