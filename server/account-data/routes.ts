import contentDisposition from 'content-disposition';
import { clearSessionCookie } from '../auth/sessions.js';
import { authenticatedRoute, preparedAuthenticatedRoute } from '../platform/http/route.js';
import { requestErasure, verifyOwnerAgain } from './erasure.js';
import { findExport, listExports, openExport, presentExport, requestExport } from './exports.js';

export const accountDataRoutes = [
  authenticatedRoute('createAccountExport', async ({ trx, services, actor }) => ({ status: 202, body: await requestExport(trx, services, actor) })),
  authenticatedRoute('listAccountExports', async ({ trx, services, query }) => ({ status: 200, body: await listExports(trx, services.config.publicUrl, query) })),
  authenticatedRoute('getAccountExport', async ({ trx, services, params }) => ({
    status: 200,
    body: presentExport(await findExport(trx, params.id), services.config.publicUrl),
  })),
  authenticatedRoute('downloadAccountExport', async ({ trx, services, params, actor }) => {
    const { row, stream } = await openExport(trx, services, params.id);
    return {
      status: 200,
      raw: {
        type: 'application/gzip',
        // Read after the transaction ends: a download holds no database connection.
        body: stream,
        headers: {
          'Content-Type': 'application/gzip',
          ...(row.size === null ? {} : { 'Content-Length': String(row.size) }),
          'Content-Disposition': contentDisposition(`parley-export-${actor.accountId}-${row.id}.tar.gz`, { type: 'attachment' }),
          'Cache-Control': 'private, no-store',
          'X-Content-Type-Options': 'nosniff',
        },
      },
    };
  }),
  // The password is checked (slowly, by design) before the transaction opens.
  preparedAuthenticatedRoute(
    'deleteAccount',
    ({ services, actor, body }) => verifyOwnerAgain(services, actor, body),
    async ({ trx, services, actor, request }) => ({
      status: 202,
      body: await requestErasure(trx, services, actor, { ip: request.ip, userAgent: request.header('User-Agent'), requestId: request.id }),
      cookies: [clearSessionCookie],
    }),
  ),
];
