import net from 'node:net';

/** A TCP port on 127.0.0.1 that was free a moment ago (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** A listen address Parley cannot use; the message is the one sentence to show, without a stack. */
export class ListenError extends Error {}

/** What to tell a person when the HTTP server cannot listen on HOST:PORT; undefined for any other error. */
export function listenError(error: unknown, port: number, host: string): ListenError | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') return new ListenError(`Port ${port} on ${host} is in use: stop what uses it or set PORT to a free port.`);
  if (code === 'EACCES') return new ListenError(`Port ${port} on ${host} needs privileges this process does not have: set PORT to 1024 or above.`);
  if (code === 'EADDRNOTAVAIL') return new ListenError(`HOST ${host} is not an address of this machine: set HOST to one of its addresses, or 0.0.0.0 for all.`);
  return undefined;
}

/**
 * Binds HOST:PORT for a moment and lets go, so that a port Parley cannot have is reported before the database
 * is set up, migrated and workers start. Port 0 (any free port) needs no check.
 */
export async function checkListenAddress(port: number, host: string): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error) => reject(listenError(error, port, host) ?? error));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
