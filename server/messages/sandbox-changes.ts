import type { components } from '../generated/openapi.js';
import { findConnection } from '../connections/service.js';
import type { InboundEvent } from '../connections/transport.js';
import { scopeOf, type Actor } from '../platform/actor.js';
import type { Transaction } from '../platform/db/database.js';
import { conflict, forbidden, notFound } from '../platform/http/errors.js';
import type { Services } from '../platform/services.js';
import { receiveInbound } from './inbound.js';
import { MessageRow } from './models.js';
import { presentMessage } from './presenters.js';
import { messageDeleted, textOf, textUnchanged } from './revisions.js';

type Schemas = components['schemas'];

/**
 * Plays the person who sent an inbound message of a sandbox connection editing it (`text`) or deleting it for
 * everyone: the change is received exactly as a real one from WhatsApp would be (server/messages/inbound.ts).
 */
export async function sandboxChangeInbound(
  trx: Transaction,
  services: Services,
  actor: Actor,
  id: string,
  change: { text: string } | { revoke: true },
): Promise<Schemas['Message']> {
  if (actor.mode !== 'test') throw forbidden('sandbox_test_mode_only', 'Sandbox endpoints work with test-mode keys only.');
  const row = await MessageRow.query(trx).findById(id).forUpdate();
  if (!row) throw notFound('message', id);
  if (row.direction !== 'inbound') {
    throw conflict('message_not_inbound', `Message ${id} was sent by the connection; a simulated person only changes messages they sent. Use POST /v1/messages/${id}/edit or DELETE /v1/messages/${id}.`);
  }
  if ('revoke' in change && row.deleted_at) return presentMessage(row);
  if ('text' in change) {
    if (row.deleted_at) throw messageDeleted(id);
    if (textOf(row) === null) throw conflict('message_not_editable', `Message ${id} has no text or caption to edit.`);
    if (textOf(row) === change.text) throw textUnchanged(id);
  }
  const from = { phoneNumber: row.from_phone, lid: row.from_lid, name: null };
  const at = new Date();
  const event: InboundEvent =
    'text' in change
      ? { kind: 'edit', from, at, targetWaMessageId: row.wa_message_id!, content: { type: 'text', body: change.text } }
      : { kind: 'delete', from, at, targetWaMessageId: row.wa_message_id! };
  const connection = await findConnection(trx, row.connection_id);
  const changed = await receiveInbound({ trx, scope: scopeOf(actor), config: services.config, connection }, event);
  if (!changed) throw new Error(`the simulated change of ${id} was not applied`);
  return presentMessage(changed);
}
