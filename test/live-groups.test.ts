// Groups in live mode, through Parley's HTTP API: an in-process Parley runs unmodified Baileys against the
// WhatsApp Web simulator, whose w:g2 iqs answer as WhatsApp does; each endpoint maps to the group call Baileys
// makes, and WhatsApp's refusals come back as Parley's typed errors.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { components } from '../server/generated/openapi.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { eventually } from './helpers/eventually.js';
import { startLiveParley, type LiveParley } from './helpers/live-parley.js';
import { hasStatus, send, waitForMessage, type Message } from './helpers/sandbox-messaging.js';
import { WhatsAppSimulator } from './whatsapp-simulator/server.js';

type Schemas = components['schemas'];
type Group = Schemas['Group'];

const LINE = '+12025550170';
const ADA = '+12025550171';
const BEN = '+12025550172';
const CY = '+12025550173';
const GIL = '+12025550174';
const NOBODY = '+12025550179';
const digits = (e164: string) => e164.replace(/\D/g, '');

describe('live mode groups: the API drives Baileys\' group calls against the simulator', () => {
  const sim = new WhatsAppSimulator();
  let live: LiveParley;

  before(async () => {
    await sim.start();
    for (const phone of [ADA, BEN, CY, GIL]) sim.account(digits(phone));
    sim.groups.privacyRestricted.add(digits(CY));
    sim.groups.recentlyLeft.add(digits(GIL));
    live = await startLiveParley(sim, LINE, 'live-groups');
  });
  after(async () => {
    await live?.stop();
    await sim.stop();
    assert.deepEqual(sim.errors, []);
  });

  const base = () => `/v1/connections/${live.connection.id}/groups`;
  const get = (path: string) => live.server.client.get(path, { key: live.key });
  const post = (path: string, body: unknown) => live.server.client.post(path, body, { key: live.key });
  const patch = (path: string, body: unknown) => live.server.client.request('PATCH', path, body, { key: live.key });

  test('create, read, update, participants, invite, leave: each reaches WhatsApp and each answer maps back', async () => {
    const created = await post(base(), { subject: 'Supper club', participants: [ADA, NOBODY, CY, GIL] });
    assertConforms('createGroup', created);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const { group, participant_results: results } = created.body as Schemas['GroupCreated'];
    const simulated = sim.groups.groups.get(group.id)!;
    assert.equal(simulated.subject, 'Supper club');
    assert.deepEqual([...simulated.participants.keys()], [digits(LINE), digits(ADA)]);
    assert.deepEqual(group.participants.map((p) => [p.phone_number, p.role]), [[LINE, 'superadmin'], [ADA, 'member']]);
    assert.match(group.participants[1]!.lid!, /^\d+@lid$/);
    // Each participant WhatsApp refused has its reason, from WhatsApp's answer to the creation.
    assert.deepEqual(
      results.map((r) => [r.phone_number, r.status, r.error?.code ?? null]),
      [
        [ADA, 'ok', null],
        [NOBODY, 'failed', 'participant_not_on_whatsapp'],
        [CY, 'failed', 'participant_privacy_restricted'],
        [GIL, 'failed', 'participant_recently_left'],
      ],
    );

    const listed = await get(base());
    assertConforms('listGroups', listed);
    assert.deepEqual((listed.body as Schemas['GroupList']).data.map((g) => g.id), [group.id]);

    const updated = await patch(`${base()}/${group.id}`, { subject: 'Supper club 🍝', description: 'Fridays', announce: true, locked: true });
    assertConforms('updateGroup', updated);
    assert.equal(updated.status, 200, JSON.stringify(updated.body));
    assert.deepEqual([simulated.subject, simulated.description, simulated.announce, simulated.locked], ['Supper club 🍝', 'Fridays', true, true]);
    const body = updated.body as Group;
    assert.deepEqual([body.subject, body.description, body.announce, body.locked], ['Supper club 🍝', 'Fridays', true, true]);
    const cleared = await patch(`${base()}/${group.id}`, { description: null });
    assert.equal((cleared.body as Group).description, null);

    const changed = await post(`${base()}/${group.id}/participants`, { action: 'add', participants: [BEN, ADA, CY, NOBODY] });
    assertConforms('updateGroupParticipants', changed);
    assert.deepEqual(
      (changed.body as Schemas['GroupParticipantResults']).results.map((r) => [r.phone_number, r.status, r.error?.code ?? null]),
      [
        [BEN, 'ok', null],
        [ADA, 'failed', 'participant_already_in_group'],
        [CY, 'failed', 'participant_privacy_restricted'],
        [NOBODY, 'failed', 'participant_not_on_whatsapp'],
      ],
    );
    const promoted = await post(`${base()}/${group.id}/participants`, { action: 'promote', participants: [BEN] });
    assert.equal((promoted.body as Schemas['GroupParticipantResults']).results[0]!.status, 'ok');
    assert.equal(simulated.participants.get(digits(BEN)), 'admin');

    const invite = await get(`${base()}/${group.id}/invite`);
    assertConforms('getGroupInvite', invite);
    assert.equal((invite.body as Schemas['GroupInvite']).code, simulated.inviteCode);
    const revoked = await post(`${base()}/${group.id}/invite`, {});
    assert.notEqual((revoked.body as Schemas['GroupInvite']).code, (invite.body as Schemas['GroupInvite']).code);
    assert.equal((revoked.body as Schemas['GroupInvite']).code, simulated.inviteCode);

    const left = await post(`${base()}/${group.id}/leave`, {});
    assertConforms('leaveGroup', left);
    assert.equal(simulated.participants.has(digits(LINE)), false);
    assertError(await get(`${base()}/${group.id}`), 404, 'group_not_found');
  });

  test('join by invite link; a bad code is 400; a non-admin gets 403 group_admin_required; an unknown group is 404', async () => {
    const theirs = sim.groups.create(digits(ADA), 'Neighbours', [digits(BEN)]);
    assertError(await get(`${base()}/${theirs.id}`), 404, 'group_not_found');
    assertError(await post(`${base()}/join`, { invite_code: 'AAAAAAAAAAAAAAAAAAAAAA' }), 400, 'group_invite_invalid');
    const joined = await post(`${base()}/join`, { invite_code: `https://chat.whatsapp.com/${theirs.inviteCode}` });
    assertConforms('joinGroup', joined);
    assert.equal(joined.status, 200, JSON.stringify(joined.body));
    assert.equal((joined.body as Group).id, theirs.id);
    assert.equal((joined.body as Group).is_admin, false);
    assert.equal(theirs.participants.get(digits(LINE)), 'member');

    assertError(await patch(`${base()}/${theirs.id}`, { locked: true }), 403, 'group_admin_required');
    assertError(await post(`${base()}/${theirs.id}/participants`, { action: 'add', participants: [CY] }), 403, 'group_admin_required');
    assertError(await get(`${base()}/${theirs.id}/invite`), 403, 'group_admin_required');
    assertError(await get(`${base()}/120363000000000001@g.us`), 404, 'group_not_found');
    assert.equal(theirs.locked, false);
  });

  test('a group message from Parley is decrypted by every participant\'s phone; a phone\'s group message arrives with its participant', async () => {
    const group = sim.groups.create(digits(LINE), 'Ops', [digits(ADA), digits(BEN)]);
    const accepted = await send(live.server.client, live.key, {
      connection_id: live.connection.id,
      to: group.id,
      type: 'text',
      text: { body: 'Deploy at noon, @12025550171' },
      mentions: [ADA],
    });
    await waitForMessage(live.server.client, live.key, accepted.id, hasStatus('sent', 'delivered', 'read'));
    for (const phone of [ADA, BEN]) {
      const copy = sim.accounts.get(digits(phone))!.inbox.find((m) => m.id === accepted.wa_message_id);
      assert.ok(copy, `${phone}'s phone decrypted the group message`);
      assert.equal(copy.group, group.id);
      assert.equal(copy.text, 'Deploy at noon, @12025550171');
      assert.deepEqual(copy.message.extendedTextMessage?.contextInfo?.mentionedJid, [`${digits(ADA)}@s.whatsapp.net`]);
    }
    const relayed = sim.events.filter((e) => e.type === 'group-message-relayed' && e.group === group.id);
    assert.deepEqual(relayed.map((e) => e.senderKeys), [3]);

    // A second message needs no new sender keys.
    const second = await send(live.server.client, live.key, { connection_id: live.connection.id, to: group.id, type: 'text', text: { body: 'Done.' } });
    await waitForMessage(live.server.client, live.key, second.id, hasStatus('sent', 'delivered', 'read'));
    await eventually(async () => sim.events.filter((e) => e.type === 'group-message-relayed' && e.group === group.id).map((e) => e.senderKeys), (keys) => keys.length === 2);
    assert.equal(sim.events.filter((e) => e.type === 'group-message-relayed' && e.group === group.id)[1]!.senderKeys, 0);
    assert.equal(sim.accounts.get(digits(BEN))!.inbox.at(-1)!.text, 'Done.');

    // A phone writes to the group: Parley stores it in the group's chat, from the participant, with both ids.
    const ada = sim.accounts.get(digits(ADA))!;
    const waId = await sim.sendGroupMessage(digits(ADA), group.id, { conversation: 'On it' }, { withLid: false });
    const inbox = await eventually(
      async () => (await live.server.client.get<{ data: Message[] }>(`/v1/messages?connection_id=${live.connection.id}&direction=inbound`, { key: live.key })).body.data,
      (messages) => messages.some((m) => m.wa_message_id === waId),
      30_000,
    );
    const arrived = inbox.find((m) => m.wa_message_id === waId)!;
    assert.deepEqual([arrived.group_id, arrived.to, arrived.from, arrived.from_lid, arrived.text?.body], [group.id, group.id, ADA, `${ada.lid}@lid`, 'On it']);
    assert.equal(arrived.chat_id, (await waitForMessage(live.server.client, live.key, accepted.id, () => true)).chat_id);

    // Parley's reply quotes it, naming its sender as WhatsApp needs in a group.
    const reply = await send(live.server.client, live.key, { connection_id: live.connection.id, to: group.id, type: 'text', text: { body: 'Thanks' }, reply_to: arrived.id });
    await waitForMessage(live.server.client, live.key, reply.id, hasStatus('sent', 'delivered', 'read'));
    const quoted = ada.inbox.find((m) => m.id === reply.wa_message_id)!.message.extendedTextMessage?.contextInfo;
    assert.equal(quoted?.stanzaId, waId);
    assert.equal(quoted?.participant, `${digits(ADA)}@s.whatsapp.net`);
  });

  test('WhatsApp\'s group notifications become events: created, updated, participants_changed, joined, left', async () => {
    const created = await post(base(), { subject: 'Evented', participants: [ADA] });
    const groupId = (created.body as Schemas['GroupCreated']).group.id;
    await patch(`${base()}/${groupId}`, { subject: 'Evented, renamed' });
    await post(`${base()}/${groupId}/participants`, { action: 'add', participants: [BEN] });
    await post(`${base()}/${groupId}/leave`, {});
    const theirs = sim.groups.create(digits(ADA), 'Theirs', [digits(BEN)]);
    await post(`${base()}/join`, { invite_code: theirs.inviteCode });
    const changes = async () => {
      const response = await live.server.client.get<{ data: Schemas['Event'][] }>('/v1/events?limit=100', { key: live.key });
      assertConforms('listEvents', response);
      return response.body.data
        .filter((e) => e.type.startsWith('group.'))
        .reverse()
        .map((e) => ({ type: e.type, change: e.data.object as Schemas['GroupChange'] }));
    };
    const seen = await eventually(changes, (events) => events.filter((e) => e.change.group_id === theirs.id).length >= 2, 30_000);
    const summary = seen
      .filter((e) => [groupId, theirs.id].includes(e.change.group_id))
      .map((e) => `${e.change.group_id === groupId ? 'ours' : 'theirs'} ${e.type}${e.change.action ? ` ${e.change.action} ${e.change.participants.map((p) => p.phone_number).join()}` : ''}`);
    assert.deepEqual(summary, [
      'ours group.created',
      'ours group.updated',
      `ours group.participants_changed add ${BEN}`,
      `ours group.participants_changed remove ${LINE}`,
      'ours group.left',
      `theirs group.participants_changed add ${LINE}`,
      'theirs group.joined',
    ]);
    const updated = seen.find((e) => e.type === 'group.updated' && e.change.group_id === groupId)!;
    assert.deepEqual(updated.change.changes, { subject: 'Evented, renamed' });
    assert.equal(updated.change.by?.phone_number, LINE);
    assert.equal(seen.find((e) => e.type === 'group.joined' && e.change.group_id === theirs.id)!.change.group?.subject, 'Theirs');
  });
});
