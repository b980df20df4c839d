import type { Config } from '../config.js';
import { accountLimit } from '../usage/limits.js';
import { contactsByTags } from '../contacts/by-tags.js';
import { recordEvent } from '../events/record.js';
import type { components } from '../generated/openapi.js';
import { isStopped, type ConnectionRow } from '../connections/models.js';
import { findMediaForMessage } from '../media/media.js';
import { checkMentions, contentFor, isMediaType } from '../messages/content.js';
import { sendAtOf } from '../messages/send.js';
import { scopeOf, type Actor } from '../platform/actor.js';
import type { TenantScope, Transaction } from '../platform/db/database.js';
import { ApiError, conflict, invalidRequest, notFound } from '../platform/http/errors.js';
import { newId } from '../platform/ids.js';
import { renderTemplate, templateVariables } from '../templates/render.js';
import { checkReference } from '../templates/send.js';
import { findTemplateForSend } from '../templates/templates.js';
import { contactRecipient, RecipientWriter, tooMany, type RecipientInput, type RecipientLimit, type VariableCheck } from './expand.js';
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

/** The most recipients the account's jobs may have (its own limit, or its plan's). */
export async function recipientLimit(trx: Transaction, config: Config, scope: TenantScope): Promise<RecipientLimit> {
  const found = await accountLimit(trx, config, scope.accountId, 'bulk_job_recipients');
  return { max: found.value, plan: found.plan, mode: scope.mode };
}

/** Which request field holds the job's recipients: exactly one of the three. */
export function recipientSource(body: Request): 'recipients' | 'contacts' | 'recipients_csv' {
  const given = (['recipients', 'contacts', 'recipients_csv'] as const).filter((field) => body[field] !== undefined);
  if (given.length !== 1) {
    const message = 'Give recipients, contacts (by tags) or recipients_csv (an uploaded CSV file); exactly one of them.';
    throw given.length === 0 ? invalidRequest('parameter_missing', message, 'recipients') : invalidRequest('parameter_unexpected', message, given[1]!);
  }
  return given[0]!;
}

/**
 * Checks the whole request, then stores the job and every recipient in the caller's transaction. `csv` holds
 * the rows of `recipients_csv`, read before the transaction (see readRecipientsCsv).
 */
export async function createBulkJob(trx: Transaction, config: Config, actor: Actor, body: Request, csv?: RecipientInput[]): Promise<Schemas['BulkJob']> {
  const scope = scopeOf(actor);
  const source = recipientSource(body);
  const limit = { ...(await recipientLimit(trx, config, scope)), param: source };
  const given = (body.recipients ?? csv ?? []).length;
  if (given > limit.max) throw tooMany(limit, source, given);
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
  const writer = new RecipientWriter(trx, scope, id, check, limit, body.connection_ids.length);
  // A contact or a file row carries more values than one template uses: pass only those it declares.
  const used = (variables: RecipientInput['variables']) => Object.fromEntries(Object.entries(variables).filter(([name]) => declared?.includes(name)));
  if (source === 'contacts') {
    for await (const page of contactsByTags(trx, body.contacts!.tags, { match: body.contacts!.match ?? 'any', batchSize: 5_000 })) {
      for (const contact of page) {
        const recipient = contactRecipient(contact);
        await writer.add({ ...recipient, variables: used(recipient.variables) });
      }
    }
  } else if (source === 'recipients_csv') {
    // Headers are typed by people: a column fills the template's variable of the same name in any letter case.
    const declaredAs = new Map((declared ?? []).map((name) => [name.toLowerCase(), name]));
    const named = (variables: RecipientInput['variables']) =>
      Object.fromEntries(Object.entries(variables).map(([name, value]) => [declared?.includes(name) ? name : (declaredAs.get(name.toLowerCase()) ?? name), value]));
    for (const recipient of csv ?? []) await writer.add({ ...recipient, variables: used(named(recipient.variables)) });
  } else {
    for (const recipient of body.recipients ?? []) await writer.add({ to: recipient.to, variables: recipient.variables ?? {} });
  }
  await writer.flush();
  // A tag that matches nobody or a file of only a header is a mistake to report, not a job to run; the
  // transaction rolls back what was written.
  if (writer.count === 0) {
    const what = source === 'contacts' ? 'No contact has the given tags' : 'The file has a header row and no recipients';
    throw invalidRequest('bulk_job_no_recipients', `${what}, so the job would have no recipients. No job was created.`, source);
  }
  await trx('bulk_jobs').where({ id }).update({ total: writer.count });
  return findBulkJob(trx, id);
}

/** The job's event, with the job as it is now. */
export async function recordJobEvent(trx: Transaction, row: Pick<BulkJobRow, 'id' | 'account_id' | 'mode'>, type: 'started' | 'completed' | 'paused' | 'canceled' | 'failed'): Promise<void> {
  await recordEvent(trx, { accountId: row.account_id, mode: row.mode }, `bulk_job.${type}`, await findBulkJob(trx, row.id));
}
