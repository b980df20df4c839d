import type { InboundContent, MediaPayload, Sender } from './transport.js';

/** WhatsApp's typefaces for text statuses, by the names the API uses (their numbers in WhatsApp's protocol). */
export const STATUS_FONTS = {
  system: 0,
  system_text: 1,
  fb_script: 2,
  system_bold: 6,
  morning_breeze: 7,
  calistoga: 8,
  exo2_extrabold: 9,
  courier_prime: 10,
} as const;
export type StatusFont = keyof typeof STATUS_FONTS;

/** The most contacts one status may be posted to. */
export const MAX_STATUS_RECIPIENTS = 1000;

export type StatusContent =
  | { type: 'text'; body: string; backgroundColor: string | null; font: StatusFont | null }
  | { type: 'image' | 'video'; media: MediaPayload; caption: string | null };

/** A status (story) to post: shown only to `recipients` (E.164), as WhatsApp requires the list. */
export interface StatusPost {
  waMessageId: string;
  content: StatusContent;
  recipients: string[];
}

/** A status to post as it travels from the API to the worker that runs the connection (media by id). */
export interface StatusCommand {
  waMessageId: string;
  content:
    | { type: 'text'; body: string; backgroundColor: string | null; font: StatusFont | null }
    | { type: 'image' | 'video'; mediaId: string; caption: string | null };
  recipients: string[];
}

/** A status a contact posted, as the connection saw it. */
export interface ReceivedStatus {
  waMessageId: string;
  from: Sender;
  at: Date;
  /** Text statuses carry their card's colour and font; media ones their file. */
  content: InboundContent;
  backgroundColor: string | null;
  font: StatusFont | null;
}

/** One past message of WhatsApp's history sync. */
export interface HistoryMessage {
  waMessageId: string;
  /** Sent by the connection's number (from this device or the phone), or received. */
  fromMe: boolean;
  /** The other party of the 1:1 chat. */
  peer: Sender;
  at: Date;
  /** The content; a file is not downloaded with the batch (see `wire`). */
  content: InboundContent;
  /** For a media message: WhatsApp's message, encoded, from which the worker downloads the file afterwards. */
  wire?: Uint8Array;
}

/** One batch of WhatsApp's history sync: the 1:1 chats it names and their messages. */
export interface HistoryBatch {
  chats: Sender[];
  messages: HistoryMessage[];
}

/** The font's API name for WhatsApp's number, or null for the default or an unknown one. */
export function fontName(value: number | null | undefined): StatusFont | null {
  if (!value) return null;
  const found = Object.entries(STATUS_FONTS).find(([, number]) => number === value);
  return found ? (found[0] as StatusFont) : null;
}

/** WhatsApp's ARGB colour as `#RRGGBB`, or null. */
export function colorOfArgb(argb: number | null | undefined): string | null {
  if (argb == null) return null;
  return `#${(argb >>> 0).toString(16).padStart(8, '0').slice(2).toUpperCase()}`;
}
