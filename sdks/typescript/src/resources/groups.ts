// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

import { APIResource, parseJson, pathParam } from '../core/index.js';
import type { APIPromise, RequestOptions } from '../core/index.js';
import type { ConnectionId, CreateGroupRequest, Group, GroupCreated, GroupInvite, GroupJid, GroupLeft, GroupList, GroupParticipantResults, GroupParticipantsRequest, JoinGroupRequest, UpdateGroupRequest } from '../types.js';

/**
 * The WhatsApp groups of a connected number: list and read them, create them, change their subject,
 * description and settings, manage participants (each with its own result), the invite link, join and leave.
 * A group is named by WhatsApp's id, such as `120363012345678901@g.us`, in paths and as `to` of a message.
 * Changes, whether made through the API, on a phone or by other participants, write events: `group.created`,
 * `group.updated`, `group.participants_changed`, `group.joined`, `group.left`.
 */
export class Groups extends APIResource {
  /**
   * List the groups of a connection
   *
   * The WhatsApp groups the connection's number is in, with their participants, as WhatsApp knows them now.
   * The connection must be `connected` (409 `connection_not_connected` otherwise).
   */
  list(id: ConnectionId, options?: RequestOptions): APIPromise<GroupList> {
    return this._client.request({ method: 'get', path: `/v1/connections/${pathParam(id)}/groups` }, options, parseJson<GroupList>);
  }

  /**
   * Create a group
   *
   * Creates a group with the connection's number as its creator (superadmin) and the given participants.
   * Each participant gets its own result in `participant_results`: a number that is not on WhatsApp
   * (`participant_not_on_whatsapp`), whose privacy settings forbid being added (`participant_privacy_restricted`:
   * send them the invite link instead) or who left recently (`participant_recently_left`) fails alone, with
   * WhatsApp's reason. The connection must be `connected` (409 `connection_not_connected` otherwise).
   * In test mode the sandbox simulates groups; `+14155550101` is not on WhatsApp.
   */
  create(id: ConnectionId, body: CreateGroupRequest, options?: RequestOptions): APIPromise<GroupCreated> {
    return this._client.request({ method: 'post', path: `/v1/connections/${pathParam(id)}/groups`, idempotent: true, body }, options, parseJson<GroupCreated>);
  }

  /**
   * Join a group by invite code
   *
   * Joins the group of an invite code (the part after `https://chat.whatsapp.com/`) and returns it. 400
   * `group_invite_invalid` when the code is not valid or was revoked. The connection must be `connected` (409 `connection_not_connected` otherwise).
   */
  join(id: ConnectionId, body: JoinGroupRequest, options?: RequestOptions): APIPromise<Group> {
    return this._client.request({ method: 'post', path: `/v1/connections/${pathParam(id)}/groups/join`, idempotent: true, body }, options, parseJson<Group>);
  }

  /**
   * Retrieve a group
   *
   * Subject, description, settings and participants (phone number and LID where WhatsApp gives them, and
   * role). 404 `group_not_found` when the connection's number is not in the group (a group of another
   * connection included). The connection must be `connected` (409 `connection_not_connected` otherwise).
   */
  retrieve(id: ConnectionId, groupId: GroupJid, options?: RequestOptions): APIPromise<Group> {
    return this._client.request({ method: 'get', path: `/v1/connections/${pathParam(id)}/groups/${pathParam(groupId)}` }, options, parseJson<Group>);
  }

  /**
   * Update a group
   *
   * Changes the subject, the description (null removes it) and the settings: `announce` (only admins send
   * messages) and `locked` (only admins change the group's info). Settings need an admin, and so do the subject
   * and description of a locked group: 403 `group_admin_required` otherwise. The connection must be `connected` (409 `connection_not_connected` otherwise).
   */
  update(id: ConnectionId, groupId: GroupJid, body: UpdateGroupRequest, options?: RequestOptions): APIPromise<Group> {
    return this._client.request({ method: 'patch', path: `/v1/connections/${pathParam(id)}/groups/${pathParam(groupId)}`, body }, options, parseJson<Group>);
  }

  /**
   * Add, remove, promote or demote participants
   *
   * Applies one action to up to 50 participants; admins only (403 `group_admin_required`). Each participant
   * gets its own result: `ok`, or `failed` with a code (`participant_not_on_whatsapp`,
   * `participant_privacy_restricted`, `participant_already_in_group`, `participant_not_in_group`,
   * `participant_recently_left`, `not_authorized` for the group's creator, `participant_update_failed`). The connection must be `connected` (409 `connection_not_connected` otherwise).
   * After a removal (through Parley or by anyone on WhatsApp), the connection's next message to the group is
   * encrypted with a new sender key, given only to the participants left, so those removed cannot read it.
   */
  updateParticipants(id: ConnectionId, groupId: GroupJid, body: GroupParticipantsRequest, options?: RequestOptions): APIPromise<GroupParticipantResults> {
    return this._client.request({ method: 'post', path: `/v1/connections/${pathParam(id)}/groups/${pathParam(groupId)}/participants`, idempotent: true, body }, options, parseJson<GroupParticipantResults>);
  }

  /**
   * Retrieve the invite link of a group
   *
   * The group's current invite code and link; admins only (403 `group_admin_required`). The connection must be `connected` (409 `connection_not_connected` otherwise).
   */
  invite(id: ConnectionId, groupId: GroupJid, options?: RequestOptions): APIPromise<GroupInvite> {
    return this._client.request({ method: 'get', path: `/v1/connections/${pathParam(id)}/groups/${pathParam(groupId)}/invite` }, options, parseJson<GroupInvite>);
  }

  /**
   * Revoke the invite link of a group
   *
   * Revokes the current invite link (it stops working at once) and returns the new one; admins only. The connection must be `connected` (409 `connection_not_connected` otherwise).
   */
  revokeInvite(id: ConnectionId, groupId: GroupJid, options?: RequestOptions): APIPromise<GroupInvite> {
    return this._client.request({ method: 'post', path: `/v1/connections/${pathParam(id)}/groups/${pathParam(groupId)}/invite`, idempotent: true }, options, parseJson<GroupInvite>);
  }

  /**
   * Leave a group
   *
   * The connection's number leaves the group. The connection must be `connected` (409 `connection_not_connected` otherwise).
   */
  leave(id: ConnectionId, groupId: GroupJid, options?: RequestOptions): APIPromise<GroupLeft> {
    return this._client.request({ method: 'post', path: `/v1/connections/${pathParam(id)}/groups/${pathParam(groupId)}/leave`, idempotent: true }, options, parseJson<GroupLeft>);
  }
}
