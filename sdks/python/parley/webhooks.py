"""Checking that a webhook came from Parley.

Parley signs with the Standard Webhooks scheme: HMAC-SHA256 over `{webhook-id}.{webhook-timestamp}.{body}` keyed
with the endpoint's `whsec_` secret, sent as space-separated `v1,<base64>` signatures in `webhook-signature` (two
of them while a rotated secret overlaps the new one, so either secret verifies).
"""

import base64
import binascii
import hashlib
import hmac
import json
import time
from datetime import datetime
from email.message import Message
from typing import Any, List, Mapping, Optional, Union, cast

from ._errors import WebhookVerificationError
from .types import WebhookEvent

__all__ = ["unwrap", "Webhooks", "WebhookVerificationError", "DEFAULT_TOLERANCE"]

#: How far a webhook's timestamp may be from now, either way, in seconds. Older ones may be replays.
DEFAULT_TOLERANCE = 5 * 60

#: A dict of headers (any case), or the `email.message.Message` that `http.server` and `http.client` give.
WebhookHeaders = Union[Mapping[str, Any], Message]


def unwrap(
    raw_body: Union[bytes, bytearray, str],
    headers: WebhookHeaders,
    secret: str,
    *,
    tolerance: int = DEFAULT_TOLERANCE,
    now: Union[datetime, float, None] = None,
) -> WebhookEvent:
    """Verifies a webhook and returns its event (a dict whose `type` says which).

    Pass the body exactly as received (before any JSON parsing: re-serialising changes the bytes) and the request's
    headers. Raises `WebhookVerificationError` when a header is missing, the timestamp is outside `tolerance` or no
    signature matches.
    """
    message_id = _header(headers, "webhook-id")
    timestamp = _header(headers, "webhook-timestamp")
    signatures = _header(headers, "webhook-signature")

    if not timestamp.isdigit():
        raise WebhookVerificationError(f"The webhook-timestamp header must be Unix seconds, not {timestamp!r}")
    current = now.timestamp() if isinstance(now, datetime) else time.time() if now is None else now
    skew = int(current) - int(timestamp)
    if skew > tolerance:
        raise WebhookVerificationError(
            f"The webhook was signed {skew} s ago, more than the {tolerance} s allowed: it may be a replay, or this clock is wrong"
        )
    if skew < -tolerance:
        raise WebhookVerificationError(
            f"The webhook's timestamp is {-skew} s in the future, more than the {tolerance} s allowed: check this machine's clock"
        )

    body = raw_body.encode("utf-8") if isinstance(raw_body, str) else bytes(raw_body)
    signed = f"{message_id}.{timestamp}.".encode("utf-8") + body
    expected = hmac.new(_secret_bytes(secret), signed, hashlib.sha256).digest()
    for candidate in signatures.split(" "):
        version, _, signature = candidate.partition(",")
        if version != "v1" or not signature:
            continue
        given = _base64(signature)
        if given is not None and hmac.compare_digest(given, expected):
            return _parse_event(body)
    raise WebhookVerificationError(
        "No webhook-signature matches this body and secret: pass the raw body as received (not re-serialised JSON) "
        "and the secret of the endpoint that received it"
    )


class Webhooks:
    """`parley.webhooks`: `unwrap` with the client's `webhook_secret` (or `PARLEY_WEBHOOK_SECRET`) as the default secret."""

    def __init__(self, secret: Optional[str] = None) -> None:
        self._secret = secret

    def unwrap(
        self,
        raw_body: Union[bytes, bytearray, str],
        headers: WebhookHeaders,
        secret: Optional[str] = None,
        *,
        tolerance: int = DEFAULT_TOLERANCE,
        now: Union[datetime, float, None] = None,
    ) -> WebhookEvent:
        key = secret or self._secret
        if not key:
            raise WebhookVerificationError(
                "No webhook secret: pass the endpoint's whsec_ secret, or set webhook_secret / PARLEY_WEBHOOK_SECRET"
            )
        return unwrap(raw_body, headers, key, tolerance=tolerance, now=now)


def _header(headers: WebhookHeaders, name: str) -> str:
    values: List[Any]
    if isinstance(headers, Message):  # case-insensitive already, and may repeat a header
        values = headers.get_all(name) or []
    else:
        values = [value for key, value in headers.items() if key.lower() == name]
    flat = [item for value in values for item in (value if isinstance(value, (list, tuple)) else [value])]
    text = " ".join(str(item) for item in flat if item).strip()
    if not text:
        raise WebhookVerificationError(f"The webhook has no {name} header: pass the request's headers as received")
    return text


def _secret_bytes(secret: str) -> bytes:
    key = _base64(secret[len("whsec_"):] if secret.startswith("whsec_") else secret)
    if not key:
        raise WebhookVerificationError("The webhook secret must look like whsec_<base64>, as Parley shows it")
    return key


def _base64(text: str) -> Optional[bytes]:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None


def _parse_event(body: bytes) -> WebhookEvent:
    try:
        return cast(WebhookEvent, json.loads(body.decode("utf-8")))
    except ValueError:
        raise WebhookVerificationError("The webhook is signed correctly but its body is not JSON") from None
