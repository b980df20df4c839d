"""Live streams (`events.stream()`, `connections.events(id)`): iterators of the parsed `data:` payloads.

They survive dropped connections: after a drop the stream waits the server's `retry:` delay, reopens with
`Last-Event-ID` set to the last id seen (so no event is missed) and carries on. `close()`, leaving a `with`
block or a reconnection answered 404 (the connection it followed was deleted) end it.
"""

import json
import threading
from typing import Any, Callable, Generic, Iterator, List, NamedTuple, Optional, TypeVar

from ._errors import NotFoundError, ParleyError
from ._http import HttpResponse, TransportError

T = TypeVar("T")

_DEFAULT_RECONNECT_DELAY = 1.0


class ServerSentEvent(NamedTuple):
    """One message of a `text/event-stream`, as the HTML standard's event-stream parsing defines it."""

    event: str
    data: str
    id: Optional[str]
    #: The reconnection delay the server asks for, in milliseconds.
    retry: Optional[int]


class SSEDecoder:
    """Feeds on lines (without their line break) and returns each message when its closing blank line comes."""

    def __init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        self._event: Optional[str] = None
        self._data: List[str] = []
        self._id: Optional[str] = None
        self._retry: Optional[int] = None
        self._touched = False

    def feed(self, line: str) -> Optional[ServerSentEvent]:
        if line == "":
            message = ServerSentEvent(self._event or "message", "\n".join(self._data), self._id, self._retry)
            touched = self._touched
            self._reset()
            return message if touched else None
        if line.startswith(":"):
            return None  # a comment: keep-alives
        field, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if field == "data":
            self._data.append(value)
        elif field == "event":
            self._event = value
        elif field == "id" and "\0" not in value:
            self._id = value
        elif field == "retry" and value.isdigit():
            self._retry = int(value)
        else:
            return None
        self._touched = True
        return None


def read_server_sent_events(response: HttpResponse) -> Iterator[ServerSentEvent]:
    """The messages of a streamed body, read line by line; a message cut off by the end of the body is dropped."""
    decoder = SSEDecoder()
    while True:
        line = response.readline()
        if not line:
            return
        message = decoder.feed(line.decode("utf-8").rstrip("\r\n"))
        if message is not None:
            yield message


class Stream(Generic[T]):
    def __init__(self, response: HttpResponse, reopen: Callable[[Optional[str]], HttpResponse]) -> None:
        self._response = response
        self._reopen = reopen
        self._closed = threading.Event()
        self._iterating = False
        self._reconnect_delay = _DEFAULT_RECONNECT_DELAY
        #: The id of the last event received: where a reconnection resumes.
        self.last_event_id: Optional[str] = None
        #: How many times the stream reconnected after a drop.
        self.reconnections = 0

    def close(self) -> None:
        """Closes the connection; the iteration ends (also when called from another thread)."""
        self._closed.set()
        self._response.close()

    @property
    def closed(self) -> bool:
        return self._closed.is_set()

    def __enter__(self) -> "Stream[T]":
        return self

    def __exit__(self, *_: Any) -> None:
        self.close()

    def __iter__(self) -> Iterator[T]:
        if self._iterating:
            raise ParleyError("A stream can be iterated once")
        self._iterating = True
        try:
            while not self._closed.is_set():
                try:
                    for message in read_server_sent_events(self._response):
                        if message.id is not None:
                            self.last_event_id = message.id
                        if message.retry is not None:
                            self._reconnect_delay = message.retry / 1000
                        if message.data:
                            yield _parse_data(message)
                except TransportError:
                    pass  # the connection dropped mid-stream: reconnect below
                self._response.close()
                # Event.wait doubles as a sleep that close() cuts short.
                if self._closed.wait(self._reconnect_delay):
                    return
                try:
                    self._response = self._reopen(self.last_event_id)
                except NotFoundError:
                    return  # what the stream followed is gone (a deleted connection's stream ends after connection.deleted)
                if self._closed.is_set():
                    self._response.close()
                    return
                self.reconnections += 1
        finally:
            self.close()


def _parse_data(message: ServerSentEvent) -> Any:
    try:
        return json.loads(message.data)
    except ValueError:
        raise ParleyError(f"Parley sent a {message.event} stream event whose data is not JSON: {message.data[:200]}") from None
