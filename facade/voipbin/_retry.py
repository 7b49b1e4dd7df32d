"""When a failed attempt may be tried again, and how long to wait first.

VoIPBIN has no idempotency keys, so a POST that may have reached the server (it
may have placed a real call) is never sent again. Retried: GET, PUT and DELETE on
connection errors, 429, 502, 503 and 504; any method on a 429 of the rate limiters
(they refuse a request before it runs, and say so with Retry-After or
``details[].limited_by``; a backend's 429 says neither and may come after the work)
and on a connection that failed before the request was sent
(docs/server-behaviour.md#no-idempotency, docs/server-behaviour.md#retry-after).
"""

from __future__ import annotations

import datetime
import email.utils
import random
from collections.abc import Callable
from typing import Any

import httpx

from ._constants import INITIAL_BACKOFF, MAX_BACKOFF

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
