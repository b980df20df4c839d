import { contactsByTags } from '../contacts/by-tags.js';
import { recordEvent } from '../events/record.js';
import type { components } from '../generated/openapi.js';
import { isStopped, type ConnectionRow } from '../connections/models.js';
import { findMediaForMessage } from '../media/media.js';
import { checkMentions, contentFor, isMediaType } from '../messages/content.js';
import { sendAtOf } from '../messages/send.js';
import { scopeOf, type Actor } from '../platform/actor.js';
import type { Transaction } from '../platform/db/database.js';
import { ApiError, conflict, invalidRequest, notFound } from '../platform/http/errors.js';
import { newId } from '../platform/ids.js';
import { renderTemplate, templateVariables } from '../templates/render.js';
import { checkReference } from '../templates/send.js';
import { findTemplateForSend } from '../templates/templates.js';
import { contactRecipient, RecipientWriter, tooMany, MAX_RECIPIENTS, type VariableCheck } from './expand.js';
import type { BulkJobRow, BulkMessage } from './models.js';
import { findBulkJob } from './queries.js';

type Schemas = components['schemas'];
type Request = Schemas['CreateBulkJobRequest'];

const CONTENT_FIELDS = ['text', 'image', 'video', 'audio', 'document', 'sticker', 'location', 'contact', 'poll'] as const;

async function checkConnections(trx: Transaction, ids: string[]): Promise<void> {
  const rows = (await trx<ConnectionRow>('connections').whereIn('id', ids).select('id', 'status', 'status_reason')) as ConnectionRow[];
  for (const [i, id] of ids.entries()) {
    const row = rows.find((connection) => connection.id === id);
    if (!row) throw notFound('connection', id, `connection_ids[${i}]`);
    if (isStopped(row)) {
      throw conflict(`connection_${row.status}`, `Connection ${id} is ${row.status.replace('_', ' ')}, so it cannot send. Restart it and link it again, or leave it out.`, `connection_ids[${i}]`);
    }
  }
}

/**
 * The job's message, checked once with the checks a single send runs; returns how each recipient's variables
 * are checked (a template is rendered per recipient, so one missing variable fails that recipient alone).
 */
async function checkMessage(trx: Transaction, body: Request): Promise<{ message: BulkMessage; check: VariableCheck; declared: string[] | null }> {
  const given = CONTENT_FIELDS.filter((field) => body[field] !== undefined);
  if (body.template !== undefined) {
    if (body.type !== undefined || given.length > 0) {
      const param = body.type !== undefined ? 'type' : given[0]!;
      throw invalidRequest('parameter_unexpected', `${param} is not allowed with template: the template gives the message its type and content.`, param);
    }
    checkReference(body.template);
    const state = await findTemplateForSend(trx, body.template);
    const check: VariableCheck = (variables) => {
      try {
        renderTemplate(state, variables);
        return null;
      } catch (error) {
        if (error instanceof ApiError && error.status === 400) return { code: error.code, message: error.message };
        throw error;
      }
    };
    return { message: { template: body.template }, check, declared: templateVariables(state) };
  }
  if (body.type === undefined) {
    throw invalidRequest('parameter_missing', 'Give template, or type and its content field (e.g. "type": "text" with "text").', 'type');
  }
  const type = body.type;
  const content = contentFor(type, body);
  checkMentions(type, content, undefined);
  if (isMediaType(type)) {
    const media = content as Schemas['MediaContent'];
    if (media.media_id === undefined) {
      throw invalidRequest('parameter_missing', `A bulk job sends media by ${type}.media_id: upload the file first (POST /v1/media).`, `${type}.media_id`);
    }
    await findMediaForMessage(trx, media.media_id, type, `${type}.media_id`);
  }
  return { message: { type, [type]: content }, check: () => null, declared: null };
}

/** Checks the whole request, then stores the job and every recipient in the caller's transaction. */
export async function createBulkJob(trx: Transaction, actor: Actor, body: Request): Promise<Schemas['BulkJob']> {
  const scope = scopeOf(actor);
  if ((body.recipients === undefined) === (body.contacts === undefined)) {
    throw invalidRequest('parameter_missing', 'Give recipients, or contacts (by tags); exactly one of them.', 'recipients');
  }
  if ((body.recipients?.length ?? 0) > MAX_RECIPIENTS) throw tooMany();
  const sendAt = sendAtOf(body.send_at);
  await checkConnections(trx, body.connection_ids);
  const { message, check, declared } = await checkMessage(trx, body);

  const id = newId('bulkJob');
  await trx('bulk_jobs').insert({
    id,
    account_id: scope.accountId,
    mode: scope.mode,
    status: 'scheduled',
    connection_ids: JSON.stringify(body.connection_ids),
    message: JSON.stringify(message),
    metadata: JSON.stringify(body.metadata ?? {}),
    send_at: sendAt,
    rate: body.rate ?? null,
    total: 0,
  });
  const writer = new RecipientWriter(trx, scope, id, check);
  if (body.recipients) {
    for (const recipient of body.recipients) await writer.add({ to: recipient.to, variables: recipient.variables ?? {} });
  } else {
    for await (const page of contactsByTags(trx, body.contacts!.tags, { match: body.contacts!.match ?? 'any', batchSize: 5_000 })) {
      for (const contact of page) {
        const recipient = contactRecipient(contact);
        // A contact carries more attributes than one template uses: pass only those it declares.
        if (declared) recipient.variables = Object.fromEntries(Object.entries(recipient.variables).filter(([name]) => declared.includes(name)));
        await writer.add(recipient);
      }
    }
  }
  await writer.flush();
  await trx('bulk_jobs').where({ id }).update({ total: writer.count });
  return findBulkJob(trx, id);
}

/** The job's event, with the job as it is now. */
export async function recordJobEvent(trx: Transaction, row: Pick<BulkJobRow, 'id' | 'account_id' | 'mode'>, type: 'started' | 'completed' | 'paused' | 'canceled' | 'failed'): Promise<void> {
  await recordEvent(trx, { accountId: row.account_id, mode: row.mode }, `bulk_job.${type}`, await findBulkJob(trx, row.id));
}
