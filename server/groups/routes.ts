import type { GroupInfo, ParticipantResult } from '../connections/groups.js';
import { authenticatedRoute } from '../platform/http/route.js';
import { presentGroup, presentInvite, presentParticipantResult } from './presenters.js';
import { assertGroupId, callGroups, groupConnection, inviteCodeOf, participantNumbers } from './service.js';

/** The groups of a connection: every request goes to the worker running it, which asks WhatsApp (or the sandbox). */
export const groupRoutes = [
  authenticatedRoute('listGroups', async ({ trx, services, params }) => {
    const connection = await groupConnection(trx, params.id);
    const groups = (await callGroups(services, connection, { op: 'list' })) as GroupInfo[];
    return { status: 200, body: { object: 'list' as const, data: groups.map((group) => presentGroup(connection, group)) } };
  }),

  authenticatedRoute('getGroup', async ({ trx, services, params }) => {
    const groupId = assertGroupId(params.group_id);
    const connection = await groupConnection(trx, params.id);
    const group = (await callGroups(services, connection, { op: 'get', groupId })) as GroupInfo;
    return { status: 200, body: presentGroup(connection, group) };
  }),

  authenticatedRoute('createGroup', async ({ trx, services, params, body }) => {
    const participants = participantNumbers(body.participants);
    const connection = await groupConnection(trx, params.id);
    const subject = body.subject.trim();
    const created = (await callGroups(services, connection, { op: 'create', subject, participants })) as {
      group: GroupInfo;
      results: ParticipantResult[];
    };
    return {
      status: 201,
      body: { group: presentGroup(connection, created.group), participant_results: created.results.map(presentParticipantResult) },
    };
  }),

  authenticatedRoute('updateGroup', async ({ trx, services, params, body }) => {
    const groupId = assertGroupId(params.group_id);
    const connection = await groupConnection(trx, params.id);
    const update = {
      ...(body.subject !== undefined ? { subject: body.subject.trim() } : {}),
      ...(body.description !== undefined ? { description: body.description } : {}),
      ...(body.announce !== undefined ? { announce: body.announce } : {}),
      ...(body.locked !== undefined ? { locked: body.locked } : {}),
    };
    const group = (await callGroups(services, connection, { op: 'update', groupId, update })) as GroupInfo;
    return { status: 200, body: presentGroup(connection, group) };
  }),

  authenticatedRoute('updateGroupParticipants', async ({ trx, services, params, body }) => {
    const groupId = assertGroupId(params.group_id);
    const phoneNumbers = participantNumbers(body.participants);
    const connection = await groupConnection(trx, params.id);
    const results = (await callGroups(services, connection, { op: 'participants', groupId, action: body.action, phoneNumbers })) as ParticipantResult[];
    return {
      status: 200,
      body: { object: 'group_participant_results' as const, group_id: groupId, action: body.action, results: results.map(presentParticipantResult) },
    };
  }),

  authenticatedRoute('getGroupInvite', async ({ trx, services, params }) => {
    const groupId = assertGroupId(params.group_id);
    const connection = await groupConnection(trx, params.id);
    return { status: 200, body: presentInvite(groupId, (await callGroups(services, connection, { op: 'invite_code', groupId })) as string) };
  }),

  authenticatedRoute('revokeGroupInvite', async ({ trx, services, params }) => {
    const groupId = assertGroupId(params.group_id);
    const connection = await groupConnection(trx, params.id);
    return { status: 200, body: presentInvite(groupId, (await callGroups(services, connection, { op: 'revoke_invite', groupId })) as string) };
  }),

  authenticatedRoute('joinGroup', async ({ trx, services, params, body }) => {
    const inviteCode = inviteCodeOf(body.invite_code);
    const connection = await groupConnection(trx, params.id);
    const group = (await callGroups(services, connection, { op: 'join', inviteCode })) as GroupInfo;
    return { status: 200, body: presentGroup(connection, group) };
  }),

  authenticatedRoute('leaveGroup', async ({ trx, services, params }) => {
    const groupId = assertGroupId(params.group_id);
    const connection = await groupConnection(trx, params.id);
    await callGroups(services, connection, { op: 'leave', groupId });
    return { status: 200, body: { object: 'group' as const, id: groupId, connection_id: connection.id, left: true as const } };
  }),
];
