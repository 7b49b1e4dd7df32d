"""The ``api`` fixture: each core test runs once on Voipbin and once on AsyncVoipbin."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from voipbin import AsyncVoipbin, Voipbin
from voipbin._request import Request

from tests.loopback import Loopback

CANARY_TOKEN = "canary-TOKEN-7f3a9"
CANARY_KEY = "canary-ACCESSKEY-51c2"
CANARY_PASSWORD = "canary-PASSWORD-e8d0"
ROUTE = {"id": "491b6858-5357-11ed-b753-8fd49cd36340", "target": "all"}

Client = Voipbin | AsyncVoipbin


def json_body(response: httpx.Response) -> Any:
    return response.json()


class Api:
    """Drives either client with the same test code: ``api.run`` awaits on the async
    side (one event loop per test, so pooled connections stay valid)."""

    def __init__(self, mode: str, server: Loopback, sleeps: list[float]) -> None:
        self.mode = mode
        self.server = server
        self.sleeps = sleeps
        self.cls: type[Voipbin] | type[AsyncVoipbin] = AsyncVoipbin if mode == "async" else Voipbin
        self._runner = asyncio.Runner() if mode == "async" else None
        self._clients: list[Client] = []

    def run(self, value: Any) -> Any:
        if inspect.iscoroutine(value):
            assert self._runner is not None, "a coroutine from the sync client"
            return self._runner.run(value)
        return value

    def http_client(self, **kwargs: Any) -> Any:
        """An httpx client of the kind this mode's Voipbin takes (the caller's own pool)."""
        return httpx.AsyncClient(**kwargs) if self.mode == "async" else httpx.Client(**kwargs)

    def client(self, *, transport: httpx.MockTransport | None = None, **options: Any) -> Any:
        """A client on the loopback server (or on ``transport``) that records its sleeps."""
        options.setdefault("base_url", self.server.base_url)
        if "accesskey" not in options:
            options.setdefault("token", CANARY_TOKEN)
        if transport is not None:
            options["http_client"] = self.http_client(transport=transport)
        return self.adopt(self.cls(**options))

    def login(self, username: str, password: str, **options: Any) -> Any:
        options.setdefault("base_url", self.server.base_url)
        return self.adopt(self.run(self.cls.login(username, password, **options)))

    def adopt(self, client: Any) -> Any:
        """Record sleeps instead of sleeping; close the client when the test ends."""
        if self.mode == "async":

            async def record(seconds: float) -> None:
                self.sleeps.append(seconds)

            client._sleep_for = record
        else:
            client._sleep_for = self.sleeps.append
        self._clients.append(client)
        return client

    def call(
        self, client: Any, method: str = "get", url: str = "/routes/r1",
        parse: Callable[[httpx.Response], Any] = json_body, **kwargs: Any,
    ) -> Any:  # fmt: skip
        """One call through the core, ``_request``, as the resource layer makes it."""
        fields = {key: kwargs.pop(key) for key in ("params", "json", "headers", "content") if key in kwargs}
        return self.run(client._request(Request(method, url, **fields), parse, kwargs))

    def close(self, client: Any) -> None:
        self.run(client.close())

    def finish(self) -> None:
        for client in self._clients:
            self.close(client)
        if self._runner is not None:
            self._runner.close()


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture(params=["sync", "async"])
def api(request: pytest.FixtureRequest, server: Loopback, sleeps: list[float]) -> Iterator[Api]:
    harness = Api(request.param, server, sleeps)
    yield harness
    harness.finish()
