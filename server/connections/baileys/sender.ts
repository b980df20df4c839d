import { generateWAMessage, isPnUser, type proto, type WAMessageKey } from '@whiskeysockets/baileys';
import type { Logger } from '../../platform/logger.js';
import { PermanentSendError, type NumberCheck, type OutboundMessage } from '../transport.js';
import { statusCodeOf } from './disconnect.js';
import { checkNumbers } from './number-check.js';
import { isGroupId } from '../groups.js';
import { jidOfPhoneNumber, toBaileysSend } from './outbound-content.js';
import { REJECTED } from './receipts.js';
import type { BaileysSocket } from './socket.js';

/**
 * Codes a send can fail with before WhatsApp took the message (stable; documented for the API in MessageError):
 * - `recipient_not_on_whatsapp`: WhatsApp's number check says the number has no account. Nothing was sent.
 * - `whatsapp_rejected`: Baileys refused to build the message (its 400 and 413 errors: content WhatsApp has no
 *   form for, media over WhatsApp's size limit). A retry would build the same message.
 * Anything else (the socket closing mid-send, a media upload failing, a lookup WhatsApp did not answer) is
 * transient: the drain retries under the same WhatsApp id.
 */
export const NOT_ON_WHATSAPP = 'recipient_not_on_whatsapp';

/** Baileys' statuses for a message it cannot build (Boom 400, and 413 for media too large). */
const UNBUILDABLE = new Set([400, 413]);

/** How long "not on WhatsApp" is believed: people install WhatsApp, and a later send should see it. */
const NOT_ON_WHATSAPP_TTL_MS = 10 * 60_000;
/** Numbers remembered per session; the oldest answer is forgotten first (and asked again when needed). */
const REMEMBERED_NUMBERS = 10_000;

/**
 * WhatsApp's answers to number checks for this session: the JID to send to (which may differ from the digits,
 * as for Brazilian numbers registered before the mobile 9), or null for a number without WhatsApp. One check per
 * number and session: WhatsApp treats bursts of lookups as scraping.
 */
export class NumberCache {
  readonly #answers = new Map<string, { jid: string | null; until: number }>();

  get(phoneNumber: string, now = Date.now()): { jid: string | null } | undefined {
    const answer = this.#answers.get(phoneNumber);
    if (!answer) return undefined;
    if (answer.until > now) return { jid: answer.jid };
    this.#answers.delete(phoneNumber);
    return undefined;
  }

  remember(checks: NumberCheck[], now = Date.now()): void {
    for (const check of checks) {
      const jid = check.onWhatsApp ? check.jid : null;
      this.#answers.delete(check.phoneNumber);
      this.#answers.set(check.phoneNumber, { jid, until: jid ? Infinity : now + NOT_ON_WHATSAPP_TTL_MS });
    }
    while (this.#answers.size > REMEMBERED_NUMBERS) {
      const oldest = this.#answers.keys().next();
      if (oldest.done) break;
      this.#answers.delete(oldest.value);
    }
  }
}

/** What a send failure means for the drain: a PermanentSendError for a message that cannot go, else as thrown. */
export function sendFailure(error: unknown): unknown {
  const status = statusCodeOf(error);
  if (status !== undefined && UNBUILDABLE.has(status)) {
    const reason = error instanceof Error ? error.message : String(error);
    return new PermanentSendError(REJECTED, `WhatsApp cannot take this message as it is (${reason}).`);
  }
  return error;
}

export interface SenderDeps {
  /** The socket while it is logged in; throws notConnected otherwise. */
  openSocket(): BaileysSocket;
  /** The connection's Signal identity private key, from which poll secrets derive. */
  identityKey(): Uint8Array;
  /** The linked device's JID (a quote of its own message names it). */
  meJid(): string | undefined;
  findSent?: ((waMessageId: string) => Promise<OutboundMessage | undefined>) | undefined;
  log: Logger;
  baileysLog: Logger;
}

/** Sends Parley's messages through Baileys, and builds them again when a recipient's device asks. */
export class MessageSender {
  readonly numbers = new NumberCache();

  constructor(private readonly deps: SenderDeps) {}

  /** The JID WhatsApp knows `phoneNumber` by; PermanentSendError when it knows none. */
  async #jidOf(phoneNumber: string): Promise<string> {
    // A group is addressed by its own id: there is no number to look up.
    if (isGroupId(phoneNumber)) return phoneNumber;
    let answer = this.numbers.get(phoneNumber);
    if (!answer) {
      const checks = await checkNumbers(() => this.deps.openSocket(), [phoneNumber], this.deps.log);
      this.numbers.remember(checks);
      answer = { jid: checks[0]?.onWhatsApp ? (checks[0].jid ?? null) : null };
    }
    if (!answer.jid) {
      throw new PermanentSendError(NOT_ON_WHATSAPP, `${phoneNumber} is not on WhatsApp, so the message was not sent. Check the number, or ask the person to install WhatsApp.`);
    }
    return answer.jid;
  }

  async send(message: OutboundMessage): Promise<void> {
    // Without a link, say so before spending a number check: the drain then waits for the connection.
    this.deps.openSocket();
    const jid = await this.#jidOf(message.to);
    const { content, options } = toBaileysSend(message, jid, this.deps.identityKey());
    // Read again: the link may have dropped during the number check.
    const socket = this.deps.openSocket();
    try {
      await socket.sendMessage(jid, content, options);
    } catch (error) {
      throw sendFailure(error);
    }
  }

  /**
   * A message this connection sent, built again for a device that could not decrypt it (Baileys' `getMessage`,
   * used for retry receipts once its in-memory cache of recent sends no longer has the message, e.g. after a
   * restart). It is built as `send` built it: same content, same quote, same poll secret. Media cannot be
   * rebuilt byte for byte (the first upload's key and URL were never stored), so the bytes are uploaded again
   * under a fresh media key: the asking device gets a message it can open, showing the same file.
   * Undefined when the message is not Parley's or cannot be built now; Baileys then leaves the retry unanswered.
   */
  async rebuild(key: WAMessageKey): Promise<proto.IMessage | undefined> {
    const { findSent, log } = this.deps;
    if (!key.id || !findSent) return undefined;
    try {
      const sent = await findSent(key.id);
      if (!sent) return undefined;
      const socket = this.deps.openSocket();
      const jid = isGroupId(sent.to) ? sent.to : (this.numbers.get(sent.to)?.jid ?? (key.remoteJid && isPnUser(key.remoteJid) ? key.remoteJid : jidOfPhoneNumber(sent.to)));
      const { content, options } = toBaileysSend(sent, jid, this.deps.identityKey());
      const built = await generateWAMessage(jid, content, {
        ...options,
        userJid: this.deps.meJid() ?? '',
        upload: socket.waUploadToServer,
        logger: this.deps.baileysLog,
      });
      log.info({ wa_message_id: key.id, message_id: sent.id }, 'rebuilt a sent message for a retry receipt');
      return built.message ?? undefined;
    } catch (error) {
      log.warn({ err: error, wa_message_id: key.id }, 'could not rebuild a sent message for a retry receipt');
      return undefined;
    }
  }
}
