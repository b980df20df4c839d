"""The request loop every method goes through.

It builds the request, owns timeouts and retries (with one `Idempotency-Key` per POST across all its attempts),
and turns the answer into data or an `APIError`. Generated resources only describe their requests.
"""

import email.utils
import json
import os
import random
import time
import uuid
from email.message import Message
from typing import Any, Dict, List, Mapping, Optional, Tuple, Union
from urllib.parse import quote, urlencode, urlsplit

from ._errors import APIConnectionError, APIConnectionTimeoutError, APIError, ParleyError, error_code, excerpt, make_api_error, parse_body
from ._files import Download, MultipartBody
from ._http import HttpClient, HttpResponse, TransportError, TransportTimeout
from ._options import NOT_GIVEN, RequestOptions
from ._pagination import Page
from ._response import APIResponse
from ._streaming import Stream

DEFAULT_BASE_URL = "http://127.0.0.1:8080"

_INITIAL_DELAY = 0.5
_MAX_BACKOFF = 8.0
# A server asking for a longer pause than this is not waited for: the caller is better off failing now.
_MAX_RETRY_AFTER = 60.0

Body = Union[None, Dict[str, Any], MultipartBody]


def path_param(value: Union[str, int]) -> str:
    """A path parameter made safe for a URL: an id with a slash must not reach another route."""
    return quote(str(value), safe="")


class BaseClient:
    def __init__(
        self,
        *,
        api_key: Optional[str],
        base_url: Optional[str],
        timeout: float,
        max_retries: int,
        anonymous: bool,
        default_headers: Optional[Mapping[str, str]],
        webhook_secret: Optional[str],
    ) -> None:
        if anonymous:
            if api_key is not None:
                raise ParleyError("Pass either api_key or anonymous=True, not both")
        else:
            api_key = api_key or os.environ.get("PARLEY_API_KEY") or None
            if api_key is None:
                raise ParleyError(
                    "Parley needs an API key: pass Parley(api_key=...) or set PARLEY_API_KEY. Create one in the "
                    "console or with parley.api_keys.create(); use Parley(anonymous=True) only for sign-up and log-in."
                )
        self.api_key = api_key
        self.base_url = (base_url or os.environ.get("PARLEY_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
        parts = urlsplit(self.base_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ParleyError(f"Parley's base_url must be an absolute http(s) URL such as {DEFAULT_BASE_URL}, not {self.base_url!r}")
        self.timeout = timeout
        self.max_retries = max_retries
        self.webhook_secret = webhook_secret or os.environ.get("PARLEY_WEBHOOK_SECRET") or None
        self._default_headers = {name.lower(): value for name, value in (default_headers or {}).items()}
        self._http = HttpClient()

    # ---- what generated resources call ---------------------------------------------------------------------

    def _request(
        self,
        method: str,
        path: str,
        *,
        options: RequestOptions,
        parse: str,
        body: Body = None,
        query: Optional[Dict[str, Any]] = None,
        idempotent: bool = False,
        accept: Optional[str] = None,
    ) -> APIResponse[Any]:
        response = self._send(method, path, options, body=body, query=query, idempotent=idempotent, accept=accept)
        return APIResponse(_parse(parse, response), response.status, response.headers)

    def _request_page(
        self,
        method: str,
        path: str,
        *,
        options: RequestOptions,
        query: Optional[Dict[str, Any]] = None,
    ) -> APIResponse[Page[Any]]:
        def fetch(page_query: Dict[str, Any]) -> APIResponse[Page[Any]]:
            response = self._send(method, path, options, query=page_query)
            body = _parse("json", response)
            if not isinstance(body, dict) or not isinstance(body.get("data"), list):
                raise make_api_error(response.status, response.content, response.headers)
            page: Page[Any] = Page(body["data"], bool(body.get("has_more")), page_query, lambda q: fetch(q).data)
            return APIResponse(page, response.status, response.headers)

        return fetch(_given(query or {}))

    def _request_stream(
        self,
        method: str,
        path: str,
        *,
        options: RequestOptions,
        query: Optional[Dict[str, Any]] = None,
    ) -> APIResponse[Stream[Any]]:
        def open_stream(last_event_id: Optional[str]) -> HttpResponse:
            headers = dict(options.extra_headers or {})
            if last_event_id:
                headers["last-event-id"] = last_event_id
            return self._send(
                method, path, options._replace(extra_headers=headers), query=query, accept="text/event-stream", stream=True
            )

        response = open_stream(None)
        return APIResponse(Stream(response, open_stream), response.status, response.headers)

    # ---- the loop --------------------------------------------------------------------------------------------

    def _send(
        self,
        method: str,
        path: str,
        options: RequestOptions,
        *,
        body: Body = None,
        query: Optional[Dict[str, Any]] = None,
        idempotent: bool = False,
        accept: Optional[str] = None,
        stream: bool = False,
    ) -> HttpResponse:
        """Sends the request, retrying what may be retried; answers a 2xx response or raises its error."""
        max_retries = self.max_retries if options.max_retries is None else options.max_retries
        timeout = self.timeout if options.timeout is None else options.timeout
        url = self.base_url + path
        if query:
            encoded = urlencode(_query_pairs(query))
            if encoded:
                url += "?" + encoded
        headers: Dict[str, str] = {"accept": accept or "application/json", "user-agent": "parley-python/0.1.0"}
        if self.api_key:
            headers["authorization"] = f"Bearer {self.api_key}"
        content: Optional[bytes] = None
        if isinstance(body, MultipartBody):
            content = body.content
            headers["content-type"] = body.content_type
        elif body is not None:
            content = json.dumps(_given(body)).encode("utf-8")
            headers["content-type"] = "application/json"
        if idempotent:
            # One key for every attempt: a retried POST is answered from the first attempt's stored result.
            headers["idempotency-key"] = options.idempotency_key or str(uuid.uuid4())
        headers.update(self._default_headers)
        headers.update({name.lower(): value for name, value in (options.extra_headers or {}).items()})

        attempt = 0
        while True:
            retries_left = attempt < max_retries
            try:
                response = self._http.send(method.upper(), url, headers, content, timeout, stream)
            except TransportTimeout as error:
                if not retries_left:
                    raise APIConnectionTimeoutError(self.base_url, timeout) from error
                self._pause(retry_delay(attempt) or 0.0)
                attempt += 1
                continue
            except TransportError as error:
                if not retries_left:
                    raise APIConnectionError(self.base_url, f"Could not reach Parley at {self.base_url}: {error}") from error
                self._pause(retry_delay(attempt) or 0.0)
                attempt += 1
                continue
            if 200 <= response.status < 300:
                return response
            delay = retry_delay(attempt, response.headers) if retries_left and _is_retryable(response) else None
            if delay is not None:
                self._pause(delay)
                attempt += 1
                continue
            raise make_api_error(response.status, response.content, response.headers)

    def _pause(self, seconds: float) -> None:
        time.sleep(seconds)


class APIResource:
    """The base of generated resources: `_raw` picks between the data and the whole `APIResponse`."""

    _raw = False

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def _request(self, method: str, path: str, **kwargs: Any) -> Any:
        return self._unwrap(self._client._request(method, path, **kwargs))

    def _request_page(self, method: str, path: str, **kwargs: Any) -> Any:
        return self._unwrap(self._client._request_page(method, path, **kwargs))

    def _request_stream(self, method: str, path: str, **kwargs: Any) -> Any:
        return self._unwrap(self._client._request_stream(method, path, **kwargs))

    def _unwrap(self, response: APIResponse[Any]) -> Any:
        return response if self._raw else response.data


def retry_delay(attempt: int, headers: Optional[Message] = None, now: Optional[float] = None) -> Optional[float]:
    """Seconds before retry number `attempt` (0 for the first retry).

    What the answer's `Retry-After` (seconds or an HTTP date) asks for, else exponential backoff with ±25 % jitter,
    so that many clients failing together do not come back together. None when Parley asks for more than a minute
    (an hourly limit, say): retrying sooner would only be refused again, so the error goes to the caller now.
    """
    asked = _requested_delay(headers, time.time() if now is None else now)
    if asked is not None and asked > _MAX_RETRY_AFTER:
        return None
    if asked is not None and asked >= 0:
        return asked
    base: float = min(_INITIAL_DELAY * 2**attempt, _MAX_BACKOFF)
    return base * (0.75 + random.random() * 0.5)


def _requested_delay(headers: Optional[Message], now: float) -> Optional[float]:
    if headers is None:
        return None
    milliseconds = headers.get("retry-after-ms")
    if milliseconds:
        try:
            return float(milliseconds) / 1000
        except ValueError:
            pass
    retry_after = (headers.get("retry-after") or "").strip()
    if not retry_after:
        return None
    try:
        return float(retry_after)
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(retry_after).timestamp() - now
    except (TypeError, ValueError, IndexError):
        return None


def _is_retryable(response: HttpResponse) -> bool:
    """408, 429 and 5xx, and a 409 saying the same Idempotency-Key is still being worked on; never another 4xx."""
    status = response.status
    if status in (408, 429) or status >= 500:
        return True
    return status == 409 and error_code(response.content) == "idempotency_key_in_use"


def _parse(kind: str, response: HttpResponse) -> Any:
    if kind == "json":
        try:
            return json.loads(response.content.decode("utf-8"))
        except ValueError:
            raise APIError(
                f"{response.status} from Parley with a body that is not JSON: {excerpt(response.content)}",
                status=response.status,
                body=parse_body(response.content),
                headers=response.headers,
            ) from None
    if kind == "empty":
        return None
    if kind == "text":
        return Download(response.content, response.headers).text()
    if kind == "download":
        return Download(response.content, response.headers)
    raise ValueError(f"unknown answer kind {kind}")


def _given(values: Dict[str, Any]) -> Dict[str, Any]:
    return {name: value for name, value in values.items() if value is not NOT_GIVEN}


def _query_pairs(query: Dict[str, Any]) -> List[Tuple[str, str]]:
    """The defined query values; lists repeat their key, as the contract's form style says."""
    pairs = []
    for name, value in query.items():
        if value is NOT_GIVEN or value is None:
            continue
        for item in value if isinstance(value, (list, tuple)) else [value]:
            pairs.append((name, "true" if item is True else "false" if item is False else str(item)))
    return pairs
