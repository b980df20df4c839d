// How live mode translates messages between Parley and Baileys, both ways, without a network: OutboundMessage →
// Baileys content (checked through Baileys' own message builder), Baileys' upserts → InboundEvents, receipts →
// statuses (both the messages.update path and the receipt folded into a sent message's own upsert), number-check
// caching and send errors. The only stand-ins are WhatsApp's media servers (an upload function that records what
// it was given, since none runs here) and a socket object holding Baileys' own event emitter.
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, test } from 'node:test';
import { Boom } from '@hapi/boom';
import {
  generateWAMessage,
  makeEventBuffer,
  proto,
  WAMessageStatus,
  type AnyMessageContent,
  type MiscMessageGenerationOptions,
  type WAMediaUploadFunction,
  type WAMessage,
  type WAMessageKey,
} from '@whiskeysockets/baileys';
import { inboundEventOf, phoneNumbersOfVcard, type InboundDeps } from '../server/connections/baileys/inbound-content.js';
import { reportMessageEvents } from '../server/connections/baileys/message-events.js';
import { jidOfPhoneNumber, pollSecret, toBaileysSend } from '../server/connections/baileys/outbound-content.js';
import { ReportedStatuses, statusOfUpdate, statusOfUpsert } from '../server/connections/baileys/receipts.js';
import { MessageSender, NumberCache, sendFailure } from '../server/connections/baileys/sender.js';
import type { BaileysSocket } from '../server/connections/baileys/socket.js';
import {
  notConnected,
  PermanentSendError,
  type InboundEvent,
  type MediaType,
  type MessageStatusUpdate,
  type OutboundContent,
  type OutboundMessage,
} from '../server/connections/transport.js';
import { createLogger } from '../server/platform/logger.js';

const silent = createLogger('silent');
const ME = '12025550100:3@s.whatsapp.net';
const PEER = '+12025550101';
const PEER_JID = '12025550101@s.whatsapp.net';
const PEER_LID = '99887766554433@lid';
const IDENTITY = new Uint8Array(32).fill(7);
const { MESSAGE_EDIT, REVOKE, HISTORY_SYNC_NOTIFICATION, EPHEMERAL_SETTING } = proto.Message.ProtocolMessage.Type;

function outbound(content: OutboundContent, extra: Partial<OutboundMessage> = {}): OutboundMessage {
  return { id: 'msg_1', waMessageId: '3EB0AAAABBBBCCCCDDDD01', to: PEER, content, replyTo: null, mentions: [], ...extra };
}

const media = (type: MediaType, fileName: string | null = null, caption: string | null = null, voiceNote = false): OutboundContent => ({
  type,
  media: { data: Buffer.from(`${type} bytes`), mimeType: { image: 'image/jpeg', video: 'video/mp4', audio: 'audio/ogg; codecs=opus', document: 'application/pdf', sticker: 'image/webp' }[type], fileName },
  caption,
  voiceNote,
});

/** WhatsApp's media servers cannot run here: this upload keeps what it was given and answers like one. */
function recordingUpload() {
  const uploads: Array<{ mediaType: string }> = [];
  const upload: WAMediaUploadFunction = async (_path, { mediaType }) => {
    uploads.push({ mediaType });
    return { mediaUrl: `https://media.example.test/${uploads.length}`, directPath: `/v/t62/${mediaType}/${uploads.length}` };
  };
  return { upload, uploads };
}

/** The proto.IMessage Baileys builds from a content and options, as sendMessage does before relaying it. */
async function build(send: { content: AnyMessageContent; options: MiscMessageGenerationOptions }, upload = recordingUpload().upload): Promise<proto.IMessage> {
  const built = await generateWAMessage(PEER_JID, send.content, { ...send.options, userJid: ME, upload, logger: silent });
  assert.equal(built.key.id, send.options.messageId, 'built under the chosen WhatsApp id');
  return built.message!;
}

describe('outbound: OutboundMessage → Baileys content', () => {
  test('text: the body, mentions as JIDs, no link preview (the worker never fetches URLs from a text), always the chosen id', async () => {
    const send = toBaileysSend(outbound({ type: 'text', body: 'see https://example.com @12025550102' }, { mentions: ['+12025550102'] }), PEER_JID, IDENTITY);
    assert.deepEqual(send.content, { text: 'see https://example.com @12025550102', linkPreview: null, mentions: ['12025550102@s.whatsapp.net'] });
    assert.deepEqual(send.options, { messageId: '3EB0AAAABBBBCCCCDDDD01' });
    // sendMessage hands Baileys a link-preview fetcher; with linkPreview null it is never called.
    const fetched: string[] = [];
    const getUrlInfo = async (url: string) => {
      fetched.push(url);
      return undefined;
    };
    const built = await generateWAMessage(PEER_JID, send.content, { ...send.options, userJid: ME, upload: recordingUpload().upload, logger: silent, getUrlInfo });
    const message = built.message!;
    assert.equal(message.extendedTextMessage?.text, 'see https://example.com @12025550102');
    assert.deepEqual(message.extendedTextMessage?.contextInfo?.mentionedJid, ['12025550102@s.whatsapp.net']);
    assert.deepEqual(fetched, [], 'no preview fetched');
    await generateWAMessage(PEER_JID, { text: 'see https://example.com' }, { userJid: ME, upload: recordingUpload().upload, logger: silent, getUrlInfo });
    assert.deepEqual(fetched, ['https://example.com'], 'without it, Baileys would have fetched the URL');
  });

  test('a reply quotes the message by id: the other party\'s message names them, our own names this device', async () => {
    const theirs = toBaileysSend(outbound({ type: 'text', body: 'yes' }, { replyTo: { waMessageId: 'THEIRS1', fromMe: false, text: 'coming?' } }), PEER_JID, IDENTITY);
    assert.deepEqual(theirs.options.quoted, { key: { remoteJid: PEER_JID, fromMe: false, id: 'THEIRS1' }, message: { conversation: 'coming?' } });
    const context = (await build(theirs)).extendedTextMessage?.contextInfo;
    assert.equal(context?.stanzaId, 'THEIRS1');
    assert.equal(context?.participant, PEER_JID);
    assert.equal(context?.quotedMessage?.conversation, 'coming?');

    const ours = toBaileysSend(outbound({ type: 'location', latitude: 1, longitude: 2, name: null, address: null }, { replyTo: { waMessageId: 'MINE1', fromMe: true, text: null } }), PEER_JID, IDENTITY);
    const quoted = (await build(ours)).locationMessage?.contextInfo;
    assert.equal(quoted?.stanzaId, 'MINE1');
    assert.equal(quoted?.participant, '12025550100@s.whatsapp.net', 'this device\'s own number, without the device part');
    assert.equal(quoted?.quotedMessage?.conversation, '', 'a quote without text');
  });

  test('image and video: the bytes, mimetype, caption and mentions, uploaded through the socket\'s upload', async () => {
    for (const type of ['image', 'video'] as const) {
      const send = toBaileysSend(outbound(media(type, null, 'look @12025550102'), { mentions: ['+12025550102'] }), PEER_JID, IDENTITY);
      assert.deepEqual(Object.keys(send.content).sort(), [type, 'caption', 'mentions', 'mimetype'].sort());
      assert.deepEqual((send.content as Record<string, unknown>)[type], Buffer.from(`${type} bytes`));
      const { upload, uploads } = recordingUpload();
      const message = await build(send, upload);
      const inner = type === 'image' ? message.imageMessage : message.videoMessage;
      assert.equal(inner?.mimetype, type === 'image' ? 'image/jpeg' : 'video/mp4');
      assert.equal(inner?.caption, 'look @12025550102');
      assert.deepEqual(inner?.contextInfo?.mentionedJid, ['12025550102@s.whatsapp.net']);
      assert.equal(inner?.directPath, `/v/t62/${type}/1`);
      assert.equal(Number(inner?.fileLength), `${type} bytes`.length);
      assert.deepEqual(uploads, [{ mediaType: type }]);
    }
    const bare = toBaileysSend(outbound(media('image')), PEER_JID, IDENTITY);
    assert.equal('caption' in bare.content, false, 'no caption, no empty one');
  });

  test('audio: a voice note is sent as ptt (bare audio/ogg declared with its codec, as WhatsApp plays it), other audio is not; audio has no caption', async () => {
    const voice = toBaileysSend(outbound(media('audio', null, null, true)), PEER_JID, IDENTITY);
    assert.deepEqual(Object.keys(voice.content).sort(), ['audio', 'mimetype', 'ptt']);
    const voiceMessage = (await build(voice)).audioMessage;
    assert.equal(voiceMessage?.ptt, true);
    assert.equal(voiceMessage?.mimetype, 'audio/ogg; codecs=opus');
    const song = toBaileysSend(outbound(media('audio')), PEER_JID, IDENTITY);
    assert.equal((await build(song)).audioMessage?.ptt, false);
    const typed = (voiceNote: boolean, mimeType: string) => toBaileysSend(outbound({ type: 'audio', media: { data: Buffer.from('ogg'), mimeType, fileName: null }, caption: null, voiceNote }), PEER_JID, IDENTITY);
    const mimetypes = [typed(true, 'audio/ogg'), typed(false, 'audio/ogg'), typed(true, 'audio/mpeg')].map((send) => (send.content as { mimetype?: string }).mimetype);
    assert.deepEqual(mimetypes, ['audio/ogg; codecs=opus', 'audio/ogg', 'audio/mpeg']);
  });

  test('document: its file name (or "file"), caption and mentions; sticker: the bytes and type', async () => {
    const send = toBaileysSend(outbound(media('document', 'report.pdf', 'Q3 for @12025550102'), { mentions: ['+12025550102'] }), PEER_JID, IDENTITY);
    const document = (await build(send)).documentMessage;
    assert.equal(document?.fileName, 'report.pdf');
    assert.equal(document?.mimetype, 'application/pdf');
    assert.equal(document?.caption, 'Q3 for @12025550102');
    assert.deepEqual(document?.contextInfo?.mentionedJid, ['12025550102@s.whatsapp.net']);
    const unnamed = toBaileysSend(outbound(media('document')), PEER_JID, IDENTITY);
    assert.equal((await build(unnamed)).documentMessage?.fileName, 'file');

    const sticker = toBaileysSend(outbound(media('sticker')), PEER_JID, IDENTITY);
    assert.deepEqual(Object.keys(sticker.content).sort(), ['mimetype', 'sticker']);
    assert.equal((await build(sticker)).stickerMessage?.mimetype, 'image/webp');
  });

  test('location: coordinates, and name and address only when given', async () => {
    const named = toBaileysSend(outbound({ type: 'location', latitude: -33.8568, longitude: 151.2153, name: 'Opera House', address: 'Bennelong Point' }), PEER_JID, IDENTITY);
    assert.deepEqual(named.content, { location: { degreesLatitude: -33.8568, degreesLongitude: 151.2153, name: 'Opera House', address: 'Bennelong Point' } });
    const bare = toBaileysSend(outbound({ type: 'location', latitude: 0.5, longitude: -0.5, name: null, address: null }), PEER_JID, IDENTITY);
    assert.deepEqual(bare.content, { location: { degreesLatitude: 0.5, degreesLongitude: -0.5 } });
  });

  test('contacts: one card becomes a contact message, several a contacts array, each with its vCard', async () => {
    const ada = { name: 'Ada', vcard: 'BEGIN:VCARD\nVERSION:3.0\nFN:Ada\nTEL;waid=447700900123:+44 7700 900123\nEND:VCARD' };
    const alan = { name: 'Alan', vcard: 'BEGIN:VCARD\nVERSION:3.0\nFN:Alan\nTEL;waid=447700900456:+44 7700 900456\nEND:VCARD' };
    const one = await build(toBaileysSend(outbound({ type: 'contact', contacts: [ada] }), PEER_JID, IDENTITY));
    assert.equal(one.contactMessage?.displayName, 'Ada');
    assert.equal(one.contactMessage?.vcard, ada.vcard);
    const many = await build(toBaileysSend(outbound({ type: 'contact', contacts: [ada, alan] }), PEER_JID, IDENTITY));
    assert.equal(many.contactsArrayMessage?.displayName, 'Ada, Alan');
    assert.deepEqual(many.contactsArrayMessage?.contacts?.map((c) => [c.displayName, c.vcard]), [['Ada', ada.vcard], ['Alan', alan.vcard]]);
  });

  test('reaction: the target key in this chat (the JID WhatsApp answered), never a quote; an empty emoji removes it', async () => {
    const brazil = '551187654321@s.whatsapp.net';
    const send = toBaileysSend(
      outbound({ type: 'reaction', emoji: '❤️', target: { waMessageId: 'TARGET1', fromMe: true, text: 'hi' } }, { to: '+5511987654321', replyTo: { waMessageId: 'OTHER', fromMe: false, text: null } }),
      brazil,
      IDENTITY,
    );
    assert.deepEqual(send.content, { react: { text: '❤️', key: { remoteJid: brazil, fromMe: true, id: 'TARGET1' } } });
    assert.equal(send.options.quoted, undefined);
    const reaction = (await build(send)).reactionMessage;
    assert.deepEqual([reaction?.key?.remoteJid, reaction?.key?.fromMe, reaction?.key?.id, reaction?.text], [brazil, true, 'TARGET1', '❤️']);
    const removal = toBaileysSend(outbound({ type: 'reaction', emoji: '', target: { waMessageId: 'TARGET1', fromMe: false, text: null } }), PEER_JID, IDENTITY);
    assert.equal((await build(removal)).reactionMessage?.text, '');
  });

  test('poll: single choice builds version 3, multiple choice version 1, with a secret derived from the identity and the id', async () => {
    const single = toBaileysSend(outbound({ type: 'poll', question: 'Lunch?', options: ['Pizza', 'Sushi'], selectableCount: 1 }), PEER_JID, IDENTITY);
    const built = await build(single);
    assert.equal(built.pollCreationMessageV3?.name, 'Lunch?');
    assert.deepEqual(built.pollCreationMessageV3?.options?.map((o) => o.optionName), ['Pizza', 'Sushi']);
    assert.equal(built.pollCreationMessageV3?.selectableOptionsCount, 1);
    assert.deepEqual(Buffer.from(built.messageContextInfo!.messageSecret!), Buffer.from(pollSecret(IDENTITY, '3EB0AAAABBBBCCCCDDDD01')));
    // Built again (a retry receipt), the poll carries the same secret: votes from any copy decrypt alike.
    const again = await build(toBaileysSend(outbound({ type: 'poll', question: 'Lunch?', options: ['Pizza', 'Sushi'], selectableCount: 1 }), PEER_JID, IDENTITY));
    assert.deepEqual(Buffer.from(again.messageContextInfo!.messageSecret!), Buffer.from(built.messageContextInfo!.messageSecret!));
    assert.equal(pollSecret(IDENTITY, '3EB0AAAABBBBCCCCDDDD01').length, 32);
    assert.notDeepEqual(Buffer.from(pollSecret(IDENTITY, 'ANOTHER')), Buffer.from(pollSecret(IDENTITY, '3EB0AAAABBBBCCCCDDDD01')));
    assert.notDeepEqual(Buffer.from(pollSecret(new Uint8Array(32).fill(8), '3EB0AAAABBBBCCCCDDDD01')), Buffer.from(pollSecret(IDENTITY, '3EB0AAAABBBBCCCCDDDD01')));

    const multi = await build(toBaileysSend(outbound({ type: 'poll', question: 'Days?', options: ['Mon', 'Tue', 'Wed'], selectableCount: 2 }), PEER_JID, IDENTITY));
    assert.equal(multi.pollCreationMessage?.selectableOptionsCount, 2);
  });

  test('jidOfPhoneNumber: E.164 to the phone-number JID', () => {
    assert.equal(jidOfPhoneNumber('+4915112345678'), '4915112345678@s.whatsapp.net');
  });
});

/** A socket as the sender uses it; sends and number checks are recorded. */
class SenderSocket {
  readonly checks: string[][] = [];
  readonly sent: Array<{ jid: string; content: AnyMessageContent; options: MiscMessageGenerationOptions | undefined }> = [];
  failWith: Error | undefined;
  readonly registered = new Map<string, string>([['12025550101', PEER_JID], ['5511987654321', '551187654321@s.whatsapp.net']]);
  readonly media = recordingUpload();

  readonly socket = {
    onWhatsApp: async (...numbers: string[]) => {
      this.checks.push(numbers);
      return numbers.flatMap((n) => (this.registered.has(n) ? [{ jid: this.registered.get(n)!, exists: true }] : []));
    },
    sendMessage: async (jid: string, content: AnyMessageContent, options?: MiscMessageGenerationOptions) => {
      if (this.failWith) throw this.failWith;
      this.sent.push({ jid, content, options });
      return undefined;
    },
    waUploadToServer: this.media.upload,
  } as unknown as BaileysSocket;
}

function senderWith(socket: SenderSocket | undefined, findSent?: (id: string) => Promise<OutboundMessage | undefined>) {
  return new MessageSender({
    openSocket: () => {
      if (!socket) throw notConnected('conn_test');
      return socket.socket;
    },
    identityKey: () => IDENTITY,
    meJid: () => ME,
    findSent,
    log: silent,
    baileysLog: silent,
  });
}

describe('sending: number checks, ids and errors', () => {
  test('the first send to a number checks it on WhatsApp; later sends in the session reuse the answer', async () => {
    const socket = new SenderSocket();
    const sender = senderWith(socket);
    await sender.send(outbound({ type: 'text', body: 'one' }));
    await sender.send(outbound({ type: 'text', body: 'two' }, { waMessageId: '3EB0SECOND' }));
    assert.deepEqual(socket.checks, [['12025550101']]);
    assert.deepEqual(socket.sent.map((s) => [s.jid, s.options?.messageId]), [[PEER_JID, '3EB0AAAABBBBCCCCDDDD01'], [PEER_JID, '3EB0SECOND']]);
  });

  test('a number WhatsApp knows under another id is sent to that id', async () => {
    const socket = new SenderSocket();
    await senderWith(socket).send(outbound({ type: 'text', body: 'olá' }, { to: '+5511987654321' }));
    assert.equal(socket.sent[0]?.jid, '551187654321@s.whatsapp.net');
  });

  test('a number not on WhatsApp fails for good with recipient_not_on_whatsapp, and nothing is sent', async () => {
    const socket = new SenderSocket();
    const sender = senderWith(socket);
    await assert.rejects(sender.send(outbound({ type: 'text', body: 'hi' }, { to: '+12025550199' })), (error: unknown) => {
      assert.ok(error instanceof PermanentSendError);
      assert.equal(error.code, 'recipient_not_on_whatsapp');
      return true;
    });
    assert.deepEqual(socket.sent, []);
    await assert.rejects(sender.send(outbound({ type: 'text', body: 'hi?' }, { to: '+12025550199' })), { code: 'recipient_not_on_whatsapp' });
    assert.equal(socket.checks.length, 1, 'remembered for a while');
  });

  test('the number cache: "on WhatsApp" holds for the session, "not on WhatsApp" for ten minutes; a check feeds it', () => {
    const cache = new NumberCache();
    cache.remember([{ phoneNumber: PEER, onWhatsApp: true, jid: PEER_JID }, { phoneNumber: '+12025550199', onWhatsApp: false, jid: null }], 0);
    assert.deepEqual(cache.get(PEER, 24 * 3600_000), { jid: PEER_JID });
    assert.deepEqual(cache.get('+12025550199', 9 * 60_000), { jid: null });
    assert.equal(cache.get('+12025550199', 11 * 60_000), undefined);
    assert.equal(cache.get('+12025550198'), undefined);
  });

  test('no open socket: notConnected, so the drain waits for the link instead of counting an attempt', async () => {
    await assert.rejects(senderWith(undefined).send(outbound({ type: 'text', body: 'hi' })), { code: 'connection_not_connected' });
  });

  test('errors: a message Baileys cannot build (400, 413) fails for good as whatsapp_rejected; socket errors stay transient', async () => {
    const refused = sendFailure(new Boom('poll.selectableCount in poll should be >= 0 and <= 2', { statusCode: 400 }));
    assert.ok(refused instanceof PermanentSendError);
    assert.equal(refused.code, 'whatsapp_rejected');
    assert.match(refused.message, /selectableCount/);
    assert.equal((sendFailure(new Boom('too big', { statusCode: 413 })) as PermanentSendError).code, 'whatsapp_rejected');
    const closed = new Boom('Connection Closed', { statusCode: 428 });
    assert.equal(sendFailure(closed), closed);
    const upload = new Boom('Media upload failed on all hosts', { statusCode: 500 });
    assert.equal(sendFailure(upload), upload);
    const plain = new Error('socket hang up');
    assert.equal(sendFailure(plain), plain);

    const socket = new SenderSocket();
    socket.failWith = closed;
    await assert.rejects(senderWith(socket).send(outbound({ type: 'text', body: 'hi' })), (error: unknown) => error === closed);
  });
});

describe('getMessage: rebuilding a sent message for a retry receipt', () => {
  const key = (id: string): WAMessageKey => ({ remoteJid: PEER_JID, fromMe: true, id });

  test('text: the same text, quote and mentions as the first send', async () => {
    const sent = outbound({ type: 'text', body: 'again' }, { waMessageId: 'RETRY1', replyTo: { waMessageId: 'Q1', fromMe: false, text: 'q' }, mentions: ['+12025550102'] });
    const socket = new SenderSocket();
    const sender = senderWith(socket, async (id) => (id === 'RETRY1' ? sent : undefined));
    const rebuilt = await sender.rebuild(key('RETRY1'));
    assert.equal(rebuilt?.extendedTextMessage?.text, 'again');
    assert.equal(rebuilt?.extendedTextMessage?.contextInfo?.stanzaId, 'Q1');
    assert.deepEqual(rebuilt?.extendedTextMessage?.contextInfo?.mentionedJid, ['12025550102@s.whatsapp.net']);
    assert.equal(await sender.rebuild(key('NOT-PARLEYS')), undefined);
    assert.equal(await senderWith(socket).rebuild(key('RETRY1')), undefined, 'no message store, no rebuild');
  });

  test('poll: the same secret the first send carried', async () => {
    const sent = outbound({ type: 'poll', question: 'Q?', options: ['a', 'b'], selectableCount: 1 }, { waMessageId: 'POLL1' });
    const socket = new SenderSocket();
    const sender = senderWith(socket, async () => sent);
    await sender.send(sent);
    const firstSecret = (socket.sent[0]?.content as { poll: { messageSecret: Uint8Array } }).poll.messageSecret;
    const rebuilt = await sender.rebuild(key('POLL1'));
    assert.deepEqual(Buffer.from(rebuilt!.messageContextInfo!.messageSecret!), Buffer.from(firstSecret));
  });

  test('media: the stored bytes are uploaded again (the first upload\'s key was never kept), same type, caption and name', async () => {
    const sent = outbound(media('document', 'deck.pdf', 'the deck'), { waMessageId: 'DOC1' });
    const socket = new SenderSocket();
    const rebuilt = await senderWith(socket, async () => sent).rebuild(key('DOC1'));
    assert.deepEqual(socket.media.uploads, [{ mediaType: 'document' }]);
    assert.equal(rebuilt?.documentMessage?.fileName, 'deck.pdf');
    assert.equal(rebuilt?.documentMessage?.caption, 'the deck');
    assert.equal(rebuilt?.documentMessage?.directPath, '/v/t62/document/1');
  });

  test('a store or socket failure answers nothing rather than breaking Baileys\' retry handling', async () => {
    const failing = senderWith(new SenderSocket(), async () => {
      throw new Error('database down');
    });
    assert.equal(await failing.rebuild(key('X')), undefined);
    const offline = senderWith(undefined, async () => outbound({ type: 'text', body: 'x' }));
    assert.equal(await offline.rebuild(key('X')), undefined);
  });
});

// ── inbound ─────────────────────────────────────────────────────────────────────────────────────────────────────

interface Downloads {
  deps: InboundDeps;
  downloaded: WAMessage[];
}

function inboundDeps(lids: Record<string, string> = {}): Downloads {
  const downloaded: WAMessage[] = [];
  return {
    downloaded,
    deps: {
      phoneJidOfLid: async (lid) => lids[lid] ?? null,
      download: async (message, signal) => {
        downloaded.push(message);
        return Readable.from([Buffer.from('media bytes')], { signal });
      },
    },
  };
}

const T = 1_767_000_000;
function upsert(message: proto.IMessage | null, key: Partial<WAMessageKey> = {}, extra: Partial<WAMessage> = {}): WAMessage {
  return { key: { remoteJid: PEER_JID, remoteJidAlt: PEER_LID, fromMe: false, id: 'IN1', ...key }, message, messageTimestamp: T, pushName: 'Ada', ...extra };
}
const ADA = { phoneNumber: PEER, lid: PEER_LID, name: 'Ada' };

async function eventOf(message: WAMessage, type: 'notify' | 'append' = 'notify', deps = inboundDeps().deps): Promise<InboundEvent | undefined> {
  return inboundEventOf(message, type, deps);
}

/** The event without its time, which is the moment of arrival for a live (notify) message. */
function arrived(event: InboundEvent | undefined): Omit<InboundEvent, 'at'> | undefined {
  if (!event) return undefined;
  assert.ok(Math.abs(event.at.getTime() - Date.now()) < 1_000, `stamped on arrival: ${event.at.toISOString()}`);
  const { at: _at, ...rest } = event;
  return rest;
}

async function contentOf(message: proto.IMessage) {
  const event = await eventOf(upsert(message));
  assert.ok(event?.kind === 'message', `a message: ${JSON.stringify(event)}`);
  return event.content;
}

describe('inbound: Baileys upserts → InboundEvents', () => {
  test('text (conversation and extended text), with the sender\'s phone number, LID and name', async () => {
    const event = await eventOf(upsert({ conversation: 'hi there' }));
    assert.deepEqual(arrived(event), { kind: 'message', waMessageId: 'IN1', from: ADA, content: { type: 'text', body: 'hi there' }, replyTo: null, mentions: [] });
    assert.deepEqual(await contentOf({ extendedTextMessage: { text: 'with a link https://example.com' } }), { type: 'text', body: 'with a link https://example.com' });
  });

  test('a reply names the quoted message; mentions become phone numbers, LIDs through the stored mappings, unknown LIDs dropped', async () => {
    const message = upsert({
      extendedTextMessage: {
        text: 'yes @12025550102 @5550001 @5550002',
        contextInfo: { stanzaId: 'QUOTED1', participant: '12025550100@s.whatsapp.net', mentionedJid: ['12025550102@s.whatsapp.net', '5550001@lid', '5550002@lid', '12025550102@s.whatsapp.net'] },
      },
    });
    const event = await eventOf(message, 'notify', inboundDeps({ '5550001@lid': '447700900123@s.whatsapp.net' }).deps);
    assert.ok(event?.kind === 'message');
    assert.equal(event.replyTo, 'QUOTED1');
    assert.deepEqual(event.mentions, ['+12025550102', '+447700900123']);
  });

  test('media: type, mimetype, file name (documents), caption, voice note, declared size; download() opens the file of that message', async () => {
    const { deps, downloaded } = inboundDeps();
    const image = upsert({ imageMessage: { mimetype: 'image/jpeg', caption: 'sunset', fileLength: 48_213, contextInfo: { stanzaId: 'Q2' } } });
    const event = await eventOf(image, 'notify', deps);
    assert.ok(event?.kind === 'message' && event.content.type === 'image');
    const { download, ...fields } = event.content as { download(signal: AbortSignal): Promise<Readable> };
    assert.deepEqual(fields, { type: 'image', mimeType: 'image/jpeg', fileName: null, caption: 'sunset', voiceNote: false, size: 48_213 });
    assert.equal(event.replyTo, 'Q2');
    assert.deepEqual(downloaded, [], 'nothing fetched until asked');
    assert.deepEqual(Buffer.concat(await (await download(new AbortController().signal)).toArray()), Buffer.from('media bytes'));
    assert.deepEqual(downloaded, [image]);

    const strip = ({ download: _download, ...rest }: Record<string, unknown>) => rest;
    assert.deepEqual(strip(await contentOf({ videoMessage: { mimetype: 'video/mp4', caption: 'clip' } })), { type: 'video', mimeType: 'video/mp4', fileName: null, caption: 'clip', voiceNote: false, size: null });
    assert.deepEqual(strip(await contentOf({ ptvMessage: { mimetype: 'video/mp4' } })), { type: 'video', mimeType: 'video/mp4', fileName: null, caption: null, voiceNote: false, size: null });
    assert.deepEqual(strip(await contentOf({ audioMessage: { mimetype: 'audio/ogg; codecs=opus', ptt: true } })), { type: 'audio', mimeType: 'audio/ogg; codecs=opus', fileName: null, caption: null, voiceNote: true, size: null });
    assert.deepEqual(strip(await contentOf({ audioMessage: { mimetype: 'audio/mpeg' } })), { type: 'audio', mimeType: 'audio/mpeg', fileName: null, caption: null, voiceNote: false, size: null });
    assert.deepEqual(strip(await contentOf({ documentMessage: { mimetype: 'application/pdf', fileName: 'a.pdf', caption: 'read this' } })), { type: 'document', mimeType: 'application/pdf', fileName: 'a.pdf', caption: 'read this', voiceNote: false, size: null });
    assert.deepEqual(strip(await contentOf({ stickerMessage: { mimetype: 'image/webp' } })), { type: 'sticker', mimeType: 'image/webp', fileName: null, caption: null, voiceNote: false, size: null });
  });

  test('wrappers are unwrapped: document with caption, disappearing, view once', async () => {
    const strip = ({ download: _download, ...rest }: Record<string, unknown>) => rest;
    const document = await contentOf({ documentWithCaptionMessage: { message: { documentMessage: { mimetype: 'text/csv', fileName: 'x.csv', caption: 'numbers' } } } });
    assert.deepEqual(strip(document), { type: 'document', mimeType: 'text/csv', fileName: 'x.csv', caption: 'numbers', voiceNote: false, size: null });
    assert.deepEqual(await contentOf({ ephemeralMessage: { message: { extendedTextMessage: { text: 'vanishing' } } } }), { type: 'text', body: 'vanishing' });
    const once = await contentOf({ viewOnceMessageV2: { message: { imageMessage: { mimetype: 'image/jpeg' } } } });
    assert.equal(once.type, 'image');
    const both = await contentOf({ ephemeralMessage: { message: { viewOnceMessage: { message: { conversation: 'deep' } } } } });
    assert.deepEqual(both, { type: 'text', body: 'deep' });
  });

  test('location, contact cards (numbers from waid= or international TEL values) and polls (v1, v2, v3)', async () => {
    assert.deepEqual(await contentOf({ locationMessage: { degreesLatitude: 48.8584, degreesLongitude: 2.2945, name: 'Tour Eiffel', address: 'Paris' } }), {
      type: 'location', latitude: 48.8584, longitude: 2.2945, name: 'Tour Eiffel', address: 'Paris',
    });
    assert.deepEqual(await contentOf({ locationMessage: { degreesLatitude: 1, degreesLongitude: 2 } }), { type: 'location', latitude: 1, longitude: 2, name: null, address: null });

    const vcard = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nTEL;type=CELL;type=VOICE;waid=447700900123:+44 7700 900123\r\nEND:VCARD';
    assert.deepEqual(await contentOf({ contactMessage: { displayName: 'Ada', vcard } }), { type: 'contact', contacts: [{ name: 'Ada', phoneNumbers: ['+447700900123'] }] });
    const noWaid = 'BEGIN:VCARD\nVERSION:3.0\nFN:Alan Turing\nitem1.TEL:+44 20 7946 0958\nTEL;TYPE=HOME:020 7946 0000\nEND:VCARD';
    assert.deepEqual(await contentOf({ contactsArrayMessage: { contacts: [{ displayName: 'Ada', vcard }, { vcard: noWaid }] } }), {
      type: 'contact',
      contacts: [{ name: 'Ada', phoneNumbers: ['+447700900123'] }, { name: 'Alan Turing', phoneNumbers: ['+442079460958'] }],
    });

    const options = [{ optionName: 'Yes' }, { optionName: 'No' }, { optionName: 'Maybe' }];
    assert.deepEqual(await contentOf({ pollCreationMessage: { name: 'Come?', options, selectableOptionsCount: 2 } }), { type: 'poll', question: 'Come?', options: ['Yes', 'No', 'Maybe'], selectableCount: 2 });
    assert.deepEqual(await contentOf({ pollCreationMessageV2: { name: 'Come?', options, selectableOptionsCount: 0 } }), { type: 'poll', question: 'Come?', options: ['Yes', 'No', 'Maybe'], selectableCount: 3 }, '0 is any number');
    assert.deepEqual(await contentOf({ pollCreationMessageV3: { name: 'One?', options, selectableOptionsCount: 1 } }), { type: 'poll', question: 'One?', options: ['Yes', 'No', 'Maybe'], selectableCount: 1 });
  });

  test('vCard numbers: folded lines, several TELs, duplicates once, national numbers left out', () => {
    const card = 'BEGIN:VCARD\nTEL;waid=4915112345678:+49 151\n 12345678\nTEL:+1 (202) 555-0100\nTEL:0044 20 7946 0958\nTEL:+1 202 555 0100\nTEL:555-0100\nEND:VCARD';
    assert.deepEqual(phoneNumbersOfVcard(card), ['+4915112345678', '+12025550100', '+442079460958']);
  });

  test('other content is recorded as unsupported', async () => {
    assert.deepEqual(await contentOf({ liveLocationMessage: { degreesLatitude: 1, degreesLongitude: 2 } }), { type: 'unsupported' });
    assert.deepEqual(await contentOf({ buttonsMessage: { contentText: 'pick one' } }), { type: 'unsupported' });
  });

  test('a sender known by LID alone: the phone number from remoteJidAlt, else from the stored mapping, else unknown', async () => {
    const lidFirst = await eventOf(upsert({ conversation: 'x' }, { remoteJid: PEER_LID, remoteJidAlt: PEER_JID }));
    assert.deepEqual(lidFirst?.from, ADA);
    const mapped = await eventOf(upsert({ conversation: 'x' }, { remoteJid: PEER_LID, remoteJidAlt: undefined }), 'notify', inboundDeps({ [PEER_LID]: '12025550101:4@s.whatsapp.net' }).deps);
    assert.deepEqual(mapped?.from, ADA);
    const unknown = await eventOf(upsert({ conversation: 'x' }, { remoteJid: PEER_LID, remoteJidAlt: undefined }, { pushName: null }));
    assert.deepEqual(unknown?.from, { phoneNumber: null, lid: PEER_LID, name: null });
    const phoneOnly = await eventOf(upsert({ conversation: 'x' }, { remoteJidAlt: undefined }));
    assert.deepEqual(phoneOnly?.from, { phoneNumber: PEER, lid: null, name: 'Ada' });
  });

  test('reactions: the target and emoji; an empty text is the reaction taken back', async () => {
    const reaction = await eventOf(upsert({ reactionMessage: { key: { remoteJid: PEER_JID, fromMe: true, id: 'MINE1' }, text: '👍' } }, { id: 'R1' }));
    assert.deepEqual(arrived(reaction), { kind: 'reaction', waMessageId: 'R1', from: ADA, targetWaMessageId: 'MINE1', emoji: '👍' });
    const removed = await eventOf(upsert({ reactionMessage: { key: { id: 'MINE1' }, text: '' } }, { id: 'R2' }));
    assert.ok(removed?.kind === 'reaction');
    assert.equal(removed.emoji, '');
  });

  test('edits: a MESSAGE_EDIT protocol message, bare or in the editedMessage wrapper, carries the new content', async () => {
    const bare = await eventOf(upsert({ protocolMessage: { type: MESSAGE_EDIT, key: { id: 'ORIG1' }, editedMessage: { conversation: 'fixed' } } }, { id: 'E1' }));
    assert.deepEqual(arrived(bare), { kind: 'edit', from: ADA, targetWaMessageId: 'ORIG1', content: { type: 'text', body: 'fixed' } });
    const wrapped = await eventOf(
      upsert({ editedMessage: { message: { protocolMessage: { type: MESSAGE_EDIT, key: { id: 'ORIG2' }, editedMessage: { imageMessage: { caption: 'new caption', mimetype: 'image/png' } } } } } }, { id: 'E2' }),
    );
    assert.ok(wrapped?.kind === 'edit');
    assert.equal(wrapped.targetWaMessageId, 'ORIG2');
    assert.equal(wrapped.content.type, 'image');
    assert.equal('caption' in wrapped.content && wrapped.content.caption, 'new caption');
  });

  test('deletions: a REVOKE protocol message names the deleted message', async () => {
    const deleted = await eventOf(upsert({ protocolMessage: { type: REVOKE, key: { id: 'ORIG3' } } }, { id: 'D1' }));
    assert.deepEqual(arrived(deleted), { kind: 'delete', from: ADA, targetWaMessageId: 'ORIG3' });
  });

  test('ignored: own sends, groups, broadcasts, status, newsletters, other protocol messages, undecryptable stubs, votes', async () => {
    const ignored: Array<[string, WAMessage]> = [
      ['own send', upsert({ conversation: 'x' }, { fromMe: true })],
      ['group', upsert({ conversation: 'x' }, { remoteJid: '120363025246125486@g.us', participant: PEER_JID })],
      ['broadcast list', upsert({ conversation: 'x' }, { remoteJid: '1234567890@broadcast', participant: PEER_JID })],
      ['status update', upsert({ conversation: 'x' }, { remoteJid: 'status@broadcast', participant: PEER_JID })],
      ['newsletter', upsert({ conversation: 'x' }, { remoteJid: '120363144038483540@newsletter' })],
      ['history sync', upsert({ protocolMessage: { type: HISTORY_SYNC_NOTIFICATION, historySyncNotification: {} } })],
      ['disappearing setting', upsert({ protocolMessage: { type: EPHEMERAL_SETTING, ephemeralExpiration: 86400 } })],
      ['not decrypted yet', upsert(null, {}, { messageStubType: proto.WebMessageInfo.StubType.CIPHERTEXT })],
      ['poll vote', upsert({ pollUpdateMessage: { pollCreationMessageKey: { id: 'P1' } } })],
      ['no id', upsert({ conversation: 'x' }, { id: null })],
    ];
    for (const [what, message] of ignored) assert.equal(await eventOf(message), undefined, what);
    assert.equal(await eventOf(upsert({ conversation: 'x' }, { fromMe: true }), 'append'), undefined, 'own send echoed as append');
  });

  test('append: a message that waited while the device was offline counts too, at the time WhatsApp stamped it', async () => {
    const event = await eventOf(upsert({ conversation: 'sent while you were away' }), 'append');
    assert.ok(event?.kind === 'message');
    assert.deepEqual(event.content, { type: 'text', body: 'sent while you were away' });
    assert.deepEqual(event.at, new Date(T * 1000));
    const unstamped = await eventOf(upsert({ conversation: 'no time' }, {}, { messageTimestamp: null }), 'append');
    assert.ok(unstamped && Math.abs(unstamped.at.getTime() - Date.now()) < 1_000, 'now when WhatsApp gave no time');
  });

  test('a live message is stamped on arrival: WhatsApp\'s whole seconds would put a quick reply before the message it answers', async () => {
    const justNow = Math.floor(Date.now() / 1000);
    const before = Date.now();
    const event = await eventOf(upsert({ conversation: 'quick reply' }, {}, { messageTimestamp: justNow }));
    assert.ok(event && event.at.getTime() >= before, `${event?.at.toISOString()} is not before ${new Date(before).toISOString()}`);
  });
});

describe('receipts → message statuses', () => {
  const mine = (status: number | null, stub?: string[]) => ({ key: { remoteJid: PEER_JID, fromMe: true, id: 'OUT1' }, update: { status, ...(stub ? { messageStubParameters: stub } : {}) } });
  const strip = (update: MessageStatusUpdate | undefined) => update && { ...update, at: undefined };

  test('messages.update: 3 delivered, 4 read, 5 (played) read; server ack and pending say nothing', () => {
    assert.deepEqual(strip(statusOfUpdate(mine(WAMessageStatus.DELIVERY_ACK))), { waMessageId: 'OUT1', status: 'delivered', at: undefined });
    assert.deepEqual(strip(statusOfUpdate(mine(WAMessageStatus.READ))), { waMessageId: 'OUT1', status: 'read', at: undefined });
    assert.deepEqual(strip(statusOfUpdate(mine(WAMessageStatus.PLAYED))), { waMessageId: 'OUT1', status: 'read', at: undefined });
    assert.equal(statusOfUpdate(mine(WAMessageStatus.SERVER_ACK)), undefined);
    assert.equal(statusOfUpdate(mine(WAMessageStatus.PENDING)), undefined);
    assert.equal(statusOfUpdate(mine(null)), undefined, 'an edit or other update without a status');
    const at = statusOfUpdate(mine(WAMessageStatus.READ))!.at;
    assert.ok(Math.abs(at.getTime() - Date.now()) < 1_000, 'stamped now');
  });

  test('errors: 463 fails whatsapp_rate_limited, any other code whatsapp_rejected', () => {
    const limited = statusOfUpdate(mine(WAMessageStatus.ERROR, ['463', 'account restricted']));
    assert.equal(limited?.status, 'failed');
    assert.equal(limited?.error?.code, 'whatsapp_rate_limited');
    assert.match(limited?.error?.message ?? '', /463/);
    const rejected = statusOfUpdate(mine(WAMessageStatus.ERROR, ['479']));
    assert.deepEqual([rejected?.status, rejected?.error?.code], ['failed', 'whatsapp_rejected']);
    assert.match(rejected?.error?.message ?? '', /479/);
    assert.equal(statusOfUpdate(mine(WAMessageStatus.ERROR))?.error?.code, 'whatsapp_rejected');
  });

  test('only this device\'s 1:1 messages: others\' messages, groups and broadcasts say nothing; a LID chat counts', () => {
    assert.equal(statusOfUpdate({ key: { remoteJid: PEER_JID, fromMe: false, id: 'IN1' }, update: { status: WAMessageStatus.READ } }), undefined);
    assert.equal(statusOfUpdate({ key: { remoteJid: '120363025246125486@g.us', fromMe: true, id: 'G1' }, update: { status: WAMessageStatus.READ } }), undefined);
    assert.equal(statusOfUpdate({ key: { remoteJid: 'status@broadcast', fromMe: true, id: 'S1' }, update: { status: WAMessageStatus.READ } }), undefined);
    assert.equal(statusOfUpdate({ key: { remoteJid: PEER_LID, fromMe: true, id: 'L1' }, update: { status: WAMessageStatus.DELIVERY_ACK } })?.status, 'delivered');
  });

  test('the folded path: a receipt inside the sent message\'s own upsert', () => {
    const sent = (status: number, stub: string[] = []): WAMessage => ({ key: { remoteJid: PEER_JID, fromMe: true, id: 'OUT2' }, message: { conversation: 'x' }, status, messageStubParameters: stub });
    assert.equal(statusOfUpsert(sent(WAMessageStatus.PENDING)), undefined, 'the echo of a send');
    assert.equal(statusOfUpsert(sent(WAMessageStatus.SERVER_ACK)), undefined);
    assert.equal(statusOfUpsert(sent(WAMessageStatus.DELIVERY_ACK))?.status, 'delivered');
    assert.equal(statusOfUpsert(sent(WAMessageStatus.READ))?.status, 'read');
    assert.equal(statusOfUpsert(sent(WAMessageStatus.ERROR, ['463']))?.error?.code, 'whatsapp_rate_limited');
  });

  test('each status is reported once per message, and never backwards', () => {
    const reported = new ReportedStatuses();
    const update = (status: MessageStatusUpdate['status'], id = 'A') => ({ waMessageId: id, status, at: new Date() });
    assert.equal(reported.isNew(update('delivered')), true);
    assert.equal(reported.isNew(update('delivered')), false);
    assert.equal(reported.isNew(update('read')), true);
    assert.equal(reported.isNew(update('delivered')), false);
    assert.equal(reported.isNew(update('delivered', 'B')), true);
    assert.equal(reported.isNew(update('failed', 'C')), true);
    assert.equal(reported.isNew(update('failed', 'C')), false);
  });
});

describe('a socket\'s message events → what the transport reports', () => {
  function socketWithEvents() {
    const ev = makeEventBuffer(silent);
    const socket = { ev, signalRepository: { lidMapping: { getPNForLID: async () => null } }, updateMediaMessage: async (m: WAMessage) => m } as unknown as BaileysSocket;
    const statuses: MessageStatusUpdate[] = [];
    const events: InboundEvent[] = [];
    reportMessageEvents(socket, { reported: new ReportedStatuses(), status: (u) => statuses.push(u), inbound: (e) => events.push(e), log: silent });
    return { ev, statuses, events };
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

  test('a receipt folded into the send\'s upsert and the same receipt as an update are reported once; read follows', async () => {
    const { ev, statuses, events } = socketWithEvents();
    const key = { remoteJid: PEER_JID, fromMe: true, id: 'OUT3' };
    ev.emit('messages.upsert', { messages: [{ key, message: { conversation: 'x' }, status: WAMessageStatus.DELIVERY_ACK }], type: 'append' });
    ev.emit('messages.update', [{ key, update: { status: WAMessageStatus.DELIVERY_ACK } }]);
    ev.emit('messages.update', [{ key, update: { status: WAMessageStatus.READ } }]);
    await settle();
    assert.deepEqual(statuses.map((s) => [s.waMessageId, s.status]), [['OUT3', 'delivered'], ['OUT3', 'read']]);
    assert.deepEqual(events, [], 'an own send is not inbound');
  });

  test('a message that cannot be read is skipped; the rest of its batch and later batches arrive, in order', async () => {
    const { ev, events } = socketWithEvents();
    const broken = { key: { remoteJid: PEER_JID, fromMe: false, id: 'BAD' } } as WAMessage;
    Object.defineProperty(broken, 'message', {
      get() {
        throw new Error('a malformed message');
      },
    });
    ev.emit('messages.upsert', { messages: [upsert({ conversation: 'first' }, { id: 'M1' }), broken, upsert({ conversation: 'second' }, { id: 'M2' })], type: 'notify' });
    ev.emit('messages.upsert', { messages: [upsert({ reactionMessage: { key: { id: 'M2' }, text: '👍' } }, { id: 'M3' })], type: 'notify' });
    await settle();
    assert.deepEqual(events.map((e) => ('waMessageId' in e ? e.waMessageId : e.kind)), ['M1', 'M2', 'M3']);
  });
});
