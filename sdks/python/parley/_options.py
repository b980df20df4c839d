from typing import Mapping, NamedTuple, Optional


class NotGiven:
    """The default of optional arguments, so that `None` can still be sent as JSON `null`."""

    _instance: "Optional[NotGiven]" = None

    def __new__(cls) -> "NotGiven":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


class RequestOptions(NamedTuple):
    """What every method takes besides the operation's own arguments; `None` keeps the client's setting."""

    #: Sent as `Idempotency-Key` (POST only); by default one is generated per call and reused on its retries.
    idempotency_key: Optional[str] = None
    #: Seconds to wait for each attempt to connect and for each piece of its answer.
    timeout: Optional[float] = None
    max_retries: Optional[int] = None
    extra_headers: Optional[Mapping[str, str]] = None
