import type { components } from '../generated/openapi.js';
import { commandConnection, findConnection } from '../connections/service.js';
import { CAPTIONED_TYPES, notConnected, type CaptionedType } from '../connections/transport.js';
import type { ConnectionCommand } from '../connections/commands.js';
import { scopeOf, type Actor } from '../platform/actor.js';
import type { Transaction } from '../platform/db/database.js';
import { conflict, notFound } from '../platform/http/errors.js';
import type { Services } from '../platform/services.js';
import { MessageRow, PENDING } from './models.js';
import { presentMessage } from './presenters.js';
import { applyDeletion, applyEdit, messageDeleted, textOf, textUnchanged } from './revisions.js';

type Schemas = components['schemas'];

/** WhatsApp's edit window: 15 minutes after a message was sent; phones ignore later edits. */
export const EDIT_WINDOW_MS = 15 * 60_000;
/** WhatsApp's window to delete one's own message for everyone: 2 days and 12 hours after it was sent. */
export const DELETE_WINDOW_MS = 60 * 3600_000;

/** Statuses of an outbound message WhatsApp has. */
const WITH_WHATSAPP = new Set(['sent', 'delivered', 'read']);

/** When WhatsApp took the message (its creation, should a receipt have outrun the sent mark). */
const sentAt = (row: MessageRow): Date => row.sent_at ?? row.created_at;

/** The message, locked until the transaction ends: two changes of one message apply one after the other. */
async function lockMessage(trx: Transaction, id: string): Promise<MessageRow> {
  const row = await MessageRow.query(trx).findById(id).forUpdate();
  if (!row) throw notFound('message', id);
  return row;
}

/** Refuses a change that only the sender of a message WhatsApp has can make on WhatsApp. */
function assertSentHere(row: MessageRow, action: 'edited' | 'deleted for everyone'): void {
  if (row.direction !== 'outbound') {
    throw conflict(
      'message_not_outbound',
      `Message ${row.id} was sent to this connection by someone else; only messages a connection sent can be ${action}.${action === 'edited' ? '' : ' Pass for=me to hide it in Parley.'}`,
    );
  }
  if (!WITH_WHATSAPP.has(row.status)) {
    const hint = PENDING.includes(row.status) ? ' Cancel it instead, or wait until it is sent.' : '';
    throw conflict('message_not_sent', `Message ${row.id} is ${row.status}; only a message WhatsApp has (sent, delivered or read) can be ${action}.${hint}`);
  }
}

/**
 * Has the connection's worker send the change through its live link, and waits until WhatsApp took it.
 *
 * Edits and deletions are not queued like messages: each is bound to a window (15 minutes for an edit), and
 * a queued change could leave after the window closed, when phones drop it without a word, while the API
 * had answered that it was accepted. Sent at once through the live session instead (a bus command, like a
 * number check), the change either reaches WhatsApp before Parley answers 200 or changes nothing: the
 * caller gets the refusal (`connection_not_connected`, 503 `connection_unavailable` or
 * `whatsapp_send_failed`) and may retry. The message row stays locked meanwhile, and its new state and
 * revision are written in the same transaction right after WhatsApp took the change; should that commit fail,
 * a retry sends the same change again, which the recipient's phone applies once.
 */
async function sendThroughConnection(trx: Transaction, services: Services, row: MessageRow, command: ConnectionCommand): Promise<void> {
  const connection = await findConnection(trx, row.connection_id);
  if (connection.status !== 'connected') throw notConnected(connection.id);
  await commandConnection(services, connection, command);
}

export async function editMessage(trx: Transaction, services: Services, actor: Actor, id: string, body: Schemas['EditMessageRequest']): Promise<Schemas['Message']> {
  const row = await lockMessage(trx, id);
  assertSentHere(row, 'edited');
  if (row.deleted_at) throw messageDeleted(id);
  if (row.type !== 'text' && !(CAPTIONED_TYPES as readonly string[]).includes(row.type)) {
    throw conflict('message_not_editable', `Message ${id} is a ${row.type} message; only texts and the captions of images, videos and documents can be edited.`);
  }
  if (Date.now() - sentAt(row).getTime() > EDIT_WINDOW_MS) {
    throw conflict('edit_window_passed', `Message ${id} was sent more than 15 minutes ago (${sentAt(row).toISOString()}); WhatsApp only takes edits within 15 minutes of sending.`);
  }
  if (body.text === textOf(row)) throw textUnchanged(id);
  const type = row.type as 'text' | CaptionedType;
  await sendThroughConnection(trx, services, row, { name: 'edit_message', to: row.to_phone!, waMessageId: row.wa_message_id!, text: body.text, type });
  return presentMessage(await applyEdit(trx, scopeOf(actor), row, { text: body.text, by: 'connection', at: new Date() }));
}

/**
 * `everyone`: WhatsApp's "Delete for everyone" (a revoke), for a message this connection sent, within its window.
 * `me`: hidden in Parley only. WhatsApp's own "Delete for me" edits the phone's chat list through app-state
 * sync, which belongs to the phone: a linked device that rewrote it would make messages vanish from the
 * person's phone behind their back. So a deletion for me stays in Parley, for messages of either direction.
 */
export async function deleteMessage(
  trx: Transaction,
  services: Services,
  actor: Actor,
  id: string,
  forWhom: 'everyone' | 'me' = 'everyone',
): Promise<Schemas['Message']> {
  const row = await lockMessage(trx, id);
  // Deleted already, that way or for everyone: a retry gets the message as it is.
  if (row.deleted_for === 'everyone' || row.deleted_for === forWhom) return presentMessage(row);
  const scope = scopeOf(actor);
  if (forWhom === 'me') {
    if (PENDING.includes(row.status)) {
      throw conflict('message_not_sent', `Message ${id} is ${row.status} and still to be sent; cancel it instead.`);
    }
    return presentMessage(await applyDeletion(trx, scope, row, { by: 'connection', for: 'me', at: new Date() }));
  }
  assertSentHere(row, 'deleted for everyone');
  if (Date.now() - sentAt(row).getTime() > DELETE_WINDOW_MS) {
    throw conflict(
      'delete_window_passed',
      `Message ${id} was sent more than 2 days and 12 hours ago (${sentAt(row).toISOString()}); WhatsApp only deletes a message for everyone within that time. Pass for=me to hide it in Parley.`,
    );
  }
  await sendThroughConnection(trx, services, row, { name: 'revoke_message', to: row.to_phone!, waMessageId: row.wa_message_id! });
  return presentMessage(await applyDeletion(trx, scope, row, { by: 'connection', for: 'everyone', at: new Date() }));
}
