import { withLease, type Lease } from '../connections/auth-store.js';
import type { InboundEvent, MessageStatusUpdate, OutboundMessage, TransportSession } from '../connections/transport.js';
import { notConnected, REACH_OUT_REFUSED } from '../connections/transport.js';
import type { Services } from '../platform/services.js';
import { MessageDrain } from './drain.js';
import { storeInboundEvent } from './inbound.js';
import { loadMediaBytes } from './media-access.js';
import { MessageRow } from './models.js';
import { toOutbound, withMedia } from './outbound.js';
import { pauseNewContacts } from './pacing.js';
import { applyStatuses } from './status.js';
import type { Config } from '../config.js';
import { batchesOf, type BatchOp } from './batches.js';

/** WhatsApp refused a new chat from the number (error 463): new conversations pause for the cooldown. */
const refusedNewChat = (update: MessageStatusUpdate) => update.status === 'failed' && update.error?.code === REACH_OUT_REFUSED;

/**
 * Receipts of several connections of one tenant in one transaction, in the order each connection reported them;
 * a 463 refusal also pauses new contacts for the connection's cooldown.
 */
const receiptsOp: BatchOp<{ updates: MessageStatusUpdate[]; config: Pick<Config, 'USAGE_LEDGER' | 'NEW_CONTACT_COOLDOWN_MINUTES'> }, void> = {
  lane: 'writes',
  order: 2,
  async run(trx, scope, entries) {
    const updates = entries.flatMap((entry) => entry.item.updates.map((update) => ({ connectionId: entry.lease!.connectionId, update })));
    const { config } = entries[0]!.item;
    await applyStatuses(trx, config, scope, updates);
    for (const { connectionId, update } of updates) {
      if (refusedNewChat(update)) {
        await pauseNewContacts(trx, scope, connectionId, new Date(update.at.getTime() + config.NEW_CONTACT_COOLDOWN_MINUTES * 60_000));
      }
    }
    return entries.map(() => undefined);
  },
};

/**
 * The messages side of one running connection: its drain, and the receipts and inbound messages its transport
 * reports, each written in a transaction fenced by the connection's lease.
 */
export class ConnectionMessages {
  readonly drain: MessageDrain;

  constructor(
    private readonly services: Services,
    private readonly lease: Lease,
    session: () => TransportSession | undefined,
    onLeaseLost: () => void,
  ) {
    this.drain = new MessageDrain({
      services,
      lease,
      send: (message) => {
        const current = session();
        if (!current) throw notConnected(lease.connectionId);
        return current.send(message);
      },
      loadMedia: (mediaId) => loadMediaBytes(services, { accountId: lease.accountId, mode: lease.mode }, mediaId),
      onLeaseLost,
    });
  }

  get #scope() {
    return { accountId: this.lease.accountId, mode: this.lease.mode };
  }

  /**
   * Receipts and late refusals, in the order reported, fenced by the lease in a transaction shared with the
   * worker's other connections of the account (TenantBatches).
   */
  /** A receipt or refusal as the transport reports it, before it is queued to be written. */
  reported(update: MessageStatusUpdate): void {
    // A 463 holds the drain's claimed-ahead messages to new contacts at once; the pause is recorded with the receipt.
    if (refusedNewChat(update)) {
      this.drain.holdNewContacts(new Date(update.at.getTime() + this.services.config.NEW_CONTACT_COOLDOWN_MINUTES * 60_000));
    }
  }

  statuses(updates: MessageStatusUpdate[]): Promise<void> {
    const written = batchesOf(this.services.db).submit(this.#scope, this.lease, receiptsOp, { updates, config: this.services.config });
    if (updates.some(refusedNewChat)) {
      written.then(() => this.drain.newContactPauseRecorded(), () => undefined);
    }
    return written;
  }

  inbound(event: InboundEvent): Promise<void> {
    return storeInboundEvent(this.services, this.#scope, this.lease.connectionId, event, (work) => withLease(this.services.db, this.lease, work));
  }

  /** A sent message by its WhatsApp id, for a recipient's device that asks for it again. */
  async findSent(waMessageId: string): Promise<OutboundMessage | undefined> {
    return this.services.db.tenant(this.#scope, async (trx) => {
      const row = await MessageRow.query(trx).findOne({ connection_id: this.lease.connectionId, direction: 'outbound', wa_message_id: waMessageId });
      if (!row) return undefined;
      return withMedia(await toOutbound(trx, row), (mediaId) => loadMediaBytes(this.services, this.#scope, mediaId));
    });
  }
}
