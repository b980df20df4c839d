# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
from typing import List, Mapping, Optional, Union

from .._client import APIResource, path_param
from .._options import NOT_GIVEN, NotGiven, RequestOptions
from .._pagination import Page
from .._response import APIResponse
from .._streaming import Stream
from ..types import Event, EventId


class Events(APIResource):
    """Every change in an account (a connection's state, a message's status, an inbound message, the
    suppression list) is written as an event in the same transaction as the change. List them, follow
    them live, or receive them as webhooks; the `webhooks` section lists every type and its payload.
    """

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        type: Union[List[str], NotGiven] = NOT_GIVEN,
        created_after: Union[str, NotGiven] = NOT_GIVEN,
        created_before: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Page[Event]:
        """List events

        The events of the calling mode, newest first. Events are kept with the account; page through them with
        `starting_after` to catch up on what happened while you were away.
        """
        return self._request_page(
            "get",
            "/v1/events",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before, "type": type, "created_after": created_after, "created_before": created_before},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def stream(
        self,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Stream[Event]:
        """Follow events as they happen

        A server-sent-events stream of the calling mode's events, each sent once its transaction has committed
        (a change that is rolled back is never sent). Each message (`EventStreamMessage`) has `id:` (the event id),
        `event:` (its type) and one `data:` line holding the `Event` JSON. The stream opens with `retry: 3000`
        (reconnect after 3 seconds) and no data. Comments (`: keep-alive`, every 15 seconds) keep idle proxies
        from closing it. A client that reconnects with `Last-Event-ID` (browsers' EventSource does this on its own)
        first gets the events it missed, oldest first, up to 1,000; to catch up on more, page through
        `GET /v1/events`. A client that reads too slowly is disconnected, and catches up the same way. Meant for
        the console and local development; for delivery to your servers use webhooks.
        """
        return self._request_stream(
            "get",
            "/v1/events/stream",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def retrieve(
        self,
        id: EventId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Event:
        """Retrieve an event"""
        return self._request(
            "get",
            f"/v1/events/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )


class EventsWithRawResponse(APIResource):
    """`Events` answering `APIResponse` objects: the data with the status, headers and request id."""

    _raw = True

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        type: Union[List[str], NotGiven] = NOT_GIVEN,
        created_after: Union[str, NotGiven] = NOT_GIVEN,
        created_before: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Page[Event]]:
        """`Events.list` with the whole answer."""
        return self._request_page(
            "get",
            "/v1/events",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before, "type": type, "created_after": created_after, "created_before": created_before},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def stream(
        self,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Stream[Event]]:
        """`Events.stream` with the whole answer."""
        return self._request_stream(
            "get",
            "/v1/events/stream",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def retrieve(
        self,
        id: EventId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Event]:
        """`Events.retrieve` with the whole answer."""
        return self._request(
            "get",
            f"/v1/events/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )
