import { assertFeature } from '../accounts/features.js';
import { scopeOf } from '../platform/actor.js';
import { authenticatedRoute, preparedAuthenticatedRoute } from '../platform/http/route.js';
import { createBulkJob, recipientLimit, recipientSource } from './create.js';
import { readRecipientsCsv } from './csv.js';
import { exportResults } from './export.js';
import { findBulkJob, listBulkJobs, listRecipients } from './queries.js';
import { cancelBulkJob, pauseBulkJob, resumeBulkJob } from './transitions.js';

export const bulkJobRoutes = [
  preparedAuthenticatedRoute(
    'createBulkJob',
    // A recipients file is read and parsed before the job's transaction, which then holds no connection idle.
    async ({ services, actor, body }) => {
      if (recipientSource(body) !== 'recipients_csv') return undefined;
      const scope = scopeOf(actor);
      const limit = await services.db.tenant(scope, (trx) => recipientLimit(trx, services.config, scope));
      return readRecipientsCsv(services, scope, body.recipients_csv!.media_id, limit);
    },
    async ({ trx, actor, body, prepared, services }) => {
      await assertFeature(trx, actor.accountId, 'bulk_jobs');
      return { status: 201, body: await createBulkJob(trx, services.config, actor, body, prepared) };
    },
  ),
  authenticatedRoute('listBulkJobs', async ({ trx, query }) => ({ status: 200, body: await listBulkJobs(trx, query) })),
  authenticatedRoute('getBulkJob', async ({ trx, params }) => ({ status: 200, body: await findBulkJob(trx, params.id) })),
  authenticatedRoute('listBulkJobRecipients', async ({ trx, params, query }) => ({ status: 200, body: await listRecipients(trx, params.id, query) })),
  authenticatedRoute('exportBulkJobResults', async ({ trx, params }) => ({
    status: 200,
    raw: { type: 'text/csv; charset=utf-8', body: await exportResults(trx, params.id), headers: { 'Content-Disposition': `attachment; filename="${params.id}.csv"` } },
  })),
  authenticatedRoute('pauseBulkJob', async ({ trx, params }) => ({ status: 200, body: await pauseBulkJob(trx, params.id) })),
  authenticatedRoute('resumeBulkJob', async ({ trx, params }) => ({ status: 200, body: await resumeBulkJob(trx, params.id) })),
  authenticatedRoute('cancelBulkJob', async ({ trx, params }) => ({ status: 200, body: await cancelBulkJob(trx, params.id) })),
];
