"""voipbin.testing: cassettes recorded through it hold no credential, and replay offline."""

from __future__ import annotations

from pathlib import Path

import pytest
import vcr.errors
import voipbin
from voipbin import Voipbin
from voipbin.testing import voipbin_vcr

from tests.core.conftest import CANARY_KEY, CANARY_PASSWORD, CANARY_TOKEN
from tests.loopback import Loopback

ROUTE = {"id": "491b6858-5357-11ed-b753-8fd49cd36340", "target": "all"}


def _record(server: Loopback, cassettes: Path) -> None:
    server.reply(json_body={"username": "alice", "token": CANARY_TOKEN},
                 headers={"Set-Cookie": f"token={CANARY_TOKEN}; Path=/; HttpOnly"})  # fmt: skip
    server.reply(json_body=ROUTE, times=3)
    with voipbin_vcr(cassettes, record=True).use_cassette("session.yaml"):
        with Voipbin.login("alice", CANARY_PASSWORD, base_url=server.base_url) as vb:
            vb.routes.get("r1")
        with Voipbin(accesskey=CANARY_KEY, base_url=server.base_url) as vb:
            vb.routes.get("r1")
        with Voipbin(accesskey=CANARY_KEY, accesskey_in="query", base_url=server.base_url) as vb:
            vb.routes.get("r1")


def test_no_cassette_byte_holds_a_credential(server: Loopback, tmp_path: Path) -> None:
    _record(server, tmp_path)
    raw = (tmp_path / "session.yaml").read_bytes()
    assert b"/auth/login" in raw and raw.count(b"/v1.0/routes/r1") == 3
    for canary in (CANARY_TOKEN, CANARY_KEY, CANARY_PASSWORD):
        assert canary.encode() not in raw


def test_replay_is_offline_and_strict(server: Loopback, tmp_path: Path) -> None:
    _record(server, tmp_path)
    server.close()  # nothing answers any more: replay must come from the cassette
    cassette = voipbin_vcr(tmp_path, record=False).use_cassette("session.yaml")
    with cassette, Voipbin.login("alice", CANARY_PASSWORD, base_url=server.base_url) as vb:
        route = vb.routes.get("r1")
        assert str(route.target) == "all"
        with pytest.raises((vcr.errors.CannotOverwriteExistingCassetteException, voipbin.APIConnectionError)):
            vb.routes.get("not-recorded")
