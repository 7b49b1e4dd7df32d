"""The cassette kit hardened (issue 23, case 15): every secret-bearing field the server's
structs name (docs/server-behaviour.md#secret-bearing-fields) is scrubbed at any depth, in
requests and answers. Rows go to docs/reliability.md, section "hardening"."""

from __future__ import annotations

from pathlib import Path

from voipbin import Voipbin
from voipbin.testing import SECRET_JSON_KEYS, voipbin_vcr

from tests.core.conftest import CANARY_TOKEN
from tests.loopback import Loopback
from tests.reliability.conftest import Recorder

FIELDS = ("engine_key", "webhook_secret", "direct_hash", "secret", "app_secret", "api_key", "raw_token", "hash")


def _canary(field: str, where: str) -> str:
    return f"canary-{where}-{field.replace('_', '-')}-90ab"


def test_every_secret_bearing_field_is_scrubbed_at_any_depth(
    server: Loopback, tmp_path: Path, report: Recorder
) -> None:
    assert set(FIELDS) <= SECRET_JSON_KEYS
    sent = {
        "engine_key": _canary("engine_key", "req"),
        "provider_data": {"app_secret": _canary("app_secret", "req")},
        "credentials": {"api_key": _canary("api_key", "req")},
        "direct_hash": _canary("direct_hash", "req"),
    }
    deep = {"provider_data": {"app_secret": _canary("app_secret", "deep"), "secret": _canary("secret", "deep")}}
    answered = {"result": [{field: _canary(field, "ans") for field in FIELDS}, deep]}
    server.reply(200, answered, times=2)
    cassette = voipbin_vcr(tmp_path, record=True).use_cassette("secrets.yaml")
    with cassette, Voipbin(token=CANARY_TOKEN, base_url=server.base_url) as vb:
        vb.post("/conversation_accounts", cast_to=dict, body=sent)
        vb.get("/ais", cast_to=dict)
    raw = (tmp_path / "secrets.yaml").read_text()
    assert raw.count("/conversation_accounts") == 1 and raw.count("/ais") == 1
    assert "canary-" not in raw, [line for line in raw.splitlines() if "canary-" in line]
    report.add("hardening", ["engine_key, webhook_secret, direct_hash, secret, provider_data.app_secret, api_key... "
                             "in request and answer bodies, nested", "sync", "scrubbed from the cassette"])  # fmt: skip
