# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
from typing import Mapping, Optional, Union

from .._client import APIResource, path_param
from .._options import NOT_GIVEN, NotGiven, RequestOptions
from .._pagination import Page
from .._response import APIResponse
from ..types import Chat, ChatId, ConnectionId, Message


class Chats(APIResource):
    """Conversations per connection and other party, for support tools."""

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

        Sets the chat's `unread_count` to 0 in Parley (no read receipt is sent to WhatsApp).
        """
        return self._request(
            "post",
            f"/v1/chats/{path_param(id)}/read",
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
