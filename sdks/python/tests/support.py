"""What the test modules share: where Parley and the fault proxy are, and steps done through the SDK as its users
would do them (sign up, link a sandbox number, wait for a webhook).

Run by test/sdk-python.test.ts, which starts Parley and the proxy and sets PARLEY_TEST_BASE_URL,
PARLEY_TEST_PROXY_URL and PARLEY_TEST_PROXY_CONTROL_URL.
"""

import itertools
import json
import os
import socket
import sys
import threading
import time
import urllib.request
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Tuple, TypeVar

SDK_ROOT = Path(__file__).resolve().parents[1]
if str(SDK_ROOT) not in sys.path:
    sys.path.insert(0, str(SDK_ROOT))

from parley import Parley  # noqa: E402
from parley.types import Connection, SignupResult  # noqa: E402

T = TypeVar("T")


def _required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"{name} is not set: run these tests with `npm test -- test/sdk-python.test.ts`")
    return value


BASE_URL = _required("PARLEY_TEST_BASE_URL")
PROXY_URL = _required("PARLEY_TEST_PROXY_URL")
PROXY_CONTROL_URL = _required("PARLEY_TEST_PROXY_CONTROL_URL")


def phones(first: int) -> Callable[[], str]:
    """Fresh sandbox phone numbers; each module counts from its own `first` so that no two link the same number."""
    counter = itertools.count(first)
    return lambda: f"+1415555{next(counter):04d}"


def sign_up(base_url: str = BASE_URL, **options: Any) -> Tuple[Parley, SignupResult]:
    """Signs up with a key-less client and returns a client holding the new account's test key."""
    signup = Parley(anonymous=True, base_url=BASE_URL).auth.signup(
        email=f"sdk-python-{uuid.uuid4().hex[:12]}@example.com",
        password="correct horse battery staple",
        account_name="Python Co",
    )
    return Parley(api_key=signup["api_key"]["secret"], base_url=base_url, **options), signup


def follow_connection(parley: Parley, connection_id: str, until: Callable[[Connection], bool], within: float = 15.0) -> Connection:
    """Follows a connection's stream until `until` says so (the QR code, or linked once scanned)."""
    stream = parley.connections.events(connection_id, timeout=10)
    deadline = threading.Timer(within, stream.close)
    deadline.start()
    try:
        with stream:
            for event in stream:
                if until(event["connection"]):
                    return event["connection"]
    finally:
        deadline.cancel()
    raise AssertionError(f"connection {connection_id} never reached the awaited state within {within} s")


def link_sandbox(parley: Parley, phone_number: str) -> Connection:
    """Creates a sandbox connection, waits for its QR code, scans it as `phone_number` and waits until it is connected."""
    created = parley.connections.create()
    follow_connection(parley, created["id"], lambda c: c["status"] == "qr")
    parley.sandbox.scan(created["id"], phone_number=phone_number)
    return follow_connection(parley, created["id"], lambda c: c["status"] == "connected")


def eventually(read: Callable[[], T], done: Callable[[T], bool], within: float = 15.0) -> T:
    """Polls `read` until `done` holds (Parley's workers run on their own time)."""
    deadline = time.monotonic() + within
    while True:
        value = read()
        if done(value):
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"still not there after {within} s: {value!r}")
        time.sleep(0.05)


class FaultProxy:
    """Drives test/helpers/fault-proxy.ts over HTTP: faults for the next matching requests, and what it saw."""

    url = PROXY_URL

    def _call(self, method: str, path: str, body: Any = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(PROXY_CONTROL_URL + path, data=data, method=method, headers={"content-type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())

    def inject(self, *faults: Dict[str, Any]) -> None:
        self._call("POST", "/faults", list(faults))

    def reset(self) -> None:
        self._call("POST", "/reset", {})

    def requests(self, method: Optional[str] = None, path: Optional[str] = None) -> List[Dict[str, Any]]:
        seen: List[Dict[str, Any]] = self._call("GET", "/requests")
        return [r for r in seen if (method is None or r["method"] == method) and (path is None or r["path"] == path)]


def gaps(requests: List[Dict[str, Any]]) -> List[float]:
    """Seconds between consecutive requests the proxy saw."""
    return [(later["at"] - earlier["at"]) / 1000 for earlier, later in zip(requests, requests[1:])]


class Received:
    def __init__(self, path: str, headers: Any, body: bytes) -> None:
        self.path = path
        self.headers = headers
        self.body = body


class WebhookReceiver:
    """An HTTP server on 127.0.0.1 that answers 204 to every POST and keeps what it got."""

    def __init__(self) -> None:
        received: List[Received] = []
        arrived = threading.Condition()

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                with arrived:
                    received.append(Received(self.path, self.headers, body))
                    arrived.notify_all()
                self.send_response(204)
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._received = received
        self._arrived = arrived
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self._server.server_port}{path}"

    def wait_for(self, path: str, count: int, within: float = 20.0) -> List[Received]:
        with self._arrived:
            self._arrived.wait_for(lambda: len([r for r in self._received if r.path == path]) >= count, timeout=within)
            matching = [r for r in self._received if r.path == path]
        if len(matching) < count:
            raise AssertionError(f"{len(matching)} webhooks to {path} within {within} s, expected {count}")
        return matching

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


class CuttableRelay:
    """A TCP relay to Parley whose open connections a test can cut, as a network drop would.

    It also keeps the head of each request it relays, so a test can read the headers a client sent.
    """

    def __init__(self, target_url: str) -> None:
        host, port = target_url.split("://", 1)[1].rstrip("/").split(":")
        self._target = (host, int(port))
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._sockets: List[socket.socket] = []
        self._lock = threading.Lock()
        self.request_heads: List[str] = []
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self._target)
            with self._lock:
                self._sockets += [client, upstream]
            threading.Thread(target=self._pipe, args=(client, upstream, True), daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client, False), daemon=True).start()

    def _pipe(self, source: socket.socket, target: socket.socket, record: bool) -> None:
        head = b""
        try:
            while True:
                chunk = source.recv(65536)
                if not chunk:
                    break
                if record and b"\r\n\r\n" not in head:
                    head += chunk
                    if b"\r\n\r\n" in head:
                        with self._lock:
                            self.request_heads.append(head.split(b"\r\n\r\n")[0].decode("latin-1"))
                target.sendall(chunk)
        except OSError:
            pass
        finally:
            for sock in (source, target):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def cut(self) -> None:
        """Drops every open connection."""
        with self._lock:
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()

    def close(self) -> None:
        self.cut()
        self._listener.close()
