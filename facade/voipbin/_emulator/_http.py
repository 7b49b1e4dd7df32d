"""The emulator's loopback server: HTTP/1.1 for the REST API and the WebSocket endpoint
``/v1.0/ws`` on one port, served by an asyncio loop on a thread of its own.

The HTTP side is a small HTTP/1.1 reader (Content-Length bodies, keep-alive: what the SDK's
httpx and most clients send); the WebSocket side is the ``websockets`` package's sans-I/O
protocol on the same connection. A subscriber's frames are written on the loop; ``send``
returns once they are in the socket's buffer, so ``advance`` returns after its events went out.

The subscribe protocol is the server's: text frames ``{"type": "subscribe"|"unsubscribe",
"topics": [...]}``, no acknowledgement, and a topic the caller may not have ends the
connection without an error frame (docs/server-behaviour.md#refused-topic-closes-the-connection).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from concurrent.futures import Future
from http import HTTPStatus
from urllib.parse import parse_qsl, urlsplit

from websockets.frames import Frame, Opcode
from websockets.http11 import Request as WsRequest
from websockets.protocol import State
from websockets.server import ServerProtocol

from ._access import CUSTOMER_WRITE, Identity
from ._api import Answer, Api
from ._world import World

MAX_BODY = 16 * 1024 * 1024
WS_PATHS = ("/v1.0/ws", "/v1.0/service_agents/ws")


def topic_allowed(topic: str, who: Identity) -> bool:
    """bin-api-manager/pkg/websockhandler/etc.go:21-85: ``<scope>:<id>:<resource>[:<id>]``, the
    customer scope for its admins and managers, the agent scope for the caller's own agent."""
    parts = topic.split(":")
    if len(parts) < 2 or parts[1] in ("", "00000000-0000-0000-0000-000000000000"):
        return False
    if parts[0] == "customer_id":
        return parts[1] == who.customer_id and who.may(CUSTOMER_WRITE)
    return parts[0] == "agent_id" and parts[1] == who.agent_id and len(parts) >= 3


class _Socket:
    """One WebSocket connection: a subscriber of the world's events."""

    def __init__(self, server: Server, identity: Identity, protocol: ServerProtocol, writer: asyncio.StreamWriter):
        self.server, self.identity, self.protocol, self.writer = server, identity, protocol, writer
        self.topics: set[str] = set()
        self.closed = False

    def send(self, frames: list[str]) -> None:
        """Thread-safe: write on the loop and wait until written (or the connection is gone)."""
        if not self.closed:
            future = asyncio.run_coroutine_threadsafe(self._write(frames), self.server.loop)
            with contextlib.suppress(Exception):
                future.result(timeout=10)  # the server's write deadline (subscription.go:22)

    async def _write(self, frames: list[str]) -> None:
        for frame in frames:
            self.protocol.send_text(frame.encode())
        self.writer.write(b"".join(self.protocol.data_to_send()))
        await self.writer.drain()

    def hear(self, frame: Frame) -> bool:
        """Apply one client frame; False when the connection must end."""
        if frame.opcode != Opcode.TEXT:
            return True
        try:
            message = json.loads(bytes(frame.data))
            kind, topics = message.get("type"), [str(topic) for topic in message.get("topics") or []]
        except (ValueError, AttributeError, TypeError):
            return True
        if not all(topic_allowed(topic, self.identity) for topic in topics):
            return False  # subscription.go:180-184: an invalid topic ends the handler
        with self.server.world.lock:
            if kind == "subscribe":
                self.topics.update(topics)
            elif kind == "unsubscribe":
                self.topics.difference_update(topics)
        return True


class Server:
    """Serve ``api`` on 127.0.0.1:``port`` (0: any free port) until ``stop``."""

    def __init__(self, world: World, api: Api, port: int = 0, host: str = "127.0.0.1") -> None:
        self.world, self.api, self.host = world, api, host
        self.loop = asyncio.new_event_loop()
        self._ready: Future[int] = Future()
        self._thread = threading.Thread(target=self._run, args=(port,), name="voipbin-emulator", daemon=True)
        self._stopping: asyncio.Event | None = None
        self._connections: dict[asyncio.StreamWriter, asyncio.Task[None] | None] = {}

    def start(self) -> int:
        self._thread.start()
        return self._ready.result(timeout=30)

    def stop(self) -> None:
        if self._stopping is not None and self._thread.is_alive():
            self.loop.call_soon_threadsafe(self._stopping.set)
            self._thread.join(timeout=10)

    def _run(self, port: int) -> None:
        try:
            self.loop.run_until_complete(self._serve(port))
        except BaseException as exc:  # reported to start(), which waits for the port
            if not self._ready.done():
                self._ready.set_exception(exc)
        finally:
            self.loop.close()

    async def _serve(self, port: int) -> None:
        self._stopping = asyncio.Event()
        server = await asyncio.start_server(self._connection, self.host, port, limit=MAX_BODY)
        self._ready.set_result(server.sockets[0].getsockname()[1])
        async with server:
            await self._stopping.wait()
            server.close()
            tasks = [task for task in self._connections.values() if task is not None]
            for writer in list(self._connections):
                writer.close()  # its reader sees the end and the connection's task returns
            if tasks:
                await asyncio.wait(tasks, timeout=5)

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._connections[writer] = asyncio.current_task()
        try:
            while await self._exchange(reader, writer):
                pass
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        finally:
            self._connections.pop(writer, None)
            writer.close()

    async def _exchange(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        """One request and its answer; False when the connection is done."""
        head = await reader.readuntil(b"\r\n\r\n")
        line, *header_lines = head.decode("latin-1").split("\r\n")
        method, target, _version = [*line.split(" "), "", ""][:3]
        headers: dict[str, str] = {}
        for header in header_lines:
            name, sep, value = header.partition(":")
            if sep:
                key = name.strip().lower()
                headers[key] = (
                    f"{headers[key]}; {value.strip()}" if key == "cookie" and key in headers else value.strip()
                )
        url = urlsplit(target)
        query = dict(parse_qsl(url.query, keep_blank_values=True))
        if headers.get("upgrade", "").lower() == "websocket" and url.path in WS_PATHS:
            await self._websocket(head, headers, query, reader, writer)
            return False
        length = int(headers.get("content-length") or 0)
        body = await reader.readexactly(length) if 0 < length <= MAX_BODY else b""
        answer = self.api.handle(method.upper(), url.path, query, headers, body)
        if self.world.events.has_pending():
            self.loop.run_in_executor(None, self.world.events.flush)
        if answer.delay:
            await asyncio.sleep(answer.delay)
        writer.write(_http_answer(answer))
        await writer.drain()
        return headers.get("connection", "").lower() != "close"

    async def _websocket(self, head: bytes, headers: dict[str, str], query: dict[str, str],
                         reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:  # fmt: skip
        protocol = ServerProtocol()
        protocol.receive_data(head)
        request = next(event for event in protocol.events_received() if isinstance(event, WsRequest))
        with self.world.lock:
            who = self.world.credentials.identify(headers, query)
        if isinstance(who, str):
            writer.write(_http_answer(self.api.handle("GET", "/v1.0/ws", query, headers, b"")))
            await writer.drain()
            return
        protocol.send_response(protocol.accept(request))
        writer.write(b"".join(protocol.data_to_send()))
        socket = _Socket(self, who, protocol, writer)
        with self.world.lock:
            self.world.events.subscribers.append(socket)
        try:
            while not reader.at_eof():
                data = await reader.read(65536)
                if not data:
                    break
                protocol.receive_data(data)
                keep = all(socket.hear(event) for event in protocol.events_received() if isinstance(event, Frame))
                writer.write(b"".join(protocol.data_to_send()))  # pongs and the closing handshake
                await writer.drain()
                if not keep or protocol.state is not State.OPEN:  # a close answered: the server ends TCP
                    break
        finally:
            socket.closed = True
            with self.world.lock:
                self.world.events.subscribers.remove(socket)


def _http_answer(answer: Answer) -> bytes:
    phrase = HTTPStatus(answer.status).phrase if answer.status in HTTPStatus._value2member_map_ else ""
    lines = [f"HTTP/1.1 {answer.status} {phrase}", f"Content-Length: {len(answer.body)}"]
    lines += [f"{name}: {value}" for name, value in answer.headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + answer.body
