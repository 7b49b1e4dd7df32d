"""Operations as the server serves them (scripts/spec_overrides.yaml: root_paths,
added_operations, answers, added_fields): /auth/* at the root, POST /auth/delegate, real
answer bodies, the fields the server sends that the spec lacks typed."""

from __future__ import annotations

import json

import pytest
import voipbin
from voipbin import Voipbin
from voipbin.types import AccountStatus, AuthDelegateResponse, BillingAccount, Conference, Customer
from voipbin_api.models import Accesskey

from tests.loopback import Loopback, Reply

DELEGATE = {
    "token": "eyJ.delegate",
    "customer_id": "550e8400-e29b-41d4-a716-446655440000",
    "expire": "2026-08-23T03:28:27.000000Z",
}


# Answers from the server's handler tests (bin-monorepo at 2bf22fa4e), verbatim.
# bin-api-manager/server/customer_test.go:56 (GET /customer, customer.SelfWebhookMessage)
CUSTOMER_SELF = json.loads(
    '{"id":"e25f1af8-c44f-11ef-9d46-bfaf61e659c2","billing_account_id":"00000000-0000-0000-0000-000000000000",'
    '"metadata":{"rtp_debug":false},"email_verified":false,"status":"","identity_verification_status":"",'
    '"tm_deletion_scheduled":null,"tm_create":null,"tm_update":null,"tm_delete":null,'
    '"webhook_secret":"test-webhook-secret"}'
)
# bin-api-manager/server/billing_accounts_test.go:285 (POST /billing_accounts/{id}/balance_add_force, account.Account)
BALANCE_ADDED = json.loads(
    '{"id":"605eae78-11eb-11ee-b8d3-6fd8da9d9879","customer_id":"00000000-0000-0000-0000-000000000000",'
    '"status":"","name":"","detail":"","plan_type":"","plan_status":"","balance_credit":0,"balance_token":0,'
    '"payment_type":"","payment_method":"","paddle_subscription_id":"","paddle_customer_id":"",'
    '"tm_last_topup":null,"tm_next_topup":null,"tm_create":null,"tm_update":null,"tm_delete":null}'
)


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


def test_fields_the_spec_lacks_are_typed_attributes(vb: Voipbin, server: Loopback) -> None:
    """added_fields: the webhook key of GET /customer and the status of balance_add_force are
    attributes, not unknown fields (docs/server-behaviour.md#fields-the-spec-leaves-out)."""
    answer(server, CUSTOMER_SELF)
    customer = vb.customer.get()
    assert isinstance(customer, Customer) and customer.webhook_secret == "test-webhook-secret"
    assert customer.additional_properties == {} and customer.to_dict() == CUSTOMER_SELF
    answer(server, BALANCE_ADDED)
    account = vb.billing_accounts.balance_add_force(BALANCE_ADDED["id"], balance=20.0)
    assert isinstance(account, BillingAccount) and account.status == ""  # the handler test's zero value
    assert account.additional_properties == {} and account.to_dict() == BALANCE_ADDED
    answer(server, {**BALANCE_ADDED, "status": "frozen"})
    frozen = vb.billing_accounts.balance_add_force(BALANCE_ADDED["id"], balance=1.0).status
    assert isinstance(frozen, AccountStatus) and frozen == "frozen"
