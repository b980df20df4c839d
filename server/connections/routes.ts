import QRCode from 'qrcode';
import { conflict, forbidden } from '../platform/http/errors.js';
import { authenticatedRoute } from '../platform/http/route.js';
import { normalizePhoneNumber } from '../platform/phone.js';
import { isStopped } from './models.js';
import { presentConnection, presentQr } from './presenters.js';
import {
  commandConnection,
  createConnection,
  deleteConnection,
  findConnection,
  listConnections,
  logoutConnection,
  restartConnection,
  updateConnection,
} from './service.js';

const sandboxOnly = (mode: string) => {
  if (mode !== 'test') throw forbidden('sandbox_test_mode_only', 'Sandbox endpoints work with test-mode keys only.');
};

export const connectionRoutes = [
  authenticatedRoute('createConnection', async ({ trx, services, actor, body }) => ({
    status: 201,
    body: presentConnection(await createConnection(trx, services, actor, body ?? {})),
  })),

  authenticatedRoute('listConnections', async ({ trx, query }) => ({ status: 200, body: await listConnections(trx, query) })),

  authenticatedRoute('getConnection', async ({ trx, params }) => ({
    status: 200,
    body: presentConnection(await findConnection(trx, params.id)),
  })),

  authenticatedRoute('updateConnection', async ({ trx, services, actor, params, body }) => ({
    status: 200,
    body: presentConnection(await updateConnection(trx, services, actor, params.id, body)),
  })),

  authenticatedRoute('deleteConnection', async ({ trx, services, actor, params }) => ({
    status: 200,
    body: await deleteConnection(trx, services, actor, params.id),
  })),

  authenticatedRoute('restartConnection', async ({ trx, services, actor, params }) => ({
    status: 202,
    body: presentConnection(await restartConnection(trx, services, actor, params.id)),
  })),

  authenticatedRoute('logoutConnection', async ({ trx, services, actor, params }) => ({
    status: 200,
    body: presentConnection(await logoutConnection(trx, services, actor, params.id)),
  })),

  authenticatedRoute('getConnectionQr', async ({ trx, params, request }) => {
    const row = await findConnection(trx, params.id);
    // Linked is a fact of the credentials, not of the status: an unlinked session is `connecting` too.
    if (row.linked_at !== null) {
      throw conflict('connection_already_linked', `Connection ${row.id} is already linked to ${row.phone_number}; it has no QR code.`);
    }
    const qr = presentQr(row);
    if (!qr) {
      throw conflict(
        'qr_not_ready',
        isStopped(row)
          ? `Connection ${row.id} is ${row.status}. Restart it to get a new QR code.`
          : `Connection ${row.id} has no QR code yet. Retry in a moment, or follow GET /v1/connections/${row.id}/events.`,
      );
    }
    const type = request.accepts('application/json', 'image/png', 'image/svg+xml');
    if (type === 'image/png') {
      return { status: 200, raw: { type, body: await QRCode.toBuffer(qr.qr, { type: 'png', width: 512, margin: 2 }) } };
    }
    if (type === 'image/svg+xml') {
      return { status: 200, raw: { type, body: await QRCode.toString(qr.qr, { type: 'svg', margin: 2 }) } };
    }
    return { status: 200, body: qr };
  }),

  authenticatedRoute('requestPairingCode', async ({ trx, services, params, body }) => {
    const row = await findConnection(trx, params.id);
    const phoneNumber = normalizePhoneNumber(body.phone_number, 'phone_number');
    if (row.status === 'connected') {
      throw conflict('connection_already_linked', `Connection ${row.id} is already linked to ${row.phone_number}. Log it out first to link another number.`);
    }
    const result = (await commandConnection(services, row, { name: 'pairing_code', phoneNumber })) as { code: string };
    return { status: 200, body: result };
  }),

  authenticatedRoute('streamConnectionEvents', async ({ trx, services, params }) => {
    const row = await findConnection(trx, params.id);
    return {
      status: 200,
      raw: {
        type: 'text/event-stream',
        body: services.connectionStreams.open(row),
        headers: { 'Cache-Control': 'no-cache, no-transform', 'X-Accel-Buffering': 'no' },
      },
    };
  }),

  authenticatedRoute('sandboxScan', async ({ trx, services, actor, params, body }) => {
    sandboxOnly(actor.mode);
    const row = await findConnection(trx, params.id);
    await commandConnection(services, row, {
      name: 'sandbox_scan',
      ...(body?.phone_number === undefined ? {} : { phoneNumber: body.phone_number }),
    });
    return { status: 200, body: presentConnection(await findConnection(trx, params.id)) };
  }),

  authenticatedRoute('sandboxConfirmCode', async ({ trx, services, actor, params, body }) => {
    sandboxOnly(actor.mode);
    const row = await findConnection(trx, params.id);
    await commandConnection(services, row, { name: 'sandbox_confirm_code', code: body.code });
    return { status: 200, body: presentConnection(await findConnection(trx, params.id)) };
  }),
];
