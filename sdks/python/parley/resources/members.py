# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
from typing import Mapping, Optional, Union

from .._client import APIResource, path_param
from .._options import NOT_GIVEN, NotGiven, RequestOptions
from .._pagination import Page
from .._response import APIResponse
from ..types import DeletedMember, Invitation, InvitationList, Member, MemberRole, Session, UserId


class Members(APIResource):
    """The people of an account and their roles (owner, admin, developer, viewer; see `MemberRole`), and
    invitations by email. Every operation names the least role that may call it in `x-parley-role`; a call
    below it gets `403 insufficient_role`. API keys act as a developer, or as a viewer when `read_only`.
    """

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Page[Member]:
        """List the account's members

        Everyone who belongs to the account, with their role, oldest first by user id.
        """
        return self._request_page(
            "get",
            "/v1/members",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def update(
        self,
        id: UserId,
        *,
        role: MemberRole,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Member:
        """Change a member's role

        Owners and admins change roles; only an owner makes someone an owner or changes an owner's role
        (`403 insufficient_role`). The last owner cannot stop being one (`409 last_owner`). The member's
        sessions act with the new role from their next request.
        """
        return self._request(
            "patch",
            f"/v1/members/{path_param(id)}",
            body={"role": role},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def remove(
        self,
        id: UserId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> DeletedMember:
        """Remove a member

        Takes the person out of the account (yourself included) and ends their sessions in it at once; their
        user, and their other accounts, stay. Only an owner removes an owner; the last owner cannot be removed
        (`409 last_owner`).
        """
        return self._request(
            "delete",
            f"/v1/members/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def list_invitations(
        self,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> InvitationList:
        """List pending invitations

        Invitations not accepted or revoked, newest first; expired ones show `status` `expired`.
        """
        return self._request(
            "get",
            "/v1/members/invitations",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def invite(
        self,
        *,
        email: str,
        role: MemberRole,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Invitation:
        """Invite someone by email

        Emails a single-use link to join the account with `role` (valid for `INVITATION_TTL_DAYS`, 7 by default).
        Inviting an address with a pending invitation replaces it (the older link stops working). Members and
        pending invitations count against the plan's `team_members` limit (`403 plan_limit_reached`). Only an
        owner invites owners; `409 already_member` for an address that belongs to the account.
        """
        return self._request(
            "post",
            "/v1/members/invitations",
            body={"email": email, "role": role},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def revoke_invitation(
        self,
        id: str,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Invitation:
        """Revoke an invitation

        Its link stops working. `409 invitation_accepted` once it was accepted (remove the member instead).
        """
        return self._request(
            "delete",
            f"/v1/members/invitations/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def accept_invitation(
        self,
        *,
        token: str,
        password: str,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Session:
        """Accept an invitation

        With the token from the invitation email and a password: an address with no Parley user gets one with
        this password; an address that has one must give its password (`401 invalid_credentials`). The person
        becomes a member with the invited role and gets a console session in that account (the
        `parley_session` cookie). Token errors (`400`, `param: token`): `token_invalid`, `token_used`,
        `token_revoked`, `token_expired`.
        """
        return self._request(
            "post",
            "/v1/members/invitations/accept",
            body={"token": token, "password": password},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )


class MembersWithRawResponse(APIResource):
    """`Members` answering `APIResponse` objects: the data with the status, headers and request id."""

    _raw = True

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Page[Member]]:
        """`Members.list` with the whole answer."""
        return self._request_page(
            "get",
            "/v1/members",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def update(
        self,
        id: UserId,
        *,
        role: MemberRole,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Member]:
        """`Members.update` with the whole answer."""
        return self._request(
            "patch",
            f"/v1/members/{path_param(id)}",
            body={"role": role},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def remove(
        self,
        id: UserId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[DeletedMember]:
        """`Members.remove` with the whole answer."""
        return self._request(
            "delete",
            f"/v1/members/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def list_invitations(
        self,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[InvitationList]:
        """`Members.list_invitations` with the whole answer."""
        return self._request(
            "get",
            "/v1/members/invitations",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def invite(
        self,
        *,
        email: str,
        role: MemberRole,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Invitation]:
        """`Members.invite` with the whole answer."""
        return self._request(
            "post",
            "/v1/members/invitations",
            body={"email": email, "role": role},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def revoke_invitation(
        self,
        id: str,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Invitation]:
        """`Members.revoke_invitation` with the whole answer."""
        return self._request(
            "delete",
            f"/v1/members/invitations/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def accept_invitation(
        self,
        *,
        token: str,
        password: str,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Session]:
        """`Members.accept_invitation` with the whole answer."""
        return self._request(
            "post",
            "/v1/members/invitations/accept",
            body={"token": token, "password": password},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )
