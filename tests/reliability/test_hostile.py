"""Hostile answers and careless inputs (issue 14): each case is a way a careful user's
security review broke the SDK, with real money at stake. Both clients where both exist,
on the loopback server. Rows go to docs/reliability.md, section "hostile"."""

from __future__ import annotations

import asyncio
import json
import logging
import multiprocessing
import pickle
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
import voipbin
from voipbin import Address, Voipbin
from voipbin.testing import voipbin_vcr

from tests.core.conftest import CANARY_PASSWORD, CANARY_TOKEN, Api
from tests.loopback import Loopback
from tests.reliability.conftest import Recorder
from tests.reliability.faults import ROUTE, ROUTE_ID, gzip_bomb
from tests.reliability.test_deadlines import DEADLINE

CONTACT = "0b9d9a2e-8b5d-11ee-9d5c-3f1c9c1c8b7e"
PATH_IDS = "ids '', '.', '..', None, CR/LF, NUL, DEL in path segments"
WRONG_HTTP_CLIENT = "http_client of the other kind (sync/async)"
PICKLE = "pickle and unpickle each kind of error"
POOL = "APIError raised in a multiprocessing.Pool worker"
TRICKLE = "body trickled a byte every 0.5 s, timeout=2, max_retries=0"
HEAD_TRICKLE = "status line and headers trickled a byte every 0.2 s, timeout=1, max_retries=0"
CASSETTE_ECHO = "credential echoed in body text (raw, URL-encoded, JSON), WWW-Authenticate, X- header"
HTTP_LOGS = "login Set-Cookie and an echoed token in httpx/httpcore DEBUG logs"
LOGIN_PASSWORD = "login password echoed in an error body"
CALLERS_CLIENT = "caller's http_client with auth=, login answering Set-Cookie"
PLAIN_HTTP = "plain http:// to a non-loopback host"
SHORT_TOKEN = 'token="r" and an error body'
PAGE_CYCLE = "page tokens A, B, A"
ADDRESS_CONTROL = "Address constructors given CR, LF, NUL, ESC, NEL"
BOMB = "gzip bomb (260 KB inflating to 256 MiB)"
ENDLESS = "endless chunked body"
MODES = ("sync", "async")
BOTH = (
    PATH_IDS,
    WRONG_HTTP_CLIENT,
    TRICKLE,
    HEAD_TRICKLE,
    DEADLINE,
    HTTP_LOGS,
    LOGIN_PASSWORD,
    CALLERS_CLIENT,
    SHORT_TOKEN,
    PAGE_CYCLE,
)
SYNC_ONLY = (PICKLE, POOL, BOMB, ENDLESS, CASSETTE_ECHO, PLAIN_HTTP, ADDRESS_CONTROL)
ROWS = [(case, mode) for case in BOTH for mode in MODES] + [(case, "sync") for case in SYNC_ONLY]
BAD_IDS = ["", ".", "..", None, "a\r\nX-Injected: 1", "a\x00", "\x7f"]


def test_path_segments_that_retarget_a_request_are_refused(api: Api, server: Loopback, report: Recorder) -> None:
    """contacts.tags.delete(contact, "..") would have sent DELETE /contacts/{contact}: the whole contact."""
    vb = api.client()
    calls = [
        lambda bad: vb.contacts.tags.delete(CONTACT, bad),
        lambda bad: vb.contacts.tags.delete(bad, CONTACT),
        lambda bad: vb.contacts.addresses.delete(CONTACT, bad),
        lambda bad: vb.outdials.targets.delete(CONTACT, bad),
        lambda bad: vb.rags.sources.delete(CONTACT, bad),
        lambda bad: vb.routes.delete(bad),
        lambda bad: vb.routes.get(bad),
    ]
    refused = 0
    for make in calls:
        for bad in BAD_IDS:
            with pytest.raises(ValueError, match="path id"):
                api.run(make(bad))
            refused += 1
    assert server.requests == [], "a request left the SDK"
    server.reply(200, ROUTE)
    api.run(vb.routes.get("a.b"))  # a dot inside an id is an id
    assert server.requests[0].path == "/v1.0/routes/a.b"
    report.add("hostile", [PATH_IDS, api.mode, "ValueError, no request"],
               {"Measured (last run)": f"{refused} calls refused"})  # fmt: skip


def test_the_wrong_kind_of_http_client_is_a_type_error(api: Api, report: Recorder) -> None:
    wrong = httpx.Client() if api.mode == "async" else httpx.AsyncClient()
    with pytest.raises(TypeError, match="http_client must be an httpx"):
        api.cls(token=CANARY_TOKEN, http_client=wrong)
    asyncio.run(wrong.aclose()) if isinstance(wrong, httpx.AsyncClient) else wrong.close()
    report.add("hostile", [WRONG_HTTP_CLIENT, api.mode, "TypeError at construction"])


def _errors(server: Loopback) -> list[voipbin.VoipbinError]:
    """One of each kind, raised by real calls carrying the canary token."""
    found: list[voipbin.VoipbinError] = []
    server.reply(404, {"error": {"status": "NOT_FOUND", "reason": "ROUTE_NOT_FOUND", "message": "no route",
                                 "request_id": "rid-1", "details": [{"field": "id"}]}})  # fmt: skip
    server.reply(
        429, {"error": {"reason": "TOO_MANY", "details": [{"limited_by": "ip"}]}}, headers={"Retry-After": "99"}
    )
    server.reply(200, {"id": ROUTE_ID, "tm_create": "not a time"})
    with Voipbin(token=CANARY_TOKEN, base_url=server.base_url, max_retries=0) as vb:
        for _ in range(3):
            try:
                vb.routes.get(ROUTE_ID)
            except voipbin.VoipbinError as error:
                found.append(error)
    with Voipbin(token=CANARY_TOKEN, base_url=f"http://127.0.0.1:{_closed()}/v1.0", max_retries=0) as vb:
        try:
            vb.routes.get(ROUTE_ID)
        except voipbin.VoipbinError as error:
            found.append(error)
    return found


def _closed() -> int:
    from tests.loopback import closed_port

    return closed_port()


FIELDS = ("status_code", "status", "reason", "message", "request_id", "details", "retry_after")


def test_errors_pickle_without_the_credential(server: Loopback, report: Recorder) -> None:
    errors = _errors(server)
    kinds = [type(error).__name__ for error in errors]
    assert kinds == ["NotFoundError", "RateLimitError", "ResponseParseError", "APIConnectionError"]
    for error in errors:
        data = pickle.dumps(error)
        assert CANARY_TOKEN.encode() not in data, f"{type(error).__name__} pickles the credential"
        back = pickle.loads(data)
        assert type(back) is type(error) and str(back) == str(error)
        for name in FIELDS:
            assert getattr(back, name, None) == getattr(error, name, None), name
        assert getattr(back, "response", None) is None
    assert (errors[0].reason, errors[0].details, errors[1].retry_after) == ("ROUTE_NOT_FOUND", [{"field": "id"}], 99.0)
    report.add("hostile", [PICKLE, "sync", "fields kept, no credential in the bytes"],
               {"Measured (last run)": ", ".join(kinds)})  # fmt: skip


def _raise_in_worker(base_url: str) -> None:
    with Voipbin(token=CANARY_TOKEN, base_url=base_url, max_retries=0) as vb:
        vb.routes.get(ROUTE_ID)


def test_an_error_in_a_pool_worker_reaches_the_parent(server: Loopback, report: Recorder) -> None:
    """Unpicklable errors used to hang multiprocessing.Pool forever."""
    server.reply(404, {"error": {"reason": "ROUTE_NOT_FOUND"}})
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        started = time.monotonic()
        with pytest.raises(voipbin.NotFoundError) as caught:
            pool.apply_async(_raise_in_worker, (server.base_url,)).get(timeout=60)
        elapsed = time.monotonic() - started
    assert caught.value.reason == "ROUTE_NOT_FOUND"
    report.add("hostile", [POOL, "sync", "raised in the parent"],
               {"Measured (last run)": f"{elapsed:.1f} s (spawn included)"})  # fmt: skip


def test_a_trickled_body_ends_at_the_timeout(api: Api, server: Loopback, report: Recorder) -> None:
    """One byte every 0.5 s: each read is quick, so only an end-to-end bound stops it (it took 146 s)."""
    server.reply(200, ROUTE, trickle=0.5)
    vb = api.client(timeout=2.0, max_retries=0)
    started = time.monotonic()
    with pytest.raises(voipbin.APITimeoutError):
        api.run(vb.routes.get(ROUTE_ID))
    elapsed = time.monotonic() - started
    assert 1.9 <= elapsed < 2.8
    report.add("hostile", [TRICKLE, api.mode, "APITimeoutError"],
               {"Measured (last run)": f"{elapsed:.2f} s"})  # fmt: skip


MEASURE = """
import sys, time
sys.path[:0] = {paths!r}
from voipbin import Voipbin, VoipbinError

def status(field):
    with open("/proc/self/status") as lines:
        return next(int(line.split()[1]) for line in lines if line.startswith(field))

with Voipbin(token="t0ken", base_url={base_url!r}, max_retries=0, **{options!r}) as vb:
    with open("/proc/self/clear_refs", "w") as clear:
        clear.write("5")  # resets the peak (VmHWM) to the resident size now
    before = status("VmRSS:")
    started = time.monotonic()
    try:
        vb.routes.get("{route}")
        outcome = "result"
    except VoipbinError as error:
        outcome = type(error).__name__
    elapsed = time.monotonic() - started
    growth = status("VmHWM:") - before
print(outcome, growth // 1024, round(elapsed, 2))
"""


def measure(server: Loopback, **options: Any) -> tuple[str, int, float]:
    """One GET in a fresh interpreter: its outcome, peak RSS growth during it (MB, Linux's
    VmHWM after a reset) and wall time (s)."""
    paths = [str(Path(voipbin.__file__).parents[1])]  # the voipbin under test, even from another tree
    code = MEASURE.format(paths=paths, base_url=server.base_url, options=options, route=ROUTE_ID)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    outcome, growth, elapsed = out.stdout.split()
    return outcome, int(growth), float(elapsed)


@pytest.mark.parametrize(
    ("case", "reply"),
    [
        (BOMB, {"body": b"", "headers": {"Content-Encoding": "gzip"}}),
        (ENDLESS, {"body": b" " * 65536, "endless": True}),
    ],
)
def test_memory_stays_near_the_cap(case: str, reply: dict[str, Any], server: Loopback, report: Recorder) -> None:
    """It took 936 MB for a 298 KB bomb, 5.3 GB in 20 s for an endless body."""
    if "bomb" in case:
        reply = {**reply, "body": gzip_bomb()}
    figures = []
    for cap in (4 * 1024**2, None):
        server.reply(200, **reply)
        outcome, growth, elapsed = measure(server, **({"max_response_bytes": cap} if cap else {}))
        limit = cap or voipbin._constants.DEFAULT_MAX_RESPONSE_BYTES
        assert outcome == "ResponseParseError"
        assert growth < 3 * limit / 1024**2 + 16, f"{growth} MB for a cap of {limit} bytes"
        figures.append(f"cap {limit // 1024**2} MiB: +{growth} MB RSS, {elapsed:.2f} s")
    report.add("hostile", [case, "sync", "ResponseParseError, memory bounded by the cap"],
               {"Measured (last run)": "; ".join(figures)})  # fmt: skip


def test_cassettes_hold_no_echoed_credential(server: Loopback, tmp_path: Path, report: Recorder) -> None:
    """A credential quoted in a body's free text, in WWW-Authenticate or an X- header was recorded
    verbatim; so was a login password echoed in an error. Each as it is, URL-encoded and JSON-escaped."""
    token, password = "canary/TOKEN+7f3a9=", 'canary "PASSWORD" \\é e8d0'
    forms = {"raw": token, "URL-encoded": quote(token, safe=""), "JSON-escaped": json.dumps(token).replace("/", "\\/")}
    body = "rejected: " + ", ".join(forms.values())
    server.reply(401, body=body.encode(), headers={"WWW-Authenticate": f'Bearer error="{token}"', "X-Echo": token})
    server.reply(200, {"username": "alice", "token": "login-answered-TOKEN"}, headers={"Set-Cookie": "token=x1"})
    server.reply(500, {"error": {"message": f"password {password} and {quote(password)}"}})
    with voipbin_vcr(tmp_path, record=True).use_cassette("echo.yaml"):
        with Voipbin(token=token, base_url=server.base_url, max_retries=0) as vb, pytest.raises(voipbin.APIError):
            vb.routes.get(ROUTE_ID)
        login = Voipbin.login("alice", password, base_url=server.base_url, max_retries=0)
        with login, pytest.raises(voipbin.InternalServerError):
            login.routes.get(ROUTE_ID)
    text = (tmp_path / "echo.yaml").read_text()
    secrets = [*forms.values(), "login-answered-TOKEN", "x1", "PASSWORD", quote(password)]
    assert [secret for secret in secrets if secret in text] == []
    assert text.count("REDACTED") >= 8
    report.add("hostile", [CASSETTE_ECHO, "sync", "scrubbed from the cassette"])


def test_http_logs_hold_no_login_cookie_at_debug(
    api: Api, server: Loopback, everything_logged: pytest.LogCaptureFixture, report: Recorder
) -> None:
    server.reply(200, {"username": "alice", "token": "login-TOKEN-3b9e1"},
                 headers={"Set-Cookie": "token=login-TOKEN-3b9e1; Path=/; HttpOnly"})  # fmt: skip
    server.reply(401, {"error": {"reason": "X"}}, headers={"WWW-Authenticate": "Bearer login-TOKEN-3b9e1"})
    vb = api.login("alice", CANARY_PASSWORD, max_retries=0)
    with pytest.raises(voipbin.AuthenticationError):
        api.run(vb.routes.get(ROUTE_ID))
    lines = [record.getMessage() for record in everything_logged.records]
    assert any("Set-Cookie" in line for line in lines if "httpcore" in str(line) or "receive" in line)
    assert [line for line in lines if "login-TOKEN-3b9e1" in line or CANARY_PASSWORD in line] == []
    report.add("hostile", [HTTP_LOGS, api.mode, "redacted"],
               {"Measured (last run)": f"{len(lines)} lines"})  # fmt: skip


def test_the_login_password_is_not_in_error_text(api: Api, server: Loopback, report: Recorder) -> None:
    server.reply(500, body=f'{{"error": {{"message": "bad password {CANARY_PASSWORD}"}}}}'.encode())
    with pytest.raises(voipbin.InternalServerError) as caught:
        api.login("alice", CANARY_PASSWORD, max_retries=0)
    assert CANARY_PASSWORD not in str(caught.value) and "REDACTED" in str(caught.value)
    report.add("hostile", [LOGIN_PASSWORD, api.mode, "redacted from the error"])


def test_a_callers_http_client_keeps_no_cookie_and_its_auth_is_not_used(
    api: Api, server: Loopback, report: Recorder
) -> None:
    server.reply(200, {"username": "alice", "token": "login-TOKEN-3b9e1"}, headers={"Set-Cookie": "token=stolen"})
    server.reply(200, ROUTE)
    own = api.http_client(auth=("someone", "else"))
    vb = api.login("alice", CANARY_PASSWORD, http_client=own)
    api.run(vb.routes.get(ROUTE_ID))
    assert list(own.cookies.jar) == [], "the login cookie landed in the caller's jar"
    assert server.requests[1].headers["authorization"] == "Bearer login-TOKEN-3b9e1"
    assert "authorization" not in server.requests[0].headers
    api.run(own.aclose() if isinstance(own, httpx.AsyncClient) else own.close())
    report.add("hostile", [CALLERS_CLIENT, api.mode,
                           "jar left empty, SDK credential sent"])  # fmt: skip


def test_plain_http_to_another_host_needs_an_opt_in(report: Recorder) -> None:
    for url in ("http://api.voipbin.net/v1.0", "http://10.0.0.5/v1.0", "ftp://x/v1.0"):
        with pytest.raises(ValueError, match="https://"):
            Voipbin(token=CANARY_TOKEN, base_url=url)
    for url in ("http://127.0.0.1:1/v1.0", "http://localhost:1/v1.0", "http://[::1]:1/v1.0"):
        Voipbin(token=CANARY_TOKEN, base_url=url).close()
    Voipbin(token=CANARY_TOKEN, base_url="http://10.0.0.5/v1.0", allow_insecure_http=True).close()
    report.add("hostile", [PLAIN_HTTP, "sync", "ValueError unless allow_insecure_http=True"])


def test_a_short_token_does_not_mangle_an_error(api: Api, server: Loopback, report: Recorder) -> None:
    """token="r" made the body {"eREDACTEDREDACTEDoREDACTED": ...} and .reason None."""
    server.reply(404, {"error": {"reason": "ROUTE_NOT_FOUND", "message": "route r is not here"}})
    with pytest.raises(voipbin.NotFoundError) as caught:
        api.call(api.client(token="r"))
    assert (caught.value.reason, caught.value.message) == ("ROUTE_NOT_FOUND", "route REDACTED is not here")
    report.add("hostile", [SHORT_TOKEN, api.mode, "whole values redacted, reason kept"])


def test_a_page_token_cycle_stops_with_an_error(api: Api, server: Loopback, report: Recorder) -> None:
    for token in ("A", "B", "A"):
        server.reply(200, {"result": [ROUTE], "next_page_token": token})
    vb = api.client()

    async def drain_async() -> list[Any]:
        return [route async for route in vb.routes.list()]

    with pytest.raises(voipbin.ResponseParseError, match="already sent"):
        api.run(drain_async() if api.mode == "async" else list(vb.routes.list()))
    assert [r.query.get("page_token") for r in server.requests] == [None, ["A"], ["B"]]
    report.add("hostile", [PAGE_CYCLE, api.mode, "ResponseParseError after 3 pages"])


def test_address_constructors_refuse_control_characters(report: Recorder) -> None:
    constructors = [Address.sip, Address.extension, Address.email, Address.line, Address.agent, Address.conference]
    refused = 0
    for make in constructors:
        for bad in ("a@b\r\nVia: x", "a@b\n", "a@\x00b", "a@b\x1b", "a@b\x85"):
            with pytest.raises(ValueError, match="control character"):
                make(bad)
            refused += 1
    for bad_extra in ({"name": "x\r\ny"}, {"detail": "\x00"}, {"target_name": "\n"}):
        with pytest.raises(ValueError, match="control character"):
            Address.tel("+15551234567", **bad_extra)
        refused += 1
    assert Address.sip("user@example.com").target == "user@example.com"
    report.add("hostile", [ADDRESS_CONTROL, "sync", "ValueError"],
               {"Measured (last run)": f"{refused} refused"})  # fmt: skip


logging.getLogger(__name__)  # the module's logger exists for caplog's sake


def test_a_trickled_status_line_and_headers_end_at_the_timeout(api: Api, server: Loopback, report: Recorder) -> None:
    """Each read of the head is quick, as with the body: httpx alone read the whole head
    (about 30 s here); the SDK's sockets end each read with the attempt."""
    server.reply(200, ROUTE, head_trickle=0.2, times=2)
    elapsed = []
    for lent in (None, api.http_client()):  # the SDK's pool, then a caller's http_client
        vb = api.client(timeout=1.0, max_retries=0, http_client=lent)
        started = time.monotonic()
        with pytest.raises(voipbin.APITimeoutError):
            api.run(vb.routes.get(ROUTE_ID))
        elapsed.append(time.monotonic() - started)
        if lent is not None:
            api.run(lent.aclose() if api.mode == "async" else lent.close())
    assert all(0.9 <= seconds < 2.0 for seconds in elapsed), elapsed
    report.add("hostile", [HEAD_TRICKLE, api.mode, "APITimeoutError, with or without http_client="],
               {"Measured (last run)": f"{max(elapsed):.2f} s"})  # fmt: skip
