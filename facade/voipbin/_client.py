"""Voipbin and AsyncVoipbin: one object for auth, timeouts, retries and errors.

Both drive the same retry plan (``BaseClient._plan``); only sending and sleeping
differ. Every operation of the API hangs off them as ``vb.<resource>.<verb>()``
(generated, see voipbin/_resources).
"""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import Callable, Coroutine, Mapping
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx

from ._base_client import BaseClient, Outcome, Plan, Sleep, login_errors, login_request, login_token, refuse_cookies
from ._resources import AsyncResources, SyncResources
from ._stream import AsyncEvents, Events
from ._types import NOT_GIVEN, NotGiven, Timeout

T = TypeVar("T")


class Voipbin(SyncResources, BaseClient[httpx.Client]):
    """The synchronous client. ``with Voipbin(...) as vb:`` closes its connections.

    Voipbin(token=None, accesskey=None, *, base_url=None, timeout=NOT_GIVEN,
            max_retries=2, http_client=None, accesskey_in="cookie")
    """

    @classmethod
    def login(cls, username: str, password: str, **options: Any) -> Self:
        """POST <root>/auth/login and return a client using the token it answers.
        ``options`` are the constructor's (base_url, timeout, http_client...)."""
        client = cls(_anonymous=True, **options)
        request = login_request(client.base_url, username, password)
        del password  # not a local of this frame while the request runs: tracebacks may show locals
        try:
            with login_errors():
                token = client._request(request, login_token)
        except BaseException:
            client.close()
            raise
        client._use_credentials("token", token)
        return client

    @functools.cached_property
    def events(self) -> Events:
        """Real-time events: ``with vb.events.subscribe([voipbin.topic(...)]) as stream``."""
        return Events(self)

    def _request(
        self, request: Mapping[str, Any], parse: Callable[[httpx.Response], T], *,
        timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> T:  # fmt: skip
        """Send one API call with retries; raise its error or return ``parse(response)``."""
        return self._parse(self._drive(self._prepare(request, timeout, max_retries)), parse)

    def _drive(self, plan: Plan) -> httpx.Response:
        step = next(plan)
        while not isinstance(step, httpx.Response):
            step = plan.send(self._sleep_for(step.seconds) if isinstance(step, Sleep) else self._send(step))
        return step

    def _send(self, request: httpx.Request) -> Outcome:
        try:
            return self._http.send(request, follow_redirects=False)
        except httpx.TransportError as exc:
            return exc

    def _new_http(self) -> httpx.Client:
        return httpx.Client(cookies=refuse_cookies())

    def _default_sleep(self) -> Callable[[float], None]:
        return time.sleep

    def close(self) -> None:
        """Close the connection pool, unless it came from the caller (http_client=)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncVoipbin(AsyncResources, BaseClient[httpx.AsyncClient]):
    """The asyncio client. ``async with AsyncVoipbin(...) as vb:`` closes its connections.

    Takes the same arguments as Voipbin; http_client is an httpx.AsyncClient.
    """

    @classmethod
    async def login(cls, username: str, password: str, **options: Any) -> Self:
        """POST <root>/auth/login and return a client using the token it answers.
        ``options`` are the constructor's (base_url, timeout, http_client...)."""
        client = cls(_anonymous=True, **options)
        request = login_request(client.base_url, username, password)
        del password  # not a local of this frame while the request runs: tracebacks may show locals
        try:
            with login_errors():
                token = await client._request(request, login_token)
        except BaseException:
            await client.close()
            raise
        client._use_credentials("token", token)
        return client

    @functools.cached_property
    def events(self) -> AsyncEvents:
        """Real-time events: ``async with avb.events.subscribe([voipbin.topic(...)]) as stream``."""
        return AsyncEvents(self)

    async def _request(
        self, request: Mapping[str, Any], parse: Callable[[httpx.Response], T], *,
        timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> T:  # fmt: skip
        """Send one API call with retries; raise its error or return ``parse(response)``."""
        return self._parse(await self._drive(self._prepare(request, timeout, max_retries)), parse)

    async def _drive(self, plan: Plan) -> httpx.Response:
        step = next(plan)
        while not isinstance(step, httpx.Response):
            step = plan.send(await self._sleep_for(step.seconds) if isinstance(step, Sleep) else await self._send(step))
        return step

    async def _send(self, request: httpx.Request) -> Outcome:
        try:
            return await self._http.send(request, follow_redirects=False)
        except httpx.TransportError as exc:
            return exc

    def _new_http(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(cookies=refuse_cookies())

    def _default_sleep(self) -> Callable[[float], Coroutine[Any, Any, None]]:
        return asyncio.sleep

    async def close(self) -> None:
        """Close the connection pool, unless it came from the caller (http_client=)."""
        if self._owns_http:
            await self._http.aclose()

    aclose = close  # the name httpx uses

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
