import { countConnectionDays } from '../usage/ledger.js';
import type { EventType } from '../events/types.js';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Bus } from '../platform/bus.js';
import { recordEvent } from '../events/record.js';
import { conflict, forbidden } from '../platform/http/errors.js';
import type { Services } from '../platform/services.js';
import { AuthStore, holdsLease, LeaseLostError, withLease, type Lease } from './auth-store.js';
import type { ConnectionCommand } from './commands.js';
import { ConnectionRow } from './models.js';
import { presentConnection, presentStreamEvent, type StreamEventType } from './presenters.js';
import { ConnectionMessages } from '../messages/connection-messages.js';
import { runProfileCall } from './profiles.js';
import { storeHistory } from '../messages/history-sync.js';
import { HistoryMediaFetcher } from '../messages/history-media.js';
import { applyGroupReceipt } from '../messages/receipts.js';
import { recordBlocklist } from './blocked-numbers.js';
import { postStatusOnWorker } from '../statuses/post.js';
import { storeReceivedStatus } from '../statuses/receive.js';
import { SandboxSession } from './sandbox/transport.js';
import { CallHandler } from './calls.js';
import { Interactions } from './interaction-commands.js';
import { recordPresence } from './presence-events.js';
import { runGroupCall } from './groups.js';
import { recordGroupChange } from '../groups/events.js';
import type { LinkedIdentity, MessageStatusUpdate, Reason, Transport, TransportListener, TransportSession } from './transport.js';

export const CONNECTION_UPDATES = 'connection-updates';

export interface ConnectionUpdate {
  accountId: string;
  mode: string;
  connectionId: string;
  event: ReturnType<typeof presentStreamEvent>;
}

type Patch = Partial<Record<keyof ConnectionRow, unknown>>;
/** The events a connection's own state changes write, each also sent on its stream. */
type StateEventType = Extract<EventType, StreamEventType>;

/** The longest pause between two tries of a write the database refused. */
const WRITE_RETRY_MAX_MS = 2_000;

/**
 * Runs one connection on the worker that holds its lease: starts its transport, and turns each thing the
 * transport reports into a status change plus its event, written in one transaction fenced by the lease,
 * then announced on the bus. Changes are applied one at a time, in the order they were reported.
 */
export class ConnectionRunner {
  #session: TransportSession | undefined;
  #queue: Promise<void> = Promise.resolve();
  /** Receipts queued and not yet being written: later ones join them (see #receipt). */
  #openReceipts: MessageStatusUpdate[] | undefined;
  #commands: Promise<unknown> = Promise.resolve();
  #ended = false;
  readonly #messages: ConnectionMessages;
  readonly #calls: CallHandler;
  readonly #historyMedia: HistoryMediaFetcher;
  readonly #interactions: Interactions;

  constructor(
    private readonly services: Services,
    private readonly bus: Bus,
    private readonly transport: Transport,
    readonly lease: Lease,
    /** Called once when the runner is done: `stopped` (logged out, failed) or `lost` (lease gone). */
    private readonly onEnd: (runner: ConnectionRunner, why: 'stopped' | 'lost') => void,
  ) {
    this.#messages = new ConnectionMessages(services, lease, () => this.#session, () => void this.abandon());
    this.#calls = new CallHandler(services, lease, () => this.#session, (what, write) => this.#enqueue(what, write));
    this.#historyMedia = new HistoryMediaFetcher(services, lease, () => this.#session);
    this.#interactions = new Interactions(
      () => this.#session,
      (call) => this.#calls.received(call),
      { ended: (end) => this.#calls.ended(end), hasEnded: (callId) => this.#calls.hasEnded(callId) },
      (error, what) => services.logger.warn({ err: error, connection_id: lease.connectionId }, `could not carry out ${what}`),
    );
  }

  get #scope() {
    return { accountId: this.lease.accountId, mode: this.lease.mode };
  }

  /** New messages were queued for this connection. */
  wakeDrain(): void {
    this.#messages.drain.wake();
  }

  async start(): Promise<void> {
    const { db, secrets, logger } = this.services;
    this.#session = await this.transport.start({
      connectionId: this.lease.connectionId,
      store: new AuthStore(db, secrets, this.lease),
      holdsLease: () => holdsLease(this.lease),
      listener: this.#listener(),
      logger: logger.child({ connection_id: this.lease.connectionId }),
      findSent: (waMessageId) => this.#messages.findSent(waMessageId),
    });
    this.#messages.drain.start();
  }

  #listener(): TransportListener {
    const clearQr = { qr: null, qr_expires_at: null };
    const { drain } = this.#messages;
    // The drain sends only while the link is up; a state change reaches it after it is recorded.
    const linked = (up: boolean, recorded: Promise<void>) => {
      void recorded.then(() => {
        drain.setConnected(up);
        // Files of synced history left to fetch (a worker that restarted) are picked up once linked.
        if (up) void this.#historyMedia.kick();
      });
      return recorded;
    };
    return {
      messageStatus: (update) => this.#receipt(update),
      blocklist: (change) =>
        void this.#enqueue('blocklist change', () => withLease(this.services.db, this.lease, (trx) => recordBlocklist(trx, this.#scope, this.lease.connectionId, change))),
      groupReceipt: (receipt) =>
        void this.#enqueue('group receipt', () =>
          withLease(this.services.db, this.lease, (trx) => applyGroupReceipt(trx, this.services.config, this.#scope, this.lease.connectionId, receipt)),
        ),
      inbound: (event) => void this.#enqueue('inbound message', () => this.#messages.inbound(event)),
      presence: (update) =>
        void this.#enqueue('presence', () =>
          withLease(this.services.db, this.lease, (trx) => recordPresence(trx, { accountId: this.lease.accountId, mode: this.lease.mode }, this.lease.connectionId, update)),
        ),
      call: (call) => void this.#calls.received(call).catch((error: unknown) => this.services.logger.error({ err: error, connection_id: this.lease.connectionId }, 'could not handle a call')),
      callEnded: (end) => void this.#calls.ended(end).catch((error: unknown) => this.services.logger.error({ err: error, connection_id: this.lease.connectionId }, 'could not record the end of a call')),
      groupChange: (change) => void this.#enqueue('group change', () => recordGroupChange(this.services.db, this.lease, change)),
      status: (status) =>
        void this.#enqueue('received status', () => storeReceivedStatus(this.services, this.#scope, this.lease.connectionId, status, (work) => withLease(this.services.db, this.lease, work))),
      history: (batch) =>
        void this.#enqueue('history sync', () => withLease(this.services.db, this.lease, async (trx) => void (await storeHistory(trx, this.#scope, this.lease.connectionId, batch)))).then(
          () => void this.#historyMedia.kick(),
        ),
      qr: (qr: string, expiresAt: Date) =>
        linked(false, this.#record('connection.qr', { status: 'qr', status_reason: null, qr, qr_expires_at: expiresAt })),
      connecting: () => linked(false, this.#record('connection.connecting', { status: 'connecting', status_reason: null, ...clearQr })),
      connected: (identity: LinkedIdentity) =>
        linked(true, this.#record('connection.connected', {
          status: 'connected',
          status_reason: null,
          phone_number: identity.phoneNumber,
          wa_jid: identity.jid,
          wa_lid: identity.lid,
          ...(identity.webVersion ? { whatsapp_web_version: identity.webVersion } : {}),
          linked_at: this.services.db.knex.raw('coalesce(linked_at, now())'),
          ...clearQr,
        })),
      disconnected: (reason: Reason) => linked(false, this.#record('connection.disconnected', { status: 'disconnected', status_reason: reason.code })),
      loggedOut: (reason: Reason) => this.#finish('connection.logged_out', { status: 'logged_out', status_reason: reason.code, linked_at: null, ...clearQr }),
      failed: (reason: Reason) => this.#finish('connection.failed', { status: 'failed', status_reason: reason.code, ...clearQr }),
    };
  }

  /**
   * Queues a receipt. Receipts reported one after another, with nothing else between them, are written together:
   * they join the batch at the tail of the queue until it starts (or something else is queued after it).
   */
  #receipt(update: MessageStatusUpdate): void {
    this.#messages.reported(update);
    if (this.#openReceipts) {
      this.#openReceipts.push(update);
      return;
    }
    const batch = [update];
    void this.#enqueue('message status', () => {
      if (this.#openReceipts === batch) this.#openReceipts = undefined;
      return this.#messages.statuses(batch);
    });
    this.#openReceipts = batch;
  }

  /** Queues a state change; resolves once it is committed (or refused because the lease is gone). */
  #record(type: StateEventType, patch: Patch): Promise<void> {
    return this.#enqueue(type, () => this.#write(type, patch));
  }

  /**
   * Runs writes one at a time, in the order they were reported. A write that fails is retried for as long as
   * this worker holds the lease: a receipt or an inbound message WhatsApp has handed over exists nowhere else,
   * so a database outage delays it instead of dropping it. Once the lease is gone the next owner takes over
   * and this worker must not write.
   */
  #enqueue(what: string, write: () => Promise<void>): Promise<void> {
    const { logger } = this.services;
    // What is reported after this goes after it, receipts too.
    this.#openReceipts = undefined;
    this.#queue = this.#queue.then(async () => {
      for (let attempt = 0; !this.#ended; attempt++) {
        try {
          await write();
          if (attempt > 0) logger.info({ connection_id: this.lease.connectionId, what, attempts: attempt + 1 }, 'recorded after a retry');
          return;
        } catch (error) {
          if (error instanceof LeaseLostError) {
            await this.abandon();
            return;
          }
          if (!holdsLease(this.lease)) {
            logger.error({ err: error, connection_id: this.lease.connectionId, what }, 'could not record what the connection reported before the lease ran out');
            return;
          }
          if (attempt === 0) logger.warn({ err: error, connection_id: this.lease.connectionId, what }, 'could not record what the connection reported; retrying');
          await sleep(Math.min(WRITE_RETRY_MAX_MS, 100 * 2 ** attempt));
        }
      }
    });
    return this.#queue;
  }

  /** One state change and its event, in one transaction fenced by the lease; then announced on the bus. */
  async #write(type: StateEventType, patch: Patch): Promise<void> {
    const { db, logger } = this.services;
    const scope = { accountId: this.lease.accountId, mode: this.lease.mode };
    const row = await withLease(db, this.lease, async (trx) => {
      // The patch may hold SQL expressions (coalesce, now()), which objection's row type cannot express.
      const values = { ...patch, updated_at: trx.fn.now() } as unknown as Partial<ConnectionRow>;
      const updated = await ConnectionRow.query(trx).patchAndFetchById(this.lease.connectionId, values);
      await recordEvent(trx, scope, type, presentConnection(updated));
      if (type === 'connection.connected') await countConnectionDays(trx, this.services.config, updated.id);
      return updated;
    });
    const update: ConnectionUpdate = { ...scope, connectionId: row.id, event: presentStreamEvent(type, row) };
    await this.bus.publish(CONNECTION_UPDATES, update).catch((error) => logger.warn({ err: error }, 'could not announce a connection update'));
  }

  /** A terminal change: record it, stop the transport and give the connection up. */
  async #finish(type: StateEventType, patch: Patch): Promise<void> {
    await this.#record(type, patch);
    if (this.#ended) return;
    this.#ended = true;
    this.#interactions.stop();
    await this.#messages.drain.stop();
    await this.#session?.stop();
    this.onEnd(this, 'stopped');
  }

  /** Resolves once every reported change so far is committed. */
  idle(): Promise<void> {
    return this.#queue;
  }

  /** Commands run one at a time: a restart and a logout must not interleave. */
  command(command: ConnectionCommand): Promise<unknown> {
    const run = this.#commands.then(() => this.#run(command));
    this.#commands = run.catch(() => undefined);
    return run;
  }

  async #run(command: ConnectionCommand): Promise<unknown> {
    const session = this.#session;
    if (!session || this.#ended) {
      throw conflict('connection_not_running', 'The connection is starting or stopping on its worker; retry in a moment.');
    }
    switch (command.name) {
      case 'restart':
        await session.stop();
        // The transport may have reported a final state, or the lease may have gone, while it stopped.
        if (this.#ended) return undefined;
        try {
          await this.start();
        } catch (error) {
          this.services.logger.error({ err: error, connection_id: this.lease.connectionId }, 'could not restart a connection');
          this.#ended = true;
          void this.#messages.drain.stop();
          // Released, so a worker (perhaps this one) claims it afresh on its next tick.
          this.onEnd(this, 'stopped');
          throw error;
        }
        await this.idle();
        return undefined;
      case 'logout':
        await session.logout();
        await this.#finish('connection.logged_out', {
          status: 'logged_out',
          status_reason: 'logged_out_by_user',
          linked_at: null,
          qr: null,
          qr_expires_at: null,
        });
        return undefined;
      case 'pairing_code':
        return { code: await session.requestPairingCode(command.phoneNumber) };
      case 'check_numbers':
        return session.checkNumbers(command.phoneNumbers);
      case 'interaction':
        return this.#interactions.run(session, command.op);
      case 'edit_message':
        return session.editMessage({ to: command.to, waMessageId: command.waMessageId, ...(command.type ? { type: command.type } : {}) }, command.text);
      case 'revoke_message':
        return session.revokeMessage({ to: command.to, waMessageId: command.waMessageId });
      case 'profiles':
        return runProfileCall(session.profiles, command.call, (key) => this.services.media.read(key));
      case 'group':
        return runGroupCall(session.groups, command.call);
      case 'post_status':
        return postStatusOnWorker(this.services, this.#scope, session, command.status);
      case 'sandbox_scan':
      case 'sandbox_confirm_code': {
        if (!(session instanceof SandboxSession)) {
          throw forbidden('sandbox_test_mode_only', 'Sandbox endpoints work on test-mode connections only.');
        }
        if (command.name === 'sandbox_scan') await session.scan(command.phoneNumber);
        else await session.confirmCode(command.code);
        await this.idle();
        return undefined;
      }
    }
  }

  /** Graceful stop (shutdown): the credentials stay, the next owner reconnects without a QR. */
  async stop(): Promise<void> {
    this.#interactions.stop();
    await this.#messages.drain.stop();
    await this.#session?.stop();
    // State changes reported before the stop still get written, while the lease is still held.
    await this.#queue;
    this.#ended = true;
  }

  /** Another worker owns the connection now: stop without writing anything. */
  async abandon(): Promise<void> {
    if (this.#ended) return;
    this.#ended = true;
    this.#interactions.stop();
    // Not awaited: the drain itself may be what noticed the lease is gone.
    void this.#messages.drain.stop();
    await this.#session?.stop().catch(() => undefined);
    this.onEnd(this, 'lost');
  }
}
