import type { components } from '../generated/openapi.js';
import { isStopped, type ConnectionRow } from '../connections/models.js';
import { findMediaForMessage } from '../media/media.js';
import { createMessage } from '../messages/send.js';
import type { Actor } from '../platform/actor.js';
import type { Transaction } from '../platform/db/database.js';
import { ChannelListener } from '../platform/db/listener.js';
import { ApiError } from '../platform/http/errors.js';
import type { Services } from '../platform/services.js';
import { recordJobEvent } from './create.js';
import { moveOffPausedConnections } from './transitions.js';
import { IN_FLIGHT, type BulkJobRow, type RecipientRow } from './models.js';

type Schemas = components['schemas'];

/** Announced (by a trigger on bulk_jobs) when a job is created without a later send_at, or resumed. */
export const BULK_JOBS_CHANNEL = 'parley_bulk_jobs';

const TICK_MS = 1_000;
/**
 * Unsent messages a job keeps per connection: enough to keep the connection's pace busy between ticks, few
 * enough that single sends interleave and a pause calls back little.
 */
const WINDOW = 10;
/**
 * How much unused allowance a job with a rate keeps: a little over one tick, so steps that come a little late
 * lose nothing, while a job that was paused or held back by slow connections does not burst to catch up.
 */
const RATE_CARRY_MS = 1.5 * TICK_MS;

/**
 * A job's rate as a schedule: `rate_next_at` is when its next message may be released, and each release moves
 * it on by 60/rate seconds. Returns how many may go now, and where the schedule stands after `released` of them.
 */
function rateAllowance(job: BulkJobRow, now: number): { count: number; after: (released: number) => Date } {
  if (job.rate === null) return { count: Infinity, after: () => new Date(now) };
  const interval = 60_000 / job.rate;
  const next = Math.max(job.rate_next_at?.getTime() ?? now, now - RATE_CARRY_MS);
  return { count: next > now ? 0 : Math.floor((now - next) / interval) + 1, after: (released) => new Date(Math.round(next + released * interval)) };
}

/**
 * A job with a rate keeps fewer unsent messages per connection, about a second of its rate: a connection that
 * stalls and comes back then sends only that many back to back, not a full window faster than the job's rate.
 */
const windowOf = (job: BulkJobRow) => (job.rate === null ? WINDOW : Math.min(WINDOW, Math.ceil(job.rate / 60) + 1));

/** One step of one job, in its tenant's transaction; the job's row lock keeps two workers from both stepping it. */
async function stepJob(trx: Transaction, services: Services, id: string): Promise<void> {
  // The database's clock, not this worker's: the rate's schedule is shared by every worker that steps the job.
  const job = (await trx<BulkJobRow>('bulk_jobs').where({ id }).forUpdate().skipLocked().first('*', trx.raw('clock_timestamp() as stepped_at'))) as
    | (BulkJobRow & { stepped_at: Date })
    | undefined;
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
  const window = windowOf(job);
  const slots = connections
    .filter((c) => !isStopped(c) && !coolingDown(c))
    .map((c) => ({ id: c.id, free: window - (inFlight.find((row) => row.connection_id === c.id)?.count ?? 0) }))
    .filter((slot) => slot.free > 0);
  const allowance = rateAllowance(job, job.stepped_at.getTime());
  const capacity = Math.min(allowance.count, slots.reduce((sum, slot) => sum + slot.free, 0));
  if (capacity > 0) {
    const next = (await trx<RecipientRow>('bulk_job_recipients').where({ job_id: id, status: 'pending' }).orderBy('position').limit(capacity)) as RecipientRow[];
    let turn = 0;
    let released = 0;
    for (const recipient of next) {
      while (slots[turn % slots.length]!.free === 0) turn++;
      const slot = slots[turn++ % slots.length]!;
      slot.free--;
      if (await sendOne(trx, services, job, recipient, slot.id)) released++;
    }
    if (job.rate !== null && released > 0) await trx('bulk_jobs').where({ id }).update({ rate_next_at: allowance.after(released) });
  }
  await completeWhenDone(trx, job);
}

/** True when the recipient's message was made; false when it was refused and the recipient failed. */
async function sendOne(trx: Transaction, services: Services, job: BulkJobRow, recipient: RecipientRow, connectionId: string): Promise<boolean> {
  // createMessage reads only the actor's account and mode; the job acts for the account that created it.
  const actor: Actor = { accountId: job.account_id, mode: job.mode, kind: 'api_key', keyId: job.id, role: 'developer' };
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
    return true;
  } catch (error) {
    // Refused before anything was written (the template was deleted since, the file is gone): this recipient fails.
    if (!(error instanceof ApiError) || error.status >= 500) throw error;
    await trx('bulk_job_recipients').where(where).update({ status: 'failed', reason_code: error.code, reason_message: error.message, connection_id: connectionId });
    return false;
  }
}

async function failJob(trx: Transaction, job: BulkJobRow): Promise<void> {
  await trx('bulk_job_recipients').where({ job_id: job.id, status: 'pending' }).update({
    status: 'failed',
    reason_code: 'connections_unavailable',
    reason_message: `Every connection of bulk job ${job.id} is logged out, failed or deleted.`,
  });
  await trx('bulk_jobs').where({ id: job.id }).update({ status: 'failed', updated_at: new Date() });
  await recordJobEvent(trx, job, 'failed');
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

export interface BulkRunnerOptions {
  /** How often to look for due jobs when nothing wakes the runner; tests lengthen it to prove the wake. */
  tickMs?: number;
  /** Where to LISTEN for new and resumed jobs: the database the runner steps jobs in. */
  databaseUrl: string;
}

/**
 * Steps jobs every second, one round at a time, and at once when a job is created or resumed (a NOTIFY on
 * commit); a wake during a round runs one more round after it, so a job committed meanwhile is not left for
 * the tick. Returns a stop function.
 */
export function startBulkRunner(services: Services, options: BulkRunnerOptions): () => void {
  let running = false;
  let again = false;
  let stopped = false;
  const run = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    runBulkJobs(services)
      .catch((error: unknown) => services.logger.error({ err: error }, 'bulk job run failed'))
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          run();
        }
      });
  };
  const timer = setInterval(run, options.tickMs ?? TICK_MS);
  timer.unref();
  const listener = new ChannelListener({
    connection: options.databaseUrl,
    channel: BULK_JOBS_CHANNEL,
    logger: services.logger,
    name: 'bulk job',
    onNotification: run,
    onListening: run,
  });
  listener.startInBackground();
  return () => {
    stopped = true;
    clearInterval(timer);
    void listener.stop();
  };
}
