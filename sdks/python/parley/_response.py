from email.message import Message
from typing import Generic, Optional, TypeVar

# Covariant: an APIResponse[Download] is an APIResponse[Union[Download, str]], as the data is only read.
T = TypeVar("T", covariant=True)


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

    def __repr__(self) -> str:
        return f"<APIResponse status={self.status} request_id={self.request_id}>"
