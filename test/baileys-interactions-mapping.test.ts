// How live mode reads presence and calls from Baileys, and what it asks Baileys to send, without a network: a
// socket object holding Baileys' own event emitter, with the send methods recorded.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeEventBuffer, type WAMessageKey } from '@whiskeysockets/baileys';
import { reportCalls } from '../server/connections/baileys/calls.js';
import { BaileysInteractions } from '../server/connections/baileys/interactions.js';
import { reportPresence } from '../server/connections/baileys/presence.js';
import type { BaileysSocket } from '../server/connections/baileys/socket.js';
import type { InboundCall, PresenceUpdate } from '../server/connections/interactions.js';
import type { ApiError } from '../server/platform/http/errors.js';
import { createLogger } from '../server/platform/logger.js';

const silent = createLogger('silent');
const PEER = '+12025550101';
const PEER_JID = '12025550101@s.whatsapp.net';
const PEER_LID = '99887766554433@lid';
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

function fakeSocket() {
  const ev = makeEventBuffer(silent);
  const sent: unknown[][] = [];
  const socket = {
    ev,
    signalRepository: { lidMapping: { getPNForLID: async (lid: string) => (lid === PEER_LID ? PEER_JID : null) } },
    sendPresenceUpdate: async (...args: unknown[]) => void sent.push(['presence', ...args]),
    presenceSubscribe: async (jid: string) => void sent.push(['subscribe', jid]),
    readMessages: async (keys: WAMessageKey[]) => void sent.push(['read', keys]),
    rejectCall: async (id: string, from: string) => void sent.push(['reject', id, from]),
  } as unknown as BaileysSocket;
  return { ev, socket, sent };
}

describe('Baileys presence and calls → what the transport reports', () => {
  test('1:1 presence is reported with its state and last seen, a LID resolved to its number; a participant\'s chat state in a group comes with the group', async () => {
    const { ev, socket } = fakeSocket();
    const updates: PresenceUpdate[] = [];
    reportPresence(socket, { presence: (update) => updates.push(update), log: silent });
    ev.emit('presence.update', { id: PEER_JID, presences: { [PEER_JID]: { lastKnownPresence: 'unavailable', lastSeen: 1_800_000_000 } } });
    ev.emit('presence.update', { id: PEER_LID, presences: { [PEER_LID]: { lastKnownPresence: 'composing' } } });
    ev.emit('presence.update', { id: PEER_JID, presences: { [PEER_JID]: { lastKnownPresence: 'recording' } } });
    ev.emit('presence.update', { id: '120363000000000000@g.us', presences: { [PEER_JID]: { lastKnownPresence: 'composing' } } });
    await settle();
    assert.deepEqual(
      updates.map((u) => [u.from, u.state, u.lastSeen?.toISOString() ?? null, u.group ?? null]),
      [
        [{ phoneNumber: PEER, lid: null }, 'unavailable', new Date(1_800_000_000_000).toISOString(), null],
        [{ phoneNumber: PEER, lid: PEER_LID }, 'typing', null, null],
        [{ phoneNumber: PEER, lid: null }, 'recording', null, null],
        [{ phoneNumber: PEER, lid: null }, 'typing', null, '120363000000000000@g.us'],
      ],
    );
  });

  test('a call offer is reported once per offer, voice or video, the caller by number beside the LID or from the LID mapping; later statuses are not', async () => {
    const { ev, socket } = fakeSocket();
    const calls: InboundCall[] = [];
    reportCalls(socket, { call: (call) => calls.push(call), log: silent });
    const at = new Date('2026-12-06T08:00:00Z');
    ev.emit('call', [{ chatId: PEER_LID, from: PEER_LID, callerPn: PEER_JID, id: 'CALL1', date: at, offline: false, status: 'offer', isVideo: true }]);
    ev.emit('call', [{ chatId: PEER_LID, from: PEER_LID, id: 'CALL2', date: at, offline: true, status: 'offer' }]);
    ev.emit('call', [{ chatId: PEER_JID, from: PEER_JID, id: 'CALL1', date: at, offline: false, status: 'terminate' }]);
    await settle();
    assert.deepEqual(calls, [
      { id: 'CALL1', from: { phoneNumber: PEER, lid: PEER_LID }, video: true, offline: false, at, callerRef: PEER_LID },
      { id: 'CALL2', from: { phoneNumber: PEER, lid: PEER_LID }, video: false, offline: true, at, callerRef: PEER_LID },
    ]);
  });

  test('interactions become Baileys calls: chat states, availability (only with a profile name), subscriptions, read receipts, rejection', async () => {
    const { socket, sent } = fakeSocket();
    const profile: { name?: string } = {};
    const interactions = new BaileysInteractions(() => socket, () => profile.name, silent);
    const peer = { phoneNumber: PEER, lid: null };
    await interactions.sendChatState(peer, 'typing');
    await interactions.sendChatState({ phoneNumber: null, lid: PEER_LID }, 'recording');
    await interactions.sendChatState(peer, 'paused');
    await assert.rejects(interactions.setAvailability('online'), (error: ApiError) => error.code === 'profile_name_unknown');
    profile.name = 'Line';
    await interactions.setAvailability('online');
    await interactions.subscribePresence(peer);
    await interactions.readMessages(peer, ['A', 'B']);
    await interactions.rejectCall({ id: 'CALL1', from: peer, video: false, offline: false, at: new Date(), callerRef: PEER_LID });
    assert.deepEqual(sent, [
      ['presence', 'composing', PEER_JID],
      ['presence', 'recording', PEER_LID],
      ['presence', 'paused', PEER_JID],
      ['presence', 'available'],
      ['subscribe', PEER_JID],
      ['read', [{ remoteJid: PEER_JID, id: 'A', fromMe: false }, { remoteJid: PEER_JID, id: 'B', fromMe: false }]],
      ['reject', 'CALL1', PEER_LID],
    ]);

    // A new socket gets the subscriptions and the online availability again.
    sent.length = 0;
    interactions.reapply(socket);
    await settle();
    assert.deepEqual(sent, [['subscribe', PEER_JID], ['presence', 'available']]);
  });
});
