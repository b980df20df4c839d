import type { components } from '../generated/openapi.js';
import { isStopped, type ConnectionRow } from '../connections/models.js';
import { findMediaForMessage } from '../media/media.js';
import { createMessage } from '../messages/send.js';
import type { Actor } from '../platform/actor.js';
import type { Transaction } from '../platform/db/database.js';
import { ApiError } from '../platform/http/errors.js';
import type { Services } from '../platform/services.js';
import { recordJobEvent } from './create.js';
import { moveOffPausedConnections } from './transitions.js';
import { IN_FLIGHT, type BulkJobRow, type RecipientRow } from './models.js';

type Schemas = components['schemas'];

const TICK_MS = 1_000;
/**
 * Unsent messages a job keeps per connection: enough to keep the connection's pace busy between ticks, few
 * enough that single sends interleave and a pause calls back little.
 */
const WINDOW = 10;

/** One step of one job, in its tenant's transaction; the job's row lock keeps two workers from both stepping it. */
async function stepJob(trx: Transaction, services: Services, id: string): Promise<void> {
  const job = (await trx<BulkJobRow>('bulk_jobs').where({ id }).forUpdate().skipLocked().first()) as BulkJobRow | undefined;
  if (!job) return;
  if (job.status === 'scheduled') {
    if (job.send_at && job.send_at.getTime() > Date.now()) return;
    await trx('bulk_jobs').where({ id }).update({ status: 'running', started_at: new Date(), updated_at: new Date() });
    await recordJobEvent(trx, job, 'started');
  } else if (job.status !== 'running') return;

  const connections = (await trx<ConnectionRow>('connections').whereIn('id', job.connection_ids)) as ConnectionRow[];
  // Logged out, failed or deleted everywhere: no worker will send for this job until someone relinks, so its
  // waiting recipients fail now rather than leave the job running forever.
  if (connections.every(isStopped)) return failJob(trx, job);
  const inFlight = (await trx('messages')
    .where({ bulk_job_id: id })
    .whereIn('status', [...IN_FLIGHT])
    .groupBy('connection_id')
    .select('connection_id', trx.raw('count(*)::int as count'))) as Array<{ connection_id: string; count: number }>;
  const now = Date.now();
  const coolingDown = (c: ConnectionRow) => c.new_contacts_paused_until !== null && c.new_contacts_paused_until.getTime() > now;
  await moveOffPausedConnections(trx, job, connections.filter(coolingDown).map((c) => c.id));
  // A stopped connection, or one cooling down after WhatsApp's 463, gets nothing new; the others carry the job.
  const slots = connections
    .filter((c) => !isStopped(c) && !coolingDown(c))
    .map((c) => ({ id: c.id, free: WINDOW - (inFlight.find((row) => row.connection_id === c.id)?.count ?? 0) }))
    .filter((slot) => slot.free > 0);
  const capacity = slots.reduce((sum, slot) => sum + slot.free, 0);
  if (capacity > 0) {
    const next = (await trx<RecipientRow>('bulk_job_recipients').where({ job_id: id, status: 'pending' }).orderBy('position').limit(capacity)) as RecipientRow[];
    let turn = 0;
    for (const recipient of next) {
      while (slots[turn % slots.length]!.free === 0) turn++;
      const slot = slots[turn++ % slots.length]!;
      slot.free--;
      await sendOne(trx, services, job, recipient, slot.id);
    }
  }
  await completeWhenDone(trx, job);
}

async function sendOne(trx: Transaction, services: Services, job: BulkJobRow, recipient: RecipientRow, connectionId: string): Promise<void> {
  // createMessage reads only the actor's account and mode; the job acts for the account that created it.
  const actor: Actor = { accountId: job.account_id, mode: job.mode, kind: 'api_key', keyId: job.id };
  const body = {
    ...job.message,
    connection_id: connectionId,
    to: recipient.phone_number!,
    ...(job.message.template ? { variables: recipient.variables } : {}),
    metadata: { ...job.metadata, bulk_job_id: job.id },
  } as Schemas['CreateMessageRequest'];
  const where = { job_id: job.id, position: recipient.position };
  try {
    const message = await createMessage(trx, services, actor, body, { findMedia: findMediaForMessage, bulkJobId: job.id });
    await trx('bulk_job_recipients').where(where).update({ status: 'queued', message_id: message.id, connection_id: connectionId });
  } catch (error) {
    // Refused before anything was written (the template was deleted since, the file is gone): this recipient fails.
    if (!(error instanceof ApiError) || error.status >= 500) throw error;
    await trx('bulk_job_recipients').where(where).update({ status: 'failed', reason_code: error.code, reason_message: error.message, connection_id: connectionId });
  }
}

async function failJob(trx: Transaction, job: BulkJobRow): Promise<void> {
  await trx('bulk_job_recipients').where({ job_id: job.id, status: 'pending' }).update({
    status: 'failed',
    reason_code: 'connections_unavailable',
    reason_message: `Every connection of bulk job ${job.id} is logged out, failed or deleted.`,
  });
  await trx('bulk_jobs').where({ id: job.id }).update({ status: 'failed', updated_at: new Date() });
}

async function completeWhenDone(trx: Transaction, job: BulkJobRow): Promise<void> {
  const pending = await trx('bulk_job_recipients').where({ job_id: job.id, status: 'pending' }).first('position');
  if (pending) return;
  const unfinished = await trx('messages').where({ bulk_job_id: job.id }).whereIn('status', [...IN_FLIGHT]).first('id');
  if (unfinished) return;
  await trx('bulk_jobs').where({ id: job.id }).update({ status: 'completed', completed_at: new Date(), updated_at: new Date() });
  await recordJobEvent(trx, job, 'completed');
}

/** Every job that has work now, across tenants; each is then stepped in its own tenant's transaction. */
export async function runBulkJobs(services: Services): Promise<void> {
  const due = (await services.db.system((trx) =>
    trx('bulk_jobs')
      .where('status', 'running')
      .orWhere((q) => q.where('status', 'scheduled').andWhere((inner) => inner.whereNull('send_at').orWhere('send_at', '<=', new Date())))
      .orderBy('id')
      .limit(100)
      .select('id', 'account_id', 'mode'),
  )) as Array<Pick<BulkJobRow, 'id' | 'account_id' | 'mode'>>;
  for (const job of due) {
    await services.db.tenant({ accountId: job.account_id, mode: job.mode }, (trx) => stepJob(trx, services, job.id));
  }
}

/** Steps jobs every second, one round at a time; returns a stop function. */
export function startBulkRunner(services: Services): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runBulkJobs(services)
      .catch((error: unknown) => services.logger.error({ err: error }, 'bulk job run failed'))
      .finally(() => (running = false));
  }, TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
