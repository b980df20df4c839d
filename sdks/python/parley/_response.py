from email.message import Message
from typing import Generic, NamedTuple, Optional, TypeVar

# Covariant: an APIResponse[Download] is an APIResponse[Union[Download, str]], as the data is only read.
T = TypeVar("T", covariant=True)


class RateLimit(NamedTuple):
    """The `RateLimit-*` headers of an answer."""

    #: Requests allowed per window.
    limit: int
    #: Requests left in the current window.
    remaining: int
    #: Seconds until the window resets.
    reset: int


class APIResponse(Generic[T]):
    """A call's data with the answer it came in: status, headers (case-insensitive) and request id.

    `parley.with_raw_response.<resource>.<method>(...)` answers these.
    """

    def __init__(self, data: T, status: int, headers: Message) -> None:
        self.data = data
        self.status = status
        self.headers = headers

    @property
    def request_id(self) -> Optional[str]:
        """The `Request-Id` Parley gave this answer: quote it when asking for help."""
        return self.headers.get("request-id")

    @property
    def rate_limit(self) -> Optional[RateLimit]:
        """The answer's `RateLimit-Limit`, `-Remaining` and `-Reset`; None unless all three came as numbers."""
        try:
            return RateLimit(*(int(self.headers.get(f"ratelimit-{part}", "")) for part in RateLimit._fields))
        except ValueError:
            return None

    def __repr__(self) -> str:
        return f"<APIResponse status={self.status} request_id={self.request_id}>"
