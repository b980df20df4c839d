"""The Python SDK for Parley, the API-first WhatsApp messaging platform.

`from parley import Parley`; see sdks/python/README.md.
"""

from . import types, webhooks
from ._errors import (
    APIConnectionError,
    APIConnectionTimeoutError,
    APIError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    ParleyError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    WebhookVerificationError,
)
from ._files import Download, FileInput
from ._options import NOT_GIVEN, NotGiven
from ._pagination import Page
from ._response import APIResponse, RateLimit
from ._streaming import Stream
from ._client import DEFAULT_BASE_URL
from .client import Parley, ParleyWithRawResponse

__version__ = "0.1.0"

__all__ = [
    "Parley",
    "ParleyWithRawResponse",
    "DEFAULT_BASE_URL",
    "APIResponse",
    "RateLimit",
    "Page",
    "Stream",
    "Download",
    "FileInput",
    "NOT_GIVEN",
    "NotGiven",
    "types",
    "webhooks",
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
