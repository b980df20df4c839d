// How live mode posts statuses and reads statuses and history sync from Baileys, without a network: the content and
// options handed to sendMessage for status@broadcast, status-broadcast upserts → received statuses (author by phone
// number or LID, colour and font, this number's own posts and protocol messages skipped, a status never read as a
// chat message), and messaging-history.set batches → 1:1 chats and messages with their original times.
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, test } from 'node:test';
import { proto, type AnyMessageContent, type WAMessage } from '@whiskeysockets/baileys';
import { historyBatchOf } from '../server/connections/baileys/history.js';
import type { InboundDeps } from '../server/connections/baileys/inbound-content.js';
import { postStatus, statusEventOf } from '../server/connections/baileys/status.js';
import type { BaileysSocket } from '../server/connections/baileys/socket.js';
import { createLogger } from '../server/platform/logger.js';

const silent = createLogger('silent');
const PEER = '+12025550101';
const PEER_JID = '12025550101@s.whatsapp.net';
const PEER_LID = '99887766554433@lid';

const deps: InboundDeps = {
  phoneJidOfLid: async (lid) => (lid === PEER_LID ? PEER_JID : null),
  download: async () => Readable.from([Buffer.from('bytes')]),
};

const statusUpsert = (message: proto.IMessage, key: Partial<WAMessage['key']> = {}): WAMessage => ({
  key: { remoteJid: 'status@broadcast', fromMe: false, id: 'STATUS1', participant: PEER_JID, ...key },
  message,
  messageTimestamp: 1_780_000_000,
  pushName: 'Ada',
});

describe('statuses through Baileys', () => {
  test('a text status goes to status@broadcast under its id, to exactly its recipients, with colour and font', async () => {
    const sent: Array<{ jid: string; content: AnyMessageContent; options: Record<string, unknown> }> = [];
    const socket = { sendMessage: async (jid: string, content: AnyMessageContent, options: Record<string, unknown>) => void sent.push({ jid, content, options }) } as unknown as BaileysSocket;
    await postStatus(socket, { waMessageId: '3EB0AA', recipients: [PEER, '+447700900123'], content: { type: 'text', body: 'Open today', backgroundColor: '#1F7A5C', font: 'calistoga' } });
    await postStatus(socket, {
      waMessageId: '3EB0BB',
      recipients: [PEER],
      content: { type: 'video', media: { data: Buffer.from('mp4'), mimeType: 'video/mp4', fileName: null }, caption: 'Tour' },
    });
    assert.equal(sent[0]!.jid, 'status@broadcast');
    assert.deepEqual(sent[0]!.content, { text: 'Open today' });
    assert.deepEqual(sent[0]!.options, { messageId: '3EB0AA', statusJidList: [PEER_JID, '447700900123@s.whatsapp.net'], backgroundColor: '#1F7A5C', font: 8 });
    assert.deepEqual(sent[1]!.content, { video: Buffer.from('mp4'), mimetype: 'video/mp4', caption: 'Tour' });
    assert.deepEqual(sent[1]!.options, { messageId: '3EB0BB', statusJidList: [PEER_JID] });
  });

  test('a contact\'s status is read with its author, time, colour and font; own posts and protocol messages are not', async () => {
    const text = await statusEventOf(statusUpsert({ extendedTextMessage: { text: 'Gone fishing', backgroundArgb: 0xff1f7a5c, font: 8 } }), 'notify', deps);
    assert.ok(text);
    assert.deepEqual(text.from, { phoneNumber: PEER, lid: null, name: 'Ada' });
    assert.equal(text.at.toISOString(), new Date(1_780_000_000_000).toISOString());
    assert.deepEqual(text.content, { type: 'text', body: 'Gone fishing' });
    assert.equal(text.backgroundColor, '#1F7A5C');
    assert.equal(text.font, 'calistoga');

    const byLid = await statusEventOf(statusUpsert({ imageMessage: { mimetype: 'image/jpeg', caption: 'Sunset' } }, { participant: PEER_LID }), 'notify', deps);
    assert.deepEqual(byLid?.from, { phoneNumber: PEER, lid: PEER_LID, name: 'Ada' });
    assert.equal(byLid?.content.type, 'image');

    assert.equal(await statusEventOf(statusUpsert({ conversation: 'mine' }, { fromMe: true }), 'notify', deps), undefined);
    assert.equal(await statusEventOf(statusUpsert({ protocolMessage: { type: proto.Message.ProtocolMessage.Type.REVOKE, key: { id: 'X' } } }), 'notify', deps), undefined);
    assert.equal(await statusEventOf({ ...statusUpsert({ conversation: 'a chat' }), key: { remoteJid: PEER_JID, id: 'M1', fromMe: false } }, 'notify', deps), undefined, 'a chat message is no status');
  });
});

describe('history sync through Baileys', () => {
  test('a batch keeps 1:1 chats and their messages, both directions, with original times; groups and markers are left out', async () => {
    const at = (seconds: number) => ({ messageTimestamp: seconds });
    const batch = await historyBatchOf(
      {
        chats: [{ id: PEER_JID, name: 'Ada' }, { id: '120363000000000000@g.us', name: 'A group' }, { id: PEER_LID }],
        messages: [
          { key: { remoteJid: PEER_JID, fromMe: false, id: 'H1' }, message: { conversation: 'Hello' }, pushName: 'Ada', ...at(1_700_000_000) },
          { key: { remoteJid: PEER_JID, fromMe: true, id: 'H2' }, message: { extendedTextMessage: { text: 'Hi Ada' } }, pushName: 'Me', ...at(1_700_000_060) },
          { key: { remoteJid: PEER_LID, fromMe: false, id: 'H3' }, message: { imageMessage: { mimetype: 'image/jpeg' } }, ...at(1_700_000_120) },
          { key: { remoteJid: '120363000000000000@g.us', fromMe: false, id: 'G1', participant: PEER_JID }, message: { conversation: 'group' }, ...at(1_700_000_000) },
          { key: { remoteJid: PEER_JID, fromMe: false, id: 'R1' }, message: { reactionMessage: { key: { id: 'H2' }, text: '👍' } }, ...at(1_700_000_200) },
          { key: { remoteJid: PEER_JID, fromMe: false, id: 'P1' }, message: { protocolMessage: { type: proto.Message.ProtocolMessage.Type.REVOKE } }, ...at(1_700_000_300) },
        ],
      },
      deps,
      silent,
    );
    assert.deepEqual(batch.chats, [
      { phoneNumber: PEER, lid: null, name: 'Ada' },
      { phoneNumber: PEER, lid: PEER_LID, name: null },
    ]);
    assert.deepEqual(
      batch.messages.map((m) => [m.waMessageId, m.fromMe, m.peer.phoneNumber, m.peer.name, m.at.getTime() / 1000, m.content.type]),
      [
        ['H1', false, PEER, 'Ada', 1_700_000_000, 'text'],
        ['H2', true, PEER, null, 1_700_000_060, 'text'],
        ['H3', false, PEER, null, 1_700_000_120, 'image'],
      ],
    );
    const media = batch.messages[2]!.content;
    assert.ok('download' in media);
    await assert.rejects(media.download(new AbortController().signal), 'history media is not downloaded');
  });
});
