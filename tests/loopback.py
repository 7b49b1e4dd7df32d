"""A real HTTP server on 127.0.0.1 that answers what a test scripts, and records what it got.

Tests queue replies (status, headers, body; or drop the connection; or answer late)
and read back every request as it arrived on the wire.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections import deque
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


@dataclass
class Received:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class Loopback:
    def __init__(self) -> None:
        self.replies: deque[Reply] = deque()
        self.requests: list[Received] = []
        self._lock = threading.Lock()
        loopback = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                url = urlsplit(self.path)
                with loopback._lock:
                    loopback.requests.append(
                        Received(self.command, url.path, parse_qs(url.query, keep_blank_values=True),
                                 {k.lower(): v for k, v in self.headers.items()}, body)
                    )  # fmt: skip
                    reply = loopback.replies.popleft() if loopback.replies else Reply(599, b"no scripted reply")
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.drop:
                    self.connection.shutdown(socket.SHUT_RDWR)
                    self.close_connection = True
                    return
                try:
                    self.send_response(reply.status)
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(reply.body)))
                    self.end_headers()
                    self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True  # the client gave up (a timeout test)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _handle

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def base_url(self) -> str:
        return self.root + "/v1.0"

    def reply(
        self, status: int = 200, json_body: Any = None, *, body: bytes | None = None,
        headers: dict[str, str] | None = None, delay: float = 0.0, drop: bool = False, times: int = 1,
    ) -> None:  # fmt: skip
        headers = dict(headers or {})
        if body is None:
            body = b"" if json_body is None else json.dumps(json_body).encode()
            if json_body is not None:
                headers.setdefault("Content-Type", "application/json")
        for _ in range(times):
            self.replies.append(Reply(status, body, headers, delay, drop))

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def closed_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
