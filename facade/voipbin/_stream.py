"""The WebSocket event stream: the sans-I/O core of ``_stream_plan``, driven by a sync and an async loop.

``EventStream`` and ``AsyncEventStream`` only do the socket I/O (the ``websockets``
library, imported on first connect so that ``import voipbin`` does not load it): they
carry out each step the core yields and send it back what happened.

Buffering is bounded: the library holds at most EVENTS_MAX_QUEUE frames of at most
EVENTS_MAX_FRAME bytes; past that the SDK stops reading, TCP pushes back, and the
server drops events for this connection, or the connection (its writes time out after
10 s; docs/server-behaviour.md#event-buffering). Events sent while the stream
reconnects are not replayed.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ._constants import (
    EVENTS_CLOSE_TIMEOUT,
    EVENTS_MAX_FRAME,
    EVENTS_MAX_QUEUE,
    EVENTS_OPEN_TIMEOUT,
    EVENTS_SILENCE_LIMIT,
    USER_AGENT,
)
from ._events import Event
from ._exceptions import redact
from ._logging import RedactHeaderSecrets, add_filter_once, logger
from ._retry import Wait
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
    """What a websockets or socket exception means to the core; the credential blanked out."""
    from websockets.exceptions import ConnectionClosed, InvalidStatus

    if isinstance(exc, InvalidStatus):
        return Lost(f"HTTP {exc.response.status_code} {exc.response.reason_phrase}", exc.response.status_code)
    if isinstance(exc, ConnectionClosed):
        code = exc.rcvd.code if exc.rcvd is not None else 1006
        return Lost(f"closed, code {code}")
    return Lost(redact(f"{type(exc).__name__}: {exc}", secrets))


def connect_options(headers: Mapping[str, str], silence_limit: float) -> dict[str, Any]:
    """What both clients pass to websockets' connect. The library answers pings. Its own,
    three per silence limit, only draw pongs, so that a server that does not ping is still
    heard (ping_timeout None: the silence rule alone decides)."""
    return {
        "additional_headers": dict(headers),
        "user_agent_header": USER_AGENT,
        "open_timeout": EVENTS_OPEN_TIMEOUT,
        "close_timeout": EVENTS_CLOSE_TIMEOUT,
        "ping_interval": silence_limit / 3,
        "ping_timeout": None,
        "max_queue": EVENTS_MAX_QUEUE,
        "max_size": EVENTS_MAX_FRAME,
    }


class _Stream:
    """What both streams share: the core, the URL and headers, the closed flag."""

    def __init__(self, url: str, headers: Mapping[str, str], secrets: tuple[str, ...], core: EventCore) -> None:
        self.url = url
        self._headers, self._secrets, self._core = dict(headers), secrets, core
        self._plan = core.run()
        self._outcome: StreamOutcome = None
        self._closed = False

    @property
    def topics(self) -> tuple[str, ...]:
        """The topics subscribed now (re-sent on every reconnect)."""
        return tuple(self._core.topics)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(url={self.url!r}, topics={list(self._core.topics)!r})"


class EventStream(_Stream):
    """``with vb.events.subscribe([...]) as stream: for event in stream: ...``. Reconnects by
    itself; ``close()`` (or leaving the ``with``) ends the iteration, from any thread."""

    def __init__(self, url: str, headers: Mapping[str, str], secrets: tuple[str, ...], core: EventCore) -> None:
        super().__init__(url, headers, secrets, core)
        self._connection: websockets.sync.client.ClientConnection | None = None
        self._wake = threading.Event()

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
                self._connection = _sync_connect(self.url, self._headers, self._core.silence_limit)
                if self._closed:  # closed while connecting
                    self._connection.close()
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
        assert self._connection is not None
        return self._connection

    def subscribe(self, topics: Iterable[str]) -> None:
        """Add topics now; they are re-sent after every reconnect."""
        self._send(self._core.subscribe(topics))

    def unsubscribe(self, topics: Iterable[str]) -> None:
        """Drop topics now; they are no longer re-sent after a reconnect."""
        self._send(self._core.unsubscribe(topics))

    def _send(self, text: str | None) -> None:
        # A failed send needs nothing: the reconnect sends every current topic.
        if text is not None and self._connection is not None:
            try:
                self._connection.send(text)
            except Exception as exc:
                logger.info("events: send failed (%s); sent again on reconnect", lost(exc, self._secrets).reason)

    def close(self) -> None:
        """End the iteration and close the connection; idempotent."""
        self._closed = True
        self._wake.set()
        if self._connection is not None:
            self._connection.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncEventStream(_Stream):
    """``async with avb.events.subscribe([...]) as stream: async for event in stream: ...``."""

    def __init__(self, url: str, headers: Mapping[str, str], secrets: tuple[str, ...], core: EventCore) -> None:
        super().__init__(url, headers, secrets, core)
        self._connection: websockets.asyncio.client.ClientConnection | None = None
        self._wake = asyncio.Event()

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
                self._connection = await _async_connect(self.url, self._headers, self._core.silence_limit)
                if self._closed:
                    await self._connection.close()
            elif isinstance(step, SendFrame):
                await self._live().send(step.text)
            elif isinstance(step, Receive):
                connection = self._live()
                try:
                    return await asyncio.wait_for(connection.recv(), step.timeout)
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

    def _live(self) -> websockets.asyncio.client.ClientConnection:
        assert self._connection is not None
        return self._connection

    async def subscribe(self, topics: Iterable[str]) -> None:
        """Add topics now; they are re-sent after every reconnect."""
        await self._send(self._core.subscribe(topics))

    async def unsubscribe(self, topics: Iterable[str]) -> None:
        """Drop topics now; they are no longer re-sent after a reconnect."""
        await self._send(self._core.unsubscribe(topics))

    async def _send(self, text: str | None) -> None:
        if text is not None and self._connection is not None:
            try:
                await self._connection.send(text)
            except Exception as exc:
                logger.info("events: send failed (%s); sent again on reconnect", lost(exc, self._secrets).reason)

    async def close(self) -> None:
        """End the iteration and close the connection; idempotent."""
        self._closed = True
        self._wake.set()
        if self._connection is not None:
            await self._connection.close()

    aclose = close

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


def _sync_connect(
    url: str, headers: Mapping[str, str], silence_limit: float
) -> websockets.sync.client.ClientConnection:
    import websockets.sync.client

    add_filter_once("websockets.client", RedactHeaderSecrets)
    connection_class = _hearing(websockets.sync.client.ClientConnection)
    connection: websockets.sync.client.ClientConnection = websockets.sync.client.connect(
        url, create_connection=connection_class, **connect_options(headers, silence_limit)
    )
    # Held across calls, so not in a ``with``: entering it by hand is what websockets 17.1
    # asks of a connection used directly (else a DeprecationWarning); close() ends it.
    return connection.__enter__()


async def _async_connect(
    url: str, headers: Mapping[str, str], silence_limit: float
) -> websockets.asyncio.client.ClientConnection:
    import websockets.asyncio.client

    add_filter_once("websockets.client", RedactHeaderSecrets)
    connection_class = _hearing(websockets.asyncio.client.ClientConnection)
    return await websockets.asyncio.client.connect(
        url, create_connection=connection_class, **connect_options(headers, silence_limit)
    )


_HEARING: dict[type[Any], type[Any]] = {}
C = TypeVar("C")


def _hearing(base: type[C]) -> type[C]:
    """``base`` noting when it last received a frame of any kind, pings included: recv()
    sees only messages, and the server's pings are what tell a quiet line from a dead one."""
    if base not in _HEARING:

        class Hearing(base):  # type: ignore[misc, valid-type]
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                self.heard = time.monotonic()
                super().__init__(*args, **kwargs)

            def process_event(self, event: Any) -> None:
                self.heard = time.monotonic()
                super().process_event(event)

        _HEARING[base] = Hearing
    return _HEARING[base]


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

    def _parts(
        self, topics: Iterable[str], service_agent: bool, silence_limit: float
    ) -> tuple[str, dict[str, str], tuple[str, ...], EventCore]:
        client = self._client
        url = events_url(client.base_url, service_agent=service_agent)
        core = EventCore(topics, silence_limit=silence_limit)
        return url, client._credential.stream_headers(), client._secrets, core


class Events(_Events):
    """``vb.events``: real-time events over the WebSocket."""

    def subscribe(
        self, topics: Iterable[str] = (), *, service_agent: bool = False,
        silence_limit: float = EVENTS_SILENCE_LIMIT,
    ) -> EventStream:  # fmt: skip
        """A stream of the events of ``topics`` (see voipbin.topic). It connects when iterated.
        ``service_agent=True`` uses /service_agents/ws; ``silence_limit`` is how long without
        any frame (the server pings every 10 s) before the connection is taken as dead."""
        return EventStream(*self._parts(topics, service_agent, silence_limit))


class AsyncEvents(_Events):
    """``avb.events``: real-time events over the WebSocket, for asyncio."""

    def subscribe(
        self, topics: Iterable[str] = (), *, service_agent: bool = False,
        silence_limit: float = EVENTS_SILENCE_LIMIT,
    ) -> AsyncEventStream:  # fmt: skip
        """As ``Events.subscribe``; use with ``async with`` and ``async for``."""
        return AsyncEventStream(*self._parts(topics, service_agent, silence_limit))
