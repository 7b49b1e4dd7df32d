"""Which failures are retried, how often, how long the SDK waits, and with which request id."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import voipbin
from voipbin import AsyncVoipbin, Voipbin

from tests.loopback import Loopback, closed_port

ROUTE = {"id": "491b6858-5357-11ed-b753-8fd49cd36340", "target": "all"}
CALLS: dict[str, Callable[[Voipbin], Any]] = {
    "GET": lambda vb: vb.routes.get("r1"),
    "PUT": lambda vb: vb.routes.update("r1", provider_id="p", priority=1, target="+82"),
    "DELETE": lambda vb: vb.routes.delete("r1"),
    "POST": lambda vb: vb.routes.create(customer_id="c", provider_id="p", priority=1, target="+82"),
}
RETRIED = {  # (method, status) -> retried?
    **{(m, 429): True for m in CALLS},
    **{(m, s): m != "POST" for m in CALLS for s in (502, 503, 504)},
    **{(m, s): False for m in CALLS for s in (400, 404, 409, 500)},
}


@pytest.mark.parametrize(("method", "status"), sorted(RETRIED))
def test_retry_decision_for_each_method_and_status(
    server: Loopback, make_client: Callable[..., Voipbin], sleeps: list[float], method: str, status: int
) -> None:
    server.reply(status, times=3)
    with pytest.raises(voipbin.APIError) as caught:
        CALLS[method](make_client(max_retries=2))
    expected_attempts = 3 if RETRIED[method, status] else 1
    assert len(server.requests) == expected_attempts
    assert caught.value.status_code == status
    assert len(sleeps) == expected_attempts - 1
    assert all(0 <= s <= 8 for s in sleeps)


@pytest.mark.parametrize("method", sorted(CALLS))
def test_retry_then_success(server: Loopback, make_client: Callable[..., Voipbin], method: str) -> None:
    server.reply(429, headers={"Retry-After": "1"})
    server.reply(200, ROUTE)
    result = CALLS[method](make_client())
    assert str(result.target) == "all"
    assert len(server.requests) == 2


@pytest.mark.parametrize("method", sorted(CALLS))
def test_connection_refused_is_retried_for_every_method(
    make_client: Callable[..., Voipbin], sleeps: list[float], method: str
) -> None:
    vb = make_client()
    vb.base_url = f"http://127.0.0.1:{closed_port()}/v1.0"
    with pytest.raises(voipbin.APIConnectionError) as caught:
        CALLS[method](vb)
    assert not isinstance(caught.value, voipbin.APITimeoutError)
    assert len(sleeps) == 2  # the request never left: safe to resend, whatever the method


@pytest.mark.parametrize("method", sorted(CALLS))
def test_read_timeout_is_retried_only_when_idempotent(
    server: Loopback, make_client: Callable[..., Voipbin], method: str
) -> None:
    server.reply(200, ROUTE, delay=0.5, times=3)
    started = time.monotonic()
    with pytest.raises(voipbin.APITimeoutError):
        CALLS[method](make_client(timeout=0.1, max_retries=2))
    time.sleep(0.6)  # let the slow handlers record themselves
    assert len(server.requests) == (1 if method == "POST" else 3)
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("method", sorted(CALLS))
def test_dropped_connection_after_sending(server: Loopback, make_client: Callable[..., Voipbin], method: str) -> None:
    server.reply(drop=True, times=3)
    with pytest.raises(voipbin.APIConnectionError):
        CALLS[method](make_client())
    assert len(server.requests) == (1 if method == "POST" else 3)


def test_retry_after_seconds_is_honoured(
    server: Loopback, make_client: Callable[..., Voipbin], sleeps: list[float]
) -> None:
    server.reply(429, headers={"Retry-After": "7"})
    server.reply(200, ROUTE)
    make_client().routes.get("r1")
    assert sleeps == [7.0]


def test_retry_after_http_date_is_honoured(
    server: Loopback, make_client: Callable[..., Voipbin], sleeps: list[float]
) -> None:
    vb = make_client()
    now = 1_800_000_000.0
    vb._clock = lambda: now
    server.reply(503, headers={"Retry-After": email.utils.formatdate(now + 12, usegmt=True)})
    server.reply(200, ROUTE)
    vb.routes.get("r1")
    assert sleeps == [12.0]


def test_retry_after_over_60s_raises_at_once(
    server: Loopback, make_client: Callable[..., Voipbin], sleeps: list[float]
) -> None:
    server.reply(429, {"error": {"status": "RESOURCE_EXHAUSTED", "reason": "RATE_LIMITED", "message": "slow down",
                                 "request_id": "r", "details": [{"limited_by": "customer"}]}},
                 headers={"Retry-After": "3600"})  # fmt: skip
    with pytest.raises(voipbin.RateLimitError) as caught:
        make_client().routes.get("r1")
    assert caught.value.retry_after == 3600.0
    assert caught.value.details == [{"limited_by": "customer"}]
    assert sleeps == [] and len(server.requests) == 1


def test_429_without_retry_after_backs_off_with_jitter(
    server: Loopback, make_client: Callable[..., Voipbin], sleeps: list[float]
) -> None:
    vb = make_client(max_retries=3)
    vb._random = lambda: 1.0  # the top of each jitter window
    server.reply(429, times=4)
    with pytest.raises(voipbin.RateLimitError) as caught:
        vb.routes.get("r1")
    assert caught.value.retry_after is None
    assert sleeps == [0.5, 1.0, 2.0]


def test_one_request_id_across_retries(server: Loopback, make_client: Callable[..., Voipbin]) -> None:
    server.reply(503, times=3)
    with pytest.raises(voipbin.ServiceUnavailableError) as caught:
        make_client().routes.get("r1")
    ids = {r.headers["x-request-id"] for r in server.requests}
    assert len(server.requests) == 3 and len(ids) == 1
    assert caught.value.request_id in ids


def test_each_call_gets_its_own_request_id(server: Loopback, make_client: Callable[..., Voipbin]) -> None:
    server.reply(200, ROUTE, times=2)
    vb = make_client()
    vb.routes.get("r1")
    vb.routes.get("r1")
    assert server.requests[0].headers["x-request-id"] != server.requests[1].headers["x-request-id"]


def test_per_call_max_retries_and_timeout(server: Loopback, make_client: Callable[..., Voipbin]) -> None:
    server.reply(503)  # a retry would get the loopback's 599 instead
    with pytest.raises(voipbin.ServiceUnavailableError):
        make_client(max_retries=4).routes.get("r1", max_retries=0)
    assert len(server.requests) == 1
    server.reply(200, ROUTE, delay=0.5)
    with pytest.raises(voipbin.APITimeoutError):
        make_client().routes.get("r1", timeout=0.1, max_retries=0)


def test_pool_of_connection_errors_before_send_uses_mock_transport() -> None:
    """A ConnectTimeout (the peer never answered SYN) can't be made on loopback."""
    attempts: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        attempts.append(request.method)
        raise httpx.ConnectTimeout("timed out connecting", request=request)

    vb = Voipbin(token="t", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    vb._sleep_for = lambda seconds: None
    with pytest.raises(voipbin.APITimeoutError):
        vb.routes.create(customer_id="c", provider_id="p", priority=1, target="+82")
    assert attempts == ["POST"] * 3


async def test_async_retries_follow_the_same_rules(
    server: Loopback, make_async_client: Callable[..., AsyncVoipbin], sleeps: list[float]
) -> None:
    server.reply(503)
    async with make_async_client() as vb:
        with pytest.raises(voipbin.ServiceUnavailableError):
            await vb.routes.create(customer_id="c", provider_id="p", priority=1, target="+82")
        assert len(server.requests) == 1
        server.reply(502)
        server.reply(200, ROUTE)
        route = await vb.routes.get("r1")
    assert str(route.target) == "all"
    assert len(server.requests) == 3 and len(sleeps) == 1
