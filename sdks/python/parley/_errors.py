"""Every error the SDK raises.

An answer from Parley becomes an `APIError` subclass chosen by its status in `make_api_error`, the only place that
maps statuses to classes; failing to reach Parley at all is an `APIConnectionError`.
"""

import json
import re
from email.message import Message
from typing import Any, Dict, Mapping, Optional, Type

__all__ = [
    "ParleyError",
    "APIError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "APIConnectionError",
    "APIConnectionTimeoutError",
    "WebhookVerificationError",
]


class ParleyError(Exception):
    """The base of every error raised by the SDK."""


class APIError(ParleyError):
    """Parley answered with an error status, or with a body the SDK could not read."""

    #: The HTTP status.
    status: int
    #: Parley's stable snake_case error code, such as `parameter_invalid`.
    code: Optional[str]
    #: The error's type, such as `invalid_request_error`.
    type: Optional[str]
    #: The parameter or header the error is about, when there is one.
    param: Optional[str]
    #: The `Request-Id` of the answer: quote it when asking for help.
    request_id: Optional[str]
    headers: Message
    #: The body: parsed JSON when it was JSON, else the text.
    body: Any

    def __init__(self, message: str, *, status: int, body: Any, headers: Message) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.body = body
        self.headers = headers
        error = _error_object(body)
        self.error: Optional[Dict[str, Any]] = error
        self.code = _text(error, "code")
        self.type = _text(error, "type")
        self.param = _text(error, "param")
        self.request_id = headers.get("request-id") or _text(error, "request_id")


class BadRequestError(APIError):
    """400: the request is malformed or a parameter is invalid (see `param`)."""


class AuthenticationError(APIError):
    """401: the API key is missing, wrong or revoked."""


class PermissionDeniedError(APIError):
    """403: the key or session may not do this."""


class NotFoundError(APIError):
    """404: no such object in this account and mode."""


class ConflictError(APIError):
    """409: the request conflicts with the current state."""


class UnprocessableEntityError(APIError):
    """422: understood, but cannot be done (such as an `Idempotency-Key` reused with another body)."""


class RateLimitError(APIError):
    """429: too many requests; retried after `Retry-After` before it is raised."""


class InternalServerError(APIError):
    """5xx: Parley failed; retried before it is raised."""


class APIConnectionError(ParleyError):
    """Parley could not be reached: DNS, refused or dropped connections. Retried before it is raised."""

    def __init__(self, base_url: str, message: Optional[str] = None) -> None:
        super().__init__(message or f"Could not reach Parley at {base_url}")
        self.base_url = base_url


class APIConnectionTimeoutError(APIConnectionError):
    """No answer came within the timeout. Retried before it is raised."""

    def __init__(self, base_url: str, timeout: float) -> None:
        super().__init__(base_url, f"Parley at {base_url} did not answer within {timeout:g} s")
        self.timeout = timeout


class WebhookVerificationError(ParleyError):
    """A webhook's headers or signature did not check out: do not trust its body."""


_CLASSES: Mapping[int, Type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def make_api_error(status: int, content: bytes, headers: Message) -> APIError:
    """The error for a non-2xx answer; `content` is the raw body, which may not be JSON at all."""
    body = parse_body(content)
    error = _error_object(body)
    message = _text(error, "message")
    location = headers.get("location")
    if 300 <= status < 400 and location:
        text = (
            f"{status} redirect to {location}, not followed: Parley does not redirect, so check base_url "
            "(https rather than http, or the address of a proxy in front of Parley)"
        )
    elif message:
        text = f"{status} {_text(error, 'code') or 'error'}: {message}"
    else:
        text = f"{status} from Parley with a body that is not a Parley error: {excerpt(content)}"
    cls = InternalServerError if status >= 500 else _CLASSES.get(status, APIError)
    return cls(text, status=status, body=body, headers=headers)


def error_code(content: bytes) -> Optional[str]:
    return _text(_error_object(parse_body(content)), "code")


def parse_body(content: bytes) -> Any:
    """The body as JSON when it is JSON, else as text."""
    text = content.decode("utf-8", errors="replace")
    try:
        return json.loads(text)
    except ValueError:
        return text


def excerpt(content: bytes, length: int = 200) -> str:
    flat = re.sub(r"\s+", " ", content.decode("utf-8", errors="replace")).strip()
    if not flat:
        return "(empty body)"
    return json.dumps(flat[:length] + "…" if len(flat) > length else flat, ensure_ascii=False)


def _error_object(body: Any) -> Optional[Dict[str, Any]]:
    error = body.get("error") if isinstance(body, dict) else None
    return error if isinstance(error, dict) else None


def _text(error: Optional[Dict[str, Any]], key: str) -> Optional[str]:
    value = error.get(key) if error else None
    return value if isinstance(value, str) else None
