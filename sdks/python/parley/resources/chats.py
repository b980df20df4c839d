# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
from typing import Mapping, Optional, Union

from .._client import APIResource, path_param
from .._options import NOT_GIVEN, NotGiven, RequestOptions
from .._pagination import Page
from .._response import APIResponse
from ..types import Chat, ChatId, ChatPresence, ChatState, ConnectionId, Message, PresenceSubscription


class Chats(APIResource):
    """Conversations per connection and other party, for support tools. In a chat the number can show typing or
    recording (`POST /v1/chats/{id}/presence`), follow the other party's presence (`presence.updated` events
    after `POST /v1/chats/{id}/presence/subscribe`), and send read receipts (`POST /v1/chats/{id}/read`).
    """

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        connection_id: Union[ConnectionId, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Page[Chat]:
        """List chats

        One chat per connection and other party, with the last message and the number of messages received
        since the chat was last marked read. Most recently active first.
        """
        return self._request_page(
            "get",
            "/v1/chats",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before, "connection_id": connection_id},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def retrieve(
        self,
        id: ChatId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Chat:
        """Retrieve a chat"""
        return self._request(
            "get",
            f"/v1/chats/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def list_messages(
        self,
        id: ChatId,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Page[Message]:
        """List a chat's messages

        Both directions, newest first.
        """
        return self._request_page(
            "get",
            f"/v1/chats/{path_param(id)}/messages",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def mark_read(
        self,
        id: ChatId,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Chat:
        """Mark a chat read

        Sets the chat's `unread_count` to 0 and sends WhatsApp read receipts (blue ticks) for the messages it
        covers: the unread messages the other party sent, the newest 250 at most. Receipts go once the change is
        committed, when the connection is connected at that moment; a connection that is not connected marks the
        chat read in Parley only (receipts are not sent later). The number's own privacy setting decides whether
        the sender sees them.
        """
        return self._request(
            "post",
            f"/v1/chats/{path_param(id)}/read",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def send_presence(
        self,
        id: ChatId,
        *,
        state: ChatState,
        duration: Union[int, NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> ChatPresence:
        """Show typing or recording in a chat

        Shows the other party of the chat that this number is typing (`typing`) or recording a voice note
        (`recording`), or clears it (`paused`), through the chat's connection. With `duration` (1 to 60 seconds)
        Parley clears it by itself when the time is up; without it, the indicator lasts until you send `paused` or a
        message (WhatsApp also drops it on its own after a while). A new state for the same chat replaces the
        previous one and its timer. The connection must be connected: otherwise `409 connection_not_connected` and
        nothing is sent. In a group's chat (`group_id` set) the state goes to the group: its participants see
        this number typing there.
        """
        return self._request(
            "post",
            f"/v1/chats/{path_param(id)}/presence",
            body={"state": state, "duration": duration},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def subscribe_presence(
        self,
        id: ChatId,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> PresenceSubscription:
        """Follow a contact's presence

        Asks WhatsApp for the presence of the chat's other party: WhatsApp reports a contact's presence only to numbers
        that subscribed to it. Each report is a `presence.updated` event (online or offline with the last time seen
        when their privacy settings allow it, typing, recording). The subscription lasts while the connection is
        connected; Parley renews it when the connection reconnects on the same worker. After a restart, or when
        another worker takes the connection over, subscribe again. The connection must be connected: otherwise
        `409 connection_not_connected`.
        """
        return self._request(
            "post",
            f"/v1/chats/{path_param(id)}/presence/subscribe",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )


class ChatsWithRawResponse(APIResource):
    """`Chats` answering `APIResponse` objects: the data with the status, headers and request id."""

    _raw = True

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        connection_id: Union[ConnectionId, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Page[Chat]]:
        """`Chats.list` with the whole answer."""
        return self._request_page(
            "get",
            "/v1/chats",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before, "connection_id": connection_id},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def retrieve(
        self,
        id: ChatId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Chat]:
        """`Chats.retrieve` with the whole answer."""
        return self._request(
            "get",
            f"/v1/chats/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def list_messages(
        self,
        id: ChatId,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Page[Message]]:
        """`Chats.list_messages` with the whole answer."""
        return self._request_page(
            "get",
            f"/v1/chats/{path_param(id)}/messages",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def mark_read(
        self,
        id: ChatId,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Chat]:
        """`Chats.mark_read` with the whole answer."""
        return self._request(
            "post",
            f"/v1/chats/{path_param(id)}/read",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def send_presence(
        self,
        id: ChatId,
        *,
        state: ChatState,
        duration: Union[int, NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[ChatPresence]:
        """`Chats.send_presence` with the whole answer."""
        return self._request(
            "post",
            f"/v1/chats/{path_param(id)}/presence",
            body={"state": state, "duration": duration},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def subscribe_presence(
        self,
        id: ChatId,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[PresenceSubscription]:
        """`Chats.subscribe_presence` with the whole answer."""
        return self._request(
            "post",
            f"/v1/chats/{path_param(id)}/presence/subscribe",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )
