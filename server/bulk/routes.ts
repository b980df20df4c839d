import { authenticatedRoute } from '../platform/http/route.js';
import { createBulkJob } from './create.js';
import { exportResults } from './export.js';
import { findBulkJob, listBulkJobs, listRecipients } from './queries.js';
import { cancelBulkJob, pauseBulkJob, resumeBulkJob } from './transitions.js';

export const bulkJobRoutes = [
  authenticatedRoute('createBulkJob', async ({ trx, actor, body }) => ({ status: 201, body: await createBulkJob(trx, actor, body) })),
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
