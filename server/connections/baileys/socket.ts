import {
  jidDecode,
  type AnyMessageContent,
  type BaileysEventEmitter,
  type Contact,
  type MiscMessageGenerationOptions,
  type proto,
  type UserFacingSocketConfig,
  type WAMediaUploadFunction,
  type WAMessage,
  type WAMessageKey,
  type WAPresence,
} from '@whiskeysockets/baileys';
import type { Logger } from '../../platform/logger.js';

/** The part of a Baileys socket the transport uses; tests inject a fake with the same shape. */
export interface BaileysSocket {
  ev: Pick<BaileysEventEmitter, 'on' | 'off'>;
  end(error: Error | undefined): Promise<void>;
  logout(message?: string): Promise<void>;
  requestPairingCode(phoneNumber: string): Promise<string>;
  onWhatsApp(...phoneNumbers: string[]): Promise<{ jid: string; exists: boolean }[] | undefined>;
  sendMessage(jid: string, content: AnyMessageContent, options?: MiscMessageGenerationOptions): Promise<WAMessage | undefined>;
  /** Sends a message Parley built itself (a caption edit), with the stanza's extra attributes. */
  relayMessage(jid: string, message: proto.IMessage, options: { additionalAttributes?: Record<string, string> }): Promise<string>;
  waUploadToServer: WAMediaUploadFunction;
  /** Asks the sender's phone to upload expired media again. */
  updateMediaMessage(message: WAMessage): Promise<WAMessage>;
  /** A chat state to `toJid`, or the number's own availability (without `toJid`). */
  sendPresenceUpdate(type: WAPresence, toJid?: string): Promise<void>;
  presenceSubscribe(toJid: string): Promise<void>;
  readMessages(keys: WAMessageKey[]): Promise<void>;
  rejectCall(callId: string, callFrom: string): Promise<void>;
  signalRepository: { lidMapping: { getPNForLID(lid: string): Promise<string | null> } };
  user?: Contact | undefined;
}

export type MakeSocket = (config: UserFacingSocketConfig) => BaileysSocket;

export interface Backoff {
  initialMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { initialMs: 1_000, maxMs: 60_000 };

/** Exponential backoff with full jitter: uniform in [0, min(max, initial·2^attempt)). */
export function backoffDelay(attempt: number, backoff: Backoff, random: () => number = Math.random): number {
  const ceiling = Math.min(backoff.maxMs, backoff.initialMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

/** "15551234567:12@s.whatsapp.net" → "+15551234567" */
export function phoneNumberOfJid(jid: string): string {
  const user = jidDecode(jid)?.user ?? jid.split('@')[0] ?? '';
  return `+${user.replace(/\D/g, '')}`;
}


/** The stricter of Parley's level and `ceiling`: Baileys logs at most `ceiling`, never more than Parley. */
export function cappedLevel(logger: Logger, ceiling: string): string {
  const ceilingValue = logger.levels.values[ceiling];
  if (ceilingValue === undefined) return logger.level;
  return logger.levelVal >= ceilingValue ? logger.level : ceiling;
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
