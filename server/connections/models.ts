import { Model } from 'objection';
import type { Mode } from '../platform/db/database.js';

export type ConnectionStatus = 'pending' | 'qr' | 'connecting' | 'connected' | 'disconnected' | 'logged_out' | 'failed';

/** Logged out or failed: no worker runs it until someone restarts it (workers claim only the others). */
export const STOPPED: readonly ConnectionStatus[] = ['logged_out', 'failed'];
export const isStopped = (row: { status: ConnectionStatus }) => STOPPED.includes(row.status);

export class ConnectionRow extends Model {
  static override tableName = 'connections';
  declare id: string;
  declare account_id: string;
  declare mode: Mode;
  declare name: string | null;
  declare status: ConnectionStatus;
  declare status_reason: string | null;
  declare send_rate: number;
  declare new_contact_daily_limit: number | null;
  declare new_contacts_paused_until: Date | null;
  declare reject_calls: boolean;
  declare reject_call_message: string | null;
  declare receive_statuses: boolean;
  declare sync_history: boolean;
  declare phone_number: string | null;
  declare wa_jid: string | null;
  declare wa_lid: string | null;
  declare whatsapp_web_version: string | null;
  declare qr: string | null;
  declare qr_expires_at: Date | null;
  declare linked_at: Date | null;
  declare created_at: Date;
  declare updated_at: Date;
  declare lease_owner: string | null;
  declare lease_expires_at: Date | null;
  declare lease_epoch: string;
}
