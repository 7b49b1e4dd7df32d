"""Concurrency: 200 async calls, and 8 threads sharing one sync client, against a
server that fails 30% of requests at random (seeded).

Every call must end, in a result or a documented exception, and the one that
matches the server's last answer to it; a call is tried again only after an answer
the retry policy calls retriable (a POST only after a 429); no connection may stay
open once the client is closed.
"""

from __future__ import annotations

import asyncio
import json
import random
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor, wait
from typing import Any

import voipbin
from voipbin import AsyncVoipbin, Voipbin
from voipbin_api.models import Route

from tests.loopback import Loopback, Received, Reply
from tests.reliability import faults
from tests.reliability.conftest import Recorder
from tests.reliability.faults import METHODS, ROUTE, resent_only_after_429

SEED = 20261123
FAILURE_RATE = 0.3
CALLS = 200
THREADS = 8
DEADLINE = 90.0  # seconds for the whole batch: far above the worst back-off chain
# Generous: 200 calls share httpx's pool of 100 connections, and a slow machine must not
# turn a wait for a connection into a timeout the server's answers do not explain.
CALL_TIMEOUT = 30.0
ROUTE_BODY = json.dumps(ROUTE).encode()
FAILURES = [
    Reply(502, b'{"error": {"reason": "BAD_GATEWAY"}}'),
    Reply(503, b'{"error": {"reason": "SERVICE_UNAVAILABLE"}}'),
    Reply(504, b'{"error": {"reason": "GATEWAY_TIMEOUT"}}'),
    Reply(500, b'{"error": {"reason": "INTERNAL"}}'),
    Reply(429, b'{"error": {"reason": "RATE_LIMITED"}}', {"Retry-After": "0"}),
    Reply(drop=True),
    Reply(reset="after_body"),
    Reply(200, ROUTE_BODY, partial=True),
]
CHECKED = "outcome = server's last answer; retried exactly when retriable; 0 connections open after close()"


def describe_failure(reply: Reply) -> str:
    if reply.drop:
        return "dropped"
    if reply.reset:
        return "reset"
    return f"{reply.status} cut short" if reply.partial else str(reply.status)


SERVER = f"{FAILURE_RATE:.0%} of requests fail (seed {SEED}): " + ", ".join(map(describe_failure, FAILURES))
ASYNC_SCENARIO = f"{CALLS} concurrent calls on one AsyncVoipbin"
THREADS_SCENARIO = f"{THREADS} threads sharing one Voipbin"
SCENARIOS = (ASYNC_SCENARIO, THREADS_SCENARIO)


def chaos(seed: int) -> Any:
    """A handler failing FAILURE_RATE of requests, drawn from a seeded generator
    (the loopback calls handlers one at a time)."""
    draw = random.Random(seed)

    def handler(received: Received) -> Reply:
        if draw.random() < FAILURE_RATE:
            return draw.choice(FAILURES)
        return Reply(200, ROUTE_BODY, {"Content-Type": "application/json"})

    return handler


def call(vb: Voipbin | AsyncVoipbin, number: int) -> Any:
    """Call ``number``: its method by turn, its number in the path (or the POST body's name)."""
    return faults.call(vb, METHODS[number % len(METHODS)], f"call-{number}")


def call_of(received: Received) -> int:
    marker = received.json()["name"] if received.method == "POST" else received.path.rsplit("/", 1)[1]
    return int(marker.removeprefix("call-"))


def expected_outcome(answer: Reply) -> type[Exception] | None:
    """What the SDK must raise when this was the last answer (None: the result)."""
    if answer.drop or answer.reset or answer.partial:
        return voipbin.APIConnectionError
    return {
        200: None,
        429: voipbin.RateLimitError,
        503: voipbin.ServiceUnavailableError,
        500: voipbin.InternalServerError,
        502: voipbin.InternalServerError,
        504: voipbin.InternalServerError,
    }[answer.status]


def retriable(method: str, answer: Reply) -> bool:
    """The documented policy: 429 for every method; the rest only for GET, PUT and DELETE."""
    if answer.status == 429 and not (answer.drop or answer.reset or answer.partial):
        return True
    return method != "POST" and (
        answer.drop or bool(answer.reset) or answer.partial or answer.status in (502, 503, 504)
    )


def check(outcomes: dict[int, Any], server: Loopback) -> Counter[str]:
    """Each call's outcome against what the server answered it; returns the outcome counts."""
    assert sorted(outcomes) == list(range(CALLS)), "some calls never ended"
    answers: dict[int, list[tuple[str, Reply]]] = {}
    for received, answer in zip(server.requests, server.answers, strict=True):
        answers.setdefault(call_of(received), []).append((received.method, answer))
    for number, outcome in outcomes.items():
        tries = answers[number]
        assert 1 <= len(tries) <= 3, f"call {number}: {len(tries)} attempts with max_retries=2"
        assert all(retriable(method, answer) for method, answer in tries[:-1]), f"call {number} retried: {tries}"
        method, last = tries[-1]
        assert len(tries) == 3 or not retriable(method, last), f"call {number} gave up with retries left: {tries}"
        expected = expected_outcome(tries[-1][1])
        if expected is None:
            assert isinstance(outcome, Route), f"call {number}: {outcome!r}"
        else:
            assert type(outcome) is expected, f"call {number}: {outcome!r} after {tries[-1][1]}"
    assert resent_only_after_429(server.requests, server.answers)
    assert server.wait_closed() == 0, "connections left open after close()"
    return Counter("result" if isinstance(o, Route) else type(o).__name__ for o in outcomes.values())


def assert_chaos_happened(counts: Counter[str]) -> None:
    """Without failures the checks above would prove little."""
    assert counts["result"] > CALLS / 2 and len(counts) > 2, f"the chaos did not happen as seeded: {counts}"


def add_row(report: Recorder, scenario: str, counts: Counter[str], server: Loopback) -> None:
    outcomes = ", ".join(f"{name} {count}" for name, count in sorted(counts.items()))
    measured = {"Outcomes (last run)": outcomes, "Server attempts (last run)": len(server.requests)}
    report.add("concurrency", [scenario, CALLS, SERVER, CHECKED], measured)


def test_200_async_calls_against_a_failing_server(server: Loopback, report: Recorder) -> None:
    server.handler = chaos(SEED)

    async def one(vb: AsyncVoipbin, number: int) -> Any:
        try:
            return await call(vb, number)
        except voipbin.VoipbinError as error:
            return error

    async def batch() -> dict[int, Any]:
        async with AsyncVoipbin(token="t0ken", base_url=server.base_url, timeout=CALL_TIMEOUT) as vb:
            results = await asyncio.wait_for(asyncio.gather(*(one(vb, n) for n in range(CALLS))), DEADLINE)
        return dict(enumerate(results))

    counts = check(asyncio.run(batch()), server)
    assert_chaos_happened(counts)
    add_row(report, ASYNC_SCENARIO, counts, server)


def test_8_threads_sharing_one_sync_client(server: Loopback, report: Recorder) -> None:
    server.handler = chaos(SEED)
    outcomes: dict[int, Any] = {}
    lock = threading.Lock()

    def one(vb: Voipbin, number: int) -> None:
        try:
            outcome: Any = call(vb, number)
        except voipbin.VoipbinError as error:
            outcome = error
        with lock:
            outcomes[number] = outcome

    with Voipbin(token="t0ken", base_url=server.base_url, timeout=CALL_TIMEOUT) as vb:
        pool = ThreadPoolExecutor(THREADS)
        futures = [pool.submit(one, vb, number) for number in range(CALLS)]
        done, pending = wait(futures, timeout=DEADLINE)
        pool.shutdown(wait=False, cancel_futures=True)  # a hung call must fail the test, not hang it
        assert not pending, f"{len(pending)} calls still running after {DEADLINE} s"
        for future in done:
            future.result()  # anything but a VoipbinError fails the test here

    counts = check(outcomes, server)
    assert_chaos_happened(counts)
    add_row(report, THREADS_SCENARIO, counts, server)
