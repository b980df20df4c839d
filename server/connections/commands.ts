import { randomUUID } from 'node:crypto';
import type { Bus } from '../platform/bus.js';
import type { Logger } from '../platform/logger.js';
import { ApiError } from '../platform/http/errors.js';
import type { InteractionOp } from './interaction-commands.js';
import type { ProfileCall } from './profiles.js';
import type { GroupCall } from './groups.js';
import type { StatusCommand } from './status-history.js';
import type { SentMessageRef } from './transport.js';

/** Commands an API node sends to the worker that runs a connection. */
export type ConnectionCommand =
  | { name: 'restart' }
  | { name: 'logout' }
  | { name: 'pairing_code'; phoneNumber: string }
  | { name: 'sandbox_scan'; phoneNumber?: string }
  | { name: 'sandbox_confirm_code'; code: string }
  | { name: 'check_numbers'; phoneNumbers: string[] }
  | { name: 'interaction'; op: InteractionOp }
  | { name: 'edit_message'; to: string; waMessageId: string; text: string; type?: SentMessageRef['type'] }
  | { name: 'revoke_message'; to: string; waMessageId: string }
  | { name: 'profiles'; call: ProfileCall }
  | { name: 'group'; call: GroupCall }
  | { name: 'post_status'; status: StatusCommand };

const COMMAND_CHANNEL = 'connection-commands';
const replyChannel = (node: string) => `connection-replies:${node}`;

interface CommandMessage {
  requestId: string;
  replyTo: string;
  connectionId: string;
  command: ConnectionCommand;
}

interface ReplyMessage {
  requestId: string;
  result?: unknown;
  error?: { status: number; type: ApiError['type']; code: string; message: string; param?: string };
}

export const unavailable = (connectionId: string) =>
  new ApiError(
    503,
    'api_error',
    'connection_unavailable',
    `No worker is running connection ${connectionId} right now (it is starting or being handed over). Retry in a few seconds.`,
    { headers: { 'Retry-After': '5' } },
  );

/**
 * Request/reply over the bus: the API node publishes a command for a connection; only the worker that
 * holds its lease executes it and answers on this node's reply channel.
 */
export class CommandClient {
  readonly #node = randomUUID();
  readonly #pending = new Map<string, { resolve(value: unknown): void; reject(error: Error): void; timer: NodeJS.Timeout }>();
  #unsubscribe: (() => void) | undefined;

  constructor(private readonly bus: Bus) {}

  async start(): Promise<void> {
    this.#unsubscribe = await this.bus.subscribe(replyChannel(this.#node), (message) => {
      const reply = message as ReplyMessage;
      const pending = this.#pending.get(reply.requestId);
      if (!pending) return;
      this.#pending.delete(reply.requestId);
      clearTimeout(pending.timer);
      if (reply.error) {
        const { status, type, code, message: text, param } = reply.error;
        pending.reject(new ApiError(status, type, code, text, param === undefined ? {} : { param }));
      } else {
        pending.resolve(reply.result);
      }
    });
  }

  send(connectionId: string, command: ConnectionCommand, timeoutMs = 10_000): Promise<unknown> {
    const requestId = randomUUID();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(requestId);
        reject(unavailable(connectionId));
      }, timeoutMs);
      this.#pending.set(requestId, { resolve, reject, timer });
      const message: CommandMessage = { requestId, replyTo: this.#node, connectionId, command };
      this.bus.publish(COMMAND_CHANNEL, message).catch(() => {
        clearTimeout(timer);
        this.#pending.delete(requestId);
        reject(unavailable(connectionId));
      });
    });
  }

  stop(): void {
    this.#unsubscribe?.();
    for (const [id, pending] of this.#pending) {
      clearTimeout(pending.timer);
      pending.reject(new Error('shutting down'));
      this.#pending.delete(id);
    }
  }
}

/** The worker side: executes commands for the connections this worker runs, ignores the rest. */
export async function serveCommands(
  bus: Bus,
  execute: (connectionId: string, command: ConnectionCommand) => Promise<unknown> | undefined,
  logger: Logger,
): Promise<() => void> {
  return bus.subscribe(COMMAND_CHANNEL, (message) => {
    const { requestId, replyTo, connectionId, command } = message as CommandMessage;
    const running = execute(connectionId, command);
    if (!running) return;
    running.then(
      (result) => bus.publish(replyChannel(replyTo), { requestId, result } satisfies ReplyMessage),
      (error: unknown) => {
        const apiError =
          error instanceof ApiError
            ? error
            : new ApiError(500, 'api_error', 'internal_error', 'The worker could not carry out the command.');
        const { status, type, code, message: text, param } = apiError;
        return bus.publish(replyChannel(replyTo), {
          requestId,
          error: { status, type, code, message: text, ...(param === undefined ? {} : { param }) },
        } satisfies ReplyMessage);
      },
    )
      // The bus can be down: the caller then times out with 503; the worker must not crash over it.
      .catch((error: unknown) => logger.warn({ err: error, connection_id: connectionId }, 'could not answer a command'));
  });
}
