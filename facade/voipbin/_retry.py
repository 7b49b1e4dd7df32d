"""When a failed attempt may be tried again, how long to wait first, and the loop that does it.

VoIPBIN has no idempotency keys, so a POST that may have reached the server (it
may have placed a real call) is never sent again. Retried: GET, PUT and DELETE on
connection errors, 429, 502, 503 and 504; any method on a 429 of the rate limiters
(they refuse a request before it runs, and say so with Retry-After or
``details[].limited_by``; a backend's 429 says neither and may come after the work)
and on a connection that failed before the request was sent
(docs/server-behaviour.md#no-idempotency, docs/server-behaviour.md#retry-after).

The loop is written once, without I/O, as a generator (``attempt_plan``) that both
clients drive: it yields what to do next (an ``Attempt``, or a ``Wait``) and is sent
back the outcome (the response, the httpx exception, or None after a wait); its last
yield is the successful response. Each attempt is bounded by its timeout and by what is
left of the call's deadline, and carries those bounds itself.
"""

from __future__ import annotations

import datetime
import email.utils
import logging
import random
import time
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from ._body import TRUNCATED, Sink, too_large
from ._constants import INITIAL_BACKOFF, MAX_BACKOFF, MAX_RETRY_AFTER
from ._exceptions import APIConnectionError, APITimeoutError, ResponseParseError, VoipbinError, error_for, redact
from ._logging import logger
from ._options import Timeout
from ._timeouts import attempt_seconds, capped, earliest

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({502, 503, 504})
# Failures that happen before any byte of the request left: safe for every method.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures after the request may have been sent.
MAYBE_SENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


def retry_status(method: str, status_code: int, limited: bool) -> bool:
    """429 with ``limited``: a limiter refused the request before it ran. Otherwise, a 429,
    502, 503 or 504 may come after the request ran: only idempotent methods go again."""
    if status_code == 429 and limited:
        return True
    return (status_code == 429 or status_code in RETRY_STATUSES) and method in IDEMPOTENT_METHODS


def limiter_refused(retry_after: float | None, details: list[Any] | None) -> bool:
    """Only the two rate limiters send Retry-After and ``details: [{"limited_by": ...}]``."""
    return retry_after is not None or any(isinstance(d, dict) and d.get("limited_by") for d in details or ())


def retry_exception(method: str, exc: Exception) -> bool:
    """A transport failure: safe to resend if the request never left, or if it is idempotent."""
    if isinstance(exc, NOT_SENT):
        return True
    return method in IDEMPOTENT_METHODS and isinstance(exc, MAYBE_SENT)


def backoff(attempt: int, rand: Callable[[], float] = random.random) -> float:
    """Full jitter: a uniform wait up to the exponential cap for this attempt."""
    return rand() * min(MAX_BACKOFF, INITIAL_BACKOFF * 2.0**attempt)


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Retry-After in seconds: an integer (what VoIPBIN sends) or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # "-0000": a date in UTC
        when = when.replace(tzinfo=datetime.UTC)
    return max(0.0, when.timestamp() - now)


def verdict(
    method: str, outcome: httpx.Response | httpx.HTTPError, attempt: int, *, request_id: str,
    secrets: tuple[str, ...], rand: Callable[[], float], clock: Callable[[], float],
) -> tuple[VoipbinError, float | None]:  # fmt: skip
    """The error a failed attempt means, and how long to wait before trying again
    (None: it is not to be tried again). ``clock`` is what Retry-After dates are read against."""
    if not isinstance(outcome, httpx.Response):
        delay = backoff(attempt, rand) if retry_exception(method, outcome) else None
        return connection_error(outcome, request_id, secrets), delay
    retry_after = parse_retry_after(outcome.headers.get("retry-after"), clock())
    error = error_for(outcome, retry_after, secrets)
    if not retry_status(method, outcome.status_code, limiter_refused(retry_after, error.details)):
        return error, None
    if retry_after is None:
        return error, backoff(attempt, rand)
    return error, None if retry_after > MAX_RETRY_AFTER else retry_after  # too long to block on: the caller decides


def connection_error(exc: Exception, request_id: str, secrets: tuple[str, ...]) -> APIConnectionError:
    """Sent or not, the request may have run: an answer that broke off, could not be
    decoded or came too slowly is an APIConnectionError like a lost connection."""
    problem = redact(f"{type(exc).__name__}: {exc}", secrets)
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"the request timed out ({problem})", request_id=request_id)
    return APIConnectionError(f"connection failed: {problem}", request_id=request_id)


@dataclass(frozen=True, slots=True)
class Wait:
    """A step of a plan: wait this long before the next attempt (or, for the event
    stream, before connecting again)."""

    seconds: float


@dataclass(frozen=True, slots=True)
class Attempt:
    """A step of the plan: send ``request`` once, each phase bounded by ``timeout``; its answer
    must be whole by ``ends`` (time.monotonic(), None: no end) and is read up to ``max_bytes``
    decoded bytes, or, a 2xx, into ``sink`` (a download's destination) when there is one."""

    request: httpx.Request  # the call's, the same for each of its attempts: never sent itself
    timeout: Mapping[str, float | None]
    ends: float | None
    max_bytes: int
    sink: Sink | None = None

    def build(self) -> httpx.Request:
        """What this attempt sends: a new request like the call's, carrying this attempt's
        timeouts (httpx reads them from the request), so that no attempt changes another's."""
        call = self.request
        built = httpx.Request(
            call.method, call.url, headers=call.headers, stream=call.stream, extensions={"timeout": dict(self.timeout)}
        )
        if isinstance(call.stream, httpx.ByteStream):
            built.read()  # a body given whole stays readable, as it is on the call's request
        return built


@dataclass(frozen=True, slots=True)
class Limits:
    """One call's limits: what the call gave, else the client's."""

    timeout: Timeout
    max_retries: int
    deadline: float | None
    max_response_bytes: int
    sink: Sink | None = None


AttemptStep = Attempt | Wait | httpx.Response
AttemptOutcome = httpx.Response | httpx.HTTPError | None
AttemptPlan = Generator[AttemptStep, AttemptOutcome, None]
Verdict = Callable[[str, httpx.Response | httpx.HTTPError, int, str], tuple[VoipbinError, float | None]]


def attempt_plan(
    request: httpx.Request, limits: Limits, request_id: str, judge: Verdict,
    to_storage: Callable[[httpx.Response], httpx.Request] | None = None,
) -> AttemptPlan:  # fmt: skip
    """The retry loop: yields an Attempt or a Wait; last, the 2xx response. Raises the
    error of the last attempt when it is not to be tried again, or when the call's
    deadline would pass before the next attempt could start. ``judge`` is ``verdict`` with the
    client's secrets, jitter source and clock. ``to_storage``: a download's,
    the request a redirect of the API leads to (followed once, in the same attempt)."""
    phases = httpx.Timeout(limits.timeout).as_dict()
    per_attempt = attempt_seconds(limits.timeout)
    call_ends = None if limits.deadline is None else time.monotonic() + limits.deadline
    attempt = 0
    while True:
        started = time.monotonic()
        # The time left, from durations: (started + 2.5) - started is not 2.5 in floating point.
        left = earliest(None if call_ends is None else call_ends - started, per_attempt)
        ends = None if left is None else started + left
        timeout = phases if left is None else capped(phases, left)
        outcome = yield Attempt(request, timeout, ends, limits.max_response_bytes, limits.sink)
        if logger.isEnabledFor(logging.INFO):
            status = outcome.status_code if isinstance(outcome, httpx.Response) else type(outcome).__name__
            _log(request, status, attempt, started, request_id)
        if isinstance(outcome, httpx.Response) and outcome.is_redirect and to_storage is not None:
            request, to_storage = to_storage(outcome), None  # the same attempt goes on, to storage (once)
            continue
        if isinstance(outcome, httpx.Response) and outcome.is_success:
            if TRUNCATED in outcome.extensions:
                raise ResponseParseError(outcome, too_large(limits.max_response_bytes))
            yield outcome
            return
        assert outcome is not None
        error, delay = judge(request.method, outcome, attempt, request_id)
        out_of_time = call_ends is not None and delay is not None and time.monotonic() + delay >= call_ends
        if delay is None or attempt >= limits.max_retries or out_of_time:
            raise error from (outcome if isinstance(outcome, Exception) else None)
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("retrying in %.3fs request_id=%s", delay, request_id)
        yield Wait(delay)
        attempt += 1


def _log(request: httpx.Request, status: int | str, attempt: int, started: float, request_id: str) -> None:
    """One line per attempt; the query is left out (it may hold ?accesskey=)."""
    logger.info(
        "%s %s -> %s attempt=%d elapsed_ms=%.1f request_id=%s",
        request.method, request.url.path, status, attempt + 1, (time.monotonic() - started) * 1000, request_id,
    )  # fmt: skip
