import type { TransportContext } from '../../server/connections/transport.js';
import { SandboxTransport, type SandboxSession } from '../../server/connections/sandbox/transport.js';

/**
 * The sandbox sessions this process starts, by connection id, to watch what a real phone would see (chat states,
 * read receipts, rejected calls). Call it once per test file, before the server starts any connection; `restore`
 * puts the transport back.
 */
export function watchSandboxSessions(): { sessions: Map<string, SandboxSession>; restore(): void } {
  const sessions = new Map<string, SandboxSession>();
  const start = SandboxTransport.prototype.start;
  SandboxTransport.prototype.start = async function (this: SandboxTransport, context: TransportContext) {
    const session = await start.call(this, context);
    sessions.set(context.connectionId, session);
    return session;
  };
  return {
    sessions,
    restore: () => {
      SandboxTransport.prototype.start = start;
    },
  };
}
