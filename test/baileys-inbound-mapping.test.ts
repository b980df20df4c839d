// How live mode reads what Baileys reports, without a network: upserts → InboundEvents (every content type,
// wrappers, LID senders, reactions, edits, deletions), receipts → statuses (both the messages.update path and the
// receipt folded into a sent message's own upsert), and a socket's event stream → what the transport reports.
// The only stand-in is a socket object holding Baileys' own event emitter.
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, test } from 'node:test';
import { makeEventBuffer, proto, WAMessageStatus, type WAMessage, type WAMessageKey } from '@whiskeysockets/baileys';
import { inboundEventOf, phoneNumbersOfVcard, type InboundDeps } from '../server/connections/baileys/inbound-content.js';
import { reportMessageEvents } from '../server/connections/baileys/message-events.js';
import { ReportedStatuses, statusOfUpdate, statusOfUpsert } from '../server/connections/baileys/receipts.js';
import type { BaileysSocket } from '../server/connections/baileys/socket.js';
import type { InboundEvent, MessageStatusUpdate } from '../server/connections/transport.js';
import { createLogger } from '../server/platform/logger.js';

const silent = createLogger('silent');
const PEER = '+12025550101';
const PEER_JID = '12025550101@s.whatsapp.net';
const PEER_LID = '99887766554433@lid';
const { MESSAGE_EDIT, REVOKE, HISTORY_SYNC_NOTIFICATION, EPHEMERAL_SETTING } = proto.Message.ProtocolMessage.Type;

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

  test('a group message names the group and its participant; a form WhatsApp left out comes from the group\'s metadata', async () => {
    const GROUP = '120363025246125486@g.us';
    const both = await eventOf(upsert({ conversation: 'x' }, { remoteJid: GROUP, remoteJidAlt: undefined, participant: PEER_JID, participantAlt: PEER_LID }));
    assert.deepEqual(arrived(both), { kind: 'message', waMessageId: 'IN1', from: ADA, content: { type: 'text', body: 'x' }, replyTo: null, mentions: [], group: GROUP });
    const asked: string[] = [];
    const deps = {
      ...inboundDeps().deps,
      groupMember: async (groupId: string, jid: string) => {
        asked.push(`${groupId} ${jid}`);
        return { phoneNumber: PEER, lid: PEER_LID };
      },
    };
    const pnOnly = await eventOf(upsert({ conversation: 'y' }, { remoteJid: GROUP, remoteJidAlt: undefined, participant: PEER_JID }), 'notify', deps);
    assert.deepEqual(pnOnly?.from, ADA);
    assert.deepEqual(asked, [`${GROUP} ${PEER_JID}`]);
    const reaction = await eventOf(upsert({ reactionMessage: { key: { id: 'M1' }, text: '👍' } }, { remoteJid: GROUP, participant: PEER_JID, participantAlt: PEER_LID }));
    assert.equal(reaction?.kind === 'reaction' && reaction.group, GROUP);
  });

  test('ignored: own sends, broadcasts, status, newsletters, other protocol messages, undecryptable stubs, votes', async () => {
    const ignored: Array<[string, WAMessage]> = [
      ['own send', upsert({ conversation: 'x' }, { fromMe: true })],
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
