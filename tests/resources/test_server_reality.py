"""Operations as the server serves them (scripts/spec_overrides.yaml: root_paths,
added_operations, answers): /auth/* at the root, POST /auth/delegate, real answer bodies."""

from __future__ import annotations

import json

import pytest
import voipbin
from voipbin import Voipbin
from voipbin.types import AuthDelegateResponse, Conference
from voipbin_api.models import Accesskey

from tests.loopback import Loopback, Reply

DELEGATE = {
    "token": "eyJ.delegate",
    "customer_id": "550e8400-e29b-41d4-a716-446655440000",
    "expire": "2026-08-23T03:28:27.000000Z",
}


@pytest.fixture
def vb(server: Loopback) -> Voipbin:
    return Voipbin(token="reality-test-token", base_url=server.base_url, max_retries=0)


def answer(server: Loopback, body: object = None, status: int = 200) -> None:
    content = b"" if body is None else json.dumps(body).encode()
    server.handler = lambda received: Reply(status, content, {"Content-Type": "application/json"})


def test_auth_operations_go_to_the_root_not_under_v1(vb: Voipbin, server: Loopback) -> None:
    answer(server, {"token": "t", "type": "direct"})
    vb.auth.boot(direct_hash="h")
    answer(server, {})
    vb.auth.password_forgot(username="u")
    vb.auth.delete_unregister()
    assert [(r.method, r.path) for r in server.requests] == [
        ("POST", "/auth/boot"), ("POST", "/auth/password-forgot"), ("DELETE", "/auth/unregister")
    ]  # fmt: skip
    assert server.base_url.endswith("/v1.0")


def test_delegate_exists_at_the_root_and_answers_its_token(vb: Voipbin, server: Loopback) -> None:
    answer(server, DELEGATE)
    got = vb.auth.delegate(customer_id=DELEGATE["customer_id"], reason="support ticket 1234")
    assert isinstance(got, AuthDelegateResponse) and got.token == DELEGATE["token"]
    assert (server.requests[0].path, server.requests[0].json()) == (
        "/auth/delegate", {"customer_id": DELEGATE["customer_id"], "reason": "support ticket 1234"}
    )  # fmt: skip


def test_answers_are_what_the_handlers_send(vb: Voipbin, server: Loopback) -> None:
    answer(server)  # c.Status(200): no body
    assert vb.calls.hold("c1") is None and vb.calls.delete_mute("c1") is None
    answer(server, {"id": "k1", "tm_delete": "2026-01-15T09:30:00Z"})
    assert isinstance(vb.accesskeys.delete("k1"), Accesskey)
    answer(server, {"id": "f1", "status": "progressing"})
    started = vb.conferences.recording_start("f1", format="wav", duration=60, on_end_flow_id=None)
    assert isinstance(started, Conference) and server.requests[-1].json()["on_end_flow_id"] == voipbin.NIL_ID
