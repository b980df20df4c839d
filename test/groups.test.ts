// The groups endpoints on sandbox connections, through HTTP: list, read, create, update, participants with
// per-participant results, the invite link, join and leave, and the typed errors for bad requests.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { components } from '../server/generated/openapi.js';
import { waitForStatus } from './helpers/connection-status.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { buildAccount, type TestAccount } from './helpers/factories.js';
import { linkSandbox } from './helpers/sandbox-messaging.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';

type Schemas = components['schemas'];
type Group = Schemas['Group'];

const NOT_ON_WHATSAPP = '+14155550101';
const ALICE = '+14155550150';
const BOB = '+14155550151';
const DAVE = '+14155550153';

describe('groups (sandbox)', () => {
  let database: ScratchDatabase;
  let server: TestServer;
  let owner: TestAccount;
  let other: TestAccount;
  let alice: Schemas['Connection'];
  let bob: Schemas['Connection'];
  let dave: Schemas['Connection'];

  before(async () => {
    database = await createScratchDatabase();
    server = await startTestServer({
      PARLEY_ROLE: 'all',
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: `${testEnv().redisPrefix}groups-${randomBytes(4).toString('hex')}:`,
    });
    owner = await buildAccount(server.client, { account_name: 'Groups Co' });
    other = await buildAccount(server.client, { account_name: 'Other Co' });
    const linked = await Promise.all([ALICE, BOB, DAVE].map((number) => linkSandbox(server.client, owner.key, number)));
    [alice, bob, dave] = [linked[0]!, linked[1]!, linked[2]!];
  });
  after(async () => {
    await server?.stop();
    await database?.drop();
  });

  const groupsOf = (connectionId: string) => `/v1/connections/${connectionId}/groups`;
  const at = (connectionId: string, groupId: string, rest = '') => `${groupsOf(connectionId)}/${groupId}${rest}`;
  const post = (path: string, body: unknown, key = owner.key) => server.client.post(path, body, { key });
  const get = (path: string, key = owner.key) => server.client.get(path, { key });
  const patch = (path: string, body: unknown) => server.client.request('PATCH', path, body, { key: owner.key });

  async function createGroup(subject: string, participants: string[]): Promise<Group> {
    const created = await post(groupsOf(alice.id), { subject, participants });
    assertConforms('createGroup', created);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    return (created.body as Schemas['GroupCreated']).group;
  }

  test('create: the creator is superadmin; each participant has its own result, one not on WhatsApp fails alone', async () => {
    const created = await post(groupsOf(alice.id), { subject: '  Launch team ', participants: [BOB, NOT_ON_WHATSAPP, '+1 415 555 0151', '+14155550108'] });
    assertConforms('createGroup', created);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const { group, participant_results: results } = created.body as Schemas['GroupCreated'];
    assert.match(group.id, /^120363\d+@g\.us$/);
    assert.equal(group.subject, 'Launch team');
    assert.equal(group.is_admin, true);
    assert.deepEqual(
      group.participants.map((p) => [p.phone_number, p.role]),
      [
        [ALICE, 'superadmin'],
        [BOB, 'member'],
      ],
    );
    assert.match(group.participants[1]!.lid ?? '', /^\d+@lid$/);
    assert.deepEqual(
      results.map((r) => [r.phone_number, r.status, r.error?.code ?? null]),
      [
        [BOB, 'ok', null],
        [NOT_ON_WHATSAPP, 'failed', 'participant_not_on_whatsapp'],
        ['+14155550108', 'failed', 'participant_privacy_restricted'],
      ],
    );

    // Both members see it; Bob is not an admin.
    const listed = await get(groupsOf(bob.id));
    assertConforms('listGroups', listed);
    const seen = (listed.body as Schemas['GroupList']).data.find((g) => g.id === group.id);
    assert.equal(seen?.is_admin, false);
    assert.equal(seen?.size, 2);
    const read = await get(at(alice.id, group.id));
    assertConforms('getGroup', read);
    assert.deepEqual(read.body, group);
  });

  test('bad input is refused whole and creates nothing', async () => {
    const before = (await get(groupsOf(alice.id))).body as Schemas['GroupList'];
    assertError(await post(groupsOf(alice.id), { subject: 'x', participants: ['not a number'] }), 400, 'phone_number_invalid');
    assertError(await post(groupsOf(alice.id), { subject: '', participants: [BOB] }), 400, 'parameter_invalid');
    const after = (await get(groupsOf(alice.id))).body as Schemas['GroupList'];
    assert.equal(after.data.length, before.data.length);
  });

  test('a group the number is not in is 404 group_not_found; another account cannot reach the connection at all', async () => {
    const group = await createGroup('Private', [BOB]);
    assert.equal(assertError(await get(at(dave.id, group.id)), 404, 'group_not_found').param, 'group_id');
    assertError(await patch(at(dave.id, group.id), { subject: 'mine now' }), 404, 'group_not_found');
    assertError(await get(at(alice.id, '120363999999999999@g.us')), 404, 'group_not_found');
    assertError(await get(at(alice.id, group.id), other.key), 404, 'resource_missing');
    assertError(await get(at(alice.id, 'not-a-group')), 400, 'parameter_invalid');
  });

  test('update: members change the subject of an open group; settings and a locked group need an admin', async () => {
    const group = await createGroup('Open', [BOB]);
    const renamed = await patch(at(bob.id, group.id), { subject: 'Renamed by Bob', description: 'About us' });
    assertConforms('updateGroup', renamed);
    assert.equal(renamed.status, 200, JSON.stringify(renamed.body));
    assert.equal((renamed.body as Group).subject, 'Renamed by Bob');
    assert.equal((renamed.body as Group).description, 'About us');

    assertError(await patch(at(bob.id, group.id), { locked: true }), 403, 'group_admin_required');
    const locked = await patch(at(alice.id, group.id), { locked: true, announce: true, description: null });
    assert.equal(locked.status, 200, JSON.stringify(locked.body));
    assert.deepEqual([(locked.body as Group).locked, (locked.body as Group).announce, (locked.body as Group).description], [true, true, null]);
    assertError(await patch(at(bob.id, group.id), { subject: 'Not allowed' }), 403, 'group_admin_required');
    assert.equal(((await get(at(bob.id, group.id))).body as Group).subject, 'Renamed by Bob');
    assertError(await patch(at(alice.id, group.id), {}), 400, 'parameter_invalid');
  });

  test('participants: one result per participant; admins only; the creator cannot be removed', async () => {
    const group = await createGroup('Managed', [BOB]);
    const path = at(alice.id, group.id, '/participants');
    assertError(await post(at(bob.id, group.id, '/participants'), { action: 'add', participants: [DAVE] }), 403, 'group_admin_required');

    const added = await post(path, { action: 'add', participants: [DAVE, BOB, NOT_ON_WHATSAPP] });
    assertConforms('updateGroupParticipants', added);
    assert.equal(added.status, 200, JSON.stringify(added.body));
    assert.deepEqual(
      (added.body as Schemas['GroupParticipantResults']).results.map((r) => [r.phone_number, r.status, r.error?.code ?? null]),
      [
        [DAVE, 'ok', null],
        [BOB, 'failed', 'participant_already_in_group'],
        [NOT_ON_WHATSAPP, 'failed', 'participant_not_on_whatsapp'],
      ],
    );
    const promoted = await post(path, { action: 'promote', participants: [BOB] });
    assert.equal((promoted.body as Schemas['GroupParticipantResults']).results[0]?.status, 'ok');
    const byBob = await post(at(bob.id, group.id, '/participants'), { action: 'remove', participants: [ALICE, DAVE, '+14155550199'] });
    assert.deepEqual(
      (byBob.body as Schemas['GroupParticipantResults']).results.map((r) => [r.phone_number, r.status, r.error?.code ?? null]),
      [
        [ALICE, 'failed', 'not_authorized'],
        [DAVE, 'ok', null],
        ['+14155550199', 'failed', 'participant_not_in_group'],
      ],
    );
    const roles = ((await get(at(alice.id, group.id))).body as Group).participants.map((p) => [p.phone_number, p.role]);
    assert.deepEqual(roles, [
      [ALICE, 'superadmin'],
      [BOB, 'admin'],
    ]);
    assertError(await get(at(dave.id, group.id)), 404, 'group_not_found');
  });

  test('invite link: admins read and revoke it; anyone joins with it; a revoked code no longer works', async () => {
    const group = await createGroup('Invites', [BOB]);
    assertError(await get(at(bob.id, group.id, '/invite')), 403, 'group_admin_required');
    const invite = await get(at(alice.id, group.id, '/invite'));
    assertConforms('getGroupInvite', invite);
    const { code, url } = invite.body as Schemas['GroupInvite'];
    assert.equal(url, `https://chat.whatsapp.com/${code}`);

    const revoked = await post(at(alice.id, group.id, '/invite'), {});
    assertConforms('revokeGroupInvite', revoked);
    const fresh = (revoked.body as Schemas['GroupInvite']).code;
    assert.notEqual(fresh, code);
    assertError(await post(`${groupsOf(dave.id)}/join`, { invite_code: code }), 400, 'group_invite_invalid');

    const joined = await post(`${groupsOf(dave.id)}/join`, { invite_code: `https://chat.whatsapp.com/${fresh}` });
    assertConforms('joinGroup', joined);
    assert.equal(joined.status, 200, JSON.stringify(joined.body));
    assert.equal((joined.body as Group).id, group.id);
    assert.ok((joined.body as Group).participants.some((p) => p.phone_number === DAVE && p.role === 'member'));
    assertError(await post(`${groupsOf(dave.id)}/join`, { invite_code: 'no spaces allowed' }), 400, 'group_invite_invalid');
  });

  test('leave: the group is gone for the one who left; the last admin leaving makes another member admin', async () => {
    const group = await createGroup('Leaving', [BOB]);
    const left = await post(at(alice.id, group.id, '/leave'), {});
    assertConforms('leaveGroup', left);
    assert.deepEqual(left.body, { object: 'group', id: group.id, connection_id: alice.id, left: true });
    assertError(await get(at(alice.id, group.id)), 404, 'group_not_found');
    assertError(await post(at(alice.id, group.id, '/leave'), {}), 404, 'group_not_found');
    const remaining = (await get(at(bob.id, group.id))).body as Group;
    assert.deepEqual(remaining.participants.map((p) => [p.phone_number, p.role]), [[BOB, 'admin']]);
  });

  test('a connection that is not connected answers 409 connection_not_connected', async () => {
    const created = await post('/v1/connections', {});
    await waitForStatus(server.client, owner.key, (created.body as Schemas['Connection']).id, 'qr');
    const id = (created.body as Schemas['Connection']).id;
    assertError(await get(groupsOf(id)), 409, 'connection_not_connected');
    assertError(await post(groupsOf(id), { subject: 'x', participants: [BOB] }), 409, 'connection_not_connected');
  });

  test('events: each member\'s connection sees each change from its side (created, joined, updated, participants_changed, left)', async () => {
    const group = await createGroup('Evented', [BOB]);
    await patch(at(bob.id, group.id), { subject: 'Evented, renamed' });
    await post(at(alice.id, group.id, '/participants'), { action: 'add', participants: [DAVE] });
    await post(at(dave.id, group.id, '/leave'), {});
    const events = await server.client.get<{ data: Schemas['Event'][] }>('/v1/events?limit=100', { key: owner.key });
    assertConforms('listEvents', events);
    const mine = events.body.data
      .filter((e) => e.type.startsWith('group.') && (e.data.object as Schemas['GroupChange']).group_id === group.id)
      .reverse()
      .map((e) => {
        const change = e.data.object as Schemas['GroupChange'];
        const who = { [alice.id]: 'alice', [bob.id]: 'bob', [dave.id]: 'dave' }[change.connection_id];
        return `${who} ${e.type}${change.action ? ` ${change.action} ${change.participants.map((p) => p.phone_number).join()}` : ''}`;
      });
    // One change's event goes to its members' connections in the order of their ids (the connections were linked
    // concurrently, so that order is not alice, bob, dave in every run).
    const inIdOrder = (what: string, ...who: Array<[string, Schemas['Connection']]>) =>
      who.sort(([, a], [, b]) => (a.id < b.id ? -1 : 1)).map(([name]) => `${name} ${what}`);
    assert.deepEqual(mine, [
      'alice group.created',
      'bob group.joined',
      ...inIdOrder('group.updated', ['alice', alice], ['bob', bob]),
      ...inIdOrder(`group.participants_changed add ${DAVE}`, ['alice', alice], ['bob', bob], ['dave', dave]),
      'dave group.joined',
      ...inIdOrder(`group.participants_changed remove ${DAVE}`, ['alice', alice], ['bob', bob], ['dave', dave]),
      'dave group.left',
    ]);
    const updated = events.body.data.find((e) => e.type === 'group.updated' && (e.data.object as Schemas['GroupChange']).group_id === group.id)!;
    assert.deepEqual((updated.data.object as Schemas['GroupChange']).changes, { subject: 'Evented, renamed' });
    assert.deepEqual((updated.data.object as Schemas['GroupChange']).by, { phone_number: BOB, lid: bob.wa_lid });
    const joined = events.body.data.find((e) => e.type === 'group.joined' && (e.data.object as Schemas['GroupChange']).connection_id === bob.id)!;
    assert.equal((joined.data.object as Schemas['GroupChange']).group?.is_admin, false);
  });
});
