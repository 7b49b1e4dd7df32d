"""The WebSocket event stream: the sans-I/O core of ``_stream_plan``, driven by a sync and an async loop.

``EventStream`` and ``AsyncEventStream`` only do the socket I/O (the ``websockets``
library, imported on first connect so that ``import voipbin`` does not load it): they
carry out each step the core yields and send it back what happened.

Buffering is bounded: the library holds at most EVENTS_MAX_QUEUE frames of at most
EVENTS_MAX_FRAME bytes; past that the SDK stops reading, TCP pushes back, and the
server drops events for this connection, or the connection (its writes time out after
10 s; docs/server-behaviour.md#event-buffering). Events sent while the stream
reconnects are not replayed.

How a connection is opened (the client's TLS and proxy, same-origin redirects, redacted
logs) is ``_stream_connect``'s. A stream is closed by close(), by its client's close(), or,
dropped without either, when it is collected; in a child process after os.fork() it
forgets its parent's connection and opens its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import threading
import weakref
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from ._constants import EVENTS_MAX_FRAME, EVENTS_SILENCE_LIMIT
from ._events import Event
from ._exceptions import redact
from ._fork import STREAMS
from ._logging import logger
from ._retry import Wait
from ._silence import SilenceTimer
from ._stream_connect import CrossOriginRedirect, Route, Slot, connect_options, hearing, route, same_origin
from ._stream_plan import (
    Connect,
    Drop,
    Emit,
    EventCore,
    Lost,
    Quiet,
    Receive,
    SendFrame,
    StreamOutcome,
    StreamStep,
)

if TYPE_CHECKING:
    import websockets.asyncio.client
    import websockets.sync.client

    from ._base_client import BaseClient


def lost(exc: BaseException, secrets: Iterable[str]) -> Lost:
    """What a websockets or socket exception means to the core; the credential blanked out
    (a server may echo it in its reason phrase)."""
    from websockets.exceptions import ConnectionClosed, InvalidStatus

    if isinstance(exc, InvalidStatus):
        status = exc.response.status_code
        reason = redact(f"HTTP {status} {exc.response.reason_phrase}", secrets)
        if 300 <= status < 400:  # the threading client of websockets 16 follows no redirect
            return Lost(f"the server redirected the event stream ({reason}): not followed; check base_url", fatal=True)
        return Lost(reason, status)
    if isinstance(exc, CrossOriginRedirect):
        return Lost(f"{exc}: not followed, it would leave the server base_url names; check base_url", fatal=True)
    if isinstance(exc, ssl.SSLCertVerificationError):  # not transient: retrying cannot fix it
        return Lost(
            f"the server's TLS certificate did not verify ({exc.verify_message}): the stream trusts what the "
            "client's requests trust (its http_client's verify=, else the certifi bundle or SSL_CERT_FILE)",
            fatal=True,
        )
    if isinstance(exc, ConnectionClosed):
        if exc.sent is not None and exc.sent.code == 1009:  # the SDK itself closed it: a frame too large
            return Lost(f"a frame was larger than the {EVENTS_MAX_FRAME} bytes allowed: the SDK closed the connection "
                        "(1009)", too_large=True)  # fmt: skip
        code = exc.rcvd.code if exc.rcvd is not None else 1006
        return Lost(f"closed, code {code}")
    return Lost(redact(f"{type(exc).__name__}: {exc}", secrets))


class _Stream:
    """What both streams share: the core, the URL, headers and route, the closed flag."""

    def __init__(self, url: str, headers: Mapping[str, str], secrets: tuple[str, ...], core: EventCore,
                 way: Route) -> None:  # fmt: skip
        self.url = url
        self._headers, self._secrets, self._core, self._route = dict(headers), secrets, core, way
        self._plan = core.run()
        self._outcome: StreamOutcome = None
        self._closed = False
        self._slot = Slot()
        STREAMS.add(self)  # in a child after os.fork(), forget_connection()

    def _options(self) -> dict[str, Any]:
        return connect_options(self._headers, self._core.silence_limit, self._route, self._secrets)

    def forget_connection(self) -> None:
        """In a child after os.fork(): the connection is the parent's (its socket shared, its
        threads gone). Dropped without a word on it, and the stream starts over, connecting
        and subscribing its topics anew: not a lost connection, which could count toward a
        refusal of the topics (nor a plan a parent thread was running when it forked)."""
        self._slot.connection = None
        self._slot.loop = None
        self._plan, self._outcome = self._core.run(), None

    @property
    def topics(self) -> tuple[str, ...]:
        """The topics subscribed now (re-sent on every reconnect)."""
        return tuple(self._core.topics)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(url={self.url!r}, topics={list(self._core.topics)!r})"


class EventStream(_Stream):
    """``with vb.events.subscribe([...]) as stream: for event in stream: ...``. Reconnects by
    itself; ``close()`` (or leaving the ``with``) ends the iteration, from any thread."""

    def __init__(self, url: str, headers: Mapping[str, str], secrets: tuple[str, ...], core: EventCore,
                 way: Route) -> None:  # fmt: skip
        super().__init__(url, headers, secrets, core, way)
        self._wake = threading.Event()
        weakref.finalize(self, _abandon_sync, self._slot)

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> Event:
        while not self._closed:
            try:
                step = self._plan.send(self._outcome)
            except BaseException:
                self.close()
                raise
            if isinstance(step, Emit):
                self._outcome = None
                return step.event
            self._outcome = self._do(step)
        raise StopIteration

    def _do(self, step: StreamStep) -> StreamOutcome:
        try:
            if isinstance(step, Connect):
                _sync_connect(self.url, self._options(), self._slot)
                if self._closed:  # closed while connecting
                    _end_sync(self._slot)
            elif isinstance(step, SendFrame):
                self._live().send(step.text)
            elif isinstance(step, Receive):
                connection = self._live()
                try:
                    return connection.recv(step.timeout)
                except TimeoutError:
                    return Quiet(connection.heard)  # type: ignore[attr-defined]
            elif isinstance(step, Drop):
                self._live().close_socket()
            elif isinstance(step, Wait):
                self._wake.wait(step.seconds)
        except Exception as exc:
            return lost(exc, self._secrets)
        return None

    def _live(self) -> websockets.sync.client.ClientConnection:
        if self._slot.connection is None:
            raise ConnectionError("not connected (the process forked)")
        return self._slot.connection  # type: ignore[no-any-return]

    def subscribe(self, topics: Iterable[str]) -> None:
        """Add topics now; they are re-sent after every reconnect."""
        self._send(self._core.subscribe(topics))

    def unsubscribe(self, topics: Iterable[str]) -> None:
        """Drop topics now; they are no longer re-sent after a reconnect."""
        self._send(self._core.unsubscribe(topics))

    def _send(self, text: str | None) -> None:
        # A failed send needs nothing: the reconnect sends every current topic.
        if text is not None and self._slot.connection is not None:
            try:
                self._slot.connection.send(text)
            except Exception as exc:
                logger.info("events: send failed (%s); sent again on reconnect", lost(exc, self._secrets).reason)

    def close(self) -> None:
        """End the iteration and close the connection, a handshake in progress at once; idempotent."""
        self._closed = True
        self._wake.set()
        _end_sync(self._slot)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncEventStream(_Stream):
    """``async with avb.events.subscribe([...]) as stream: async for event in stream: ...``."""

    def __init__(self, url: str, headers: Mapping[str, str], secrets: tuple[str, ...], core: EventCore,
                 way: Route) -> None:  # fmt: skip
        super().__init__(url, headers, secrets, core, way)
        self._wake = asyncio.Event()
        self._connecting: asyncio.Task[Any] | None = None
        self._silence = SilenceTimer()
        weakref.finalize(self, _abandon_async, self._slot)

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> Event:
        while not self._closed:
            try:
                step = self._plan.send(self._outcome)
            except BaseException:
                await self.close()
                raise
            if isinstance(step, Emit):
                self._outcome = None
                return step.event
            self._outcome = await self._do(step)
        raise StopAsyncIteration

    async def _do(self, step: StreamStep) -> StreamOutcome:
        try:
            if isinstance(step, Connect):
                self._slot.loop = asyncio.get_running_loop()
                self._connecting = asyncio.ensure_future(_async_connect(self.url, self._options(), self._slot))
                try:
                    await self._connecting
                except BaseException as exc:
                    self._slot.connection = None  # never opened: nothing to close
                    if not (isinstance(exc, asyncio.CancelledError) and self._closed):  # else close() cancelled it
                        raise
                    return None
                finally:
                    self._connecting = None
                if self._closed:
                    await self._live().close()
            elif isinstance(step, SendFrame):
                await self._live().send(step.text)
            elif isinstance(step, Receive):
                connection = self._live()
                try:  # not wait_for nor asyncio.timeout: a task or a timer a frame (see _silence)
                    return await self._silence.receive(connection, step.timeout)
                except TimeoutError:
                    return Quiet(connection.heard)  # type: ignore[attr-defined]
            elif isinstance(step, Drop):
                self._live().transport.abort()
            elif isinstance(step, Wait):
                with contextlib.suppress(TimeoutError):  # woken early by close()
                    await asyncio.wait_for(self._wake.wait(), step.seconds)
        except Exception as exc:
            return lost(exc, self._secrets)
        return None

    def forget_connection(self) -> None:
        """Also what belonged to the parent's event loop: the handshake task, and the wake-up
        event (bound to the loop that first waited on it, it would refuse the child's)."""
        super().forget_connection()
        self._connecting = None
        self._wake = asyncio.Event()
        self._silence = SilenceTimer()  # the parent's timer is in the parent's loop
        if self._closed:
            self._wake.set()

    def _live(self) -> websockets.asyncio.client.ClientConnection:
        if self._slot.connection is None:
            raise ConnectionError("not connected (the process forked)")
        return self._slot.connection  # type: ignore[no-any-return]

    async def subscribe(self, topics: Iterable[str]) -> None:
        """Add topics now; they are re-sent after every reconnect."""
        await self._send(self._core.subscribe(topics))

    async def unsubscribe(self, topics: Iterable[str]) -> None:
        """Drop topics now; they are no longer re-sent after a reconnect."""
        await self._send(self._core.unsubscribe(topics))

    async def _send(self, text: str | None) -> None:
        if text is not None and self._slot.connection is not None:
            try:
                await self._slot.connection.send(text)
            except Exception as exc:
                logger.info("events: send failed (%s); sent again on reconnect", lost(exc, self._secrets).reason)

    async def close(self) -> None:
        """End the iteration and close the connection, a handshake in progress at once; idempotent."""
        self._closed = True
        self._wake.set()
        self._silence.stop()
        if self._connecting is not None:
            self._connecting.cancel()
        elif self._slot.connection is not None:
            await self._slot.connection.close()

    aclose = close

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


def _sync_connect(url: str, options: dict[str, Any], slot: Slot) -> None:
    import websockets.sync.client

    factory = hearing(websockets.sync.client.ClientConnection, slot)
    reconnect = getattr(websockets.sync.client, "reconnect", None)
    if isinstance(reconnect, type):  # websockets 17.2+ follows redirects: only within the origin here
        same_origin(reconnect)(url, create_connection=factory, **options).connect()
    else:  # earlier, the threading client follows none
        connect: Any = websockets.sync.client.connect
        connect(url, create_connection=factory, **options)


async def _async_connect(url: str, options: dict[str, Any], slot: Slot) -> None:
    import websockets.asyncio.client

    connect = same_origin(websockets.asyncio.client.connect)
    await connect(url, create_connection=hearing(websockets.asyncio.client.ClientConnection, slot), **options)


def _end_sync(slot: Slot) -> None:
    """Close the connection: gracefully once open; during its handshake, the socket at once."""
    connection = slot.connection
    if connection is None:
        return
    from websockets.protocol import State

    with contextlib.suppress(Exception):
        if connection.protocol.state is State.CONNECTING:
            connection.close_socket()
        else:
            connection.close()


def _abandon_sync(slot: Slot) -> None:
    """A stream collected unclosed: its socket closed, which ends websockets' thread."""
    if slot.connection is not None:
        with contextlib.suppress(Exception):
            slot.connection.close_socket()


def _abandon_async(slot: Slot) -> None:
    """An asyncio stream collected unclosed: its transport aborted, in its loop's thread."""
    if slot.connection is not None and slot.loop is not None and not slot.loop.is_closed():
        with contextlib.suppress(Exception):
            slot.loop.call_soon_threadsafe(slot.connection.transport.abort)


def events_url(base_url: str, *, service_agent: bool = False) -> str:
    """The WebSocket URL under ``base_url``: https becomes wss, http ws; nothing in the query,
    ever (the credential goes in a header or cookie, like every other request)."""
    scheme, sep, rest = base_url.partition("://")
    schemes = {"https": "wss", "http": "ws"}
    if not sep or scheme.lower() not in schemes:
        raise ValueError(f"base_url must start with https:// or http:// to derive the events URL, got {base_url!r}")
    path = rest.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    return f"{schemes[scheme.lower()]}://{path}{'/service_agents/ws' if service_agent else '/ws'}"


class _Events:
    def __init__(self, client: BaseClient[Any]) -> None:
        self._client = client
        self._streams: weakref.WeakSet[Any] = weakref.WeakSet()  # what the client's close() closes

    def _parts(
        self, topics: Iterable[str], service_agent: bool, silence_limit: float
    ) -> tuple[str, dict[str, str], tuple[str, ...], EventCore, Route]:
        client = self._client
        url = events_url(client.base_url, service_agent=service_agent)
        core = EventCore(topics, silence_limit=silence_limit)
        return url, client._credential.stream_headers(), client._secrets, core, route(client._http, url)


class Events(_Events):
    """``vb.events``: real-time events over the WebSocket."""

    def subscribe(
        self, topics: Iterable[str] = (), *, service_agent: bool = False,
        silence_limit: float = EVENTS_SILENCE_LIMIT,
    ) -> EventStream:  # fmt: skip
        """A stream of the events of ``topics`` (see voipbin.topic). It connects when iterated.
        ``service_agent=True`` uses /service_agents/ws; ``silence_limit`` is how long without
        any frame (the server pings every 10 s) before the connection is taken as dead."""
        stream = EventStream(*self._parts(topics, service_agent, silence_limit))
        self._streams.add(stream)
        return stream

    def close(self) -> None:
        """Close every stream this client opened (the client's close() does)."""
        for stream in list(self._streams):
            stream.close()


class AsyncEvents(_Events):
    """``avb.events``: real-time events over the WebSocket, for asyncio."""

    def subscribe(
        self, topics: Iterable[str] = (), *, service_agent: bool = False,
        silence_limit: float = EVENTS_SILENCE_LIMIT,
    ) -> AsyncEventStream:  # fmt: skip
        """As ``Events.subscribe``; use with ``async with`` and ``async for``."""
        stream = AsyncEventStream(*self._parts(topics, service_agent, silence_limit))
        self._streams.add(stream)
        return stream

    async def close(self) -> None:
        """Close every stream this client opened (the client's close() does)."""
        for stream in list(self._streams):
            await stream.close()
