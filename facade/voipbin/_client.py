"""Voipbin and AsyncVoipbin: one object for auth, timeouts, retries and errors.

Both drive the same retry plan (``BaseClient._attempts``); only sending and
sleeping differ. Every operation of the API hangs off them as
``vb.<resource>.<verb>()`` (generated, see voipbin/_resources).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, TypeVar

import httpx

from ._base_client import BaseClient, Plan, Sleep, login_errors, login_request, login_token
from ._resources import AsyncResources, SyncResources
from ._types import NOT_GIVEN, NotGiven, Timeout

T = TypeVar("T")


class Voipbin(SyncResources, BaseClient):
    """The synchronous client. ``with Voipbin(...) as vb:`` closes its connections."""

    def __init__(
        self, token: str | None = None, accesskey: str | None = None, *,
        http_client: httpx.Client | None = None, **options: Any,
    ) -> None:  # fmt: skip
        super().__init__(token, accesskey, http_client=http_client, **options)
        self._http: httpx.Client = http_client or httpx.Client()

    @classmethod
    def login(cls, username: str, password: str, *, http_client: httpx.Client | None = None, **options: Any) -> Voipbin:
        """POST <root>/auth/login and return a client using the token it answers."""
        anonymous = cls(http_client=http_client, _anonymous=True, **options)
        with login_errors():
            token = anonymous._request(login_request(anonymous.base_url, username, password), login_token)
        return anonymous._logged_in(token)

    def _request(
        self, request: Mapping[str, Any], parse: Callable[[httpx.Response], T], *,
        timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> T:  # fmt: skip
        plan = self._prepare(request, timeout, max_retries)
        return self._parse(self._drive(plan), parse)

    def _drive(self, plan: Plan) -> httpx.Response:
        outcome: httpx.Response | Exception | None = None
        while True:
            try:
                action = plan.send(outcome)
            except StopIteration as done:
                response: httpx.Response = done.value
                return response
            if isinstance(action, Sleep):
                self._sleep_for(action.seconds)
                outcome = None
                continue
            try:
                outcome = self._http.send(action)
            except httpx.TransportError as exc:
                outcome = exc

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Voipbin:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncVoipbin(AsyncResources, BaseClient):
    """The asyncio client. ``async with AsyncVoipbin(...) as vb:`` closes its connections."""

    def __init__(
        self, token: str | None = None, accesskey: str | None = None, *,
        http_client: httpx.AsyncClient | None = None, **options: Any,
    ) -> None:  # fmt: skip
        super().__init__(token, accesskey, http_client=http_client, **options)
        self._http: httpx.AsyncClient = http_client or httpx.AsyncClient()
        self._sleep_for = asyncio.sleep

    @classmethod
    async def login(
        cls, username: str, password: str, *, http_client: httpx.AsyncClient | None = None, **options: Any
    ) -> AsyncVoipbin:
        """POST <root>/auth/login and return a client using the token it answers."""
        anonymous = cls(http_client=http_client, _anonymous=True, **options)
        with login_errors():
            token = await anonymous._request(login_request(anonymous.base_url, username, password), login_token)
        return anonymous._logged_in(token)

    async def _request(
        self, request: Mapping[str, Any], parse: Callable[[httpx.Response], T], *,
        timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> T:  # fmt: skip
        plan = self._prepare(request, timeout, max_retries)
        return self._parse(await self._drive(plan), parse)

    async def _drive(self, plan: Plan) -> httpx.Response:
        outcome: httpx.Response | Exception | None = None
        while True:
            try:
                action = plan.send(outcome)
            except StopIteration as done:
                response: httpx.Response = done.value
                return response
            if isinstance(action, Sleep):
                await self._sleep_for(action.seconds)
                outcome = None
                continue
            try:
                outcome = await self._http.send(action)
            except httpx.TransportError as exc:
                outcome = exc

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncVoipbin:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
