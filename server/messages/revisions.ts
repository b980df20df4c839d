import { Model } from 'objection';
import { recordEvent } from '../events/record.js';
import type { components } from '../generated/openapi.js';
import type { Mode, TenantScope, Transaction } from '../platform/db/database.js';
import { conflict, invalidRequest } from '../platform/http/errors.js';
import { paginate, type PageParams } from '../platform/http/pagination.js';
import { newId } from '../platform/ids.js';
import { patchMessage, type MessageRow } from './models.js';
import { presentMessage } from './presenters.js';
import { releaseMedia } from '../media/release.js';
import { findMessage } from './queries.js';

type Schemas = components['schemas'];

/** Who changed a message: this connection (through Parley) or the contact (on WhatsApp). */
export type RevisionActor = 'connection' | 'contact';

export class MessageRevisionRow extends Model {
  static override tableName = 'message_revisions';
  declare id: string;
  declare account_id: string;
  declare mode: Mode;
  declare message_id: string;
  declare action: 'edited' | 'deleted';
  declare actor: RevisionActor;
  declare previous_text: string | null;
  declare text: string | null;
  declare created_at: Date;
}

export function presentRevision(row: MessageRevisionRow): Schemas['MessageRevision'] {
  return {
    id: row.id,
    object: 'message_revision',
    message_id: row.message_id,
    action: row.action,
    by: row.actor,
    previous_text: row.previous_text,
    text: row.text,
    created_at: row.created_at.toISOString(),
  };
}

/** A message's revisions, newest first; 404 for a message that does not exist (in this account and mode). */
export async function listRevisions(trx: Transaction, messageId: string, page: PageParams) {
  await findMessage(trx, messageId);
  return paginate(MessageRevisionRow.query(trx).where('message_id', messageId), page, presentRevision);
}

/** The refusal of an edit of a deleted message. */
export const messageDeleted = (id: string) => conflict('message_deleted', `Message ${id} was deleted; a deleted message cannot be edited.`);

/** The refusal of an edit that would change nothing. */
export const textUnchanged = (id: string) => invalidRequest('text_unchanged', `Message ${id} already says that; send a different text.`, 'text');

/** The text an edit replaces: a text's body or a media message's caption; null for content without text. */
export function textOf(row: Pick<MessageRow, 'type' | 'content'>): string | null {
  if (!row.content) return null;
  if (row.type === 'text') return (row.content as Schemas['TextContent']).body;
  const caption = (row.content as { caption?: unknown }).caption;
  return typeof caption === 'string' ? caption : null;
}

/** An edit replaces a text's body or a caption; the rest of the content stays. */
function withText(row: MessageRow, text: string): Record<string, unknown> | null {
  if (!row.content) return row.content;
  return row.type === 'text' ? { body: text } : { ...row.content, caption: text };
}

function insertRevision(trx: Transaction, scope: TenantScope, row: MessageRow, values: Pick<MessageRevisionRow, 'action' | 'actor' | 'previous_text' | 'text' | 'created_at'>) {
  return trx('message_revisions').insert({ id: newId('messageRevision'), account_id: scope.accountId, mode: scope.mode, message_id: row.id, ...values });
}

/** Stores a message's new text, keeps the one it replaced as a revision, and writes `message.edited`. */
export async function applyEdit(trx: Transaction, scope: TenantScope, row: MessageRow, change: { text: string; by: RevisionActor; at: Date }): Promise<MessageRow> {
  await insertRevision(trx, scope, row, { action: 'edited', actor: change.by, previous_text: textOf(row), text: change.text, created_at: change.at });
  const edited = await patchMessage(trx, row.id, { content: withText(row, change.text), edited_at: change.at, updated_at: new Date() });
  await recordEvent(trx, scope, 'message.edited', presentMessage(edited));
  return edited;
}

/**
 * Deletes a message in Parley: its content goes, and with it the texts its revisions kept (a deletion is a
 * request to forget what was said; the revisions stay as a record of when and by whom it changed). The deletion
 * is a revision of its own; `message.deleted` is written.
 */
export async function applyDeletion(
  trx: Transaction,
  scope: TenantScope,
  row: MessageRow,
  change: { by: RevisionActor; for: 'everyone' | 'me'; at: Date },
): Promise<MessageRow> {
  await trx('message_revisions').where('message_id', row.id).update({ previous_text: null, text: null });
  await insertRevision(trx, scope, row, { action: 'deleted', actor: change.by, previous_text: null, text: null, created_at: change.at });
  const deleted = await patchMessage(trx, row.id, { content: null, media_id: null, deleted_at: change.at, deleted_for: change.for, updated_at: new Date() });
  if (row.media_id) await releaseMedia(trx, row.media_id);
  await recordEvent(trx, scope, 'message.deleted', presentMessage(deleted));
  return deleted;
}
