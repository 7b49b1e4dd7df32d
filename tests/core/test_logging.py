"""The ``voipbin`` logger: what VOIPBIN_LOG switches on, what each line says. (That no
credential reaches a log line: tests/reliability/test_secrets.py.)"""

from __future__ import annotations

import logging
import re

import httpx
import pytest
import voipbin

from tests.core.conftest import CANARY_TOKEN, ROUTE, Api
from tests.loopback import Loopback
from tests.reliability.test_secrets import assert_clean


def test_a_log_line_per_attempt_with_the_calls_request_id(
    api: Api, server: Loopback, everything_logged: pytest.LogCaptureFixture
) -> None:
    server.reply(503)
    server.reply(200, ROUTE)
    api.call(api.client(), "put", "/routes/r1", params={"x": "1"})
    lines = [r.getMessage() for r in everything_logged.records if r.name == "voipbin" and r.levelno == logging.INFO]
    request_id = server.requests[0].headers["x-request-id"]
    pattern = r"PUT /v1\.0/routes/r1 -> {status} attempt={attempt} elapsed_ms=\d+\.\d request_id=" + request_id
    assert len(lines) == 2
    assert re.fullmatch(pattern.format(status=503, attempt=1), lines[0])
    assert re.fullmatch(pattern.format(status=200, attempt=2), lines[1])
    waits = [r.getMessage() for r in everything_logged.records if r.name == "voipbin" and r.levelno == logging.DEBUG]
    assert len(waits) == 1 and "retrying in" in waits[0] and request_id in waits[0]


def test_a_transport_failure_is_logged_by_its_kind(api: Api, everything_logged: pytest.LogCaptureFixture) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(voipbin.APITimeoutError):
        api.call(api.client(transport=httpx.MockTransport(fail)), "post", "/calls")
    lines = [r.getMessage() for r in everything_logged.records if r.name == "voipbin"]
    assert len(lines) == 1 and lines[0].startswith("POST /v1.0/calls -> ReadTimeout attempt=1 ")


@pytest.fixture
def fresh_voipbin_logger(monkeypatch: pytest.MonkeyPatch) -> logging.Logger:
    """The voipbin logger as a new process has it: no handler, no level."""
    logger = logging.getLogger("voipbin")
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setattr(logger, "level", logging.NOTSET)
    return logger


@pytest.mark.parametrize("level", ["debug", "info", "DEBUG"])
def test_voipbin_log_switches_logging_on(
    api: Api, server: Loopback, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str],
    fresh_voipbin_logger: logging.Logger, level: str,
) -> None:  # fmt: skip
    monkeypatch.setenv("VOIPBIN_LOG", level)
    server.reply(200, ROUTE)
    api.call(api.client(token=CANARY_TOKEN))
    err = capfd.readouterr().err
    assert re.search(r"voipbin INFO GET /v1\.0/routes/r1 -> 200 attempt=1 elapsed_ms=[\d.]+ request_id=\w+", err)
    assert_clean(err)


def test_logging_is_off_without_voipbin_log(
    api: Api, server: Loopback, capfd: pytest.CaptureFixture[str], fresh_voipbin_logger: logging.Logger
) -> None:
    server.reply(200, ROUTE)
    api.call(api.client())
    assert "request_id=" not in capfd.readouterr().err
