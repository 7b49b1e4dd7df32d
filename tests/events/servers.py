"""WebSocket servers on 127.0.0.1 for the event stream tests, each in its own thread.

``WsServer(handler)``: the websockets library's own server. ``handler(conn, seen)`` is an
async function run for each connection; ``seen.frames`` records what the client sent
(``await seen.frame(conn)`` reads the next one), ``seen.path`` and ``seen.headers`` the
handshake as it arrived.

``SilentServer``: completes the handshake by hand and then never sends a byte, pongs
included: a dead peer, which the websockets server (it always answers pings) cannot play.
Its later connections get ``then`` frames, unmasked, as a server sends them.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import socket
import ssl
import struct
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from websockets.asyncio.server import ServerConnection, serve
from websockets.http11 import Request, Response

CUSTOMER = "b972b61c-59d2-4217-8fbb-a32304be5c3b"
CALL_ID = "a1b2c3d4-e5f6-7890-abcd-ef1234567890"
TOPIC = f"customer_id:{CUSTOMER}:call"
CALL = {"id": CALL_ID, "customer_id": CUSTOMER, "type": "flow", "status": "hangup"}
WRAPPED = json.dumps({"type": "call_hangup", "data": CALL})
UNWRAPPED = json.dumps(CALL)


@dataclass
class Seen:
    index: int = 0  # 0 for the first connection, 1 for the next...
    path: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    frames: list[Any] = field(default_factory=list)

    async def frame(self, conn: ServerConnection, timeout: float = 5.0) -> Any:
        value = json.loads(await asyncio.wait_for(conn.recv(), timeout))
        self.frames.append(value)
        return value


Handler = Callable[[ServerConnection, Seen], Awaitable[None]]


class WsServer:
    def __init__(
        self, handler: Handler, *, ping_interval: float | None = None, refuse: int | None = None,
        tls: ssl.SSLContext | None = None,
    ) -> None:  # fmt: skip
        self.handler, self.ping_interval, self.refuse, self.tls = handler, ping_interval, refuse, tls
        self.seen: list[Seen] = []
        self._ready = threading.Event()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_until_complete, args=(self._main(),), daemon=True)
        self._thread.start()
        assert self._ready.wait(5)

    async def _main(self) -> None:
        self._stop = asyncio.Event()
        async with serve(
            self._serve, "127.0.0.1", 0, ping_interval=self.ping_interval, process_request=self._refuse, ssl=self.tls
        ) as server:
            self.port = server.sockets[0].getsockname()[1]
            self._ready.set()
            await self._stop.wait()

    def _refuse(self, conn: ServerConnection, request: Request) -> Response | None:
        """With ``refuse=401``, every handshake is answered 401 instead of upgraded."""
        if self.refuse is None:
            return None
        self.seen.append(Seen(len(self.seen), request.path, dict(request.headers.raw_items())))
        return conn.respond(self.refuse, "refused by the test server\n")

    async def _serve(self, conn: ServerConnection) -> None:
        assert conn.request is not None
        headers = {k.lower(): v for k, v in conn.request.headers.raw_items()}
        seen = Seen(len(self.seen), conn.request.path, headers)
        self.seen.append(seen)
        await self.handler(conn, seen)

    @property
    def base_url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}/v1.0"

    def close(self) -> None:
        self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(5)


def text_frame(text: str) -> bytes:
    """A server-to-client text frame (unmasked)."""
    payload = text.encode()
    if len(payload) < 126:
        return struct.pack("!BB", 0x81, len(payload)) + payload
    return struct.pack("!BBH", 0x81, 126, len(payload)) + payload


class HandshakeServer:
    """Accepts connections and reads each handshake request whole; ``answer`` says what then."""

    def __init__(self) -> None:
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        self._open: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1.0"

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            self._open.append(conn)
            request = b""
            while b"\r\n\r\n" not in request:
                request += conn.recv(4096)
            self.answer(conn, request)

    def answer(self, conn: socket.socket, request: bytes) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self._sock.close()
        for conn in self._open:
            conn.close()


class SilentServer(HandshakeServer):
    def __init__(self, then: list[str]) -> None:
        self.then = then
        self.connections = 0
        super().__init__()

    def answer(self, conn: socket.socket, request: bytes) -> None:
        key = next(
            line.split(b":", 1)[1].strip()
            for line in request.split(b"\r\n")
            if line.lower().startswith(b"sec-websocket-key:")
        )
        accept = base64.b64encode(hashlib.sha1(key + b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11").digest())
        conn.sendall(
            b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            b"Sec-WebSocket-Accept: " + accept + b"\r\n\r\n"
        )
        self.connections += 1
        if self.connections > 1:
            for text in self.then:
                conn.sendall(text_frame(text))


class RawServer(HandshakeServer):
    """Answers each handshake with ``reply`` as it is, then hangs up (None: never answers)."""

    def __init__(self, reply: bytes | None) -> None:
        self.reply, self.requests = reply, 0
        self.asked = threading.Event()
        super().__init__()

    def answer(self, conn: socket.socket, request: bytes) -> None:
        self.requests += 1
        self.asked.set()
        if self.reply is not None:
            conn.sendall(self.reply)
            conn.close()


def wait_until(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)
