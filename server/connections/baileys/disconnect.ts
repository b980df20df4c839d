import type { Reason } from '../transport.js';

/** Stable `status_reason` codes for a Baileys connection that closed. */
export const REASON_CODES = {
  restartRequired: 'restart_required',
  loggedOut: 'logged_out_from_phone',
  banned: 'banned',
  connectionReplaced: 'connection_replaced',
  multideviceMismatch: 'multidevice_mismatch',
  pairingTimeout: 'pairing_timeout',
  connectionLost: 'connection_lost',
  connectionClosed: 'connection_closed',
  badSession: 'bad_session',
  serviceUnavailable: 'service_unavailable',
  upgradeRejected: 'upgrade_rejected',
  unknown: 'unknown_disconnect',
} as const;

export type ReasonCode = (typeof REASON_CODES)[keyof typeof REASON_CODES];

/** Baileys' `DisconnectReason` values (lib/Types/index.d.ts), which travel as `error.output.statusCode`. */
export const STATUS = {
  loggedOut: 401,
  forbidden: 403,
  timedOut: 408,
  multideviceMismatch: 411,
  connectionClosed: 428,
  connectionReplaced: 440,
  badSession: 500,
  unavailableService: 503,
  restartRequired: 515,
} as const;

/**
 * Baileys maps an HTTP status refused on the WebSocket upgrade (e.g. a proxy's 401 Proxy Authentication) to the
 * same status code as WhatsApp's own verdicts, with this text in the message (lib/Utils/generics.js,
 * getCodeFromWSError). Such a status says nothing about the WhatsApp session, so it must never wipe it.
 */
export const UPGRADE_FAILURE_TEXT = 'Unexpected server response';

/** Baileys' message when every QR ref of one pairing attempt has expired unscanned (lib/Socket/socket.js). */
export const QR_ATTEMPTS_ENDED_TEXT = 'QR refs attempts ended';

export type DisconnectAction =
  /** Reconnect at once with the same creds (515: the normal step right after pairing). */
  | { action: 'restart'; reason: Reason }
  /** Transient: report `disconnected`, reconnect after a backoff. */
  | { action: 'reconnect'; reason: Reason }
  /** WhatsApp unlinked the device: wipe the creds and keys, stop. */
  | { action: 'logged_out'; reason: Reason }
  /** Stop for good and keep the creds; a person has to act first. */
  | { action: 'failed'; reason: Reason };

export interface DisconnectContext {
  /** Whether the creds are linked to a phone (`!!creds.account`). */
  paired: boolean;
}

export function statusCodeOf(error: unknown): number | undefined {
  const code = (error as { output?: { statusCode?: unknown } } | undefined)?.output?.statusCode;
  return typeof code === 'number' ? code : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : '';
}

/** Decides what a closed Baileys socket means, from `lastDisconnect.error` (a Boom, or sometimes a plain Error). */
export function classifyDisconnect(error: unknown, context: DisconnectContext): DisconnectAction {
  const status = statusCodeOf(error);
  const message = messageOf(error);

  if (status !== undefined && message.includes(UPGRADE_FAILURE_TEXT)) {
    return {
      action: 'reconnect',
      reason: {
        code: REASON_CODES.upgradeRejected,
        message: `The WebSocket upgrade to WhatsApp was refused with HTTP ${status}, usually by a proxy or firewall in between; Parley keeps retrying. If this persists, check the proxy settings and that web.whatsapp.com is reachable from the worker.`,
      },
    };
  }

  switch (status) {
    case STATUS.restartRequired:
      return {
        action: 'restart',
        reason: {
          code: REASON_CODES.restartRequired,
          message: 'WhatsApp asked for a restart (normal right after linking); Parley reconnected at once.',
        },
      };
    case STATUS.loggedOut:
      return {
        action: 'logged_out',
        reason: {
          code: REASON_CODES.loggedOut,
          message:
            'WhatsApp unlinked this device: it was removed under Linked devices on the phone, or the phone stayed offline too long. Restart the connection and scan the new QR code to link it again.',
        },
      };
    case STATUS.forbidden:
      return {
        action: 'failed',
        reason: {
          code: REASON_CODES.banned,
          message:
            'WhatsApp refused this number (banned or restricted). Open WhatsApp on the phone to see the notice and appeal there; restart the connection once the number is allowed again.',
        },
      };
    case STATUS.connectionReplaced:
      return {
        action: 'failed',
        reason: {
          code: REASON_CODES.connectionReplaced,
          message:
            'Another session took over this link (the same credentials connected from somewhere else). Parley stopped this one so the two do not fight; restart the connection to take it back.',
        },
      };
    case STATUS.multideviceMismatch:
      return {
        action: 'failed',
        reason: {
          code: REASON_CODES.multideviceMismatch,
          message:
            "WhatsApp refused the linked device (multi-device mismatch). Update WhatsApp on the phone, then restart the connection and link it again.",
        },
      };
    case STATUS.timedOut:
      if (!context.paired && message.includes(QR_ATTEMPTS_ENDED_TEXT)) {
        return {
          action: 'failed',
          reason: {
            code: REASON_CODES.pairingTimeout,
            message:
              'Nobody linked this connection in time: every QR code expired unscanned. Restart the connection for a new QR code, or request a pairing code.',
          },
        };
      }
      return {
        action: 'reconnect',
        reason: {
          code: REASON_CODES.connectionLost,
          message: 'The connection to WhatsApp timed out (network trouble or no answer); Parley reconnects on its own.',
        },
      };
    case STATUS.connectionClosed:
      return {
        action: 'reconnect',
        reason: {
          code: REASON_CODES.connectionClosed,
          message: 'The connection to WhatsApp was closed; Parley reconnects on its own.',
        },
      };
    case STATUS.badSession:
      return {
        action: 'reconnect',
        reason: {
          code: REASON_CODES.badSession,
          message:
            'WhatsApp ended the session with an error; Parley reconnects on its own. If this keeps happening, log the connection out and link it again.',
        },
      };
    case STATUS.unavailableService:
      return {
        action: 'reconnect',
        reason: {
          code: REASON_CODES.serviceUnavailable,
          message: 'WhatsApp is temporarily unavailable; Parley reconnects on its own.',
        },
      };
    default:
      return {
        action: 'reconnect',
        reason: {
          code: REASON_CODES.unknown,
          message: `The connection to WhatsApp closed unexpectedly${status === undefined ? '' : ` (status ${status})`}; Parley reconnects on its own.`,
        },
      };
  }
}
