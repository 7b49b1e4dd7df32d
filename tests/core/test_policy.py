"""The pure parts of the transport policy: Retry-After, backoff, the retry tables."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest
from voipbin._retry import backoff, parse_retry_after, retry_exception, retry_status

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
