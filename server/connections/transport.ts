import { conflict } from '../platform/http/errors.js';
import type { Logger } from '../platform/logger.js';
import type { AuthStore } from './auth-store.js';

/** Who the linked WhatsApp account is, once linked. */
export interface LinkedIdentity {
  phoneNumber: string;
  jid: string;
  lid: string | null;
}

/** A stable, documented reason code, and a message a person can act on. */
export interface Reason {
  code: string;
  message: string;
}

/**
 * What a transport reports. The runner turns each call into a status change and an event. A transport
 * reconnects on its own after `disconnected`; after `loggedOut` or `failed` it has stopped for good.
 */
export interface TransportListener {
  qr(qr: string, expiresAt: Date): void;
  connecting(): void;
  connected(identity: LinkedIdentity): void;
  disconnected(reason: Reason): void;
  loggedOut(reason: Reason): void;
  failed(reason: Reason): void;
  lidMapping?(mapping: { lid: string; phoneNumber: string }): void;
}

export interface TransportSession {
  /** Closes the socket; the credentials stay, so the next start logs in without a QR. */
  stop(): Promise<void>;
  /** Unlinks this device from WhatsApp and wipes the credentials. */
  logout(): Promise<void>;
  /** Links by code instead of QR: the user types the returned 8 characters on their phone. */
  requestPairingCode(phoneNumber: string): Promise<string>;
  /** Asks WhatsApp which of these E.164 numbers are on it; one answer per number, in order. */
  checkNumbers(phoneNumbers: string[]): Promise<NumberCheck[]>;
}

/** A command that needs a live link to WhatsApp reached a connection that has none right now. */
export const notConnected = (connectionId: string) =>
  conflict('connection_not_connected', `Connection ${connectionId} is not connected to WhatsApp right now; wait until its status is connected.`);

export interface NumberCheck {
  phoneNumber: string;
  onWhatsApp: boolean;
  /** The number's WhatsApp id when it is on WhatsApp. */
  jid: string | null;
}

export interface TransportContext {
  connectionId: string;
  store: AuthStore;
  /** False once this worker must assume its lease is gone: open no socket then. */
  holdsLease(): boolean;
  listener: TransportListener;
  logger: Logger;
}

/** Live mode runs Baileys; test mode runs the sandbox. The rest of Parley only sees this interface. */
export interface Transport {
  start(context: TransportContext): Promise<TransportSession>;
}
