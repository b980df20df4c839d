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
import { applyStatus } from './status.js';

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

  status(update: MessageStatusUpdate): Promise<void> {
    return withLease(this.services.db, this.lease, async (trx) => {
      await applyStatus(trx, this.services.config, this.#scope, this.lease.connectionId, update);
      if (update.status === 'failed' && update.error?.code === REACH_OUT_REFUSED) {
        const until = new Date(update.at.getTime() + this.services.config.NEW_CONTACT_COOLDOWN_MINUTES * 60_000);
        await pauseNewContacts(trx, this.#scope, this.lease.connectionId, until);
      }
    });
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
