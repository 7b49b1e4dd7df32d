"""Secret safety: canary credentials through every path the SDK has.

For each way of authenticating, every fault of the catalog runs (GET and POST, on
both clients) with everything
logged at DEBUG (voipbin, httpx, httpcore) and recorded into a cassette with
voipbin.testing; the canaries must appear in no log line, no str or repr of an
error or a client, no traceback and no cassette byte. A server that echoes the
credential back in an error or a bad answer is scrubbed too.
"""

from __future__ import annotations

import itertools
import json
import logging
import traceback
from pathlib import Path
from typing import Any

import pytest
import voipbin
from voipbin import Voipbin
from voipbin.testing import voipbin_vcr

from tests.core.conftest import CANARY_KEY, CANARY_PASSWORD, CANARY_TOKEN, ROUTE, Api
from tests.loopback import Loopback, Received, Reply, closed_port
from tests.reliability.conftest import Recorder
from tests.reliability.faults import FAULTS, LOGIN_TOKEN, ROUTE_ID, Fault, run

CANARIES = (CANARY_TOKEN, CANARY_KEY, CANARY_PASSWORD, LOGIN_TOKEN)
# With accesskey_in="query" the key is part of the URL, which a request's repr shows:
# frame locals are not checked for it (the README says the query puts the key in URLs).
QUERY = "accesskey (query)"
CREDENTIALS: dict[str, dict[str, Any]] = {
    "token (Authorization header)": {"token": CANARY_TOKEN},
    "accesskey (cookie)": {"accesskey": CANARY_KEY},
    QUERY: {"accesskey": CANARY_KEY, "accesskey_in": "query"},
    "login: password, then the token answered": {"login": ("alice", CANARY_PASSWORD)},
}
GIVEN = [name for name in CREDENTIALS if "login" not in name]  # credentials given to the constructor
KINDS = ["token", "accesskey"]
LOGS = "debug logs of every fault (GET and POST, both clients)"
ERRORS = "str, repr and traceback of every error raised"
CASSETTES = "cassettes recorded with voipbin.testing"
FRAME_LOCALS = "locals of the SDK's frames in each error's traceback"
ECHOED = "the credential echoed back in an error or a 2xx: messages, tracebacks, frame locals"
REPRS = "repr and str of the client"
MALFORMED = "a malformed credential refused"
ROWS = [
    *((credential, path) for credential in CREDENTIALS for path in (LOGS, ERRORS, CASSETTES)),
    *((credential, FRAME_LOCALS) for credential in CREDENTIALS if credential != QUERY),
    *((credential, path) for credential in GIVEN for path in (ECHOED, REPRS)),
    *((kind, MALFORMED) for kind in KINDS),
]
SDK_SOURCES = ("/facade/voipbin/", "/generated/voipbin_api/")
# vcrpy writes YAML slowly: a 50 MB body would take minutes and prove nothing more; and it
# reads a whole answer itself, past the SDK's cap and deadline (a bomb, an endless body, a trickle).
TOO_BIG_FOR_A_CASSETTE = ("50 MB", "gzip bomb", "endless", "trickled")


def assert_clean(text: str) -> None:
    """No canary in ``text`` (and something to check)."""
    assert text, "nothing to check"
    for canary in CANARIES:
        assert canary not in text


def leaks(texts: list[str]) -> list[str]:
    assert texts and all(isinstance(text, str) for text in texts), "nothing to check"
    return [canary for canary in CANARIES for text in texts if canary in text]


def error_texts(error: BaseException) -> list[str]:
    return [str(error), repr(error), "".join(traceback.format_exception(error))]


def sdk_frame_locals(error: BaseException) -> list[str]:
    """The locals of the SDK's own frames in the error's traceback and its causes, as an
    error tracker or ``pytest --showlocals`` prints them (library and test frames left out)."""
    texts: list[str] = []
    summary: traceback.TracebackException | None = traceback.TracebackException.from_exception(
        error, capture_locals=True
    )
    while summary is not None:
        for frame in summary.stack:
            if any(part in frame.filename for part in SDK_SOURCES):
                texts += [f"{frame.name}: {name}={value}" for name, value in (frame.locals or {}).items()]
        suppressed = summary.__suppress_context__
        summary = summary.__cause__ or (None if suppressed else summary.__context__)
    return texts


@pytest.mark.parametrize("credential", CREDENTIALS)
def test_no_canary_in_logs_errors_tracebacks_or_cassettes(
    credential: str, everything_logged: pytest.LogCaptureFixture, tmp_path: Path, report: Recorder
) -> None:
    errors: list[str] = []
    frame_locals: list[str] = []
    for (number, fault), method, mode in itertools.product(enumerate(FAULTS), ("GET", "POST"), ("sync", "async")):
        server = Loopback()
        try:
            if any(big in fault.name for big in TOO_BIG_FOR_A_CASSETTE):
                observed = run(fault, method, mode, server, **CREDENTIALS[credential])
            else:
                with voipbin_vcr(tmp_path, record=True).use_cassette(f"{number}-{method}-{mode}.yaml"):
                    observed = run(fault, method, mode, server, **CREDENTIALS[credential])
        finally:
            server.close()
        if observed.error is not None:
            errors += error_texts(observed.error)
            frame_locals += sdk_frame_locals(observed.error)
    logs = [record.getMessage() for record in everything_logged.records]
    logs += [logging.Formatter().format(record) for record in everything_logged.records if record.exc_info]
    cassettes = [path.read_text() for path in sorted(tmp_path.glob("*.yaml"))]

    assert {"voipbin", "httpx"} <= {record.name for record in everything_logged.records}
    assert any(record.name.startswith("httpcore") for record in everything_logged.records)
    assert len(cassettes) >= len(FAULTS), "the cassettes were not written"
    for path, texts in [
        (LOGS, logs),
        (ERRORS, errors),
        (CASSETTES, cassettes),
        *[(FRAME_LOCALS, frame_locals)] * (credential != QUERY),
    ]:
        assert leaks(texts) == [], (path, [t[:300] for t in texts if any(c in t for c in CANARIES)][:3])
        report.add("secrets", [credential, path, "no"], {"Texts checked (last run)": len(texts)})


def _echo(status: int, content_type: str) -> Fault:
    """A server that quotes the credential it received back: in an error's message, or
    in a typed field of a 2xx, where it makes the answer fail to parse."""

    def handler(received: Received) -> Reply:
        heard = f"{received.headers.get('authorization')} {received.headers.get('cookie')} {received.query}"
        if status == 200:
            body = json.dumps({"id": ROUTE_ID, "tm_create": heard})
        elif content_type == "application/json":
            body = json.dumps({"error": {"reason": "INVALID_CREDENTIAL", "message": f"rejected: {heard}"}})
        else:
            body = f"rejected: {heard}"
        return Reply(status, body.encode(), {"Content-Type": content_type})

    def script(server: Loopback) -> None:
        server.handler = handler

    return Fault(f"{status} {content_type} echoing the credential", script, {})


ECHOES = [
    (_echo(401, "application/json"), voipbin.AuthenticationError),
    (_echo(401, "text/plain"), voipbin.AuthenticationError),
    (_echo(200, "application/json"), voipbin.ResponseParseError),  # tm_create holds the echo
]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("credential", GIVEN)
def test_a_credential_echoed_by_the_server_is_scrubbed(credential: str, mode: str, report: Recorder) -> None:
    texts = []
    for fault, raised in ECHOES:
        server = Loopback()
        try:
            error = run(fault, "GET", mode, server, **CREDENTIALS[credential]).error
        finally:
            server.close()
        assert isinstance(error, raised), error
        assert "REDACTED" in str(error), "the echo did not reach the message: the test proves nothing"
        texts += error_texts(error)
        if credential != QUERY:
            texts += sdk_frame_locals(error)
    assert leaks(texts) == []
    report.add("secrets", [credential, ECHOED, "no"], {"Texts checked (last run)": len(texts)})


@pytest.mark.parametrize("credential", GIVEN)
def test_no_canary_in_client_reprs(credential: str, report: Recorder) -> None:
    vb = Voipbin(base_url="http://127.0.0.1:9/v1.0", **CREDENTIALS[credential])
    texts = [repr(vb), str(vb), repr(vb.with_options(max_retries=0)), repr(vb.routes), repr(vars(vb.routes))]
    vb.close()
    assert leaks(texts) == []
    report.add("secrets", [credential, REPRS, "no"], {"Texts checked (last run)": len(texts)})


@pytest.mark.parametrize("kind", KINDS)
def test_a_malformed_credential_is_refused_without_quoting_it(kind: str, report: Recorder) -> None:
    """A stray newline or ";" would break the header or smuggle in a cookie; the error says so, unquoted."""
    texts = []
    for bad in ["\n", "\r\nX-Injected: 1", " ", "\t", "\x00", "\x7f", "é", ";", ",", '"', "\\"]:
        with pytest.raises(ValueError, match=f"the {kind} holds a character an HTTP header cannot carry") as caught:
            Voipbin(**{kind: CANARY_TOKEN + bad})
        texts += error_texts(caught.value)
    assert leaks(texts) == []
    report.add("secrets", [kind, MALFORMED, "no"], {"Texts checked (last run)": len(texts)})


# One client, debug logging on: every error status, a retried 503, a bad answer, a timeout,
# an unreachable server; and a failed login.
# The ways a client is given a credential, for the checks below that go through one client.
CLIENT_CREDENTIALS = [
    {"token": CANARY_TOKEN},
    {"accesskey": CANARY_KEY},
    {"accesskey": CANARY_KEY, "accesskey_in": "query"},
]


@pytest.mark.parametrize("credentials", CLIENT_CREDENTIALS, ids=["token", "cookie", "query"])
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
    assert_clean("\n".join(texts + [record.getMessage() for record in records]))


def test_canary_password_absent_when_login_fails(
    api: Api, server: Loopback, everything_logged: pytest.LogCaptureFixture
) -> None:
    server.reply(400)
    with pytest.raises(voipbin.AuthenticationError) as caught:
        api.login("alice", CANARY_PASSWORD)
    assert_clean(str(caught.value) + repr(caught.value) + everything_logged.text)
