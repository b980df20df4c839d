import contentDisposition from 'content-disposition';
import { scopeOf } from '../platform/actor.js';
import { authenticatedRoute, preparedAuthenticatedRoute } from '../platform/http/route.js';
import { findMedia, openMediaContent } from './media.js';
import { presentMedia } from './models.js';
import { receiveUpload } from './upload.js';

/**
 * `attachment; filename="..."`, quoted and escaped; a name beyond ASCII also goes as RFC 5987 `filename*`,
 * with an ASCII fallback, so the header itself stays ASCII (Latin-1 bytes in headers are read inconsistently).
 */
const attachment = (filename: string) =>
  contentDisposition(filename, { type: 'attachment', fallback: filename.replace(/[^\x20-\x7e]/g, '?') });

export const mediaRoutes = [
  // The file is streamed into the store before the transaction opens, so a slow upload holds no connection.
  preparedAuthenticatedRoute(
    'uploadMedia',
    ({ services, actor, body }) => receiveUpload(services, scopeOf(actor), body),
    async ({ prepared }) => ({ status: 201, body: presentMedia(prepared) }),
  ),

  authenticatedRoute('downloadMedia', async ({ trx, services, params }) => {
    const row = await findMedia(trx, params.id);
    return {
      status: 200,
      raw: {
        type: row.mime_type,
        // The stream is read after the transaction has ended: the download holds no database connection.
        body: await openMediaContent(services, row),
        headers: {
          'Content-Type': row.mime_type,
          'Content-Length': String(row.size),
          'Content-Disposition': attachment(row.filename ?? row.id),
          'Cache-Control': 'private',
          // Files are people's content: a browser must neither guess another type nor run one that is HTML.
          'X-Content-Type-Options': 'nosniff',
          'Content-Security-Policy': "default-src 'none'; sandbox",
        },
      },
    };
  }),
];
