"""A real HTTP server on 127.0.0.1 that answers what a test scripts, and records what it got.

    server.reply(404, {"error": {...}})                 # queue an answer (JSON body)
    server.reply(200, body=b"<html>", headers={...})    # raw bytes
    server.reply(delay=0.5) / reply(drop=True) / reply(partial=True)
    server.handler = lambda received: Reply(...)        # answers once the queue is empty
    server.requests[0].headers["authorization"]         # what arrived, as it arrived

Queued replies are used first, in order; then ``handler``; with neither, the server
answers 599 so that an unexpected extra request shows up in the test's assertions.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the status line
    drop: bool = False  # close the connection without answering
    partial: bool = False  # announce the whole body, send half of it, close


@dataclass
class Received:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # names lower-cased
    body: bytes
    raw_headers: list[tuple[str, str]] = field(default_factory=list)  # as sent, repeats kept

    def json(self) -> Any:
        return json.loads(self.body)


class Loopback:
    def __init__(self) -> None:
        self.replies: deque[Reply] = deque()
        self.requests: list[Received] = []
        self.handler: Callable[[Received], Reply] | None = None
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.01,), daemon=True)
        self._thread.start()

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def base_url(self) -> str:
        return self.root + "/v1.0"

    def reply(
        self, status: int = 200, json_body: Any = None, *, body: bytes | None = None,
        headers: dict[str, str] | None = None, delay: float = 0.0, drop: bool = False, partial: bool = False,
        times: int = 1,
    ) -> None:  # fmt: skip
        """Queue an answer (``times`` times). ``json_body`` is sent as application/json."""
        headers = dict(headers or {})
        if body is None:
            body = b"" if json_body is None else json.dumps(json_body).encode()
            if json_body is not None:
                headers.setdefault("Content-Type", "application/json")
        for _ in range(times):
            self.replies.append(Reply(status, body, headers, delay, drop, partial))

    def wait_for(self, count: int, timeout: float = 5.0) -> list[Received]:
        """The requests, once at least ``count`` have arrived (a client may give up first)."""
        deadline = time.monotonic() + timeout
        while len(self.requests) < count and time.monotonic() < deadline:
            time.sleep(0.005)
        return self.requests

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _next_reply(self, received: Received) -> Reply:
        with self._lock:
            self.requests.append(received)
            if self.replies:
                return self.replies.popleft()
        if self.handler is not None:
            return self.handler(received)
        return Reply(599, b"no scripted reply")

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        loopback = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                url = urlsplit(self.path)
                received = Received(
                    self.command, url.path, parse_qs(url.query, keep_blank_values=True),
                    {k.lower(): v for k, v in self.headers.items()}, body, list(self.headers.items()),
                )  # fmt: skip
                reply = loopback._next_reply(received)
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.drop:
                    self._hang_up()
                    return
                try:
                    self.send_response(reply.status)
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(reply.body)))
                    self.end_headers()
                    if reply.partial:
                        self.wfile.write(reply.body[: len(reply.body) // 2])
                        self.wfile.flush()
                        self._hang_up()
                    elif self.command != "HEAD":
                        self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True  # the client gave up (a timeout test)

            def _hang_up(self) -> None:
                self.connection.shutdown(socket.SHUT_RDWR)
                self.close_connection = True

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _handle

        return Handler


def closed_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
