import type { Readable } from 'node:stream';
import { conflict } from '../platform/http/errors.js';
import type { Logger } from '../platform/logger.js';
import type { AuthStore } from './auth-store.js';
import type { BlocklistChange } from './blocked-numbers.js';
import type { GroupChange, GroupOperations } from './groups.js';
import type { InteractionListener, InteractiveSession } from './interactions.js';
import type { ProfileLink } from './profiles.js';
import type { HistoryBatch, ReceivedStatus, StatusPost } from './status-history.js';

/** Who the linked WhatsApp account is, once linked. */
export interface LinkedIdentity {
  phoneNumber: string;
  jid: string;
  lid: string | null;
  /** The WhatsApp Web version the link presents ("2.3000.1023223821"); absent for the sandbox. */
  webVersion?: string;
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
export interface TransportListener extends InteractionListener {
  qr(qr: string, expiresAt: Date): void;
  connecting(): void;
  connected(identity: LinkedIdentity): void;
  disconnected(reason: Reason): void;
  loggedOut(reason: Reason): void;
  failed(reason: Reason): void;
  lidMapping?(mapping: { lid: string; phoneNumber: string }): void;
  /** WhatsApp's word on a message this connection sent: delivered, read, or refused after it was sent. */
  messageStatus?(update: MessageStatusUpdate): void;
  /** The number blocked or unblocked people (on the phone or another device), as WhatsApp told it. */
  blocklist?(change: BlocklistChange): void;
  /** One participant's receipt of a message this connection sent to a group. */
  groupReceipt?(receipt: GroupReceipt): void;
  /** Something a person sent this connection: a message, or a reaction to, edit of or deletion of one. */
  inbound?(event: InboundEvent): void;
  /** A group this number is in changed (it was created, joined or left, its settings or participants changed). */
  groupChange?(change: GroupChange): void;
  /** A contact's status (story) the connection can see. */
  status?(status: ReceivedStatus): void;
  /** A batch of WhatsApp's history sync (past chats and messages). */
  history?(batch: HistoryBatch): void;
}

/** A message to send, with its media loaded. */
export interface OutboundMessage {
  /** Parley's id (msg_…), for logs. */
  id: string;
  /** WhatsApp's id, chosen when the message was accepted: every attempt sends under it, so none sends twice. */
  waMessageId: string;
  /** E.164, or a group's id ("120363…@g.us"). */
  to: string;
  content: OutboundContent;
  /** The message to quote. */
  replyTo: MessageRef | null;
  /** E.164 numbers mentioned in the text or caption. */
  mentions: string[];
}

export type MediaType = 'image' | 'video' | 'audio' | 'document' | 'sticker';

export interface MediaPayload {
  data: Buffer;
  mimeType: string;
  fileName: string | null;
}

export type OutboundContent =
  | { type: 'text'; body: string }
  | { type: MediaType; media: MediaPayload; caption: string | null; voiceNote: boolean }
  | { type: 'location'; latitude: number; longitude: number; name: string | null; address: string | null }
  | { type: 'contact'; contacts: ContactCardPayload[] }
  | { type: 'reaction'; emoji: string; target: MessageRef }
  | { type: 'poll'; question: string; options: string[]; selectableCount: number };

export interface ContactCardPayload {
  name: string;
  /** A vCard 3.0 for the card, as WhatsApp carries it. */
  vcard: string;
}

/** A message of the same chat, named the way WhatsApp names it. */
export interface MessageRef {
  waMessageId: string;
  /** Sent by this connection (true) or by the other party. */
  fromMe: boolean;
  /** Its text or caption, shown in the quote; null when it has none. */
  text: string | null;
  /** In a group, who sent it (E.164), when it is not this connection's own. */
  participant?: string | null;
}

/** Refusals WhatsApp will repeat on every attempt: the message ends `failed` with this code. */
export class PermanentSendError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The failure code of a message WhatsApp refused with error 463: the number may not start new chats for now
 * (the reach-out timelock). The connection then pauses new conversations (server/messages/pacing.ts).
 */
export const REACH_OUT_REFUSED = 'whatsapp_rate_limited';

export interface MessageStatusUpdate {
  waMessageId: string;
  status: 'delivered' | 'read' | 'failed';
  /** With `failed`: why (e.g. whatsapp_rate_limited for error 463). */
  error?: Reason;
  at: Date;
}

/** A group member's phone reporting a message this connection sent to the group: it arrived, or was read. */
export interface GroupReceipt {
  waMessageId: string;
  /** The participant, by phone number (E.164) and LID, as far as WhatsApp and the group's metadata tell. */
  participant: { phoneNumber: string | null; lid: string | null };
  status: 'delivered' | 'read';
  at: Date;
  /** How many participants the message went to (the group's members but this number), when known. */
  recipients: number | null;
}

/** Who sent an inbound message, as far as WhatsApp said. */
export interface Sender {
  /** E.164, when known (WhatsApp may address the sender by LID alone). */
  phoneNumber: string | null;
  /** "123456789@lid", when known. */
  lid: string | null;
  /** The name the person set on WhatsApp. */
  name: string | null;
}

export type InboundContent =
  | { type: 'text'; body: string }
  | {
      type: MediaType;
      mimeType: string;
      fileName: string | null;
      caption: string | null;
      voiceNote: boolean;
      /** The file's size as its sender declared it (a claim: the download is capped all the same); null when not given. */
      size: number | null;
      /**
       * Opens the file's bytes from WhatsApp as a stream (media links expire: call it when the message arrives).
       * Aborting `signal` stops the download and fails the stream; so does destroying the stream.
       */
      download(signal: AbortSignal): Promise<Readable>;
    }
  | { type: 'location'; latitude: number; longitude: number; name: string | null; address: string | null }
  | { type: 'contact'; contacts: Array<{ name: string; phoneNumbers: string[] }> }
  | { type: 'poll'; question: string; options: string[]; selectableCount: number }
  | { type: 'unsupported' };

export type InboundEvent =
  | {
      kind: 'message';
      waMessageId: string;
      from: Sender;
      at: Date;
      content: InboundContent;
      /** The WhatsApp id of the message it quotes. */
      replyTo: string | null;
      mentions: string[];
      /** The group it was sent to ("120363…@g.us"); `from` is then the participant who sent it. */
      group?: string;
    }
  | { kind: 'reaction'; waMessageId: string; from: Sender; at: Date; targetWaMessageId: string; emoji: string; group?: string }
  | { kind: 'edit'; from: Sender; at: Date; targetWaMessageId: string; content: InboundContent }
  | { kind: 'delete'; from: Sender; at: Date; targetWaMessageId: string };

export interface TransportSession {
  /** Chat states, availability, presence subscriptions, read receipts and call rejection. */
  readonly interactions: InteractiveSession;
  /** Closes the socket; the credentials stay, so the next start logs in without a QR. */
  stop(): Promise<void>;
  /** Unlinks this device from WhatsApp and wipes the credentials. */
  logout(): Promise<void>;
  /** Links by code instead of QR: the user types the returned 8 characters on their phone. */
  requestPairingCode(phoneNumber: string): Promise<string>;
  /** Asks WhatsApp which of these E.164 numbers are on it; one answer per number, in order. */
  checkNumbers(phoneNumbers: string[]): Promise<NumberCheck[]>;
  /**
   * Sends one message. Resolves once WhatsApp has it (`sent`); rejects with PermanentSendError for a refusal
   * that a retry would meet again, with `notConnected` while there is no link, and with anything else for a
   * transient failure (retried under the same WhatsApp id).
   */
  send(message: OutboundMessage): Promise<void>;
  /** Posts a status to its recipients; resolves once WhatsApp has it, rejects with `notConnected` while there is no link. */
  postStatus(post: StatusPost): Promise<void>;
  /** The number's groups (server/connections/groups.ts). */
  readonly groups: GroupOperations;
  /** Profiles, the blocklist and LID look-ups through this link (server/connections/profiles.ts). */
  readonly profiles: ProfileLink;
  /** Replaces the text of a message this connection sent (WhatsApp's MESSAGE_EDIT); resolves once WhatsApp has it. */
  editMessage(target: SentMessageRef, text: string): Promise<void>;
  /** Deletes a message this connection sent for everyone (WhatsApp's REVOKE); resolves once WhatsApp has it. */
  revokeMessage(target: SentMessageRef): Promise<void>;
  /**
   * The file of a synced history message (its `wire` form): what it is, and how to download it (asking the
   * phone to upload it again if WhatsApp's link expired). Undefined where history carries no files (the sandbox).
   */
  historyMedia?(wire: Uint8Array): Extract<InboundContent, { download: unknown }> | undefined;
}

/** A message this connection sent, named for an edit or a deletion. */
export interface SentMessageRef {
  /** The chat the message went to: E.164, or a group id (`120363…@g.us`). */
  to: string;
  waMessageId: string;
  /** For an edit: what the message is, so a media message's caption is what changes (a text message when absent). */
  type?: CaptionedType | 'text';
}

/** The kinds of media message whose caption WhatsApp lets its sender edit. */
export const CAPTIONED_TYPES = ['image', 'video', 'document'] as const;
export type CaptionedType = (typeof CAPTIONED_TYPES)[number];

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
  /** A message this connection sent, by WhatsApp id, to send again when a recipient's device asks for it. */
  findSent?(waMessageId: string): Promise<OutboundMessage | undefined>;
}

/** Live mode runs Baileys; test mode runs the sandbox. The rest of Parley only sees this interface. */
export interface Transport {
  start(context: TransportContext): Promise<TransportSession>;
}
