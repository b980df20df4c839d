import { recordEvent } from '../events/record.js';
import type { components } from '../generated/openapi.js';
import { scopeOf, type Actor } from '../platform/actor.js';
import type { Transaction } from '../platform/db/database.js';
import { conflict, invalidRequest, notFound } from '../platform/http/errors.js';
import { paginate, type PageParams } from '../platform/http/pagination.js';
import { normalizePhoneNumber } from '../platform/phone.js';
import { MessageRow, patchMessage, type MessageStatus } from './models.js';
import { presentMessage } from './presenters.js';

type Schemas = components['schemas'];

export interface MessageFilters extends PageParams {
  connection_id?: string;
  direction?: 'outbound' | 'inbound';
  status?: MessageStatus;
  phone_number?: string;
  created_after?: string;
  created_before?: string;
}

export function listMessages(trx: Transaction, filters: MessageFilters) {
  const rows = MessageRow.query(trx);
  if (filters.connection_id !== undefined) rows.where('connection_id', filters.connection_id);
  if (filters.direction !== undefined) rows.where('direction', filters.direction);
  if (filters.status !== undefined) rows.where('status', filters.status);
  if (filters.phone_number !== undefined) rows.where('peer_phone', normalizePhoneNumber(filters.phone_number, 'phone_number'));
  if (filters.created_after !== undefined) rows.where('created_at', '>=', new Date(filters.created_after));
  if (filters.created_before !== undefined) rows.where('created_at', '<', new Date(filters.created_before));
  return paginate(rows, filters, presentMessage);
}

export async function findMessage(trx: Transaction, id: string): Promise<MessageRow> {
  const row = await MessageRow.query(trx).findById(id);
  if (!row) throw notFound('message', id);
  return row;
}

/** A message a reply or reaction can point at: one of this connection's chat with `peer`. */
export async function findMessageInChat(trx: Transaction, connectionId: string, peer: string, id: string, param: string): Promise<MessageRow> {
  const row = await MessageRow.query(trx).findById(id);
  if (!row || row.connection_id !== connectionId || row.peer_phone !== peer) {
    throw invalidRequest('message_not_in_chat', `${param} must name a message of the same connection and chat (${id} is not one).`, param);
  }
  return row;
}

/** Only before a send starts: once WhatsApp may have it, there is nothing to call back. */
export async function cancelMessage(trx: Transaction, actor: Actor, id: string): Promise<Schemas['Message']> {
  // Waits for a drain that is claiming this very row, then sees what it decided.
  const row = await MessageRow.query(trx).findById(id).forUpdate();
  if (!row) throw notFound('message', id);
  if (row.status !== 'scheduled' && row.status !== 'queued') {
    throw conflict('message_not_cancelable', `Message ${id} is ${row.status}; only scheduled or queued messages can be canceled.`);
  }
  // Queued again after a failed attempt: that attempt may have reached WhatsApp, so it cannot be called back.
  if (row.attempts > 0) {
    throw conflict('message_not_cancelable', `Message ${id} is waiting to retry a send that may have reached WhatsApp; it can no longer be canceled.`);
  }
  const canceled = await patchMessage(trx, id, { status: 'canceled', canceled_at: new Date(), updated_at: new Date() });
  const message = presentMessage(canceled);
  await recordEvent(trx, scopeOf(actor), 'message.canceled', message);
  return message;
}
