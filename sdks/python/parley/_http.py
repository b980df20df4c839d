"""The one place that talks HTTP: urllib, with every answer treated alike.

urllib raises `HTTPError` for 4xx and 5xx answers; it is caught here and read as an ordinary response, so the
status decides what happens in one place (`BaseClient`'s request loop) and nowhere else. Failing to reach the
server raises `TransportError` (or `TransportTimeout`), which the client turns into errors naming its base URL.
"""

import http.client
import socket
import urllib.error
import urllib.request
from email.message import Message
from typing import IO, Any, Mapping, Optional


class TransportError(Exception):
    """The request did not get an answer: refused, reset or dropped."""


class TransportTimeout(TransportError):
    """Connecting or waiting for data took longer than the timeout."""


class HttpResponse:
    """A status, its headers, and the body: read whole, or left open for streams."""

    def __init__(self, status: int, headers: Message, content: bytes = b"", stream: Optional[IO[bytes]] = None) -> None:
        self.status = status
        self.headers = headers
        self.content = content
        self.stream = stream
        self._closing = False

    def readline(self) -> bytes:
        """One line of a streamed body (b"" at its end); a drop or a timeout raises `TransportError`."""
        if self.stream is None:
            return b""
        try:
            return self.stream.readline()
        except Exception as error:
            # Closed from another thread, http.client fails in whatever way the half-torn state leads it to.
            if self._closing:
                return b""
            if isinstance(error, (socket.timeout, TimeoutError)):
                raise TransportTimeout(str(error)) from error
            if isinstance(error, (OSError, http.client.HTTPException)):
                raise TransportError(describe(error)) from error
            raise

    def close(self) -> None:
        if self.stream is None:
            return
        self._closing = True
        # Closing the file alone does not wake a thread blocked in readline(); shutting the socket down does.
        sock = getattr(getattr(getattr(self.stream, "fp", None), "raw", None), "_sock", None)
        if isinstance(sock, socket.socket):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        try:
            self.stream.close()
        except Exception:  # noqa: BLE001 - racing a reader in another thread; the socket is shut down already
            pass


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Parley never redirects; following a redirect would hand the API key to wherever it points (urllib keeps
    `Authorization` across hosts) and turn a POST into a GET. The 3xx comes back as an answer instead."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


class HttpClient:
    def __init__(self) -> None:
        self._opener = urllib.request.build_opener(_NoRedirects)

    def send(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: Optional[bytes],
        timeout: float,
        stream: bool = False,
    ) -> HttpResponse:
        request = urllib.request.Request(url, data=body, headers=dict(headers), method=method)
        try:
            raw: Any = self._opener.open(request, timeout=timeout)
        except urllib.error.HTTPError as error:
            raw = error  # an answer like any other
        except urllib.error.URLError as error:
            if isinstance(error.reason, (socket.timeout, TimeoutError)):
                raise TransportTimeout(str(error.reason)) from error
            raise TransportError(describe(error.reason if isinstance(error.reason, BaseException) else error)) from error
        except (socket.timeout, TimeoutError) as error:
            raise TransportTimeout(str(error)) from error
        except (OSError, http.client.HTTPException) as error:
            raise TransportError(describe(error)) from error

        status = int(raw.status if raw.status is not None else raw.code)
        if stream and 200 <= status < 300:
            return HttpResponse(status, raw.headers, stream=raw)
        try:
            content = raw.read()
        except (socket.timeout, TimeoutError) as error:
            raise TransportTimeout(str(error)) from error
        except (OSError, http.client.HTTPException) as error:
            raise TransportError(describe(error)) from error
        finally:
            raw.close()
        return HttpResponse(status, raw.headers, content)


def describe(error: BaseException) -> str:
    text = str(error)
    return f"{type(error).__name__}: {text}" if text else type(error).__name__
