import { Model } from 'objection';
import type { Mode, Transaction } from '../platform/db/database.js';

export type MessageStatus =
  | 'scheduled'
  | 'queued'
  | 'sending'
  | 'sent'
  | 'delivered'
  | 'read'
  | 'failed'
  | 'canceled'
  | 'expired'
  | 'received';

export type MessageType = 'text' | 'image' | 'video' | 'audio' | 'document' | 'sticker' | 'location' | 'contact' | 'reaction' | 'poll' | 'unsupported';

/** Published once a message is committed, so the worker running its connection sends it without polling. */
export const MESSAGES_QUEUED = 'messages-queued';

/** Outbound messages the drain still has to send. */
export const PENDING: readonly MessageStatus[] = ['scheduled', 'queued', 'sending'];

export class MessageRow extends Model {
  static override tableName = 'messages';
  declare id: string;
  declare seq: string;
  declare account_id: string;
  declare mode: Mode;
  declare connection_id: string;
  declare chat_id: string | null;
  declare direction: 'outbound' | 'inbound';
  declare type: MessageType;
  declare status: MessageStatus;
  declare from_phone: string | null;
  declare from_lid: string | null;
  declare to_phone: string | null;
  declare peer_phone: string | null;
  /** The API's content object for `type` (media carries its media id, type and size). */
  declare content: Record<string, unknown> | null;
  declare media_id: string | null;
  declare reply_to: string | null;
  declare mentions: string[];
  declare metadata: Record<string, string>;
  declare send_at: Date | null;
  /** The template version the content was rendered from. */
  declare template_id: string | null;
  declare template_version: number | null;
  declare bulk_job_id: string | null;
  declare wa_message_id: string | null;
  declare attempts: number;
  declare next_attempt_at: Date | null;
  declare expires_at: Date | null;
  declare error_code: string | null;
  declare error_message: string | null;
  declare sent_at: Date | null;
  declare delivered_at: Date | null;
  declare read_at: Date | null;
  declare failed_at: Date | null;
  /** Set when this message started the conversation (no message had gone either way before it). */
  declare new_contact_at: Date | null;
  declare canceled_at: Date | null;
  declare expired_at: Date | null;
  declare received_at: Date | null;
  declare edited_at: Date | null;
  declare deleted_at: Date | null;
  /** Whom a deleted message was deleted for (see server/messages/edits.ts); optional so a new row may leave it out. */
  declare deleted_for?: 'everyone' | 'me' | null;
  /** On messages sent to a group: how many participants it went to (null until known), and how many have it and read it. */
  declare receipts_recipients?: number | null;
  declare receipts_delivered?: number;
  declare receipts_read?: number;
  declare created_at: Date;
  declare updated_at: Date;
}

/** patchAndFetchById in one statement (UPDATE … RETURNING *) where objection spends two (UPDATE, then SELECT). */
export async function patchMessage(trx: Transaction, id: string, patch: Partial<MessageRow>): Promise<MessageRow> {
  const [row] = await MessageRow.query(trx).patch(patch).where('id', id).returning('*');
  if (!row) throw new Error(`message ${id} does not exist`);
  return row;
}
