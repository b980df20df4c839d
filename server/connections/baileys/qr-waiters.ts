import { ApiError, conflict } from '../../platform/http/errors.js';
import type { BaileysSocket } from './socket.js';

/** How long requestPairingCode waits for the socket to reach the linking step (connectTimeoutMs is 20 s). */
const PAIRING_READY_TIMEOUT_MS = 30_000;

interface QrWaiter {
  resolve(socket: BaileysSocket): void;
  reject(error: Error): void;
}

export const notRunning = (connectionId: string) =>
  conflict('connection_not_running', `Connection ${connectionId} is not running; restart it, then request the pairing code.`);

/** Callers waiting for a socket to reach WhatsApp's linking step (its first QR), to request a pairing code. */
export class QrWaiters {
  readonly #waiters = new Set<QrWaiter>();

  constructor(private readonly connectionId: string) {}

  /** The socket once it shows a QR; 503 connection_not_ready when none does in time, 409 when the session ends. */
  wait(): Promise<BaileysSocket> {
    const { connectionId } = this;
    return new Promise<BaileysSocket>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        reject(
          new ApiError(
            503,
            'api_error',
            'connection_not_ready',
            `Connection ${connectionId} has not reached WhatsApp's linking step yet; try again in a few seconds.`,
          ),
        );
      }, PAIRING_READY_TIMEOUT_MS);
      const waiter: QrWaiter = {
        resolve: (socket) => {
          clearTimeout(timer);
          resolve(socket);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(
            conflict(
              'connection_not_running',
              `Connection ${connectionId} stopped before it could be linked (${error.message}); restart it, then request the pairing code.`,
            ),
          );
        },
      };
      this.#waiters.add(waiter);
    });
  }

  /** A socket showed its QR: everyone waiting gets it. */
  resolve(socket: BaileysSocket): void {
    for (const waiter of this.#waiters) waiter.resolve(socket);
    this.#waiters.clear();
  }

  /** The session ended: everyone waiting gets `reason`. */
  reject(reason: Error): void {
    for (const waiter of this.#waiters) waiter.reject(reason);
    this.#waiters.clear();
  }
}
