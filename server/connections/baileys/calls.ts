import type { Logger } from '../../platform/logger.js';
import type { CallEnd, CallEndReason, InboundCall } from '../interactions.js';
import { peerOfJid } from './presence.js';
import type { BaileysSocket } from './socket.js';

/** Enough to remember the calls of a busy hour (which were answered, which have ended). */
const REMEMBERED = 1_000;

/** A bounded set: the oldest entries go first. */
class Recent {
  readonly #ids = new Set<string>();
  has = (id: string) => this.#ids.has(id);
  add(id: string): void {
    this.#ids.add(id);
    if (this.#ids.size > REMEMBERED) this.#ids.delete(this.#ids.values().next().value!);
  }
}

/**
 * How a call's status ends it, given whether it was answered: WhatsApp's `reject` (on one of the number's
 * devices), `timeout` (it rang out), `terminate` (hung up: after an answer on the phone, or by the caller before).
 */
export function endReasonOf(status: string, answered: boolean): CallEndReason | undefined {
  if (status === 'reject') return 'rejected';
  if (status === 'timeout') return 'missed';
  if (status === 'terminate') return answered ? 'answered' : 'missed';
  return undefined;
}

/**
 * Reports the calls people place to the number: WhatsApp's offer, and the call's end (once per call). A caller
 * known by LID is resolved to their number when WhatsApp or the LID mapping gives it.
 */
export function reportCalls(socket: BaileysSocket, deps: { call(call: InboundCall): void; callEnded?(end: CallEnd): void; log: Logger }): void {
  const answered = new Recent();
  const ended = new Recent();
  // One after the other, in the order WhatsApp sent them (reading one may wait for a LID lookup).
  let reading = Promise.resolve();
  socket.ev.on('call', (calls) => {
    reading = reading.then(async () => {
      for (const call of calls) {
        if (call.status === 'accept') answered.add(call.id);
        const reason = endReasonOf(call.status, answered.has(call.id));
        if (call.status !== 'offer' && (!reason || ended.has(call.id))) continue;
        try {
          const from = await peerOfJid(socket, call.from, call.callerPn);
          if (!from) continue;
          if (reason) {
            ended.add(call.id);
            deps.callEnded?.({ id: call.id, from, video: !!call.isVideo, reason, at: call.date });
            continue;
          }
          deps.call({ id: call.id, from, video: !!call.isVideo, offline: call.offline, at: call.date, callerRef: call.from });
        } catch (error) {
          deps.log.warn({ err: error, call_id: call.id }, 'could not read a call');
        }
      }
    });
  });
}
