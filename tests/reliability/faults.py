"""The fault catalog: ways a server or network misbehaves, and one run of a call through them.

Each fault scripts the loopback server (misbehave, then answer well) and says what the
SDK must do for each method: the outcome, the attempts and the back-off it waits.
Run by test_retries (outcomes, both clients) and test_secrets (what leaks, per credential).
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import struct
import time
import zlib
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import voipbin
from voipbin import AsyncVoipbin, Voipbin

from tests.loopback import Loopback, Received, Reply, closed_port

METHODS = ("GET", "POST", "PUT", "DELETE")
ROUTE_ID = "491b6858-5357-11ed-b753-8fd49cd36340"
ROUTE = {"id": ROUTE_ID, "customer_id": "00000000-0000-0000-0000-000000000001", "target": "all", "priority": 1}
PROVIDER = "4dbeabd6-f397-4375-95d2-a38411e07ed1"
NOW = 1_800_000_000.0  # the client's clock, for Retry-After dates
BIG = 50 * 1024 * 1024
SLOW_TIMEOUT = 0.25
LOGIN_TOKEN = "login-TOKEN-3b9e1"

Expected = tuple[str, int, float]  # outcome, attempts, seconds waited


@dataclass(frozen=True)
class Fault:
    name: str
    script: Callable[[Loopback], None]
    expect: Mapping[str, Expected]
    options: Mapping[str, Any] = field(default_factory=dict)
    refused: bool = False  # nothing listens: base_url points at a closed port
    bound: float = 2.0  # seconds the call may take, back-off waits left out


def each(outcome: Expected) -> dict[str, Expected]:
    return dict.fromkeys(METHODS, outcome)


def idempotent(outcome: Expected, *, post: Expected) -> dict[str, Expected]:
    """GET, PUT and DELETE one way; POST, which may have placed a call, the other."""
    return {**each(outcome), "POST": post}


def _ok(server: Loopback) -> None:
    server.reply(200, ROUTE)


def _then_ok(**reply: Any) -> Callable[[Loopback], None]:
    def script(server: Loopback) -> None:
        server.reply(**reply)
        _ok(server)

    return script


def _statuses(*statuses: int, headers: dict[str, str] | None = None) -> Callable[[Loopback], None]:
    def script(server: Loopback) -> None:
        for status in statuses:
            server.reply(status, {"error": {"reason": "X", "message": "try later"}}, headers=headers)
        _ok(server)

    return script


def _http_date(seconds_ahead: float) -> str:
    return email.utils.formatdate(NOW + seconds_ahead, usegmt=True)


@cache
def big_json() -> bytes:
    return (b'{"id": "%s", "target": "all", "detail": "' % ROUTE_ID.encode()) + b"x" * BIG + b'"}'


@cache
def gzip_bomb() -> bytes:
    """256 MiB of JSON once inflated, about 260 KB on the wire. A MiB of spaces is deflated once
    and its bytes repeated: after a full flush, deflate refers to nothing before it (ten times
    faster than deflating 256 MiB, which each test worker would do)."""
    head, block, tail, count = b'{"id": "%s", "detail": "' % ROUTE_ID.encode(), b" " * 1024**2, b'"}', 256
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)  # raw deflate: the gzip framing is written here
    first = packer.compress(head) + packer.flush(zlib.Z_FULL_FLUSH)
    middle = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    last = packer.compress(tail) + packer.flush()
    crc = zlib.crc32(head)
    for _ in range(count):
        crc = zlib.crc32(block, crc)
    size = len(head) + count * len(block) + len(tail)
    gzip_header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"  # deflate, no name, no time, best compression
    return gzip_header + first + middle * count + last + struct.pack("<II", zlib.crc32(tail, crc), size % 2**32)


def nested(depth: int) -> bytes:
    """An error envelope whose details nest deeper than Python's recursion limit."""
    return (
        json.dumps({"error": {"reason": "X", "details": ["x"]}}).encode().replace(b'["x"]', b"[" * depth + b"]" * depth)
    )


@cache
def big_html() -> bytes:
    return b"<html><body>" + b"<p>Internal error</p>\n" * (BIG // 22) + b"</body></html>"


LOST = ("APIConnectionError", 1, 0.0)
ONE_RETRY = ("result", 2, 0.5)  # back-off with jitter at its maximum: 0.5 s, then 1 s
TWO_RETRIES = ("result", 3, 1.5)

FAULTS = [
    Fault("connection refused", _ok, each(("APIConnectionError", 3, 1.5)), refused=True),
    Fault("reset before the request body is read", _then_ok(reset="before_body"), idempotent(ONE_RETRY, post=LOST)),
    Fault("reset after the request body is read", _then_ok(reset="after_body"), idempotent(ONE_RETRY, post=LOST)),
    Fault("closed without an answer", _then_ok(drop=True), idempotent(ONE_RETRY, post=LOST)),
    Fault(
        "body cut short mid-JSON",
        _then_ok(status=200, json_body=ROUTE, partial=True),
        idempotent(ONE_RETRY, post=LOST),
    ),
    Fault(
        f"headers slower than the timeout ({SLOW_TIMEOUT} s)",
        _then_ok(status=200, json_body=ROUTE, delay=1.0),
        idempotent(ONE_RETRY, post=("APITimeoutError", 1, 0.0)),
        options={"timeout": SLOW_TIMEOUT},
    ),
    Fault(
        "429 without Retry-After (a backend's: may have run)",
        _statuses(429),
        idempotent(ONE_RETRY, post=("RateLimitError(X)", 1, 0.0)),
    ),
    Fault(
        "429 with details limited_by, no Retry-After",
        lambda server: (server.reply(429, {"error": {"reason": "X", "details": [{"limited_by": "ip"}]}}), _ok(server)),
        each(ONE_RETRY),
    ),
    Fault("429, Retry-After: 2", _statuses(429, headers={"Retry-After": "2"}), each(("result", 2, 2.0))),
    Fault(
        "429, Retry-After as an HTTP date 3 s ahead",
        _statuses(429, headers={"Retry-After": _http_date(3)}),
        each(("result", 2, 3.0)),
    ),
    Fault("429, Retry-After: 3600", _statuses(429, headers={"Retry-After": "3600"}), each(("RateLimitError(X)", 1, 0))),
    Fault(
        "429 three times",
        _statuses(429, 429, 429),
        idempotent(("RateLimitError(X)", 3, 1.5), post=("RateLimitError(X)", 1, 0.0)),
    ),
    Fault("502 twice", _statuses(502, 502), idempotent(TWO_RETRIES, post=("InternalServerError(X)", 1, 0.0))),
    Fault("503 twice", _statuses(503, 503), idempotent(TWO_RETRIES, post=("ServiceUnavailableError(X)", 1, 0.0))),
    Fault("504 twice", _statuses(504, 504), idempotent(TWO_RETRIES, post=("InternalServerError(X)", 1, 0.0))),
    Fault(
        "503 three times (more than max_retries)",
        _statuses(503, 503, 503),
        idempotent(("ServiceUnavailableError(X)", 3, 1.5), post=("ServiceUnavailableError(X)", 1, 0.0)),
    ),
    Fault(
        "200 with an HTML body",
        _then_ok(status=200, body=b"<html><body>Welcome, nginx</body></html>", headers={"Content-Type": "text/html"}),
        each(("ResponseParseError", 1, 0.0)),
    ),
    Fault(
        "200, JSON served as text/plain",
        _then_ok(status=200, body=b'{"id": "%s"}' % ROUTE_ID.encode(), headers={"Content-Type": "text/plain"}),
        each(("result", 1, 0.0)),
    ),
    Fault(
        "404, error JSON served as text/plain",
        _then_ok(status=404, body=b'{"error": {"reason": "ROUTE_NOT_FOUND"}}', headers={"Content-Type": "text/plain"}),
        each(("NotFoundError(ROUTE_NOT_FOUND)", 1, 0.0)),
    ),
    Fault(
        "200 with a 50 MB JSON body (over the 32 MiB cap)",
        lambda server: server.reply(200, body=big_json(), headers={"Content-Type": "application/json"}),
        each(("ResponseParseError", 1, 0.0)),
        bound=15.0,
    ),
    Fault(
        "200 with a gzip bomb (260 KB inflating to 256 MiB)",
        lambda server: server.reply(200, body=gzip_bomb(), headers={"Content-Encoding": "gzip"}),
        each(("ResponseParseError", 1, 0.0)),
        bound=15.0,
    ),
    Fault(
        "200 with an endless chunked body",
        lambda server: server.reply(200, body=b" " * 65536, endless=True),
        each(("ResponseParseError", 1, 0.0)),
        bound=15.0,
    ),
    Fault(
        "200 with a corrupt gzip body (may have run)",
        lambda server: server.reply(
            200,
            body=b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03not deflate at all",
            headers={"Content-Encoding": "gzip"},
        ),
        each(("APIConnectionError", 1, 0.0)),
    ),
    Fault(
        "500, error JSON nested 100,000 deep",
        lambda server: server.reply(500, body=nested(100_000), headers={"Content-Type": "application/json"}),
        each(("InternalServerError", 1, 0.0)),
    ),
    Fault(
        "200, JSON nested 100,000 deep",
        lambda server: server.reply(200, body=nested(100_000), headers={"Content-Type": "application/json"}),
        each(("ResponseParseError", 1, 0.0)),
    ),
    Fault(
        f"body trickled a byte every 0.05 s past the timeout ({SLOW_TIMEOUT} s)",
        _then_ok(status=200, json_body=ROUTE, trickle=0.05),
        idempotent(ONE_RETRY, post=("APITimeoutError", 1, 0.0)),
        options={"timeout": SLOW_TIMEOUT},
    ),
    Fault(
        "500 with a 50 MB HTML body",
        lambda server: server.reply(500, body=big_html(), headers={"Content-Type": "text/html"}),
        each(("InternalServerError", 1, 0.0)),
        bound=15.0,
    ),
]


@dataclass
class Observed:
    outcome: str
    attempts: int
    waited: float
    elapsed: float  # seconds; back-off waits left out unless slept (real_sleeps)
    error: voipbin.VoipbinError | None
    arrived: list[Received]


def describe(result: Any, error: BaseException | None) -> str:
    """ "result", or the exception's class, with the server's reason when it gave one."""
    if error is None:
        assert str(result.id) == ROUTE_ID, f"a result that is not the route: {result!r}"
        return "result"
    reason = getattr(error, "reason", None)
    return f"{type(error).__name__}({reason})" if reason else type(error).__name__


def call(vb: Voipbin | AsyncVoipbin, method: str, route_id: str = ROUTE_ID) -> Any:
    """One call of ``method`` through the public resource layer (a coroutine on AsyncVoipbin).
    ``route_id`` is in the path, or for a POST the route's name: the server can tell calls apart."""
    if method == "GET":
        return vb.routes.get(route_id)
    if method == "POST":
        return vb.routes.create(
            customer_id=ROUTE["customer_id"], provider_id=PROVIDER, priority=1, target="all", name=route_id
        )
    if method == "PUT":
        return vb.routes.update(route_id, provider_id=PROVIDER, priority=1, target="all")
    return vb.routes.delete(route_id)


class _Attempts(logging.Handler):
    """Counts the SDK's one log line per attempt."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += record.levelno == logging.INFO


@contextmanager
def counting_attempts() -> Iterator[_Attempts]:
    logger = logging.getLogger("voipbin")
    handler, level = _Attempts(), logger.level
    logger.addHandler(handler)
    logger.setLevel(min(logger.getEffectiveLevel(), logging.INFO))
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def run(
    fault: Fault, method: str, mode: str, server: Loopback, *, real_sleeps: bool = False, **credentials: Any
) -> Observed:
    """Script the server, make one call on a fresh client, and observe what happened.
    ``credentials``: token=, accesskey= (and accesskey_in=), or login=(username, password).
    Back-off waits are recorded; with ``real_sleeps`` they are also slept."""
    if "login" in credentials and not fault.refused:
        server.reply(200, {"username": "alice", "token": LOGIN_TOKEN})
    fault.script(server)
    base_url = f"http://127.0.0.1:{closed_port()}/v1.0" if fault.refused else server.base_url
    options = {"base_url": base_url, **(credentials or {"token": "t0ken"}), **fault.options}
    sleeps: list[float] = []
    with counting_attempts() as attempts:
        started = time.monotonic()
        if mode == "sync":
            result, error = _run_sync(options, method, sleeps, real_sleeps)
        else:
            result, error = asyncio.run(_run_async(options, method, sleeps, real_sleeps))
        elapsed = time.monotonic() - started
    exchanges = [
        (got, answer) for got, answer in zip(server.requests, server.answers, strict=True) if got.path != "/auth/login"
    ]
    if not fault.refused and "login" not in credentials:
        assert attempts.count == len(exchanges), "the SDK's count of attempts differs from the server's"
    assert_same_request(exchanges)
    arrived = [got for got, _ in exchanges]
    return Observed(describe(result, error), attempts.count, sum(sleeps), elapsed, error, arrived)


def assert_same_request(exchanges: list[tuple[Received, Reply]]) -> None:
    """Every attempt of one call is the same request: one X-Request-Id (the server's logs
    tie them together), the same method, path, query and body (the body is compared
    where the server read it)."""
    if not exchanges:
        return
    first = exchanges[0][0]
    for got, _ in exchanges:
        assert got.headers["x-request-id"] == first.headers["x-request-id"], "a retry changed the request id"
        assert (got.method, got.path, got.query) == (first.method, first.path, first.query), "a retry changed"
    bodies = {got.body for got, answer in exchanges if answer.reset != "before_body"}
    assert len(bodies) <= 1, f"a retry sent another body: {bodies}"


def _configure(vb: Voipbin | AsyncVoipbin, sleep: Callable[[float], Any]) -> None:
    """Jitter at its maximum (waits are then exact), a fixed clock, sleeps recorded."""
    vb._random = lambda: 1.0
    vb._clock = lambda: NOW
    vb._sleep_for = sleep


def _run_sync(
    options: dict[str, Any], method: str, sleeps: list[float], real: bool
) -> tuple[Any, BaseException | None]:
    def record(seconds: float) -> None:
        sleeps.append(seconds)
        if real:
            time.sleep(seconds)

    login = options.pop("login", None)
    try:
        with Voipbin.login(*login, **options) if login else Voipbin(**options) as vb:
            _configure(vb, record)
            return call(vb, method), None
    except voipbin.VoipbinError as error:
        return None, error


async def _run_async(
    options: dict[str, Any], method: str, sleeps: list[float], real: bool
) -> tuple[Any, BaseException | None]:
    async def record(seconds: float) -> None:
        sleeps.append(seconds)
        if real:
            await asyncio.sleep(seconds)

    login = options.pop("login", None)
    try:
        async with await AsyncVoipbin.login(*login, **options) if login else AsyncVoipbin(**options) as vb:
            _configure(vb, record)
            return await call(vb, method), None
    except voipbin.VoipbinError as error:
        return None, error


def resent_only_after_429(requests: list[Received], answers: list[Reply]) -> bool:
    """Once a POST may have reached the server it is never sent again: every POST
    arrival of one call (one X-Request-Id) but the last was refused with a 429."""
    by_call: dict[str, list[Reply]] = {}
    for received, answer in zip(requests, answers, strict=True):
        if received.method == "POST":
            by_call.setdefault(received.headers["x-request-id"], []).append(answer)
    return all(is_refused(answer) for replies in by_call.values() for answer in replies[:-1])


def is_refused(answer: Reply) -> bool:
    return answer.status == 429 and not (answer.drop or answer.partial or answer.reset)
