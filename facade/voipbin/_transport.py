"""What every httpx client the SDK makes shares: one TLS context, no cookie jar, and
connection pools whose every socket operation ends with the attempt.

All of it is set here so that the sync and async clients, and a client borrowing a
caller's transport, cannot differ on it.

httpx bounds each socket read on its own: a status line and headers sent a byte at a
time never time out, however long they take in all. So the httpcore pools behind the
SDK's clients get a network backend (``Bounded``) that caps each read, write and TLS
handshake at the time the attempt has left, read from ``ATTEMPT_ENDS``, a context
variable the clients set around each attempt (outside an attempt: httpx's own timeouts,
unchanged).
"""

from __future__ import annotations

import contextvars
import functools
import ssl
import time
from collections.abc import Iterable, Iterator
from http.cookiejar import CookieJar, DefaultCookiePolicy
from typing import Any

import httpcore
import httpx

# When the attempt being sent in this thread or task must end (time.monotonic()); None: no end.
ATTEMPT_ENDS: contextvars.ContextVar[float | None] = contextvars.ContextVar("voipbin_attempt_ends", default=None)


@functools.cache
def tls_context() -> ssl.SSLContext:
    """One TLS context for every client the SDK makes, built as httpx builds its default
    (certifi, or SSL_CERT_FILE / SSL_CERT_DIR): loading the CA bundle takes about 50 ms,
    which each Voipbin() would otherwise pay again."""
    return httpx.create_ssl_context()


def refuse_cookies() -> CookieJar:
    """A jar that keeps nothing. The server ranks a ``token`` cookie above every other
    credential, so a kept login cookie would outlive the credential the client was given."""
    return CookieJar(policy=DefaultCookiePolicy(allowed_domains=[]))


class Borrowed(httpx.BaseTransport):
    """The transport a caller's client would use for a URL (mounts and proxies included).
    Not closed here: the caller's client owns it."""

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._client._transport_for_url(request.url).handle_request(request)


class AsyncBorrowed(httpx.AsyncBaseTransport):
    """Borrowed for an httpx.AsyncClient."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._client._transport_for_url(request.url).handle_async_request(request)


Pool = httpcore.ConnectionPool | httpcore.AsyncConnectionPool  # proxies' pools are subclasses


def pools(http: httpx.Client | httpx.AsyncClient) -> Iterator[Pool]:
    """The httpcore pools ``http`` sends through: its transport's and its proxy mounts',
    and, for a client made around a caller's http_client, that client's. A transport that
    is not httpx's own (a MockTransport, a caller's class) has none the SDK knows."""
    transports: Iterable[Any] = [http._transport, *http._mounts.values()]
    for transport in transports:
        if isinstance(transport, Borrowed | AsyncBorrowed):
            yield from pools(transport._client)
        pool = getattr(transport, "_pool", None)
        if isinstance(pool, Pool):
            yield pool


def bound_sockets(http: httpx.Client | httpx.AsyncClient) -> None:
    """Give each pool behind ``http`` the attempt-bounded network backend (once). A caller's
    pool too: outside the SDK's attempts the backend changes nothing of its reads."""
    for pool in pools(http):
        backend = pool._network_backend
        if isinstance(backend, Bounded | AsyncBounded):
            continue
        if isinstance(pool, httpcore.ConnectionPool) and isinstance(backend, httpcore.NetworkBackend):
            pool._network_backend = Bounded(backend)
        elif isinstance(pool, httpcore.AsyncConnectionPool) and isinstance(backend, httpcore.AsyncNetworkBackend):
            pool._network_backend = AsyncBounded(backend)


def time_left(timeout: float | None, late: type[httpcore.TimeoutException] = httpcore.ReadTimeout) -> float | None:
    """``timeout``, capped at what the current attempt has left; raises ``late`` once nothing
    is left (a socket timeout of 0 would mean non-blocking, not "no time"). Its kind says
    whether the request may have left (a retry of a POST depends on it)."""
    ends = ATTEMPT_ENDS.get()
    if ends is None:
        return timeout
    left = ends - time.monotonic()
    if left <= 0:
        raise late("the attempt's time ran out")
    return left if timeout is None else min(timeout, left)


def connect_left(timeout: float | None) -> float | None:
    """``time_left`` for opening a connection or its TLS: nothing was sent yet."""
    return time_left(timeout, httpcore.ConnectTimeout)


class BoundedStream(httpcore.NetworkStream):
    """A connection's socket, each operation held to ``time_left``."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, time_left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, time_left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return BoundedStream(self._stream.start_tls(ssl_context, server_hostname, connect_left(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class Bounded(httpcore.NetworkBackend):
    """The pool's network backend, its connections' streams wrapped in BoundedStream."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:  # fmt: skip
        return BoundedStream(
            self._backend.connect_tcp(host, port, connect_left(timeout), local_address, socket_options)
        )

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        return BoundedStream(self._backend.connect_unix_socket(path, connect_left(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class AsyncBoundedStream(httpcore.AsyncNetworkStream):
    """BoundedStream for asyncio (and trio)."""

    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max_bytes, time_left(timeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, time_left(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        return AsyncBoundedStream(await self._stream.start_tls(ssl_context, server_hostname, connect_left(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class AsyncBounded(httpcore.AsyncNetworkBackend):
    """Bounded for asyncio (and trio)."""

    def __init__(self, backend: httpcore.AsyncNetworkBackend) -> None:
        self._backend = backend

    async def connect_tcp(
        self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:  # fmt: skip
        stream = await self._backend.connect_tcp(host, port, connect_left(timeout), local_address, socket_options)
        return AsyncBoundedStream(stream)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        return AsyncBoundedStream(await self._backend.connect_unix_socket(path, connect_left(timeout), socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)
