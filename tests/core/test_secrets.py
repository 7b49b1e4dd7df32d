"""A canary credential must appear nowhere: logs at debug, reprs, error messages."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest
import voipbin
from voipbin import Voipbin

from tests.core.conftest import CANARY_KEY, CANARY_PASSWORD, CANARY_TOKEN
from tests.loopback import Loopback

CANARIES = (CANARY_TOKEN, CANARY_KEY, CANARY_PASSWORD)


def _assert_clean(text: str) -> None:
    for canary in CANARIES:
        assert canary not in text


@pytest.mark.parametrize(
    "credentials",
    [{"token": CANARY_TOKEN}, {"token": None, "accesskey": CANARY_KEY},
     {"token": None, "accesskey": CANARY_KEY, "accesskey_in": "query"}],
)  # fmt: skip
def test_canary_absent_from_logs_repr_and_errors(
    server: Loopback, make_client: Callable[..., Voipbin], caplog: pytest.LogCaptureFixture,
    credentials: dict[str, str | None],
) -> None:  # fmt: skip
    caplog.set_level(logging.DEBUG)
    logging.getLogger("httpx").setLevel(logging.DEBUG)
    vb = make_client(**credentials)
    texts = [repr(vb), str(vb)]
    for status in (400, 401, 403, 404, 429, 500, 503):
        server.reply(status, {"error": {"reason": "X", "message": "m", "request_id": "r"}})
        with pytest.raises(voipbin.APIError) as caught:
            vb.routes.get("r1", max_retries=0)
        texts += [str(caught.value), repr(caught.value)]
    server.reply(200, body=b"not json", headers={"Content-Type": "application/json"})
    with pytest.raises(voipbin.ResponseParseError) as parse_error:
        vb.routes.get("r1")
    texts.append(str(parse_error.value))
    server.reply(200, {"result": [], "next_page_token": ""})
    list(vb.routes.list())
    assert caplog.records, "debug logging produced nothing to check"
    assert any("request_id=" in record.getMessage() for record in caplog.records if record.name == "voipbin")
    _assert_clean("\n".join(texts + [record.getMessage() for record in caplog.records]))


def test_canary_password_absent_when_login_fails(server: Loopback, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    server.reply(400)
    with pytest.raises(voipbin.AuthenticationError) as caught:
        Voipbin.login("alice", CANARY_PASSWORD, base_url=server.base_url)
    _assert_clean(str(caught.value) + repr(caught.value) + caplog.text)


def test_voipbin_log_env_switches_logging_on(
    server: Loopback, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    logger = logging.getLogger("voipbin")
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setattr(logger, "level", logging.NOTSET)
    monkeypatch.setenv("VOIPBIN_LOG", "debug")
    server.reply(200, {"id": "491b6858-5357-11ed-b753-8fd49cd36340"})
    with Voipbin(token=CANARY_TOKEN, base_url=server.base_url) as vb:
        vb.routes.get("r1")
    err = capfd.readouterr().err
    assert "GET /v1.0/routes/r1 -> 200 attempt=1" in err
    _assert_clean(err)
