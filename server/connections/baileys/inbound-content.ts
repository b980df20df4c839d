import type { Readable } from 'node:stream';
import {
  getContentType,
  isJidGroup,
  isLidUser,
  isPnUser,
  jidNormalizedUser,
  normalizeMessageContent,
  proto,
  toNumber,
  type MessageUpsertType,
  type WAMessage,
  type WAMessageKey,
} from '@whiskeysockets/baileys';
import { toE164 } from '../../platform/phone.js';
import type { InboundContent, InboundEvent, Sender } from '../transport.js';
import { phoneNumberOfJid } from './socket.js';

/** What reading an inbound message needs from the socket it came in on. */
export interface InboundDeps {
  /** The phone-number JID WhatsApp has told this device for a LID, or null when it has not. */
  phoneJidOfLid(lid: string): Promise<string | null>;
  /** Opens the bytes of a media message (asking the sender's phone to upload them again when they expired). */
  download(message: WAMessage, signal: AbortSignal): Promise<Readable>;
  /** A group participant's phone number and LID from the group's (cached) metadata, for a sender named by one only. */
  groupMember?(groupId: string, jid: string): Promise<{ phoneNumber: string | null; lid: string | null } | undefined>;
}

/**
 * Content types that are not messages a person reads: votes, encrypted reactions (channels and communities),
 * "keep in chat" and pin markers, event answers. They are skipped, not stored as `unsupported`.
 */
const NOT_MESSAGES = new Set<string>(['pollUpdateMessage', 'encReactionMessage', 'keepInChatMessage', 'pinInChatMessage', 'encEventResponseMessage']);

type MessageContent = proto.IMessage;
type ContextInfo = proto.IContextInfo;

/** The message inside WhatsApp's wrappers (disappearing, view once, document with caption, edited). */
export const unwrap = (message: MessageContent | null | undefined): MessageContent | undefined => normalizeMessageContent(message) ?? undefined;

/**
 * Every phone number a vCard gives: WhatsApp's own `waid=` parameter where the card has one, else a TEL value
 * written in international form. National numbers ("0612 345678") are left out: their country is unknown.
 */
export function phoneNumbersOfVcard(vcard: string): string[] {
  const numbers: string[] = [];
  // Long vCard lines are folded: a line break followed by a space or tab continues the line.
  for (const line of vcard.replace(/\r?\n[ \t]/g, '').split(/\r?\n/)) {
    const tel = /^(?:[\w-]+\.)?TEL([^:]*):(.*)$/i.exec(line.trim());
    if (!tel) continue;
    const [, parameters = '', value = ''] = tel;
    const waid = /(?:^|;)waid=(\d+)/i.exec(parameters)?.[1];
    const international = /^\s*(\+|00)/.test(value) ? toE164(value.replace(/[^\d+]/g, '')) : null;
    const number = waid ? `+${waid}` : international;
    if (number && !numbers.includes(number)) numbers.push(number);
  }
  return numbers;
}

/** The card's formatted name (FN), when the sender's app gave no display name. */
function vcardName(vcard: string): string {
  return /^FN(?:;[^:]*)?:(.*)$/im.exec(vcard)?.[1]?.trim() ?? '';
}

function contactOf(card: proto.Message.IContactMessage): { name: string; phoneNumbers: string[] } {
  const vcard = card.vcard ?? '';
  return { name: card.displayName || vcardName(vcard), phoneNumbers: phoneNumbersOfVcard(vcard) };
}

/**
 * What a message holds, in Parley's terms; undefined when it holds nothing to show (no content at all, or a
 * marker from NOT_MESSAGES). Types Parley has no shape for are `unsupported`, so that their arrival is still
 * recorded. `download` opens the bytes of media.
 */
export function inboundContentOf(message: MessageContent | null | undefined, download: (signal: AbortSignal) => Promise<Readable>): InboundContent | undefined {
  const m = unwrap(message);
  const type = getContentType(m);
  if (!m || !type || NOT_MESSAGES.has(type)) return undefined;
  if (m.conversation != null) return { type: 'text', body: m.conversation };
  if (m.extendedTextMessage) return { type: 'text', body: m.extendedTextMessage.text ?? '' };

  const media = (
    kind: 'image' | 'video' | 'audio' | 'document' | 'sticker',
    found: { mimetype?: string | null; caption?: string | null; fileName?: string | null; ptt?: boolean | null; fileLength?: number | Long | null },
  ): InboundContent => ({
    type: kind,
    mimeType: found.mimetype ?? '',
    fileName: kind === 'document' ? (found.fileName ?? null) : null,
    caption: found.caption ?? null,
    voiceNote: kind === 'audio' && found.ptt === true,
    size: found.fileLength == null ? null : toNumber(found.fileLength),
    download,
  });
  if (m.imageMessage) return media('image', m.imageMessage);
  // A round video note is a video.
  if (m.videoMessage ?? m.ptvMessage) return media('video', (m.videoMessage ?? m.ptvMessage)!);
  if (m.audioMessage) return media('audio', m.audioMessage);
  if (m.documentMessage) return media('document', m.documentMessage);
  if (m.stickerMessage) return media('sticker', m.stickerMessage);

  if (m.locationMessage) {
    const place = m.locationMessage;
    return { type: 'location', latitude: place.degreesLatitude ?? 0, longitude: place.degreesLongitude ?? 0, name: place.name || null, address: place.address || null };
  }
  if (m.contactMessage) return { type: 'contact', contacts: [contactOf(m.contactMessage)] };
  if (m.contactsArrayMessage) return { type: 'contact', contacts: (m.contactsArrayMessage.contacts ?? []).map(contactOf) };

  const poll = m.pollCreationMessage ?? m.pollCreationMessageV2 ?? m.pollCreationMessageV3 ?? m.pollCreationMessageV5;
  if (poll) {
    const options = (poll.options ?? []).map((option) => option.optionName ?? '');
    // 0 is WhatsApp's "as many as you like".
    const selectableCount = poll.selectableOptionsCount || options.length;
    return { type: 'poll', question: poll.name ?? '', options, selectableCount: Math.max(1, Math.min(selectableCount, options.length)) };
  }
  return { type: 'unsupported' };
}

/** The context (quote, mentions) of a message: it travels inside the content, whatever its type. */
export function contextInfoOf(message: MessageContent | null | undefined): ContextInfo | undefined {
  const m = unwrap(message);
  const type = getContentType(m);
  if (!m || !type) return undefined;
  const inner = m[type as keyof MessageContent];
  if (inner && typeof inner === 'object' && 'contextInfo' in inner) return (inner.contextInfo as ContextInfo | null | undefined) ?? undefined;
  return undefined;
}

async function phoneNumberOf(jid: string, deps: Pick<InboundDeps, 'phoneJidOfLid'>): Promise<string | null> {
  if (isPnUser(jid)) return phoneNumberOfJid(jid);
  if (!isLidUser(jid)) return null;
  const phoneJid = await deps.phoneJidOfLid(jidNormalizedUser(jid)).catch(() => null);
  return phoneJid ? phoneNumberOfJid(phoneJid) : null;
}

/**
 * Who sent a 1:1 message. WhatsApp addresses a person by phone-number JID or by LID, and names the other form
 * in `remoteJidAlt` when it can; a LID alone is resolved through the mappings Baileys stored.
 */
export async function senderOf(key: WAMessageKey, pushName: string | null | undefined, deps: Pick<InboundDeps, 'phoneJidOfLid'>): Promise<Sender> {
  const jids = [key.remoteJid, key.remoteJidAlt].filter((jid): jid is string => !!jid);
  const phoneJid = jids.find((jid) => isPnUser(jid));
  const lid = jids.find((jid) => isLidUser(jid));
  const phoneNumber = phoneJid ? phoneNumberOfJid(phoneJid) : lid ? await phoneNumberOf(lid, deps) : null;
  return { phoneNumber, lid: lid ? jidNormalizedUser(lid) : null, name: pushName || null };
}

/**
 * Who sent a group message: the participant, named by `participant` (and `participantAlt` when WhatsApp gave
 * both forms); the other form comes from the group's metadata when WhatsApp named one only.
 */
async function groupSenderOf(key: WAMessageKey, pushName: string | null | undefined, deps: Pick<InboundDeps, 'phoneJidOfLid' | 'groupMember'>): Promise<Sender> {
  const sender = await senderOf({ remoteJid: key.participant ?? null, remoteJidAlt: key.participantAlt ?? undefined }, pushName, deps);
  if ((sender.phoneNumber && sender.lid) || !deps.groupMember || !key.remoteJid || !key.participant) return sender;
  const member = await deps.groupMember(key.remoteJid, key.participant).catch(() => undefined);
  return { ...sender, phoneNumber: sender.phoneNumber ?? member?.phoneNumber ?? null, lid: sender.lid ?? member?.lid ?? null };
}

/** A 1:1 chat with a person: not a group, broadcast list, status update, newsletter or WhatsApp itself. */
const isPersonChat = (jid: string | null | undefined): jid is string => !!jid && !!(isPnUser(jid) || isLidUser(jid));

/**
 * When the message came. WhatsApp stamps messages in whole seconds, so a reply sent within the second of the
 * message it answers would sort before it; a live message (`notify`) is stamped on arrival instead, which keeps
 * the order people wrote in. One that waited while the device was offline (`append`) keeps WhatsApp's time.
 */
function timeOf(message: WAMessage, type: MessageUpsertType): Date {
  const seconds = message.messageTimestamp == null ? 0 : toNumber(message.messageTimestamp);
  return type === 'append' && seconds > 0 ? new Date(seconds * 1000) : new Date();
}

/**
 * What an upserted message means for Parley, or undefined when it is none of its business: this device's own
 * sends (and their copies from the phone), broadcasts, newsletters, protocol messages other than edits
 * and deletions, messages that could not be decrypted (Baileys delivers them again once it can), and markers.
 * `append` upserts are this device's own sends or messages that arrived while it was offline; only the latter
 * count. History sync never comes through here (it arrives as messaging-history.set, which Parley ignores).
 */
export async function inboundEventOf(message: WAMessage, type: MessageUpsertType, deps: InboundDeps): Promise<InboundEvent | undefined> {
  const { key } = message;
  const group = key.remoteJid && isJidGroup(key.remoteJid) ? key.remoteJid : undefined;
  if (key.fromMe || !key.id || !(group || isPersonChat(key.remoteJid))) return undefined;
  if (type !== 'notify' && type !== 'append') return undefined;
  const m = unwrap(message.message);
  if (!m) return undefined;
  const at = timeOf(message, type);
  const sender = () => (group ? groupSenderOf(key, message.pushName, deps) : senderOf(key, message.pushName, deps));

  const protocol = m.protocolMessage;
  if (protocol) {
    const target = protocol.key?.id;
    if (!target) return undefined;
    const { MESSAGE_EDIT, REVOKE } = proto.Message.ProtocolMessage.Type;
    if (protocol.type === REVOKE) return { kind: 'delete', from: await sender(), at, targetWaMessageId: target };
    if (protocol.type === MESSAGE_EDIT && protocol.editedMessage) {
      const content = inboundContentOf(protocol.editedMessage, (signal) => deps.download(message, signal));
      if (!content) return undefined;
      return { kind: 'edit', from: await sender(), at, targetWaMessageId: target, content };
    }
    return undefined;
  }

  if (m.reactionMessage) {
    const target = m.reactionMessage.key?.id;
    if (!target) return undefined;
    // An empty text is the reaction taken back.
    return {
      kind: 'reaction',
      waMessageId: key.id,
      from: await sender(),
      at,
      targetWaMessageId: target,
      emoji: m.reactionMessage.text ?? '',
      ...(group ? { group } : {}),
    };
  }

  const content = inboundContentOf(m, (signal) => deps.download(message, signal));
  if (!content) return undefined;
  const context = contextInfoOf(m);
  const mentions: string[] = [];
  for (const jid of context?.mentionedJid ?? []) {
    const phoneNumber = await phoneNumberOf(jid, deps);
    if (phoneNumber && !mentions.includes(phoneNumber)) mentions.push(phoneNumber);
  }
  return {
    kind: 'message',
    waMessageId: key.id,
    from: await sender(),
    at,
    content,
    replyTo: context?.stanzaId || null,
    mentions,
    ...(group ? { group } : {}),
  };
}
