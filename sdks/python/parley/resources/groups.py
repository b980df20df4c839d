# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
from typing import List, Literal, Mapping, Optional, Union

from .._client import APIResource, path_param
from .._options import NOT_GIVEN, NotGiven, RequestOptions
from .._response import APIResponse
from ..types import ConnectionId, Group, GroupCreated, GroupInvite, GroupJid, GroupLeft, GroupList, GroupParticipantResults


class Groups(APIResource):
    """The WhatsApp groups of a connected number: list and read them, create them, change their subject,
    description and settings, manage participants (each with its own result), the invite link, join and leave.
    A group is named by WhatsApp's id, such as `120363012345678901@g.us`, in paths and as `to` of a message.
    Changes, whether made through the API, on a phone or by other participants, write events: `group.created`,
    `group.updated`, `group.participants_changed`, `group.joined`, `group.left`.
    """

    def list(
        self,
        id: ConnectionId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> GroupList:
        """List the groups of a connection

        The WhatsApp groups the connection's number is in, with their participants, as WhatsApp knows them now.
        The connection must be `connected` (409 `connection_not_connected` otherwise).
        """
        return self._request(
            "get",
            f"/v1/connections/{path_param(id)}/groups",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def create(
        self,
        id: ConnectionId,
        *,
        subject: str,
        participants: List[str],
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> GroupCreated:
        """Create a group

        Creates a group with the connection's number as its creator (superadmin) and the given participants.
        Each participant gets its own result in `participant_results`: a number that is not on WhatsApp
        (`participant_not_on_whatsapp`), whose privacy settings forbid being added (`participant_privacy_restricted`:
        send them the invite link instead) or who left recently (`participant_recently_left`) fails alone, with
        WhatsApp's reason. The connection must be `connected` (409 `connection_not_connected` otherwise).
        In test mode the sandbox simulates groups; `+14155550101` is not on WhatsApp.
        """
        return self._request(
            "post",
            f"/v1/connections/{path_param(id)}/groups",
            body={"subject": subject, "participants": participants},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def join(
        self,
        id: ConnectionId,
        *,
        invite_code: str,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Group:
        """Join a group by invite code

        Joins the group of an invite code (the part after `https://chat.whatsapp.com/`) and returns it. 400
        `group_invite_invalid` when the code is not valid or was revoked. The connection must be `connected` (409 `connection_not_connected` otherwise).
        """
        return self._request(
            "post",
            f"/v1/connections/{path_param(id)}/groups/join",
            body={"invite_code": invite_code},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def retrieve(
        self,
        id: ConnectionId,
        group_id: GroupJid,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Group:
        """Retrieve a group

        Subject, description, settings and participants (phone number and LID where WhatsApp gives them, and
        role). 404 `group_not_found` when the connection's number is not in the group (a group of another
        connection included). The connection must be `connected` (409 `connection_not_connected` otherwise).
        """
        return self._request(
            "get",
            f"/v1/connections/{path_param(id)}/groups/{path_param(group_id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def update(
        self,
        id: ConnectionId,
        group_id: GroupJid,
        *,
        subject: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        announce: Union[bool, NotGiven] = NOT_GIVEN,
        locked: Union[bool, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Group:
        """Update a group

        Changes the subject, the description (null removes it) and the settings: `announce` (only admins send
        messages) and `locked` (only admins change the group's info). Settings need an admin, and so do the subject
        and description of a locked group: 403 `group_admin_required` otherwise. The connection must be `connected` (409 `connection_not_connected` otherwise).
        """
        return self._request(
            "patch",
            f"/v1/connections/{path_param(id)}/groups/{path_param(group_id)}",
            body={"subject": subject, "description": description, "announce": announce, "locked": locked},
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def update_participants(
        self,
        id: ConnectionId,
        group_id: GroupJid,
        *,
        action: Literal["add", "remove", "promote", "demote"],
        participants: List[str],
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> GroupParticipantResults:
        """Add, remove, promote or demote participants

        Applies one action to up to 50 participants; admins only (403 `group_admin_required`). Each participant
        gets its own result: `ok`, or `failed` with a code (`participant_not_on_whatsapp`,
        `participant_privacy_restricted`, `participant_already_in_group`, `participant_not_in_group`,
        `participant_recently_left`, `not_authorized` for the group's creator, `participant_update_failed`). The connection must be `connected` (409 `connection_not_connected` otherwise).
        After a removal (through Parley or by anyone on WhatsApp), the connection's next message to the group is
        encrypted with a new sender key, given only to the participants left, so those removed cannot read it.
        """
        return self._request(
            "post",
            f"/v1/connections/{path_param(id)}/groups/{path_param(group_id)}/participants",
            body={"action": action, "participants": participants},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def invite(
        self,
        id: ConnectionId,
        group_id: GroupJid,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> GroupInvite:
        """Retrieve the invite link of a group

        The group's current invite code and link; admins only (403 `group_admin_required`). The connection must be `connected` (409 `connection_not_connected` otherwise).
        """
        return self._request(
            "get",
            f"/v1/connections/{path_param(id)}/groups/{path_param(group_id)}/invite",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def revoke_invite(
        self,
        id: ConnectionId,
        group_id: GroupJid,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> GroupInvite:
        """Revoke the invite link of a group

        Revokes the current invite link (it stops working at once) and returns the new one; admins only. The connection must be `connected` (409 `connection_not_connected` otherwise).
        """
        return self._request(
            "post",
            f"/v1/connections/{path_param(id)}/groups/{path_param(group_id)}/invite",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def leave(
        self,
        id: ConnectionId,
        group_id: GroupJid,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> GroupLeft:
        """Leave a group

        The connection's number leaves the group. The connection must be `connected` (409 `connection_not_connected` otherwise).
        """
        return self._request(
            "post",
            f"/v1/connections/{path_param(id)}/groups/{path_param(group_id)}/leave",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )


class GroupsWithRawResponse(APIResource):
    """`Groups` answering `APIResponse` objects: the data with the status, headers and request id."""

    _raw = True

    def list(
        self,
        id: ConnectionId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[GroupList]:
        """`Groups.list` with the whole answer."""
        return self._request(
            "get",
            f"/v1/connections/{path_param(id)}/groups",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def create(
        self,
        id: ConnectionId,
        *,
        subject: str,
        participants: List[str],
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[GroupCreated]:
        """`Groups.create` with the whole answer."""
        return self._request(
            "post",
            f"/v1/connections/{path_param(id)}/groups",
            body={"subject": subject, "participants": participants},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def join(
        self,
        id: ConnectionId,
        *,
        invite_code: str,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Group]:
        """`Groups.join` with the whole answer."""
        return self._request(
            "post",
            f"/v1/connections/{path_param(id)}/groups/join",
            body={"invite_code": invite_code},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def retrieve(
        self,
        id: ConnectionId,
        group_id: GroupJid,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Group]:
        """`Groups.retrieve` with the whole answer."""
        return self._request(
            "get",
            f"/v1/connections/{path_param(id)}/groups/{path_param(group_id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def update(
        self,
        id: ConnectionId,
        group_id: GroupJid,
        *,
        subject: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        announce: Union[bool, NotGiven] = NOT_GIVEN,
        locked: Union[bool, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Group]:
        """`Groups.update` with the whole answer."""
        return self._request(
            "patch",
            f"/v1/connections/{path_param(id)}/groups/{path_param(group_id)}",
            body={"subject": subject, "description": description, "announce": announce, "locked": locked},
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def update_participants(
        self,
        id: ConnectionId,
        group_id: GroupJid,
        *,
        action: Literal["add", "remove", "promote", "demote"],
        participants: List[str],
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[GroupParticipantResults]:
        """`Groups.update_participants` with the whole answer."""
        return self._request(
            "post",
            f"/v1/connections/{path_param(id)}/groups/{path_param(group_id)}/participants",
            body={"action": action, "participants": participants},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def invite(
        self,
        id: ConnectionId,
        group_id: GroupJid,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[GroupInvite]:
        """`Groups.invite` with the whole answer."""
        return self._request(
            "get",
            f"/v1/connections/{path_param(id)}/groups/{path_param(group_id)}/invite",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def revoke_invite(
        self,
        id: ConnectionId,
        group_id: GroupJid,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[GroupInvite]:
        """`Groups.revoke_invite` with the whole answer."""
        return self._request(
            "post",
            f"/v1/connections/{path_param(id)}/groups/{path_param(group_id)}/invite",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def leave(
        self,
        id: ConnectionId,
        group_id: GroupJid,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[GroupLeft]:
        """`Groups.leave` with the whole answer."""
        return self._request(
            "post",
            f"/v1/connections/{path_param(id)}/groups/{path_param(group_id)}/leave",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )
