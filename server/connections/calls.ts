import { recordEvent } from '../events/record.js';
import type { components } from '../generated/openapi.js';
import type { Actor } from '../platform/actor.js';
import type { Services } from '../platform/services.js';
import { createMessage } from '../messages/send.js';
import type { TenantScope, Transaction } from '../platform/db/database.js';
import { ApiError } from '../platform/http/errors.js';
import type { Logger } from '../platform/logger.js';
import { withLease, type Lease } from './auth-store.js';
import type { CallEnd, InboundCall } from './interactions.js';
import { chatIdOf } from './presence-events.js';
import type { TransportSession } from './transport.js';

type Call = components['schemas']['Call'];

/** Enough to recognise a call WhatsApp reports twice (an offer seen again after a reconnect). */
const REMEMBERED_CALLS = 1_000;

interface CallSettings {
  reject_calls: boolean;
  reject_call_message: string | null;
}

/**
 * Inbound calls of one running connection: each is rejected at once when the connection's `reject_calls` is on
 * (a call that rang while the connection was offline is over, so it is only recorded), then recorded as a
 * `call.received` event, with the reply message (when set) accepted in the same transaction, through the same
 * path as any send: stored, evented, and sent by the connection's queue.
 */
export class CallHandler {
  readonly #outcomes = new Map<string, Promise<Call | undefined>>();
  /** Calls whose end was recorded (or is being): WhatsApp may report an end after Parley's own rejection. */
  readonly #ends = new Map<string, Promise<Call | undefined>>();

  constructor(
    private readonly services: Services,
    private readonly lease: Lease,
    private readonly session: () => TransportSession | undefined,
    /** Runs a write in the connection's ordered, retried write queue. */
    private readonly enqueue: (what: string, write: () => Promise<void>) => Promise<void>,
  ) {}

  /** Handles a call once, however often it is reported; resolves with what was recorded (undefined if the lease went). */
  received(call: InboundCall): Promise<Call | undefined> {
    const known = this.#outcomes.get(call.id);
    if (known) return known;
    const outcome = this.#handle(call);
    this.#outcomes.set(call.id, outcome);
    if (this.#outcomes.size > REMEMBERED_CALLS) this.#outcomes.delete(this.#outcomes.keys().next().value!);
    outcome.catch(() => this.#outcomes.delete(call.id));
    return outcome;
  }

  /**
   * Records a call's end once (`call.ended`: the call as received, with `ended_at` and `end_reason`); a second
   * report of it resolves with the first. A call whose offer this worker did not see (it started before a
   * restart) is described from the end's own details.
   */
  ended(end: CallEnd): Promise<Call | undefined> {
    const known = this.#ends.get(end.id);
    if (known) return known;
    const outcome = this.#end(end);
    this.#ends.set(end.id, outcome);
    if (this.#ends.size > REMEMBERED_CALLS) this.#ends.delete(this.#ends.keys().next().value!);
    outcome.catch(() => this.#ends.delete(end.id));
    return outcome;
  }

  /** Whether a call's end was recorded already (the sandbox refuses to end a call twice). */
  hasEnded(callId: string): boolean {
    return this.#ends.has(callId);
  }

  async #end(end: CallEnd): Promise<Call | undefined> {
    const received = await this.#outcomes.get(end.id)?.catch(() => undefined);
    const scope = { accountId: this.lease.accountId, mode: this.lease.mode };
    let recorded: Call | undefined;
    await this.enqueue('call end', () =>
      withLease(this.services.db, this.lease, async (trx) => {
        const call: Call = received ?? {
          id: end.id,
          object: 'call',
          connection_id: this.lease.connectionId,
          chat_id: await chatIdOf(trx, this.lease.connectionId, end.from),
          from: end.from.phoneNumber,
          from_lid: end.from.lid,
          video: end.video,
          offline: false,
          rejected: false,
          reply_message_id: null,
          received_at: end.at.toISOString(),
        };
        recorded = { ...call, ended_at: end.at.toISOString(), end_reason: end.reason };
        await recordEvent(trx, scope, 'call.ended', recorded);
      }),
    );
    return recorded;
  }

  async #handle(call: InboundCall): Promise<Call | undefined> {
    const { db, logger } = this.services;
    const scope = { accountId: this.lease.accountId, mode: this.lease.mode };
    const log = logger.child({ connection_id: this.lease.connectionId, call_id: call.id });
    const settings = (await db.tenant(scope, (trx) =>
      trx('connections').where({ id: this.lease.connectionId }).first('reject_calls', 'reject_call_message'),
    )) as CallSettings | undefined;
    let rejected = false;
    if (settings?.reject_calls && !call.offline) {
      try {
        const session = this.session();
        if (!session) throw new Error('the connection has no session');
        await session.interactions.rejectCall(call);
        rejected = true;
      } catch (error) {
        log.warn({ err: error }, 'could not reject a call');
      }
    }
    const reply = rejected ? settings?.reject_call_message ?? null : null;
    let recorded: Call | undefined;
    await this.enqueue('call', () =>
      withLease(db, this.lease, async (trx) => {
        let replyMessageId: string | null = null;
        if (reply !== null && call.from.phoneNumber) {
          replyMessageId = await this.#reply(trx, scope, call.from.phoneNumber, reply, log);
        } else if (reply !== null) {
          log.info('the caller is known by LID only; no reply message sent');
        }
        const presented: Call = {
          id: call.id,
          object: 'call',
          connection_id: this.lease.connectionId,
          chat_id: await chatIdOf(trx, this.lease.connectionId, call.from),
          from: call.from.phoneNumber,
          from_lid: call.from.lid,
          video: call.video,
          offline: call.offline,
          rejected,
          reply_message_id: replyMessageId,
          received_at: call.at.toISOString(),
        };
        await recordEvent(trx, scope, 'call.received', presented);
        recorded = presented;
      }),
    );
    // A call Parley rejected is over: its end is recorded now, whatever WhatsApp reports of it later.
    if (rejected && recorded) {
      const end = { id: call.id, from: call.from, video: call.video, reason: 'rejected' as const, at: new Date() };
      void Promise.resolve().then(() => this.ended(end)).catch((error: unknown) => log.error({ err: error }, 'could not record the end of a rejected call'));
    }
    return recorded;
  }

  /**
   * Accepts the reply like any send. A refusal (the plan's message limit, say) is decided before anything is
   * written, so the call is still recorded, without a reply; anything else fails the write, which is retried.
   */
  async #reply(trx: Transaction, scope: TenantScope, to: string, text: string, log: Logger): Promise<string | null> {
    try {
      const message = await createMessage(trx, this.services, workerActor(scope), { connection_id: this.lease.connectionId, to, type: 'text', text: { body: text } }, {
        findMedia: () => Promise.reject(new Error('a call reply has no media')),
      });
      return message.id;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      log.warn({ code: error.code }, 'the reply to a rejected call was refused');
      return null;
    }
  }
}

/** Parley itself, acting in the connection's account: what a reply to a call is sent as. */
const workerActor = (scope: { accountId: string; mode: Actor['mode'] }): Actor => ({ ...scope, kind: 'api_key', keyId: 'parley', role: 'developer' });
