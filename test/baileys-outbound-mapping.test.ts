// How live mode turns Parley's messages into Baileys', without a network: OutboundMessage → Baileys content
// (checked through Baileys' own message builder), number-check caching, send errors, and rebuilding a sent
// message for a retry receipt. The only stand-ins are WhatsApp's media servers (an upload function that records
// what it was given) and a socket object.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Boom } from '@hapi/boom';
import type {
  proto} from '@whiskeysockets/baileys';
import {
  generateWAMessage,
  type AnyMessageContent,
  type MiscMessageGenerationOptions,
  type WAMediaUploadFunction,
  type WAMessageKey,
} from '@whiskeysockets/baileys';
import { jidOfPhoneNumber, pollSecret, toBaileysSend } from '../server/connections/baileys/outbound-content.js';
import { MessageSender, NumberCache, sendFailure } from '../server/connections/baileys/sender.js';
import type { BaileysSocket } from '../server/connections/baileys/socket.js';
import { notConnected, PermanentSendError, type MediaType, type OutboundContent, type OutboundMessage } from '../server/connections/transport.js';
import { createLogger } from '../server/platform/logger.js';

const silent = createLogger('silent');
const ME = '12025550100:3@s.whatsapp.net';
const PEER = '+12025550101';
const PEER_JID = '12025550101@s.whatsapp.net';
const IDENTITY = new Uint8Array(32).fill(7);

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
