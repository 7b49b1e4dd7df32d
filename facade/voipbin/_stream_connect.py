"""Opening the event stream's WebSocket, as the REST client would reach the server.

The stream goes the way the client's requests go: the TLS context of the transport the
client (or the caller's ``http_client``) uses for the server's URL (so its CA, or the
SDK's certifi bundle) and that transport's proxy. A handshake redirect is followed only
within the same origin: websockets (16.1 and later) strips the credential on a
cross-origin one, but the SDK does not connect elsewhere at all. websockets' own log
lines go through a logger that blanks this stream's credential wherever the server
echoes it (a reason phrase, an answer header).

What is held while a connection opens is a ``Slot``, never the stream itself, so that
close() can reach a handshake in progress and a stream dropped without close() can be
collected (its finalizer closes the socket, which ends websockets' thread).
"""

from __future__ import annotations

import logging
import ssl
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx

from ._constants import EVENTS_CLOSE_TIMEOUT, EVENTS_MAX_FRAME, EVENTS_MAX_QUEUE, EVENTS_OPEN_TIMEOUT, USER_AGENT
from ._exceptions import redact
from ._logging import RedactHeaderSecrets, add_filter_once
from ._transport import AsyncBorrowed, Borrowed, tls_context

C = TypeVar("C")


class CrossOriginRedirect(Exception):
    """The handshake was redirected to another scheme, host or port: not followed."""


@dataclass(frozen=True, slots=True)
class Route:
    """How the client reaches the server: the TLS context for wss://, and the proxy
    (a URL, True for websockets' reading of the environment, None for none)."""

    ssl: ssl.SSLContext | None
    proxy: str | bool | None


def route(http: httpx.Client | httpx.AsyncClient, url: str) -> Route:
    """The TLS context and proxy of the transport ``http`` sends ``url``'s requests through
    (the caller's, when it lent its http_client)."""
    target = httpx.URL("http" + url.removeprefix("ws"))
    transport: Any = http._transport_for_url(target)
    if isinstance(transport, Borrowed | AsyncBorrowed):  # the caller's http_client
        transport = transport._client._transport_for_url(target)
    pool = getattr(transport, "_pool", None)
    if pool is None:  # not an httpx transport: the SDK's bundle, the environment's proxy
        return Route(tls_context() if target.scheme == "https" else None, True)
    context = getattr(pool, "_ssl_context", None) or tls_context()
    proxy_url = getattr(pool, "_proxy_url", None)
    proxy = None
    if proxy_url is not None:
        scheme, host = proxy_url.scheme.decode(), proxy_url.host.decode()
        proxy = f"{scheme}://{host}:{proxy_url.port or (443 if scheme == 'https' else 80)}"
    return Route(context if target.scheme == "https" else None, proxy)


class Slot:
    """A stream's connection, once its object exists (during the handshake already)."""

    def __init__(self) -> None:
        self.connection: Any = None
        self.loop: Any = None  # the asyncio stream's event loop


class RedactingLogger(logging.LoggerAdapter):  # type: ignore[type-arg]
    """websockets.client's logger for one stream: its credential blanked in every line."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__(logging.getLogger("websockets.client"), {})
        self._secrets = tuple(secrets)

    def log(self, level: int, msg: object, *args: object, **kwargs: Any) -> None:
        if self.isEnabledFor(level):
            text = str(msg) % args if args else str(msg)
            self.logger.log(level, redact(text, self._secrets), **kwargs)


def connect_options(
    headers: Mapping[str, str], silence_limit: float, way: Route, secrets: Iterable[str]
) -> dict[str, Any]:
    """What both clients pass to websockets' connect. The library answers pings. Its own,
    three per silence limit, only draw pongs, so that a server that does not ping is still
    heard (ping_timeout None: the silence rule alone decides)."""
    add_filter_once("websockets.client", RedactHeaderSecrets)
    options = {
        "additional_headers": dict(headers),
        "user_agent_header": USER_AGENT,
        "open_timeout": EVENTS_OPEN_TIMEOUT,
        "close_timeout": EVENTS_CLOSE_TIMEOUT,
        "ping_interval": silence_limit / 3,
        "ping_timeout": None,
        "max_queue": EVENTS_MAX_QUEUE,
        "max_size": EVENTS_MAX_FRAME,
        "proxy": way.proxy,
        "logger": RedactingLogger(secrets),
    }
    if way.ssl is not None:
        options["ssl"] = way.ssl
    return options


def origin(uri: str) -> tuple[str, str, int | None]:
    url = httpx.URL("http" + uri.removeprefix("ws"))
    return url.scheme, url.host, url.port


_SAME_ORIGIN: dict[Any, Any] = {}


def same_origin(connect: type[Any]) -> Any:
    """websockets' ``connect`` class, following a handshake redirect only within the origin."""
    if connect not in _SAME_ORIGIN:

        class SameOrigin(connect):  # type: ignore[misc]
            def process_redirect(self, exc: Exception) -> Exception | str:
                target: Exception | str = super().process_redirect(exc)
                if isinstance(target, str) and origin(target) != origin(self.uri):
                    return CrossOriginRedirect(f"the handshake was redirected to another origin ({origin(target)[1]})")
                return target

        _SAME_ORIGIN[connect] = SameOrigin
    return _SAME_ORIGIN[connect]


_HEARING: dict[type[Any], type[Any]] = {}


def hearing(base: type[C], slot: Slot) -> Callable[..., C]:
    """A factory of ``base`` connections that note when they last received a frame of any
    kind, pings included (recv() sees only messages, and the server's pings are what tell
    a quiet line from a dead one), each put in ``slot`` as soon as it exists."""
    if base not in _HEARING:

        class Hearing(base):  # type: ignore[misc, valid-type]
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                self.heard = time.monotonic()
                super().__init__(*args, **kwargs)

            def process_event(self, event: Any) -> None:
                self.heard = time.monotonic()
                super().process_event(event)

        _HEARING[base] = Hearing
    kind = _HEARING[base]

    def make(*args: Any, **kwargs: Any) -> C:
        connection = kind(*args, **kwargs)
        # websockets 17.1+ warns when a threading connection not entered as a context manager
        # is closed; the SDK enters each one it keeps, but close() may come before it has.
        connection.pending_legacy_warning = False
        slot.connection = connection
        return connection  # type: ignore[no-any-return]

    return make
