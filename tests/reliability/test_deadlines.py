"""The deadline: the bound on a whole call, its retries and Retry-After waits included
(``deadline=`` on the client, on with_options and on every generated method). Rows go to
docs/reliability.md, section "hostile"."""

from __future__ import annotations

import time

import pytest
import voipbin
from voipbin import Voipbin

from tests.core.conftest import Api
from tests.loopback import Loopback, Reply
from tests.reliability.conftest import Recorder
from tests.reliability.faults import ROUTE, ROUTE_ID

DEADLINE = "attempts stalling (timeout 0.4 s, deadline=1, max_retries=5); Retry-After 59.9, deadline=30"


def test_the_deadline_bounds_retries_and_retry_after(api: Api, server: Loopback, report: Recorder) -> None:
    """Every attempt stalls past its timeout: the deadline ends the call, retries left or not;
    a Retry-After that would pass the deadline is not slept."""
    server.reply(200, ROUTE, delay=1.0, times=5)
    vb = api.client(timeout=0.4, max_retries=5, deadline=1.0)
    vb._random = lambda: 0.0  # no back-off: the attempts alone fill the deadline
    started = time.monotonic()
    with pytest.raises(voipbin.APITimeoutError):
        api.run(vb.routes.get(ROUTE_ID))
    elapsed = time.monotonic() - started
    assert 0.9 <= elapsed < 1.5 and len(server.requests) in (3, 4)
    server.replies.clear()
    api.sleeps.clear()
    server.reply(429, {"error": {"reason": "LIMITED"}}, headers={"Retry-After": "59.9"})
    with pytest.raises(voipbin.RateLimitError) as caught:
        api.run(api.client(deadline=30.0).routes.get(ROUTE_ID))
    assert caught.value.retry_after == 59.9 and api.sleeps == []
    report.add("hostile", [DEADLINE, api.mode, "APITimeoutError; RateLimitError at once"],
               {"Measured (last run)": f"{elapsed:.2f} s"})  # fmt: skip


def test_deadline_per_call_bounds_a_slow_answer(server: Loopback) -> None:
    server.handler = lambda received: Reply(200, b"{}", {"Content-Type": "application/json"}, delay=2.0)
    vb = Voipbin(token="per-call-token", base_url=server.base_url, max_retries=0)
    with vb, pytest.raises(voipbin.APITimeoutError):
        vb.routes.get("r1", deadline=0.3)
