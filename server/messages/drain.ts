import { recordEvent } from '../events/record.js';
import { LeaseLostError, withLease, type Lease } from '../connections/auth-store.js';
import { PermanentSendError, type OutboundMessage } from '../connections/transport.js';
import { ApiError } from '../platform/http/errors.js';
import type { Services } from '../platform/services.js';
import type { Transaction } from '../platform/db/database.js';
import { MessageRow, patchMessage } from './models.js';
import { toOutbound, withMedia, type PreparedMessage } from './outbound.js';
import { presentMessage } from './presenters.js';
import { endMessage, EXPIRED_MESSAGE, markSent } from './status.js';

/** How long an idle drain sleeps before looking again (a new message or a reconnect wakes it sooner). */
const IDLE_MS = 5_000;
/** How long a drain whose send found no link waits for the connection to report itself back (it wakes it sooner). */
const NO_LINK_WAIT_MS = 1_000;
/** Transient failures back off exponentially up to this. */
const MAX_RETRY_DELAY_MS = 5 * 60_000;

/**
 * A message may go to someone the connection already talks to (their chat has a message either way), or start a
 * conversation while the connection is not cooling down after a 463 and is under its daily new-contact limit.
 * The conversations started in the last 24 hours are counted only up to the limit, so the count stays small
 * however many the connection starts.
 */
const MAY_SEND_TO_PEER = `(ch.last_message_at is not null
  or ((c.new_contacts_paused_until is null or c.new_contacts_paused_until <= now())
      and (c.new_contact_daily_limit is null
           or (select count(*) from (select 1 from messages n
                where n.connection_id = c.id and n.new_contact_at > now() - interval '24 hours'
                limit c.new_contact_daily_limit) started) < c.new_contact_daily_limit)))`;

export interface DrainDeps {
  services: Services;
  lease: Lease;
  send(message: OutboundMessage): Promise<void>;
  loadMedia(mediaId: string): Promise<Buffer>;
  /** The lease is gone: the runner stops everything for this connection. */
  onLeaseLost(): void;
}

type Claim = { row: MessageRow; outbound: PreparedMessage } | { idleMs: number } | { handled: true };

/**
 * Sends one connection's queue, one message at a time, in acceptance order within each chat (a message that
 * waits to retry holds back later ones to the same person, not the whole queue), at the connection's send
 * rate with jitter. Rows are claimed with FOR UPDATE SKIP LOCKED in transactions fenced by the lease, and a
 * row is marked `sending` before the attempt: after a crash the next owner sends it again under the same
 * WhatsApp id, which the recipient's phone deduplicates.
 */
export class MessageDrain {
  #connected = false;
  #stopped = false;
  #nextSendAt = 0;
  /** Where this send falls on the pacing grid (see #pace). */
  #gridAt = 0;
  #intervalMs = 3_000;
  #wakeUp: (() => void) | undefined;
  #loop: Promise<void> | undefined;

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

  async stop(): Promise<void> {
    this.#stopped = true;
    this.wake();
    await this.#loop;
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

  async #run(): Promise<void> {
    const { services, lease } = this.deps;
    let failures = 0;
    while (!this.#stopped) {
      if (!this.#connected) {
        await this.#nap(IDLE_MS);
        continue;
      }
      try {
        const pace = this.#nextSendAt - Date.now();
        if (pace > 0) await this.#nap(pace);
        if (this.#stopped || !this.#connected) continue;
        const claim = await withLease(services.db, lease, (trx) => this.#claim(trx));
        failures = 0;
        if ('idleMs' in claim) await this.#nap(claim.idleMs);
        else if ('row' in claim) await this.#attempt(claim.row, claim.outbound);
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
  }

  async #claim(trx: Transaction): Promise<Claim> {
    const { lease } = this.deps;
    const pending = `status in ('scheduled', 'queued', 'sending')`;
    // Without pacing (load tests on sandbox connections) the new-contact limits are off too.
    const gate = this.deps.services.config.MESSAGE_PACING ? MAY_SEND_TO_PEER : 'true';
    const result = await trx.raw<{ rows: Array<Record<string, unknown> & { send_rate: number; known_contact: boolean }> }>(
      `select m.*, c.send_rate, ch.last_message_at is not null as known_contact
         from messages m join connections c on c.id = m.connection_id left join chats ch on ch.id = m.chat_id
        where m.connection_id = ? and m.direction = 'outbound' and m.${pending}
          and coalesce(m.send_at, m.created_at) <= now()
          and (m.next_attempt_at is null or m.next_attempt_at <= now())
          and not exists (
            select 1 from messages p
             where p.connection_id = m.connection_id and p.peer_phone = m.peer_phone and p.seq < m.seq
               and p.status in ('queued', 'sending'))
          and ${gate}
        order by m.seq limit 1
        for update of m skip locked`,
      [lease.connectionId],
    );
    const [raw] = result.rows;
    if (!raw) {
      // Messages held back from new contacts do not count: the drain looks again when idle, as always.
      const next = await trx.raw<{ rows: Array<{ at: Date | null }> }>(
        `select min(greatest(coalesce(m.send_at, m.created_at), coalesce(m.next_attempt_at, m.created_at))) as at
           from messages m join connections c on c.id = m.connection_id left join chats ch on ch.id = m.chat_id
          where m.connection_id = ? and m.direction = 'outbound' and m.${pending} and ${gate}`,
        [lease.connectionId],
      );
      const at = next.rows[0]?.at ? new Date(next.rows[0].at).getTime() : Infinity;
      return { idleMs: Math.max(10, Math.min(IDLE_MS, at - Date.now())) };
    }
    this.#setRate(raw.send_rate);
    const row = MessageRow.fromDatabaseJson(raw);
    const scope = { accountId: lease.accountId, mode: lease.mode };
    if (row.expires_at && row.expires_at <= new Date()) {
      await endMessage(trx, scope, row.id, { status: 'expired', code: 'expired', message: EXPIRED_MESSAGE });
      return { handled: true };
    }
    if (await this.#optedOut(trx, row)) {
      await endMessage(trx, scope, row.id, {
        status: 'failed',
        code: 'recipient_opted_out',
        message: `${row.peer_phone} is on the account's suppression list (opt-outs); only replies to their own messages reach them.`,
      });
      return { handled: true };
    }
    let outbound: PreparedMessage;
    try {
      outbound = await toOutbound(trx, row);
    } catch (error) {
      await endMessage(trx, scope, row.id, { status: 'failed', code: 'send_failed', message: error instanceof Error ? error.message : String(error) });
      return { handled: true };
    }
    const first = row.status !== 'sending' && row.attempts === 0;
    const now = new Date();
    const sending = await patchMessage(trx, row.id, {
      status: 'sending',
      attempts: row.attempts + 1,
      updated_at: now,
      ...(!raw.known_contact && row.new_contact_at === null ? { new_contact_at: now } : {}),
    });
    if (first) await recordEvent(trx, scope, 'message.sending', presentMessage(sending));
    return { row: sending, outbound };
  }

  /** Opted out, unless the message answers one the person sent. */
  async #optedOut(trx: Transaction, row: MessageRow): Promise<boolean> {
    const listed = await trx('opt_outs').where({ phone_number: row.peer_phone }).first('id');
    if (!listed) return false;
    if (row.reply_to === null) return true;
    const original = await trx('messages').where({ id: row.reply_to }).first('direction');
    return original?.direction !== 'inbound';
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

  async #attempt(row: MessageRow, prepared: PreparedMessage): Promise<void> {
    const { services, lease } = this.deps;
    const scope = { accountId: lease.accountId, mode: lease.mode };
    const fenced = <T>(work: (trx: Transaction) => Promise<T>) => withLease(services.db, lease, work);
    let message: OutboundMessage;
    try {
      message = await withMedia(prepared, this.deps.loadMedia);
    } catch (error) {
      services.logger.warn({ err: error, message_id: row.id }, 'could not load the media of a message');
      await fenced((trx) => endMessage(trx, scope, row.id, { status: 'failed', code: 'media_fetch_failed', message: 'The media file of this message could not be read.' }));
      return;
    }
    if (services.config.MESSAGE_PACING) this.#pace();
    try {
      await this.deps.send(message);
    } catch (error) {
      const noLink = await fenced((trx) => this.#failedAttempt(trx, row, error));
      if (noLink) await this.#nap(NO_LINK_WAIT_MS);
      return;
    }
    await fenced((trx) => markSent(trx, services.config, scope, row.id));
  }

  /** Records a failed attempt; true when it failed only for want of a link (nothing left Parley). */
  async #failedAttempt(trx: Transaction, row: MessageRow, error: unknown): Promise<boolean> {
    const { services, lease } = this.deps;
    const scope = { accountId: lease.accountId, mode: lease.mode };
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

