// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

import { APIResource, parseJson, pathParam } from '../core/index.js';
import type { APIPromise, PagePromise, RequestOptions } from '../core/index.js';
import type { AcceptInvitationRequest, CreateInvitationRequest, DeletedMember, Invitation, InvitationList, Member, Session, UpdateMemberRequest, UserId } from '../types.js';

/**
 * The people of an account and their roles (owner, admin, developer, viewer; see `MemberRole`), and
 * invitations by email. Every operation names the least role that may call it in `x-parley-role`; a call
 * below it gets `403 insufficient_role`. API keys act as a developer, or as a viewer when `read_only`.
 */
export class Members extends APIResource {
  /**
   * List the account's members
   *
   * Everyone who belongs to the account, with their role, oldest first by user id.
   */
  list(query: MembersListParams = {}, options?: RequestOptions): PagePromise<Member> {
    return this._client.requestPage<Member>({ method: 'get', path: '/v1/members', query }, options);
  }

  /**
   * Change a member's role
   *
   * Owners and admins change roles; only an owner makes someone an owner or changes an owner's role
   * (`403 insufficient_role`). The last owner cannot stop being one (`409 last_owner`). The member's
   * sessions act with the new role from their next request.
   */
  update(id: UserId, body: UpdateMemberRequest, options?: RequestOptions): APIPromise<Member> {
    return this._client.request({ method: 'patch', path: `/v1/members/${pathParam(id)}`, idempotent: true, body }, options, parseJson<Member>);
  }

  /**
   * Remove a member
   *
   * Takes the person out of the account (yourself included) and ends their sessions in it at once; their
   * user, and their other accounts, stay. Only an owner removes an owner; the last owner cannot be removed
   * (`409 last_owner`).
   */
  remove(id: UserId, options?: RequestOptions): APIPromise<DeletedMember> {
    return this._client.request({ method: 'delete', path: `/v1/members/${pathParam(id)}` }, options, parseJson<DeletedMember>);
  }

  /**
   * List pending invitations
   *
   * Invitations not accepted or revoked, newest first; expired ones show `status` `expired`.
   */
  listInvitations(options?: RequestOptions): APIPromise<InvitationList> {
    return this._client.request({ method: 'get', path: '/v1/members/invitations' }, options, parseJson<InvitationList>);
  }

  /**
   * Invite someone by email
   *
   * Emails a single-use link to join the account with `role` (valid for `INVITATION_TTL_DAYS`, 7 by default).
   * Inviting an address with a pending invitation replaces it (the older link stops working). Members and
   * pending invitations count against the plan's `team_members` limit (`403 plan_limit_reached`). Only an
   * owner invites owners; `409 already_member` for an address that belongs to the account.
   */
  invite(body: CreateInvitationRequest, options?: RequestOptions): APIPromise<Invitation> {
    return this._client.request({ method: 'post', path: '/v1/members/invitations', idempotent: true, body }, options, parseJson<Invitation>);
  }

  /**
   * Revoke an invitation
   *
   * Its link stops working. `409 invitation_accepted` once it was accepted (remove the member instead).
   */
  revokeInvitation(id: string, options?: RequestOptions): APIPromise<Invitation> {
    return this._client.request({ method: 'delete', path: `/v1/members/invitations/${pathParam(id)}` }, options, parseJson<Invitation>);
  }

  /**
   * Accept an invitation
   *
   * With the token from the invitation email and a password: an address with no Parley user gets one with
   * this password; an address that has one must give its password (`401 invalid_credentials`). The person
   * becomes a member with the invited role and gets a console session in that account (the
   * `parley_session` cookie). Token errors (`400`, `param: token`): `token_invalid`, `token_used`,
   * `token_revoked`, `token_expired`.
   */
  acceptInvitation(body: AcceptInvitationRequest, options?: RequestOptions): APIPromise<Session> {
    return this._client.request({ method: 'post', path: '/v1/members/invitations/accept', idempotent: true, body }, options, parseJson<Session>);
  }
}

export type MembersListParams = {
  /**
   * How many objects to return, 1 to 100.
   * @default 10
   */
  limit?: number;
  /**
   * An object id; returns the page of objects that come after it (older).
   */
  starting_after?: string;
  /**
   * An object id; returns the page of objects that come before it (newer).
   */
  ending_before?: string;
};
