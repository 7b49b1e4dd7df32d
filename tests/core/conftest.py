from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from voipbin import AsyncVoipbin, Voipbin

from tests.loopback import Loopback

CANARY_TOKEN = "canary-TOKEN-7f3a9"
CANARY_KEY = "canary-ACCESSKEY-51c2"
CANARY_PASSWORD = "canary-PASSWORD-e8d0"


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def make_client(server: Loopback, sleeps: list[float]) -> Iterator[Callable[..., Voipbin]]:
    """A sync client on the loopback server that records its sleeps instead of sleeping."""
    made: list[Voipbin] = []

    def make(**options: Any) -> Voipbin:
        options.setdefault("token", CANARY_TOKEN)
        client = Voipbin(base_url=server.base_url, **options)
        client._sleep_for = sleeps.append
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def make_async_client(server: Loopback, sleeps: list[float]) -> Callable[..., AsyncVoipbin]:
    def make(**options: Any) -> AsyncVoipbin:
        options.setdefault("token", CANARY_TOKEN)
        client = AsyncVoipbin(base_url=server.base_url, **options)

        async def record(seconds: float) -> None:
            sleeps.append(seconds)

        client._sleep_for = record
        return client

    return make
