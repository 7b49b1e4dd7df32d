"""A real HTTP server on 127.0.0.1 that answers what a test scripts, and records what it got.

    server.reply(404, {"error": {...}})                 # queue an answer (JSON body)
    server.reply(200, body=b"<html>", headers={...})    # raw bytes
    server.reply(delay=0.5) / reply(drop=True) / reply(partial=True)
    server.reply(reset="before_body") / reply(reset="after_body")   # TCP reset, no answer
    server.reply(200, body=b"...", trickle=0.5)         # the body a byte at a time, 0.5 s apart
    server.reply(200, body=b"...", head_trickle=0.2)    # the status line and headers so
    server.reply(200, body=b"x" * 65536, endless=True)  # chunked, that body again and again, until the client goes
    server.handler = lambda received: Reply(...)        # answers once the queue is empty
    server.requests[0].headers["authorization"]         # what arrived, as it arrived

Queued replies are used first, in order; then ``handler``; with neither, the server
answers 599 so that an unexpected extra request shows up in the test's assertions.
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal
from urllib.parse import parse_qs, urlsplit


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the status line
    drop: bool = False  # close the connection without answering
    partial: bool = False  # announce the whole body, send half of it, close
    reset: Literal["", "before_body", "after_body"] = ""  # abort the connection (RST) around reading the body
    trickle: float = 0.0  # seconds between the body's bytes
    endless: bool = False  # a chunked body repeating ``body`` forever
    head_trickle: float = 0.0  # seconds between the bytes of the status line and headers


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
        self.answers: list[Reply] = []  # what each request was answered, in the same order
        self.handler: Callable[[Received], Reply] | None = None
        self.open_connections = 0  # accepted and not yet closed by either side
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), self._handler_class())
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
        reset: Literal["", "before_body", "after_body"] = "", trickle: float = 0.0, endless: bool = False,
        head_trickle: float = 0.0, times: int = 1,
    ) -> None:  # fmt: skip
        """Queue an answer (``times`` times). ``json_body`` is sent as application/json."""
        headers = dict(headers or {})
        if body is None:
            body = b"" if json_body is None else json.dumps(json_body).encode()
            if json_body is not None:
                headers.setdefault("Content-Type", "application/json")
        for _ in range(times):
            self.replies.append(
                Reply(status, body, headers, delay, drop, partial, reset, trickle, endless, head_trickle)
            )

    def wait_for(self, count: int, timeout: float = 5.0) -> list[Received]:
        """The requests, once at least ``count`` have arrived (a client may give up first)."""
        deadline = time.monotonic() + timeout
        while len(self.requests) < count and time.monotonic() < deadline:
            time.sleep(0.005)
        return self.requests

    def wait_closed(self, timeout: float = 5.0) -> int:
        """How many connections are still open once they are all closed, or the timeout ends."""
        deadline = time.monotonic() + timeout
        while self.open_connections and time.monotonic() < deadline:
            time.sleep(0.005)
        return self.open_connections

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _next_reply(self, received: Received) -> Reply:
        with self._lock:
            if self.replies:
                reply = self.replies.popleft()
            elif self.handler is not None:
                reply = self.handler(received)
            else:
                reply = Reply(599, b"no scripted reply")
            self.requests.append(received)
            self.answers.append(reply)
            return reply

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        loopback = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out in two writes: with Nagle's algorithm the body would
            # wait for the client's delayed ACK (about 40 ms a request on Linux).
            disable_nagle_algorithm = True

            def log_message(self, *args: object) -> None:
                pass

            def setup(self) -> None:
                with loopback._lock:
                    loopback.open_connections += 1
                super().setup()

            def handle(self) -> None:
                with contextlib.suppress(ConnectionResetError, BrokenPipeError):  # a client that gave up mid-body
                    super().handle()

            def finish(self) -> None:
                try:
                    super().finish()
                finally:
                    with loopback._lock:
                        loopback.open_connections -= 1

            def _handle(self) -> None:
                url = urlsplit(self.path)
                received = Received(
                    self.command, url.path, parse_qs(url.query, keep_blank_values=True),
                    {k.lower(): v for k, v in self.headers.items()}, b"", list(self.headers.items()),
                )  # fmt: skip
                reply = loopback._next_reply(received)
                if reply.reset == "before_body":
                    self._reset()
                    return
                length = int(self.headers.get("Content-Length") or 0)
                received.body = self.rfile.read(length) if length else b""
                if reply.reset == "after_body":
                    self._reset()
                    return
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.drop:
                    self._hang_up()
                    return
                try:
                    self.send_response(reply.status)
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    if reply.endless:
                        self.send_header("Transfer-Encoding", "chunked")
                    else:
                        self.send_header("Content-Length", str(len(reply.body)))
                    if reply.head_trickle:
                        self._trickle_head(reply.head_trickle)
                    else:
                        self.end_headers()
                    if reply.endless:
                        chunk = b"%x\r\n%s\r\n" % (len(reply.body), reply.body)
                        while True:
                            self.wfile.write(chunk)
                    elif reply.trickle:
                        for index in range(len(reply.body)):
                            self.wfile.write(reply.body[index : index + 1])
                            self.wfile.flush()
                            time.sleep(reply.trickle)
                    elif reply.partial:
                        self.wfile.write(reply.body[: len(reply.body) // 2])
                        self.wfile.flush()
                        self._hang_up()
                    elif self.command != "HEAD":
                        self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True  # the client gave up (a timeout test)

            def _trickle_head(self, seconds: float) -> None:
                """What end_headers() would send at once, a byte at a time."""
                buffered: list[bytes] = self._headers_buffer  # type: ignore[attr-defined]
                head = b"".join(buffered) + b"\r\n"
                buffered.clear()
                for index in range(len(head)):
                    self.wfile.write(head[index : index + 1])
                    self.wfile.flush()
                    time.sleep(seconds)

            def _hang_up(self) -> None:
                self.connection.shutdown(socket.SHUT_RDWR)
                self.close_connection = True

            def _reset(self) -> None:
                """Close with a TCP RST (linger 0) instead of an orderly FIN."""
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.connection.close()
                self.close_connection = True

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _handle

        return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 512  # hundreds of clients connecting at once must not overflow the backlog


def closed_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
