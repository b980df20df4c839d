import type { components } from '../generated/openapi.js';
import type { ConnectionRow } from './models.js';

type Schemas = components['schemas'];

export function presentConnection(row: ConnectionRow): Schemas['Connection'] {
  return {
    id: row.id,
    object: 'connection',
    name: row.name,
    mode: row.mode,
    status: row.status,
    status_reason: row.status_reason,
    phone_number: row.phone_number,
    wa_jid: row.wa_jid,
    wa_lid: row.wa_lid,
    whatsapp_web_version: row.whatsapp_web_version,
    send_rate: row.send_rate,
    new_contact_daily_limit: row.new_contact_daily_limit,
    new_contacts_paused_until: row.new_contacts_paused_until?.toISOString() ?? null,
    reject_calls: row.reject_calls,
    reject_call_message: row.reject_call_message,
    receive_statuses: row.receive_statuses,
    sync_history: row.sync_history,
    linked_at: row.linked_at?.toISOString() ?? null,
    created_at: row.created_at.toISOString(),
  };
}

/** The QR while it is current; undefined once linked, expired or not yet issued. */
export function presentQr(row: ConnectionRow): Schemas['ConnectionQr'] | undefined {
  if (row.status !== 'qr' || !row.qr || !row.qr_expires_at || row.qr_expires_at <= new Date()) return undefined;
  return { qr: row.qr, expires_at: row.qr_expires_at.toISOString() };
}

export type StreamEventType = Schemas['ConnectionStreamEventType'];

/** What the events stream and the bus carry for one state change. */
export function presentStreamEvent(type: StreamEventType, row: ConnectionRow): Schemas['ConnectionStreamEvent'] {
  const qr = presentQr(row);
  return { type, connection: presentConnection(row), ...(qr ? { qr } : {}) };
}
