"""Which failures are retried, how often, how long the SDK waits, and with which request id.

The rule: GET, PUT, DELETE on connection errors, 429, 502, 503, 504; any method on 429
and on a connection that failed before the request was sent; never a POST that may have
reached the server (docs/server-behaviour.md#no-idempotency,
docs/server-behaviour.md#retry-after).

The one home of the retry tests: the policy method by method and status by status, then
every fault of the catalog (tests/reliability/faults.py) on both clients, whose rows go to
docs/reliability.md. The bound on a whole call is tests/reliability/test_deadlines.py.
"""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest
import voipbin
from voipbin._retry import backoff, parse_retry_after, retry_exception, retry_status

from tests.core.conftest import ROUTE, Api
from tests.loopback import Loopback, closed_port
from tests.reliability.conftest import Recorder
from tests.reliability.faults import FAULTS, Fault, each, resent_only_after_429, run
from tests.reliability.faults import METHODS as FAULT_METHODS
from tests.reliability.faults import ROUTE as FAULT_ROUTE

METHODS = ["get", "put", "delete", "post"]
IDEMPOTENT = {"get", "put", "delete"}
STATUSES = [400, 401, 404, 409, 429, 500, 502, 503, 504]


def _retried(method: str, status: int) -> bool:
    """Bare statuses: no Retry-After, no limited_by, so a 429 may come from a backend after the work."""
    return status in (429, 502, 503, 504) and method in IDEMPOTENT


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("method", METHODS)
def test_retry_decision_for_each_method_and_status(
    api: Api, server: Loopback, sleeps: list[float], method: str, status: int
) -> None:
    server.reply(status, times=3)
    with pytest.raises(voipbin.APIError) as caught:
        api.call(api.client(max_retries=2), method)
    attempts = 3 if _retried(method, status) else 1
    assert len(server.requests) == attempts
    assert {r.method for r in server.requests} == {method.upper()}
    assert caught.value.status_code == status
    assert len(sleeps) == attempts - 1


@pytest.mark.parametrize("method", METHODS)
def test_retry_then_success(api: Api, server: Loopback, method: str) -> None:
    server.reply(429, {"error": {"status": "RESOURCE_EXHAUSTED", "details": [{"limited_by": "customer"}]}})
    server.reply(200, ROUTE)
    assert api.call(api.client(), method) == ROUTE
    assert len(server.requests) == 2


def test_exhausted_retries_raise_the_last_answers_error(api: Api, server: Loopback) -> None:
    server.reply(503)
    server.reply(429)
    server.reply(502, headers={"X-Request-Id": "last"})
    with pytest.raises(voipbin.InternalServerError) as caught:
        api.call(api.client(max_retries=2))
    assert caught.value.status_code == 502
    assert caught.value.request_id == "last"


@pytest.mark.parametrize("method", METHODS)
def test_connection_refused_is_retried_for_every_method(
    api: Api, sleeps: list[float], method: str
) -> None:  # fmt: skip
    vb = api.client(base_url=f"http://127.0.0.1:{closed_port()}/v1.0")
    with pytest.raises(voipbin.APIConnectionError) as caught:
        api.call(vb, method)
    assert type(caught.value) is voipbin.APIConnectionError
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert len(sleeps) == 2  # the request never left: safe to resend, whatever the method


@pytest.mark.parametrize("method", METHODS)
def test_read_timeout_is_retried_only_when_idempotent(api: Api, server: Loopback, method: str) -> None:
    server.reply(200, ROUTE, delay=0.3, times=3)
    # Only the read is tight: on a loaded machine a 50 ms connect could time out first (retried
    # for every method, as the request never left), and the count would prove nothing.
    with pytest.raises(voipbin.APITimeoutError) as caught:
        api.call(api.client(timeout=httpx.Timeout(5.0, read=0.05), max_retries=2), method)
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    expected = 3 if method in IDEMPOTENT else 1
    assert len(server.wait_for(expected)) == expected  # the server may log the last one after the client gave up


@pytest.mark.parametrize("method", METHODS)
def test_connection_dropped_before_an_answer(api: Api, server: Loopback, method: str) -> None:
    server.reply(drop=True, times=3)
    with pytest.raises(voipbin.APIConnectionError) as caught:
        api.call(api.client(), method)
    assert type(caught.value) is voipbin.APIConnectionError
    assert len(server.requests) == (3 if method in IDEMPOTENT else 1)


@pytest.mark.parametrize("method", METHODS)
def test_connection_dropped_in_the_middle_of_the_body(api: Api, server: Loopback, method: str) -> None:
    server.reply(200, ROUTE, partial=True, times=3)
    with pytest.raises(voipbin.APIConnectionError):
        api.call(api.client(), method)
    assert len(server.requests) == (3 if method in IDEMPOTENT else 1)


TRANSPORT_ERRORS: list[tuple[type[httpx.TransportError], bool, type[voipbin.APIConnectionError]]] = [
    # (raised by httpx, failed before the request was sent, what the SDK raises)
    (httpx.ConnectError, True, voipbin.APIConnectionError),
    (httpx.ConnectTimeout, True, voipbin.APITimeoutError),
    (httpx.PoolTimeout, True, voipbin.APITimeoutError),
    (httpx.WriteError, False, voipbin.APIConnectionError),
    (httpx.WriteTimeout, False, voipbin.APITimeoutError),
    (httpx.ReadError, False, voipbin.APIConnectionError),
    (httpx.ReadTimeout, False, voipbin.APITimeoutError),
    (httpx.RemoteProtocolError, False, voipbin.APIConnectionError),
]


@pytest.mark.parametrize(("exc", "before_sending", "raised"), TRANSPORT_ERRORS)
@pytest.mark.parametrize("method", METHODS)
def test_retry_decision_for_each_method_and_transport_error(
    api: Api, method: str, exc: type[httpx.TransportError], before_sending: bool,
    raised: type[voipbin.APIConnectionError],
) -> None:  # fmt: skip
    """MockTransport: a connect or pool timeout can't be made to happen on loopback."""
    attempts: list[str] = []

    def fail(request: httpx.Request) -> httpx.Response:
        attempts.append(request.method)
        raise exc("failed", request=request)

    with pytest.raises(voipbin.APIConnectionError) as caught:
        api.call(api.client(transport=httpx.MockTransport(fail), max_retries=2), method)
    assert type(caught.value) is raised
    assert caught.value.__cause__.__class__ is exc
    assert len(attempts) == (3 if before_sending or method in IDEMPOTENT else 1)


def test_unrecoverable_transport_errors_are_not_retried(api: Api) -> None:
    attempts: list[str] = []

    def fail(request: httpx.Request) -> httpx.Response:
        attempts.append(request.method)
        raise httpx.LocalProtocolError("bad header", request=request)

    with pytest.raises(voipbin.APIConnectionError):
        api.call(api.client(transport=httpx.MockTransport(fail)), "get")
    assert attempts == ["GET"]


def test_retry_after_seconds_is_honoured(api: Api, server: Loopback, sleeps: list[float]) -> None:
    server.reply(429, headers={"Retry-After": "7"})
    server.reply(503, headers={"Retry-After": "0"})
    server.reply(200, ROUTE)
    api.call(api.client(max_retries=3))
    assert sleeps == [7.0, 0.0]


def test_retry_after_http_date_is_honoured(api: Api, server: Loopback, sleeps: list[float]) -> None:
    vb = api.client()
    now = 1_800_000_000.0
    vb._clock = lambda: now
    server.reply(503, headers={"Retry-After": email.utils.formatdate(now + 12, usegmt=True)})
    server.reply(429, headers={"Retry-After": email.utils.formatdate(now - 30, usegmt=True)})  # already past
    server.reply(200, ROUTE)
    api.call(vb)
    assert sleeps == [12.0, 0.0]


@pytest.mark.parametrize("method", METHODS)
def test_retry_after_over_60s_raises_at_once(api: Api, server: Loopback, sleeps: list[float], method: str) -> None:
    server.reply(429, {"error": {"status": "RESOURCE_EXHAUSTED", "reason": "RATE_LIMITED", "message": "slow down",
                                 "request_id": "r", "details": [{"limited_by": "customer"}]}},
                 headers={"Retry-After": "61"})  # fmt: skip
    with pytest.raises(voipbin.RateLimitError) as caught:
        api.call(api.client(), method)
    assert caught.value.retry_after == 61.0
    assert caught.value.details == [{"limited_by": "customer"}]
    assert sleeps == [] and len(server.requests) == 1


def test_retry_after_of_exactly_60s_is_waited(api: Api, server: Loopback, sleeps: list[float]) -> None:
    server.reply(429, headers={"Retry-After": "60"})
    server.reply(200, ROUTE)
    api.call(api.client())
    assert sleeps == [60.0]


def test_retry_after_date_over_60s_raises_at_once(api: Api, server: Loopback, sleeps: list[float]) -> None:
    vb = api.client()
    now = 1_800_000_000.0
    vb._clock = lambda: now
    server.reply(429, headers={"Retry-After": email.utils.formatdate(now + 3600, usegmt=True)})
    with pytest.raises(voipbin.RateLimitError) as caught:
        api.call(vb)
    assert caught.value.retry_after == 3600.0
    assert sleeps == []


def test_a_503_with_a_long_retry_after_raises_at_once(api: Api, server: Loopback, sleeps: list[float]) -> None:
    server.reply(503, headers={"Retry-After": "120"})
    with pytest.raises(voipbin.ServiceUnavailableError):
        api.call(api.client())
    assert sleeps == [] and len(server.requests) == 1


def test_rate_limit_error_keeps_retry_after_when_retries_run_out(api: Api, server: Loopback) -> None:
    server.reply(429, headers={"Retry-After": "3"})
    with pytest.raises(voipbin.RateLimitError) as caught:
        api.call(api.client(max_retries=0))
    assert caught.value.retry_after == 3.0
    server.reply(429)  # a backend's 429: no Retry-After
    with pytest.raises(voipbin.RateLimitError) as caught:
        api.call(api.client(max_retries=0))
    assert caught.value.retry_after is None


def test_backoff_without_retry_after_is_exponential_with_full_jitter(
    api: Api, server: Loopback, sleeps: list[float]
) -> None:
    top = api.client(max_retries=4)
    top._random = lambda: 1.0  # the top of each jitter window
    server.reply(503, times=5)
    with pytest.raises(voipbin.ServiceUnavailableError):
        api.call(top)
    windows = list(sleeps)
    assert len(windows) == 4 and windows[0] > 0
    assert windows[1] == 2 * windows[0] and windows[2] == 2 * windows[1]
    assert windows[3] <= 2 * windows[2]
    sleeps.clear()
    low = api.client(max_retries=4)
    low._random = lambda: 0.25
    server.reply(503, times=5)
    with pytest.raises(voipbin.ServiceUnavailableError):
        api.call(low)
    assert sleeps == [w * 0.25 for w in windows]


def test_backoff_is_capped(api: Api, server: Loopback, sleeps: list[float]) -> None:
    vb = api.client(max_retries=12)
    vb._random = lambda: 1.0
    server.reply(502, times=13)
    with pytest.raises(voipbin.InternalServerError):
        api.call(vb)
    assert len(sleeps) == 12
    assert sleeps[-1] == sleeps[-2] == max(sleeps) < 60  # doubling stopped at a cap well under a minute


def test_one_request_id_across_retries(api: Api, server: Loopback) -> None:
    server.reply(503, times=3)
    with pytest.raises(voipbin.ServiceUnavailableError) as caught:
        api.call(api.client())
    ids = {r.headers["x-request-id"] for r in server.requests}
    assert len(server.requests) == 3 and len(ids) == 1
    assert caught.value.request_id in ids


def test_one_request_id_across_transport_retries(api: Api) -> None:
    ids: list[str] = []

    def fail(request: httpx.Request) -> httpx.Response:
        ids.append(request.headers["x-request-id"])
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(voipbin.APIConnectionError) as caught:
        api.call(api.client(transport=httpx.MockTransport(fail)), "post")
    assert len(ids) == 3 and len(set(ids)) == 1
    assert caught.value.request_id == ids[0]


def test_each_call_gets_its_own_request_id(api: Api, server: Loopback) -> None:
    server.reply(200, ROUTE, times=2)
    vb = api.client()
    api.call(vb)
    api.call(vb)
    assert server.requests[0].headers["x-request-id"] != server.requests[1].headers["x-request-id"]


def test_per_call_max_retries(api: Api, server: Loopback) -> None:
    server.reply(503)
    with pytest.raises(voipbin.ServiceUnavailableError):
        api.call(api.client(max_retries=4), max_retries=0)
    assert len(server.requests) == 1
    server.reply(503, times=3)
    server.reply(200, ROUTE)
    assert api.call(api.client(max_retries=0), max_retries=3) == ROUTE
    assert len(server.requests) == 5


def test_per_call_timeout(api: Api, server: Loopback) -> None:
    server.reply(200, ROUTE, delay=0.3)
    with pytest.raises(voipbin.APITimeoutError):
        api.call(api.client(timeout=10.0), timeout=0.05, max_retries=0)


def test_default_max_retries_is_two(api: Api, server: Loopback) -> None:
    server.reply(503, times=4)
    with pytest.raises(voipbin.ServiceUnavailableError):
        api.call(api.adopt(api.cls(token="t", base_url=server.base_url)))
    assert len(server.requests) == 3


def test_negative_max_retries_is_refused(api: Api) -> None:
    with pytest.raises(ValueError, match="max_retries"):
        api.client(max_retries=-1)


def test_the_real_sleep_is_used_by_default(api: Api, server: Loopback, monkeypatch: pytest.MonkeyPatch) -> None:
    waited: list[float] = []

    async def async_sleep(seconds: float) -> None:
        waited.append(seconds)

    if api.mode == "async":
        monkeypatch.setattr("asyncio.sleep", async_sleep)
    else:
        monkeypatch.setattr("time.sleep", waited.append)
    vb = api.cls(token="t", base_url=server.base_url)
    server.reply(429, headers={"Retry-After": "2"})
    server.reply(200, ROUTE)
    api.call(vb)
    api.close(vb)
    assert waited == [2.0]


# The pure parts of the policy (voipbin._retry): Retry-After, backoff, the retry tables.
NOW = 1_800_000_000.0


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("7", 7.0),
        (" 7 ", 7.0),
        ("0", 0.0),
        ("1.5", 1.5),
        ("-3", 0.0),
        (email.utils.formatdate(NOW + 12, usegmt=True), 12.0),
        (email.utils.formatdate(NOW + 3600, usegmt=True), 3600.0),
        (email.utils.formatdate(NOW - 5, usegmt=True), 0.0),
        (None, None),
        ("", None),
        ("soon", None),
        ("Mon, 99 Foo 2026", None),
    ],
)
def test_parse_retry_after(value: str | None, seconds: float | None) -> None:
    assert parse_retry_after(value, NOW) == seconds


def test_a_zone_less_http_date_is_utc_whatever_the_local_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    value = email.utils.formatdate(NOW + 20)  # "... -0000"
    assert value.endswith("-0000")
    monkeypatch.setenv("TZ", "Asia/Seoul")
    time.tzset()
    try:
        assert parse_retry_after(value, NOW) == 20.0
    finally:
        monkeypatch.undo()
        time.tzset()


def test_backoff_full_jitter_spans_the_whole_window() -> None:
    for attempt in range(6):
        top = backoff(attempt, lambda: 1.0)
        assert backoff(attempt, lambda: 0.0) == 0.0
        assert backoff(attempt, lambda: 0.5) == pytest.approx(top / 2)
    assert [backoff(n, lambda: 1.0) for n in range(3)] == [backoff(0, lambda: 1.0) * 2**n for n in range(3)]
    assert backoff(50, lambda: 1.0) == backoff(40, lambda: 1.0)  # capped, no overflow


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "HEAD", "OPTIONS", "POST", "PATCH"])
def test_retry_tables(method: str) -> None:
    idempotent = method in ("GET", "PUT", "DELETE", "HEAD", "OPTIONS")
    request = httpx.Request(method, "http://x")
    assert retry_status(method, 429, limited=True)  # a limiter refused it before it ran
    for status in (429, 502, 503, 504):  # it may have run
        assert retry_status(method, status, limited=False) is idempotent
    for status in (400, 401, 403, 404, 409, 500, 501):
        assert not retry_status(method, status, limited=True)
    for before in (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout):
        assert retry_exception(method, before("x", request=request))
    for after in (httpx.ReadTimeout, httpx.WriteTimeout, httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError):
        assert retry_exception(method, after("x", request=request)) is idempotent
    for never in (httpx.LocalProtocolError, httpx.UnsupportedProtocol, httpx.ProxyError):
        assert not retry_exception(method, never("x", request=request))


# Fault injection: every fault of the catalog (tests/reliability/faults.py), every method,
# both clients. The outcome, the attempts and the back-off must be what the retry policy
# promises: never a POST sent twice once it may have reached the server, never a hang, and
# an elapsed time within the fault's bound. Rows go to docs/reliability.md, section "faults".
CASES = [(fault, method, mode) for fault in FAULTS for method in FAULT_METHODS for mode in ("sync", "async")]


@pytest.mark.parametrize(
    ("fault", "method", "mode"), CASES, ids=[f"{f.name}-{method}-{mode}" for f, method, mode in CASES]
)
def test_fault(fault: Fault, method: str, mode: str, server: Loopback, report: Recorder) -> None:
    observed = run(fault, method, mode, server)

    outcome, attempts, waited = fault.expect[method]
    assert (observed.outcome, observed.attempts) == (outcome, attempts)
    assert observed.waited == pytest.approx(waited)
    assert observed.elapsed < fault.bound
    assert resent_only_after_429(server.requests, server.answers), "a POST that may have run was sent again"
    if isinstance(observed.error, voipbin.APIError):
        assert len(str(observed.error)) < 700, "an error message must stay short whatever the body"
    report.add(
        "faults",
        [fault.name, method, outcome, attempts, f"{waited:g}", f"{fault.bound:g}"],
        {f"Elapsed {mode} (ms)": f"{observed.elapsed * 1000:.0f}"},
    )


NEVER_ANSWERS = Fault(
    "every attempt stalls past the timeout",
    lambda server: server.reply(200, FAULT_ROUTE, delay=3.0, times=3),
    each(("APITimeoutError", 3, 1.5)),
    options={"timeout": 0.2},
)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_server_that_never_answers_cannot_hang_a_call(mode: str, server: Loopback) -> None:
    """Real clock, real sleeps: the call ends after its three attempts' timeouts and the
    back-off the policy chose (jitter pinned at its maximum), and not much later."""
    observed = run(NEVER_ANSWERS, "GET", mode, server, real_sleeps=True)
    assert (observed.outcome, observed.attempts, observed.waited) == NEVER_ANSWERS.expect["GET"]
    floor = 3 * NEVER_ANSWERS.options["timeout"] + observed.waited
    assert floor <= observed.elapsed < floor + 1.0
