import type { Logger } from '../../platform/logger.js';
import type { InboundCall } from '../interactions.js';
import { peerOfJid } from './presence.js';
import type { BaileysSocket } from './socket.js';

/**
 * Reports the calls people place to the number: WhatsApp's offer (later statuses of the same call, such as its
 * end, are not reported). A caller known by LID is resolved to their number when WhatsApp or the LID mapping
 * gives it.
 */
export function reportCalls(socket: BaileysSocket, deps: { call(call: InboundCall): void; log: Logger }): void {
  // One after the other, in the order WhatsApp sent them (reading one may wait for a LID lookup).
  let reading = Promise.resolve();
  socket.ev.on('call', (calls) => {
    reading = reading.then(async () => {
      for (const call of calls) {
        if (call.status !== 'offer') continue;
        try {
          const from = await peerOfJid(socket, call.from, call.callerPn);
          if (!from) continue;
          deps.call({ id: call.id, from, video: !!call.isVideo, offline: call.offline, at: call.date, callerRef: call.from });
        } catch (error) {
          deps.log.warn({ err: error, call_id: call.id }, 'could not read a call');
        }
      }
    });
  });
}
