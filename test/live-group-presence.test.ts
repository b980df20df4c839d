// Presence and read receipts in group chats, live: an in-process Parley runs unmodified Baileys against the WhatsApp
// Web simulator. Typing in a group's chat sends the chat state to the group; following the group's presence brings
// a participant's typing as `presence.updated` with the group and the participant; marking the group's chat read
// sends a read receipt to the group naming the message's sender.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { components } from '../server/generated/openapi.js';
import { assertConforms } from './helpers/contract.js';
import { eventually } from './helpers/eventually.js';
import { startLiveParley, type LiveParley } from './helpers/live-parley.js';
import type { Message } from './helpers/sandbox-messaging.js';
import { WhatsAppSimulator } from './whatsapp-simulator/server.js';

type Schemas = components['schemas'];

const LINE = '+12025550200';
const ADA = '+12025550201';
const digits = (e164: string) => e164.replace(/\D/g, '');
const STEP_TIMEOUT_MS = 30_000;

describe('live mode group presence: chat states and read receipts go to the group', () => {
  const sim = new WhatsAppSimulator();
  let live: LiveParley;
  let groupId: string;
  let chat: Schemas['Chat'];
  let waId: string;

  before(async () => {
    await sim.start();
    sim.account(digits(ADA));
    live = await startLiveParley(sim, LINE, 'live-group-presence');
    groupId = sim.groups.create(digits(ADA), 'Studio', [digits(LINE)]).id;
    waId = await sim.sendGroupMessage(digits(ADA), groupId, { conversation: 'Session at 3?' });
    const inbox = await eventually(
      async () => (await live.server.client.get<{ data: Message[] }>(`/v1/messages?connection_id=${live.connection.id}&direction=inbound`, { key: live.key })).body.data,
      (messages) => messages.some((m) => m.wa_message_id === waId),
      STEP_TIMEOUT_MS,
    );
    const chatId = inbox.find((m) => m.wa_message_id === waId)!.chat_id!;
    chat = (await live.server.client.get<Schemas['Chat']>(`/v1/chats/${chatId}`, { key: live.key })).body;
  });
  after(async () => {
    await live?.stop();
    await sim.stop();
    assert.deepEqual(sim.errors, []);
  });

  const post = <T>(path: string, body: unknown) => live.server.client.post<T>(path, body, { key: live.key });
  const simEvent = (predicate: (event: Record<string, unknown>) => boolean, since: number) => sim.waitFor(predicate, STEP_TIMEOUT_MS, since);

  test('typing in the group\'s chat reaches WhatsApp addressed to the group', async () => {
    assert.equal(chat.group_id, groupId);
    const since = sim.events.length;
    const typing = await post<Schemas['ChatPresence']>(`/v1/chats/${chat.id}/presence`, { state: 'recording' });
    assertConforms('sendChatPresence', typing);
    assert.equal(typing.status, 200, JSON.stringify(typing.body));
    const sent = await simEvent((e) => e.type === 'chatstate-received' && e.to === groupId, since);
    assert.equal(sent.state, 'recording');
  });

  test('following the group\'s presence: a participant typing arrives with the group and the participant', async () => {
    const since = sim.events.length;
    const subscribed = await post(`/v1/chats/${chat.id}/presence/subscribe`, {});
    assert.equal(subscribed.status, 200, JSON.stringify(subscribed.body));
    await simEvent((e) => e.type === 'presence-subscribed' && e.to === groupId, since);
    assert.equal(sim.presence.typeInGroup(digits(ADA), groupId, 'composing'), 1);
    const events = await eventually(
      async () => (await live.server.client.get<Schemas['EventList']>('/v1/events?type=presence.updated', { key: live.key })).body.data,
      (rows) => rows.some((event) => (event.data.object as Schemas['Presence']).group_id === groupId),
      STEP_TIMEOUT_MS,
    );
    const presence = events.find((event) => (event.data.object as Schemas['Presence']).group_id === groupId)!.data.object as Schemas['Presence'];
    assert.deepEqual([presence.chat_id, presence.phone_number, presence.state], [chat.id, ADA, 'typing']);
  });

  test('marking the group\'s chat read sends a read receipt to the group, naming the sender', async () => {
    const since = sim.events.length;
    const read = await post<Schemas['Chat']>(`/v1/chats/${chat.id}/read`, {});
    assert.equal(read.status, 200, JSON.stringify(read.body));
    const receipt = await simEvent((e) => e.type === 'client-receipt' && e.receipt === 'read' && e.to === groupId, since);
    assert.deepEqual(receipt.ids, [waId]);
    assert.equal(receipt.participant, `${digits(ADA)}@s.whatsapp.net`);
  });
});
