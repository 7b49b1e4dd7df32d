"""What goes on the wire for each way of authenticating, and login at the root."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import voipbin
from voipbin import AsyncVoipbin, Voipbin

from tests.core.conftest import CANARY_KEY, CANARY_PASSWORD, CANARY_TOKEN
from tests.loopback import Loopback

ROUTE = {"id": "491b6858-5357-11ed-b753-8fd49cd36340", "target": "all"}


def test_token_goes_in_authorization_bearer_only(server: Loopback, make_client: Callable[..., Voipbin]) -> None:
    server.reply(json_body=ROUTE)
    make_client(token=CANARY_TOKEN).routes.get("r1")
    sent = server.requests[0]
    assert sent.headers["authorization"] == f"Bearer {CANARY_TOKEN}"
    assert "cookie" not in sent.headers
    assert sent.query == {}
    assert sent.path == "/v1.0/routes/r1"


def test_accesskey_goes_in_a_cookie_never_a_header(server: Loopback, make_client: Callable[..., Voipbin]) -> None:
    server.reply(json_body=ROUTE)
    make_client(token=None, accesskey=CANARY_KEY).routes.get("r1")
    sent = server.requests[0]
    assert sent.headers["cookie"] == f"accesskey={CANARY_KEY}"
    assert "authorization" not in sent.headers
    assert sent.query == {}


def test_accesskey_in_query_when_asked(server: Loopback, make_client: Callable[..., Voipbin]) -> None:
    server.reply(json_body={"result": [], "next_page_token": ""})
    list(make_client(token=None, accesskey=CANARY_KEY, accesskey_in="query").routes.list(customer_id="c"))
    sent = server.requests[0]
    assert sent.query == {"accesskey": [CANARY_KEY], "customer_id": ["c"]}
    assert "cookie" not in sent.headers and "authorization" not in sent.headers


@pytest.mark.parametrize("variable", ["VOIPBIN_ACCESSKEY", "VOIPBIN_API_KEY"])
def test_credentials_and_base_url_from_the_environment(
    server: Loopback, monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    monkeypatch.setenv(variable, CANARY_KEY)
    monkeypatch.setenv("VOIPBIN_BASE_URL", server.base_url)
    server.reply(json_body=ROUTE)
    with Voipbin() as vb:
        vb.routes.get("r1")
    assert server.requests[0].headers["cookie"] == f"accesskey={CANARY_KEY}"


def test_token_from_the_environment(server: Loopback, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOIPBIN_TOKEN", CANARY_TOKEN)
    server.reply(json_body=ROUTE)
    with Voipbin(base_url=server.base_url) as vb:
        vb.routes.get("r1")
    assert server.requests[0].headers["authorization"] == f"Bearer {CANARY_TOKEN}"


def test_default_base_url() -> None:
    assert Voipbin(token="t").base_url == "https://api.voipbin.net/v1.0"


def test_token_and_accesskey_together_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="not both"):
        Voipbin(token="t", accesskey="k")


def test_token_and_accesskey_both_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOIPBIN_TOKEN", "t")
    monkeypatch.setenv("VOIPBIN_API_KEY", "k")
    with pytest.raises(ValueError, match="VOIPBIN_TOKEN"):
        Voipbin()


def test_no_credentials_names_the_variables() -> None:
    with pytest.raises(voipbin.VoipbinError) as caught:
        Voipbin()
    for name in ("VOIPBIN_TOKEN", "VOIPBIN_ACCESSKEY", "VOIPBIN_API_KEY"):
        assert name in str(caught.value)


def test_login_posts_at_the_root_and_never_resends_the_cookie(server: Loopback) -> None:
    server.reply(
        json_body={"username": "alice", "token": CANARY_TOKEN},
        headers={"Set-Cookie": f"token={CANARY_TOKEN}-cookie; Path=/; HttpOnly"},
    )
    server.reply(json_body=ROUTE)
    server.reply(json_body=ROUTE)
    with Voipbin.login("alice", CANARY_PASSWORD, base_url=server.base_url) as vb:
        vb.routes.get("r1")
        vb.routes.get("r2")
    login, *calls = server.requests
    assert (login.method, login.path) == ("POST", "/auth/login")
    assert login.json() == {"username": "alice", "password": CANARY_PASSWORD}
    for call in calls:
        assert "cookie" not in call.headers
        assert call.headers["authorization"] == f"Bearer {CANARY_TOKEN}"


def test_rejected_login_is_an_authentication_error_without_the_password(server: Loopback) -> None:
    server.reply(400)
    with pytest.raises(voipbin.AuthenticationError) as caught:
        Voipbin.login("alice", CANARY_PASSWORD, base_url=server.base_url)
    assert caught.value.status_code == 400
    assert CANARY_PASSWORD not in str(caught.value)
    assert "password" in str(caught.value)


async def test_async_login_and_bearer(server: Loopback) -> None:
    server.reply(json_body={"username": "alice", "token": CANARY_TOKEN}, headers={"Set-Cookie": "token=x; Path=/"})
    server.reply(json_body=ROUTE)
    async with await AsyncVoipbin.login("alice", CANARY_PASSWORD, base_url=server.base_url) as vb:
        route = await vb.routes.get("r1")
    assert str(route.target) == "all"
    assert server.requests[0].path == "/auth/login"
    assert "cookie" not in server.requests[1].headers
    assert server.requests[1].headers["authorization"] == f"Bearer {CANARY_TOKEN}"


async def test_async_accesskey_cookie(server: Loopback, make_async_client: Callable[..., AsyncVoipbin]) -> None:
    server.reply(json_body=ROUTE)
    async with make_async_client(token=None, accesskey=CANARY_KEY) as vb:
        await vb.routes.get("r1")
    assert server.requests[0].headers["cookie"] == f"accesskey={CANARY_KEY}"
    assert "authorization" not in server.requests[0].headers


def test_user_agent_and_default_timeouts(server: Loopback, make_client: Callable[..., Voipbin]) -> None:
    server.reply(json_body=ROUTE)
    vb = make_client()
    vb.routes.get("r1")
    agent = server.requests[0].headers["user-agent"]
    assert agent.startswith(f"voipbin-python/{voipbin.__version__} python/3.")
    assert " httpx/" in agent
    assert vb.timeout.connect == 5.0 and vb.timeout.read == 60.0  # type: ignore[union-attr]


def test_user_supplied_http_client_is_used_and_not_closed(server: Loopback) -> None:
    import httpx

    seen: list[str] = []
    server.reply(json_body=ROUTE)
    own = httpx.Client(event_hooks={"request": [lambda request: seen.append(request.url.path)]})
    with Voipbin(token="t", base_url=server.base_url, http_client=own) as vb:
        vb.routes.get("r1")
    assert seen == ["/v1.0/routes/r1"]
    assert not own.is_closed
    own.close()
