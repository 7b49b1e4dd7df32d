"""A canary credential must appear nowhere: logs at debug, reprs, error messages.
And the ``voipbin`` logger: what VOIPBIN_LOG switches on, what each line says."""

from __future__ import annotations

import logging
import re

import httpx
import pytest
import voipbin

from tests.core.conftest import CANARY_KEY, CANARY_PASSWORD, CANARY_TOKEN, ROUTE, Api
from tests.loopback import Loopback, closed_port

CANARIES = (CANARY_TOKEN, CANARY_KEY, CANARY_PASSWORD)
CREDENTIALS = [
    {"token": CANARY_TOKEN},
    {"accesskey": CANARY_KEY},
    {"accesskey": CANARY_KEY, "accesskey_in": "query"},
]


def _assert_clean(text: str) -> None:
    assert text, "nothing to check"
    for canary in CANARIES:
        assert canary not in text


@pytest.mark.parametrize("credentials", CREDENTIALS, ids=["token", "cookie", "query"])
def test_canary_absent_from_logs_reprs_and_errors(
    api: Api, server: Loopback, everything_logged: pytest.LogCaptureFixture, credentials: dict[str, str]
) -> None:
    vb = api.client(**credentials)
    texts = [repr(vb), str(vb), repr(vb.with_options(max_retries=0))]
    for status in (400, 401, 402, 403, 404, 409, 418, 429, 500, 502, 503):
        server.reply(status, {"error": {"reason": "X", "message": "m", "request_id": "r"}})
        with pytest.raises(voipbin.APIError) as caught:
            api.call(vb, max_retries=0)
        texts += [str(caught.value), repr(caught.value)]
    server.reply(503, times=3)  # retried: logs every attempt and wait
    with pytest.raises(voipbin.ServiceUnavailableError):
        api.call(vb, params={"page_size": 1})
    server.reply(200, body=b"not json", headers={"Content-Type": "application/json"})
    with pytest.raises(voipbin.ResponseParseError) as parse_error:
        api.call(vb)
    texts += [str(parse_error.value), repr(parse_error.value)]
    server.reply(200, ROUTE, delay=0.2)
    with pytest.raises(voipbin.APITimeoutError) as timed_out:
        api.call(vb, timeout=0.05, max_retries=0)
    texts += [str(timed_out.value), repr(timed_out.value)]
    refused = api.client(**credentials, base_url=f"http://127.0.0.1:{closed_port()}/v1.0")
    with pytest.raises(voipbin.APIConnectionError) as unreachable:
        api.call(refused, max_retries=0)
    texts += [str(unreachable.value), repr(unreachable.value)]
    server.reply(200, ROUTE)
    api.call(vb)

    records = everything_logged.records
    assert {"voipbin", "httpx"} <= {record.name for record in records}, "debug logging produced nothing to check"
    assert any(record.name.startswith("httpcore") for record in records)
    _assert_clean("\n".join(texts + [record.getMessage() for record in records]))


def test_canary_password_absent_when_login_fails(
    api: Api, server: Loopback, everything_logged: pytest.LogCaptureFixture
) -> None:
    server.reply(400)
    with pytest.raises(voipbin.AuthenticationError) as caught:
        api.login("alice", CANARY_PASSWORD)
    _assert_clean(str(caught.value) + repr(caught.value) + everything_logged.text)


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
    _assert_clean(err)


def test_logging_is_off_without_voipbin_log(
    api: Api, server: Loopback, capfd: pytest.CaptureFixture[str], fresh_voipbin_logger: logging.Logger
) -> None:
    server.reply(200, ROUTE)
    api.call(api.client())
    assert "request_id=" not in capfd.readouterr().err
