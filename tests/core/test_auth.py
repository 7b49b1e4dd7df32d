"""What goes on the wire for each way of authenticating; login at the root; no cookie jar."""

from __future__ import annotations

import platform
import re
import time
from types import SimpleNamespace

import httpx
import pytest
import voipbin
import voipbin._body
import voipbin._retry
from voipbin import AsyncVoipbin, Voipbin

from tests.core.conftest import CANARY_KEY, CANARY_PASSWORD, CANARY_TOKEN, ROUTE, Api
from tests.loopback import Loopback

CLIENTS = [Voipbin, AsyncVoipbin]


def _headers_holding(sent: dict[str, str], secret: str) -> set[str]:
    return {name for name, value in sent.items() if secret in value}


def test_token_goes_in_authorization_bearer_only(api: Api, server: Loopback) -> None:
    server.reply(json_body=ROUTE)
    assert api.call(api.client(token=CANARY_TOKEN)) == ROUTE
    sent = server.requests[0]
    assert (sent.method, sent.path, sent.query) == ("GET", "/v1.0/routes/r1", {})
    assert sent.headers["authorization"] == f"Bearer {CANARY_TOKEN}"
    assert _headers_holding(sent.headers, CANARY_TOKEN) == {"authorization"}
    assert "cookie" not in sent.headers


def test_accesskey_goes_in_a_cookie_never_a_header(api: Api, server: Loopback) -> None:
    server.reply(json_body=ROUTE)
    api.call(api.client(accesskey=CANARY_KEY))
    sent = server.requests[0]
    assert sent.headers["cookie"] == f"accesskey={CANARY_KEY}"
    assert _headers_holding(sent.headers, CANARY_KEY) == {"cookie"}
    assert [name.lower() for name, _ in sent.raw_headers].count("cookie") == 1
    assert "authorization" not in sent.headers
    assert sent.query == {}


def test_accesskey_in_the_query_when_asked(api: Api, server: Loopback) -> None:
    server.reply(json_body={"result": []})
    api.call(api.client(accesskey=CANARY_KEY, accesskey_in="query"), url="/routes", params={"tag": ["a", "b"]})
    sent = server.requests[0]
    assert sent.query == {"tag": ["a", "b"], "accesskey": [CANARY_KEY]}
    assert _headers_holding(sent.headers, CANARY_KEY) == set()


def test_accesskey_in_must_be_cookie_or_query() -> None:
    with pytest.raises(ValueError, match="accesskey_in"):
        Voipbin(accesskey="k", accesskey_in="header")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("variable", "header", "expected"),
    [
        ("VOIPBIN_TOKEN", "authorization", f"Bearer {CANARY_TOKEN}"),
        ("VOIPBIN_ACCESSKEY", "cookie", f"accesskey={CANARY_TOKEN}"),
        ("VOIPBIN_API_KEY", "cookie", f"accesskey={CANARY_TOKEN}"),  # the official MCP server's name
    ],
)
def test_credentials_and_base_url_from_the_environment(
    api: Api, server: Loopback, monkeypatch: pytest.MonkeyPatch, variable: str, header: str, expected: str
) -> None:
    monkeypatch.setenv(variable, CANARY_TOKEN)
    monkeypatch.setenv("VOIPBIN_BASE_URL", server.base_url)
    server.reply(json_body=ROUTE)
    vb = api.adopt(api.cls())
    api.call(vb)
    assert vb.base_url == server.base_url
    assert server.requests[0].headers[header] == expected


def test_arguments_outrank_the_environment(api: Api, server: Loopback, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOIPBIN_ACCESSKEY", CANARY_KEY)
    server.reply(json_body=ROUTE)
    api.call(api.client(token=CANARY_TOKEN))
    assert server.requests[0].headers["authorization"] == f"Bearer {CANARY_TOKEN}"
    assert "cookie" not in server.requests[0].headers


@pytest.mark.parametrize("cls", CLIENTS)
def test_token_and_accesskey_together_is_a_value_error(cls: type[Voipbin]) -> None:
    with pytest.raises(ValueError, match="not both"):
        cls(token="t", accesskey="k")


@pytest.mark.parametrize("cls", CLIENTS)
def test_token_and_accesskey_both_in_the_environment(cls: type[Voipbin], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOIPBIN_TOKEN", "t")
    monkeypatch.setenv("VOIPBIN_API_KEY", "k")
    with pytest.raises(ValueError, match="VOIPBIN_TOKEN"):
        cls()


@pytest.mark.parametrize("cls", CLIENTS)
def test_no_credentials_names_the_variables(cls: type[Voipbin]) -> None:
    with pytest.raises(voipbin.VoipbinError) as caught:
        cls()
    for name in ("VOIPBIN_TOKEN", "VOIPBIN_ACCESSKEY", "VOIPBIN_API_KEY", "token=", "accesskey="):
        assert name in str(caught.value)


def test_default_and_given_base_url() -> None:
    assert Voipbin(token="t").base_url == "https://api.voipbin.net/v1.0"
    assert Voipbin(token="t", base_url="http://127.0.0.1:4010/v1.0/").base_url == "http://127.0.0.1:4010/v1.0"


def test_login_posts_at_the_root_and_never_resends_the_cookie(
    api: Api, server: Loopback, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VOIPBIN_ACCESSKEY", CANARY_KEY)  # must not ride along on the login
    server.reply(
        json_body={"username": "alice", "token": CANARY_TOKEN},
        headers={"Set-Cookie": "token=cookie-token; Path=/; HttpOnly"},
    )
    server.reply(json_body=ROUTE, times=2)
    vb = api.login("alice", CANARY_PASSWORD)
    api.call(vb)
    api.call(vb, "put", json={"name": "x"})
    login, *calls = server.requests
    assert (login.method, login.path) == ("POST", "/auth/login")
    assert login.json() == {"username": "alice", "password": CANARY_PASSWORD}
    assert "authorization" not in login.headers and "cookie" not in login.headers
    assert len(calls) == 2
    for call in calls:
        assert "cookie" not in call.headers
        assert call.headers["authorization"] == f"Bearer {CANARY_TOKEN}"
    assert repr(vb) == f"{api.cls.__name__}(base_url={server.base_url!r}, auth='token')"


def test_login_with_the_callers_http_client_never_resends_the_cookie(api: Api, server: Loopback) -> None:
    server.reply(json_body={"token": CANARY_TOKEN}, headers={"Set-Cookie": "token=cookie-token; Path=/"})
    server.reply(json_body=ROUTE)
    vb = api.login("alice", CANARY_PASSWORD, http_client=api.http_client())
    api.call(vb)
    assert "cookie" not in server.requests[1].headers


def test_login_at_the_root_of_the_default_base_url(api: Api) -> None:
    urls: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        urls.append(str(request.url))
        return httpx.Response(200, json={"username": "alice", "token": "jwt"})

    vb = api.login("alice", "pw", base_url=None, http_client=api.http_client(transport=httpx.MockTransport(answer)))
    assert urls == ["https://api.voipbin.net/auth/login"]
    assert vb.base_url == "https://api.voipbin.net/v1.0"


def test_rejected_login_is_an_authentication_error(api: Api, server: Loopback) -> None:
    server.reply(400)  # what the server answers to any failure, a wrong password included
    with pytest.raises(voipbin.AuthenticationError) as caught:
        api.login("alice", CANARY_PASSWORD)
    assert caught.value.status_code == 400
    assert "username or password" in str(caught.value)
    assert CANARY_PASSWORD not in str(caught.value) + repr(caught.value)
    assert len(server.requests) == 1  # a rejected login is not retried


def test_login_answer_without_a_token_is_a_parse_error(api: Api, server: Loopback) -> None:
    server.reply(json_body={"username": "alice"})
    with pytest.raises(voipbin.ResponseParseError) as caught:
        api.login("alice", CANARY_PASSWORD)
    assert caught.value.response.json() == {"username": "alice"}


def test_cookies_set_by_any_answer_are_never_sent_back(api: Api, server: Loopback) -> None:
    server.reply(json_body=ROUTE, headers={"Set-Cookie": "token=from-server; Path=/"})
    server.reply(json_body=ROUTE)
    vb = api.client(token=CANARY_TOKEN)
    api.call(vb)
    api.call(vb)
    assert "cookie" not in server.requests[1].headers
    assert len(vb._http.cookies.jar) == 0  # the pool the client owns keeps no cookie at all


def test_the_callers_cookie_jar_is_never_used(api: Api, server: Loopback) -> None:
    server.reply(json_body=ROUTE)
    own = api.http_client(cookies={"token": "stale-login"})
    api.call(api.client(accesskey=CANARY_KEY, http_client=own))
    assert server.requests[0].headers["cookie"] == f"accesskey={CANARY_KEY}"


def test_a_redirect_is_not_followed(api: Api, server: Loopback) -> None:
    """Following it would send the caller's jar cookies along (httpx adds them on redirects)."""
    server.reply(302, headers={"Location": "/v1.0/elsewhere"})
    own = api.http_client(follow_redirects=True, cookies={"token": "stale-login"})
    with pytest.raises(voipbin.APIError) as caught:
        api.call(api.client(http_client=own))
    assert caught.value.status_code == 302
    assert len(server.requests) == 1


def test_the_callers_http_client_is_used_and_left_open(api: Api, server: Loopback) -> None:
    seen: list[str] = []

    def hook(request: httpx.Request) -> None:
        seen.append(request.url.path)

    async def async_hook(request: httpx.Request) -> None:
        hook(request)

    server.reply(json_body=ROUTE)
    own = api.http_client(event_hooks={"request": [async_hook if api.mode == "async" else hook]})
    vb = api.client(http_client=own)
    api.call(vb)
    api.close(vb)
    assert seen == ["/v1.0/routes/r1"]
    assert not own.is_closed
    api.run(own.aclose() if api.mode == "async" else own.close())


def test_close_and_context_managers_close_the_clients_own_pool(api: Api) -> None:
    vb = api.client()
    api.close(vb)
    assert vb._http.is_closed
    if api.mode == "async":

        async def scoped() -> httpx.AsyncClient:
            async with AsyncVoipbin(token="t") as avb:
                assert not avb._http.is_closed
            return avb._http

        assert api.run(scoped()).is_closed
    else:
        with Voipbin(token="t") as svb:
            assert not svb._http.is_closed
        assert svb._http.is_closed


def test_user_agent_accept_and_request_id_headers(api: Api, server: Loopback) -> None:
    server.reply(json_body=ROUTE)
    api.call(api.client())
    sent = server.requests[0].headers
    assert sent["user-agent"] == (
        f"voipbin-python/{voipbin.__version__} python/{platform.python_version()} httpx/{httpx.__version__}"
    )
    assert sent["accept"] == "application/json"
    assert re.fullmatch(r"[A-Za-z0-9_-]{1,64}", sent["x-request-id"])  # the form the server echoes


def test_timeouts_on_by_default_and_overridable(api: Api) -> None:
    seen: list[dict[str, float | None]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json=ROUTE)

    transport = httpx.MockTransport(answer)
    api.call(api.client(transport=transport))
    api.call(api.client(transport=transport, timeout=30.0))
    api.call(api.client(transport=transport, timeout=30.0), timeout=2.5)
    api.call(api.client(transport=transport, deadline=None), timeout=None)
    api.call(api.client(transport=transport, deadline=10.0), timeout=None)  # the deadline still bounds it
    assert seen[:4] == [
        {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0},
        {"connect": 30.0, "read": 30.0, "write": 30.0, "pool": 30.0},
        {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5},
        {"connect": None, "read": None, "write": None, "pool": None},
    ]
    assert all(9.0 < phase <= 10.0 for phase in seen[4].values())


def test_a_timeout_is_sent_as_given_whatever_the_clock_reads(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    """The time an attempt has left is worked out from durations: with the clock just below
    2**14 s (a machine up for 4.5 hours), (now + 2.5) - now is 2.4999999999982."""
    seen: list[dict[str, float | None]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json=ROUTE)

    clock = SimpleNamespace(monotonic=lambda: 16383.123456789, time=time.time)
    for module in (voipbin._retry, voipbin._body):  # the SDK's clock only, not asyncio's
        monkeypatch.setattr(module, "time", clock)
    api.call(api.client(transport=httpx.MockTransport(answer), timeout=2.5))
    assert seen == [{"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}]


def test_with_options_shares_the_pool_and_keeps_the_credential(api: Api, server: Loopback) -> None:
    vb = api.client(accesskey=CANARY_KEY, timeout=30.0, max_retries=2)
    quick = vb.with_options(timeout=1.0, max_retries=0)
    assert type(quick) is api.cls
    assert (quick.timeout, quick.max_retries) == (1.0, 0)
    assert (vb.timeout, vb.max_retries) == (30.0, 2)
    assert quick._http is vb._http
    server.reply(503)
    with pytest.raises(voipbin.ServiceUnavailableError):
        api.call(quick)
    assert len(server.requests) == 1  # max_retries=0 held
    assert server.requests[0].headers["cookie"] == f"accesskey={CANARY_KEY}"
    api.close(quick)  # the copy does not own the pool
    server.reply(json_body=ROUTE)
    assert api.call(vb) == ROUTE


def test_request_dict_parts_reach_the_wire(api: Api, server: Loopback) -> None:
    server.reply(json_body=ROUTE)
    api.call(
        api.client(), "post", "/routes", params={"page_size": 10, "tag": ["a", "b"]},
        json={"name": "ü", "priority": 1}, headers={"X-Extra": "1"},
    )  # fmt: skip
    sent = server.requests[0]
    assert (sent.method, sent.path) == ("POST", "/v1.0/routes")
    assert sent.query == {"page_size": ["10"], "tag": ["a", "b"]}
    assert sent.json() == {"name": "ü", "priority": 1}
    assert sent.headers["content-type"] == "application/json"
    assert sent.headers["x-extra"] == "1"
