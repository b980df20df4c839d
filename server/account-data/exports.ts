import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { create as createTar } from 'tar';
import type { components } from '../generated/openapi.js';
import { AccountRow } from '../accounts/models.js';
import { presentAccount } from '../accounts/presenters.js';
import { AuditEntryRow, presentAuditEntry } from '../audit/routes.js';
import { listBulkJobs, listRecipients } from '../bulk/queries.js';
import { listChats } from '../chats/chats.js';
import { listConnections } from '../connections/service.js';
import { listContacts } from '../contacts/contacts.js';
import { listEvents } from '../events/events.js';
import { recordEvent } from '../events/record.js';
import { ApiKeyRow } from '../keys/models.js';
import { presentApiKey } from '../keys/api-keys.js';
import { putMetered } from '../media/media.js';
import { MediaRow, presentMedia } from '../media/models.js';
import { listInvitations } from '../members/invitations.js';
import { listMembers } from '../members/members.js';
import { listMessages } from '../messages/queries.js';
import { MessageRevisionRow, presentRevision } from '../messages/revisions.js';
import { MessageReceiptRow, presentReceipt } from '../messages/receipts.js';
import { listOptOuts } from '../opt-outs/opt-outs.js';
import type { Actor } from '../platform/actor.js';
import type { Mode, Transaction } from '../platform/db/database.js';
import { ApiError, conflict, notFound } from '../platform/http/errors.js';
import { newId } from '../platform/ids.js';
import { paginate, type Page, type PageParams } from '../platform/http/pagination.js';
import type { Services } from '../platform/services.js';
import { listTemplates } from '../templates/templates.js';
import { presentThreshold } from '../usage/routes.js';
import { WebhookDeliveryRow } from '../webhook-endpoints/models.js';
import { presentWebhookDelivery } from '../webhook-endpoints/presenters.js';
import { listWebhookEndpoints } from '../webhook-endpoints/endpoints.js';

type Schemas = components['schemas'];

/** Published once an export is requested: a worker builds it at once. */
export const EXPORTS_QUEUED = 'exports:queued';
/** The archive's format, in its manifest: a reader can tell what it holds. */
export const EXPORT_FORMAT_VERSION = 1;
/** Objects read per query while writing a file. */
const PAGE = 1000;

export interface ExportRow {
  id: string;
  account_id: string;
  mode: Mode;
  status: Schemas['AccountExport']['status'];
  requested_by_type: string;
  requested_by_id: string;
  attempts: number;
  storage_key: string | null;
  size: string | number | null;
  sha256: string | null;
  files: Schemas['AccountExportFile'][] | null;
  error: string | null;
  created_at: Date;
  completed_at: Date | null;
  expires_at: Date | null;
}

export function presentExport(row: ExportRow, publicUrl: string): Schemas['AccountExport'] {
  return {
    id: row.id,
    object: 'account_export',
    status: row.status,
    created_at: row.created_at.toISOString(),
    completed_at: row.completed_at?.toISOString() ?? null,
    expires_at: row.expires_at?.toISOString() ?? null,
    size: row.size === null ? null : Number(row.size),
    sha256: row.sha256,
    files: row.files ?? [],
    download_url: row.status === 'ready' ? `${publicUrl}/v1/account/exports/${row.id}/download` : null,
    failure_reason: row.status === 'failed' ? row.error : null,
  };
}

/** Queues an export; one is built at a time per account, so a second request while one is pending is refused. */
export async function requestExport(trx: Transaction, services: Pick<Services, 'bus' | 'config'>, actor: Actor): Promise<Schemas['AccountExport']> {
  const pending = await trx<ExportRow>('account_exports').where({ status: 'pending' }).first('id');
  if (pending) throw inProgress(pending.id);
  const id = newId('accountExport');
  const rows = await trx<ExportRow>('account_exports')
    .insert({
      id,
      account_id: actor.accountId,
      mode: actor.mode,
      requested_by_type: actor.kind === 'api_key' ? 'api_key' : 'user',
      requested_by_id: actor.kind === 'api_key' ? actor.keyId : actor.userId,
    })
    // Two requests at once: the partial unique index lets one in; the other finds it here.
    .onConflict(trx.raw(`(account_id) where status = 'pending'`))
    .ignore()
    .returning('*');
  const row = rows[0];
  if (!row) {
    const other = await trx<ExportRow>('account_exports').where({ status: 'pending' }).first('id');
    throw inProgress(other?.id ?? 'another export');
  }
  trx.executionPromise.then(() => services.bus.publish(EXPORTS_QUEUED, { id })).catch(() => undefined);
  return presentExport(row, services.config.publicUrl);
}

const inProgress = (id: string) =>
  conflict('export_in_progress', `Export ${id} is being built; wait for it (GET /v1/account/exports/${id}) before asking for another.`);

export async function findExport(trx: Transaction, id: string): Promise<ExportRow> {
  const row = await trx<ExportRow>('account_exports').where({ id }).first();
  if (!row) throw notFound('export', id);
  return row;
}

export async function listExports(trx: Transaction, publicUrl: string, page: PageParams): Promise<Schemas['AccountExportList']> {
  const limit = page.limit ?? 10;
  const query = trx<ExportRow>('account_exports').limit(limit + 1);
  if (page.ending_before !== undefined) query.where('id', '>', page.ending_before).orderBy('id', 'asc');
  else {
    if (page.starting_after !== undefined) query.where('id', '<', page.starting_after);
    query.orderBy('id', 'desc');
  }
  const rows = await query;
  const data = rows.slice(0, limit);
  if (page.ending_before !== undefined) data.reverse();
  return { object: 'list', data: data.map((row) => presentExport(row, publicUrl)), has_more: rows.length > limit };
}

/** The archive, for a download: only while it is ready. */
export async function openExport(trx: Transaction, services: Pick<Services, 'media'>, id: string) {
  const row = await findExport(trx, id);
  if (row.status === 'pending') throw conflict('export_not_ready', `Export ${id} is still being built; download it once its status is ready (account.export_ready is written then).`);
  if (row.status === 'failed') throw conflict('export_failed', `Export ${id} could not be built (${row.error ?? 'unknown error'}); request another with POST /v1/account/exports.`);
  if (row.status === 'expired' || !row.storage_key || (row.expires_at && row.expires_at <= new Date())) {
    throw new ApiError(410, 'not_found_error', 'export_expired', `Export ${id} expired and was deleted; request another with POST /v1/account/exports.`);
  }
  return { row, stream: await services.media.get(row.storage_key) };
}

/** A source of one file's objects: a page after the given id. */
type Lister = (trx: Transaction, after: string | undefined) => Promise<Page<unknown> | { data: unknown[]; has_more: boolean }>;

const page = (after: string | undefined): PageParams => ({ limit: PAGE, ...(after === undefined ? {} : { starting_after: after }) });

/** Files of the account as a whole, read once. */
const ACCOUNT_FILES: Record<string, Lister> = {
  'members.jsonl': (trx, after) => listMembers(trx, page(after)),
  'invitations.jsonl': async (trx, after) => (after === undefined ? listInvitations(trx) : { data: [], has_more: false }),
  'api_keys.jsonl': (trx, after) => paginate(ApiKeyRow.query(trx), page(after), presentApiKey),
  'usage_thresholds.jsonl': async (trx, after) =>
    after === undefined ? { data: (await trx('usage_thresholds').orderBy('id', 'desc')).map(presentThreshold), has_more: false } : { data: [], has_more: false },
  'audit_log.jsonl': (trx, after) => paginate(AuditEntryRow.query(trx), page(after), presentAuditEntry),
};

/** Files of each mode's data, under `<mode>/`. */
const MODE_FILES: Record<string, Lister> = {
  'connections.jsonl': (trx, after) => listConnections(trx, page(after)),
  'contacts.jsonl': (trx, after) => listContacts(trx, page(after)),
  'opt_outs.jsonl': (trx, after) => listOptOuts(trx, page(after)),
  'chats.jsonl': (trx, after) => listChats(trx, page(after)),
  'messages.jsonl': (trx, after) => listMessages(trx, page(after)),
  'message_revisions.jsonl': (trx, after) => paginate(MessageRevisionRow.query(trx), page(after), presentRevision),
  'message_receipts.jsonl': (trx, after) => paginate(MessageReceiptRow.query(trx), page(after), presentReceipt),
  'media.jsonl': (trx, after) => paginate(MediaRow.query(trx), page(after), presentMedia),
  'templates.jsonl': (trx, after) => listTemplates(trx, page(after)),
  'bulk_jobs.jsonl': (trx, after) => listBulkJobs(trx, page(after)),
  'webhook_endpoints.jsonl': (trx, after) => listWebhookEndpoints(trx, page(after)),
  'webhook_deliveries.jsonl': (trx, after) => paginate(WebhookDeliveryRow.query(trx), page(after), presentWebhookDelivery),
  'events.jsonl': (trx, after) => listEvents(trx, page(after)),
};

/** Writes a line, waiting when the file's buffer is full so that a large file is never held in memory. */
async function writeLine(out: WriteStream, value: unknown): Promise<void> {
  if (!out.write(`${JSON.stringify(value)}\n`)) await new Promise<void>((resolve) => out.once('drain', resolve));
}

/** A list's pages, each starting after the last id of the one before (pages, not objects: one step per page). */
async function* allPages(list: (after: string | undefined) => Promise<{ data: unknown[]; has_more: boolean }>): AsyncGenerator<unknown[]> {
  let after: string | undefined;
  for (;;) {
    const { data, has_more: hasMore } = await list(after);
    yield data;
    if (!hasMore || data.length === 0) return;
    after = (data[data.length - 1] as { id: string }).id;
  }
}

/** Writes one JSON Lines file, a line per object, from batches of objects; returns its record count. */
async function writeJsonLines(file: string, batches: Iterable<unknown[]> | AsyncIterable<unknown[]>): Promise<number> {
  const out = createWriteStream(file, { flags: 'wx' });
  let records = 0;
  try {
    for await (const batch of batches) {
      for (const object of batch) await writeLine(out, object);
      records += batch.length;
    }
  } finally {
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
  return records;
}

const writeFile = (trx: Transaction, file: string, list: Lister) => writeJsonLines(file, allPages((after) => list(trx, after)));

/** A job's recipients, every job of the mode: listed per job in position order. */
async function* recipients(trx: Transaction): AsyncGenerator<unknown[]> {
  for (const job of (await trx('bulk_jobs').orderBy('id', 'desc').pluck('id')) as string[]) {
    yield* allPages((after) => listRecipients(trx, job, page(after)));
  }
}

async function usageDays(trx: Transaction) {
  const rows = (await trx('usage_daily')
    .select('day', 'category')
    .sum({ quantity: 'quantity' })
    .groupBy('day', 'category')
    .orderBy([{ column: 'day', order: 'desc' }, { column: 'category' }])) as Array<{ day: string | Date; category: string; quantity: string | number }>;
  return rows.map((row) => ({
    object: 'usage_day',
    day: row.day instanceof Date ? row.day.toISOString().slice(0, 10) : String(row.day).slice(0, 10),
    category: row.category,
    quantity: Number(row.quantity),
  }));
}

/**
 * Writes the account's files into `dir`: the account-wide ones and the live ones from one consistent view of
 * live data, the test ones from one of test data (row-level security confines each read to the account and
 * mode, as for any request). Returns each file with its record count, in the order a reader meets them.
 */
export async function writeExportFiles(services: Pick<Services, 'db' | 'config'>, accountId: string, dir: string): Promise<Schemas['AccountExportFile'][]> {
  const files: Schemas['AccountExportFile'][] = [];
  for (const mode of ['live', 'test'] as const) {
    await services.db.tenant(
      { accountId, mode },
      async (trx) => {
        if (mode === 'live') {
          const account = await AccountRow.query(trx).findById(accountId).throwIfNotFound();
          files.push({ name: 'account.jsonl', records: await writeJsonLines(path.join(dir, 'account.jsonl'), [[presentAccount(account, services.config)]]) });
          for (const [name, list] of Object.entries(ACCOUNT_FILES)) files.push({ name, records: await writeFile(trx, path.join(dir, name), list) });
        }
        await mkdir(path.join(dir, mode));
        for (const [name, list] of Object.entries(MODE_FILES)) {
          files.push({ name: `${mode}/${name}`, records: await writeFile(trx, path.join(dir, mode, name), list) });
        }
        files.push({ name: `${mode}/bulk_job_recipients.jsonl`, records: await writeJsonLines(path.join(dir, mode, 'bulk_job_recipients.jsonl'), recipients(trx)) });
        files.push({ name: `${mode}/usage.jsonl`, records: await writeJsonLines(path.join(dir, mode, 'usage.jsonl'), [await usageDays(trx)]) });
      },
      { snapshot: true },
    );
  }
  return files;
}

/**
 * Builds an export: writes the files to a scratch directory, packs them into a gzipped tar streamed into the
 * media store (hashed on the way), and marks the export ready with its event, in one transaction. The
 * scratch directory is removed whatever happens.
 */
export async function buildExport(services: Pick<Services, 'db' | 'config' | 'media' | 'logger'>, row: ExportRow): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'parley-export-'));
  try {
    const files = await writeExportFiles(services, row.account_id, dir);
    const createdAt = new Date();
    const manifest = {
      object: 'account_export_manifest',
      format_version: EXPORT_FORMAT_VERSION,
      account_id: row.account_id,
      export_id: row.id,
      created_at: createdAt.toISOString(),
      files,
    };
    await writeJsonLines(path.join(dir, 'manifest.json'), [[manifest]]);
    const key = `${row.account_id}/exports/${row.id}`;
    const packed = createTar({ gzip: true, cwd: dir, portable: true }, ['manifest.json', ...files.map((file) => file.name)]);
    // tar's stream is a Minipass stream: read as an async iterable, it is an ordinary Readable.
    const { sha256, size } = await putMetered(services.media, key, Readable.from(packed));
    const expiresAt = new Date(createdAt.getTime() + services.config.EXPORT_TTL_HOURS * 3600_000);
    await services.db.tenant({ accountId: row.account_id, mode: row.mode }, async (trx) => {
      const [ready] = await trx<ExportRow>('account_exports')
        .where({ id: row.id, status: 'pending' })
        .update({ status: 'ready', storage_key: key, size, sha256, files: JSON.stringify(files) as never, completed_at: createdAt, expires_at: expiresAt, error: null })
        .returning('*');
      if (!ready) return;
      await recordEvent(trx, { accountId: row.account_id, mode: row.mode }, 'account.export_ready', presentExport(ready, services.config.publicUrl));
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
