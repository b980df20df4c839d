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
  socket.ev.on('call', (calls) => {
    void (async () => {
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
    })();
  });
}
