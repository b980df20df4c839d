import type { Config } from '../config.js';
import { holdsLease, LeaseLostError, withLease, type Lease } from '../connections/auth-store.js';
import { PermanentSendError, type OutboundMessage } from '../connections/transport.js';
import { ApiError } from '../platform/http/errors.js';
import type { Services } from '../platform/services.js';
import type { TenantScope, Transaction } from '../platform/db/database.js';
import { batchesOf, type BatchOp } from './batches.js';
import { claimOp, IDLE_MS, type Claimed } from './claims.js';
import { MessageRow } from './models.js';
import { withMedia, type PreparedMessage } from './outbound.js';
import { endMessage, markSent } from './status.js';

/** How long a drain whose send found no link waits for the connection to report itself back (it wakes it sooner). */
const NO_LINK_WAIT_MS = 1_000;
/** Transient failures back off exponentially up to this. */
const MAX_RETRY_DELAY_MS = 5 * 60_000;
/**
 * The most messages one claim takes with pacing off (at most one per recipient: a message waits while an earlier
 * one to the same person is queued or sending). With pacing on a claim takes one, all the pace allows soon, so a
 * crash or a lost lease leaves at most that one `sending`, to be sent again by the next owner.
 */
const UNPACED_BATCH = 50;
/**
 * With pacing on, a drain claims its next message up to this long (and at most three quarters of an interval)
 * before the message's time on the pacing grid, and sends it at that time: the claim's round trip to PostgreSQL,
 * shared with the worker's other connections and slower the more of them there are, then delays no send.
 */
const CLAIM_AHEAD_MAX_MS = 2_000;

export interface DrainDeps {
  services: Services;
  lease: Lease;
  send(message: OutboundMessage): Promise<void>;
  loadMedia(mediaId: string): Promise<Buffer>;
  /** The lease is gone: the runner stops everything for this connection. */
  onLeaseLost(): void;
}

/** Sent messages, several connections' at once: `sent` at the moment of the send, chat touched, event and usage (markSent). */
const sentOp: BatchOp<{ id: string; at: Date; config: Pick<Config, 'USAGE_LEDGER'> }, void> = {
  lane: 'writes',
  order: 1,
  async run(trx, scope, entries) {
    await markSent(trx, entries[0]!.item.config, scope, entries.map(({ item }) => ({ id: item.id, at: item.at })));
    return entries.map(() => undefined);
  },
};

/**
 * Sends one connection's queue in acceptance order within each chat (a message that waits to retry holds back
 * later ones to the same person, not the whole queue), at the connection's send rate with jitter. Claims and
 * sent marks are written in transactions fenced by the lease and shared with the worker's other connections of
 * the same account (TenantBatches). A row is marked `sending` before the attempt: after a crash the next owner
 * sends it again under the same WhatsApp id, which the recipient's phone deduplicates. A lost lease stops the
 * sends of a claimed batch at once; the next owner sends what is left.
 */
export class MessageDrain {
  #connected = false;
  #stopped = false;
  /** A write of this drain was refused because the lease is gone. */
  #leaseLost = false;
  #nextSendAt = 0;
  /** Where this send falls on the pacing grid (see #pace). */
  #gridAt = 0;
  #intervalMs = 3_000;
  #wakeUp: (() => void) | undefined;
  #loop: Promise<void> | undefined;
  /** Sent marks submitted and not yet heard back (with pacing on, the next claim does not wait for them). */
  #marks: Array<Promise<void>> = [];
  /**
   * WhatsApp refused a new chat (463), and the pause it starts may not be recorded yet: a message to a new contact
   * claimed before the pause was recorded (when the claim could not see it) goes back unsent, until `until`.
   */
  #hold: { until: number; recordedAt: number } | undefined;

  constructor(private readonly deps: DrainDeps) {}

  start(): void {
    this.#loop ??= this.#run();
  }

  setConnected(connected: boolean): void {
    this.#connected = connected;
    if (connected) this.wake();
  }

  wake(): void {
    this.#wakeUp?.();
  }

  /**
   * WhatsApp refused a new chat from this number (463), reported now: a message to a new contact that was claimed
   * ahead of its send time, before the pause was recorded, is not sent but queued again (the claim then holds it
   * back until the cooldown ends, as it holds back every such message).
   */
  holdNewContacts(until: Date): void {
    this.#hold = { until: Math.max(this.#hold?.until ?? 0, until.getTime()), recordedAt: Infinity };
  }

  /** The pause is committed: claims from now on see it (and a PATCH that ends it). */
  newContactPauseRecorded(): void {
    if (this.#hold && this.#hold.recordedAt === Infinity) this.#hold.recordedAt = Date.now();
  }

  /** A claimed message that must go back to the queue unsent: see #hold. */
  #heldBack(claimed: Claimed, claimedAt: number): boolean {
    const hold = this.#hold;
    return claimed.newContact && hold !== undefined && claimedAt < hold.recordedAt && Date.now() < hold.until;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.wake();
    await this.#loop;
  }

  get #scope(): TenantScope {
    return { accountId: this.deps.lease.accountId, mode: this.deps.lease.mode };
  }

  #nap(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.#wakeUp = done;
    }).finally(() => (this.#wakeUp = undefined));
  }

  /**
   * Sleeps until `at`. A wake-up (a new message, a reconnect) does not bring a paced send forward; only stopping
   * or losing the link ends the wait early.
   */
  async #sleepUntil(at: number): Promise<void> {
    for (let left = at - Date.now(); left > 0 && !this.#stopped && this.#connected; left = at - Date.now()) await this.#nap(left);
  }

  /** Waits for the sent marks submitted so far; throws the first refusal (a lost lease first). */
  async #settleMarks(): Promise<void> {
    const marks = this.#marks;
    this.#marks = [];
    const settled = await Promise.allSettled(marks);
    const failed = settled.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
    const lost = failed.find((reason) => reason instanceof LeaseLostError);
    if (lost ?? failed[0]) throw lost ?? failed[0];
  }

  async #run(): Promise<void> {
    const { services, lease } = this.deps;
    const batches = batchesOf(services.db);
    const paced = services.config.MESSAGE_PACING;
    let failures = 0;
    while (!this.#stopped) {
      if (!this.#connected) {
        await this.#nap(IDLE_MS);
        continue;
      }
      try {
        await this.#sleepUntil(this.#nextSendAt - (paced ? Math.min(CLAIM_AHEAD_MAX_MS, this.#intervalMs * 0.75) : 0));
        if (this.#stopped || !this.#connected) continue;
        // The previous send's mark, long committed by now as a rule: a refusal (a lost lease) stops the drain here.
        await this.#settleMarks();
        const claimedAt = Date.now();
        const claim = await batches.submit(this.#scope, lease, claimOp, { limit: paced ? 1 : UNPACED_BATCH, paced });
        failures = 0;
        if (claim.sendRate !== undefined) this.#setRate(claim.sendRate);
        if (claim.idleMs !== undefined) await this.#nap(claim.idleMs);
        else await this.#attemptAll(claim.claimed, paced, claimedAt);
      } catch (error) {
        if (error instanceof LeaseLostError) {
          this.#stopped = true;
          this.deps.onLeaseLost();
          return;
        }
        failures += 1;
        services.logger.error({ err: error, connection_id: lease.connectionId }, 'message drain step failed');
        await this.#nap(Math.min(30_000, 500 * 2 ** failures));
      }
    }
    // Stopped: the marks still in flight are waited for, never left unheard.
    await Promise.allSettled(this.#marks);
  }

  /**
   * Sends a claimed batch one message at a time, each at its time on the pacing grid when pacing is on; each one
   * sent is marked so at once (in a shared transaction). Without pacing the batch is done once every mark is
   * committed; with pacing the next claim goes ahead meanwhile and the marks are heard before it (#settleMarks).
   * A failed mark (the database refused it) leaves its message `sending`, to be sent again under the same
   * WhatsApp id.
   */
  async #attemptAll(claimed: Claimed[], paced: boolean, claimedAt: number): Promise<void> {
    let noLink = false;
    try {
      for (const entry of claimed) {
        const { row, outbound, markedNewContact } = entry;
        // Claimed ahead: sent at its time. A link lost meanwhile fails the send below, which queues it again.
        if (paced) await this.#sleepUntil(this.#nextSendAt);
        if (this.#heldBack(entry, claimedAt) && !this.#stopped) {
          await withLease(this.deps.services.db, this.deps.lease, async (trx) => {
            await MessageRow.query(trx)
              .findById(row.id)
              .where({ status: 'sending' })
              .patch({ status: 'queued', attempts: row.attempts - 1, updated_at: new Date(), ...(markedNewContact ? { new_contact_at: null } : {}) });
          });
          continue;
        }
        // Stopped (shutdown), or the lease is gone (a mark of this batch was refused for it, or the worker's own
        // clock says so): the rest stay `sending`, and the next owner sends them.
        if (this.#stopped || this.#leaseLost || !holdsLease(this.deps.lease)) break;
        const outcome = await this.#attempt(row, outbound);
        if (outcome === 'no link') noLink = true;
        else if (outcome) {
          // Heard in #settleMarks; handled now, so a refusal that comes first is not an unhandled rejection.
          outcome.mark.catch(() => undefined);
          this.#marks.push(outcome.mark);
        }
      }
    } finally {
      // Even when an attempt's own write failed: the marks already submitted are waited for, never left unheard.
      if (!paced) await this.#settleMarks();
    }
    if (noLink) await this.#nap(NO_LINK_WAIT_MS);
  }

  /**
   * Sends one message: its sent mark, submitted (not awaited), when WhatsApp took it; 'no link' when it could not
   * leave for want of a link; nothing when the attempt ended otherwise (recorded).
   */
  async #attempt(row: MessageRow, prepared: PreparedMessage): Promise<{ mark: Promise<void> } | 'no link' | undefined> {
    const { services, lease } = this.deps;
    const scope = this.#scope;
    const fenced = <T>(work: (trx: Transaction) => Promise<T>) => withLease(services.db, lease, work);
    let message: OutboundMessage;
    try {
      message = await withMedia(prepared, this.deps.loadMedia);
    } catch (error) {
      services.logger.warn({ err: error, message_id: row.id }, 'could not load the media of a message');
      await fenced((trx) => endMessage(trx, scope, row.id, { status: 'failed', code: 'media_fetch_failed', message: 'The media file of this message could not be read.' }));
      return undefined;
    }
    if (services.config.MESSAGE_PACING) this.#pace();
    try {
      await this.deps.send(message);
    } catch (error) {
      const noLink = await fenced((trx) => this.#failedAttempt(trx, row, error));
      return noLink ? 'no link' : undefined;
    }
    // Wrapped: an async function returning the promise itself would make its caller wait for the commit.
    const mark = batchesOf(services.db)
      // Sent when WhatsApp took it, not when the mark's transaction runs.
      .submit(scope, lease, sentOp, { id: row.id, at: new Date(), config: services.config })
      .catch((error: unknown) => {
        if (error instanceof LeaseLostError) this.#leaseLost = true;
        throw error;
      });
    return { mark };
  }

  /**
   * Sends sit on a grid one interval apart, each moved by up to a quarter interval either way: gaps vary from
   * half an interval to one and a half (a fixed beat is the mark of a bot), yet the jitter never accumulates, so
   * over any minute the rate is the configured one. After a pause the grid restarts from now: a backlog never
   * goes out faster to catch up.
   */
  #pace(): void {
    const now = Date.now();
    if (this.#gridAt < now - this.#intervalMs) this.#gridAt = now;
    this.#gridAt += this.#intervalMs;
    this.#nextSendAt = this.#gridAt + this.#intervalMs * (Math.random() - 0.5) * 0.5;
  }

  #setRate(perMinute: number): void {
    this.#intervalMs = 60_000 / Math.max(1, perMinute);
  }

  /** Records a failed attempt; true when it failed only for want of a link (nothing left Parley). */
  async #failedAttempt(trx: Transaction, row: MessageRow, error: unknown): Promise<boolean> {
    const { services } = this.deps;
    const scope = this.#scope;
    if (error instanceof PermanentSendError) {
      await endMessage(trx, scope, row.id, { status: 'failed', code: error.code, message: error.message });
      return false;
    }
    if (error instanceof ApiError && error.code === 'connection_not_connected') {
      // Nothing left Parley: not an attempt. The connection's own state reports tell the drain when it is back.
      await MessageRow.query(trx).findById(row.id).patch({ status: 'queued', attempts: row.attempts - 1, updated_at: new Date() });
      return true;
    }
    const reason = error instanceof Error ? error.message : String(error);
    if (row.attempts >= services.config.MESSAGE_MAX_ATTEMPTS) {
      await endMessage(trx, scope, row.id, { status: 'failed', code: 'send_failed', message: `Sending failed ${row.attempts} times; the last error: ${reason}` });
      return false;
    }
    const delay = Math.min(MAX_RETRY_DELAY_MS, 1000 * 2 ** (row.attempts - 1)) * (0.5 + Math.random() * 0.5);
    services.logger.warn({ err: error, message_id: row.id, attempt: row.attempts }, 'message send failed; retrying');
    await MessageRow.query(trx).findById(row.id).patch({
      status: 'queued',
      next_attempt_at: new Date(Date.now() + delay),
      error_code: 'send_failed',
      error_message: reason,
      updated_at: new Date(),
    });
    return false;
  }
}
