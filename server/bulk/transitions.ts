import { recordEvent } from '../events/record.js';
import type { components } from '../generated/openapi.js';
import { MessageRow } from '../messages/models.js';
import { presentMessage } from '../messages/presenters.js';
import type { Transaction } from '../platform/db/database.js';
import { recordJobEvent } from './create.js';
import { UNSENT, type BulkJobRow, type BulkJobStatus } from './models.js';
import { findBulkJob, findJobRow, nothingToPause, stateInvalid } from './queries.js';

type Schemas = components['schemas'];

/**
 * Calls back the job's messages that no drain has started (a message past its first attempt may have reached
 * WhatsApp, so it is left to finish, as a single cancel would). The update waits for a drain holding a row and
 * then re-reads its status, so a message is either called back here or sent, never both.
 */
async function callBackUnsent(trx: Transaction, job: BulkJobRow, only?: { connectionIds: string[]; newContacts: true }): Promise<string[]> {
  const result = await trx.raw<{ rows: Record<string, unknown>[] }>(
    `update messages set status = 'canceled', canceled_at = now(), updated_at = now()
      where bulk_job_id = ? and status = any(?) and attempts = 0
        ${only ? `and connection_id = any(?) and not exists (select 1 from chats ch where ch.id = messages.chat_id and ch.last_message_at is not null)` : ''}
      returning *`,
    only ? [job.id, [...UNSENT], only.connectionIds] : [job.id, [...UNSENT]],
  );
  const scope = { accountId: job.account_id, mode: job.mode };
  for (const raw of result.rows) await recordEvent(trx, scope, 'message.canceled', presentMessage(MessageRow.fromDatabaseJson(raw)));
  return result.rows.map((raw) => raw.id as string);
}

/**
 * A connection that WhatsApp stopped from starting chats (error 463) would hold the job's messages to new people
 * for its whole cool-down: they are called back and their recipients wait again, for the job's other connections.
 * The caller holds the job's lock.
 */
export async function moveOffPausedConnections(trx: Transaction, job: BulkJobRow, connectionIds: string[]): Promise<void> {
  if (connectionIds.length === 0) return;
  const called = await callBackUnsent(trx, job, { connectionIds, newContacts: true });
  if (called.length === 0) return;
  await trx('bulk_job_recipients')
    .where({ job_id: job.id, status: 'queued' })
    .whereIn('message_id', called)
    .update({ status: 'pending', message_id: null, connection_id: null });
}

/** The job locked: the runner holds the same lock while it creates messages, so a change waits for its batch. */
async function lockJob(trx: Transaction, id: string, action: string, allowed: BulkJobStatus[]): Promise<BulkJobRow> {
  const job = await findJobRow(trx, id, { lock: true });
  if (!allowed.includes(job.status)) throw stateInvalid(job, action, allowed);
  return job;
}

/**
 * Whether a pause would hold anything back: a recipient still waiting, or a message no send has started. Without
 * either the job only waits for messages already being sent and then completes on its own.
 */
async function hasWorkToPause(trx: Transaction, id: string): Promise<boolean> {
  const pending = await trx('bulk_job_recipients').where({ job_id: id, status: 'pending' }).first('position');
  if (pending) return true;
  return (await trx('messages').where({ bulk_job_id: id, attempts: 0 }).whereIn('status', [...UNSENT]).first('id')) !== undefined;
}

/**
 * Pausing holds the job's unsent messages by canceling them and returning their recipients to pending: resume
 * then sends each remaining recipient once, in order, and a paused job sends nothing more. A job with nothing
 * left to hold is refused rather than paused: it would otherwise stay `paused` with nothing to resume, and the
 * refusal is the same a moment later, once the runner has completed it.
 */
export async function pauseBulkJob(trx: Transaction, id: string): Promise<Schemas['BulkJob']> {
  const job = await lockJob(trx, id, 'paused', ['running', 'scheduled']);
  if (!(await hasWorkToPause(trx, id))) throw nothingToPause(job);
  const called = await callBackUnsent(trx, job);
  await trx('bulk_job_recipients')
    .where({ job_id: id, status: 'queued' })
    .whereIn('message_id', called)
    .update({ status: 'pending', message_id: null, connection_id: null });
  await trx('bulk_jobs').where({ id }).update({ status: 'paused', paused_at: new Date(), updated_at: new Date() });
  await recordJobEvent(trx, job, 'paused');
  return findBulkJob(trx, id);
}

/** A job that never started goes back to waiting for its start; one that had started runs again. */
export async function resumeBulkJob(trx: Transaction, id: string): Promise<Schemas['BulkJob']> {
  const job = await lockJob(trx, id, 'resumed', ['paused']);
  await trx('bulk_jobs')
    .where({ id })
    .update({ status: job.started_at ? 'running' : 'scheduled', paused_at: null, updated_at: new Date() });
  return findBulkJob(trx, id);
}

export async function cancelBulkJob(trx: Transaction, id: string): Promise<Schemas['BulkJob']> {
  const job = await lockJob(trx, id, 'canceled', ['scheduled', 'running', 'paused']);
  const called = await callBackUnsent(trx, job);
  await trx('bulk_job_recipients')
    .where({ job_id: id })
    .andWhere((q) => q.where('status', 'pending').orWhere((inner) => inner.where('status', 'queued').whereIn('message_id', called)))
    .update({ status: 'canceled', reason_code: 'bulk_job_canceled', reason_message: `Bulk job ${id} was canceled before this recipient's message was sent.` });
  await trx('bulk_jobs').where({ id }).update({ status: 'canceled', canceled_at: new Date(), updated_at: new Date() });
  await recordJobEvent(trx, job, 'canceled');
  return findBulkJob(trx, id);
}
