"""Webhook signatures: the server's own Go test cases, digests computed independently
(openssl dgst -sha256 -hmac), and the ways a delivery can be forged or broken."""

from __future__ import annotations

import pytest
import voipbin
from voipbin import webhooks
from voipbin_api.models import Call

# The signature scheme: docs/server-behaviour.md#webhook-signatures. These bodies and secrets
# are the server's own test cases,
# bin-webhook-manager/pkg/webhookhandler/message_test.go:21-32 (Test_computeSignature) and
# :52-56 (different secrets differ). The digests are not in the Go test (it recomputes them):
# they come from `printf '%s' BODY | openssl dgst -sha256 -hmac SECRET`.
VECTORS = [
    (
        b'{"type":"call_updated","data":{"id":"test"}}',
        "test-secret",
        "sha256=c77c37600c8eeecef1e9aa0f06fc8c63866408ca03bc506c9f148f848ce3cbd3",
    ),
    (b"", "test-secret", "sha256=a41bc6d81d6413576ae0994995e0ad89a416ec97389515c3604f47722122eeeb"),
    (b'{"type":"call_updated"}', "secret-a", "sha256=5bfbbcbe445faa882d3f9cccbbba3010757a744960d5f5df2892c35aafa46575"),
    (b'{"type":"call_updated"}', "secret-b", "sha256=67c16ce01513fd3c7be29ed336de06f5411df6104ecfbb1c78d331c173b7fdf2"),
]
BODY, SECRET, SIGNATURE = VECTORS[0]
QUEUECALL = (
    b'{"type": "queuecall_created", "data": {"id": "b972b61c-59d2-4217-8fbb-a32304be5c3b", "status": "waiting"}}'
)


@pytest.mark.parametrize(("body", "secret", "signature"), VECTORS)
def test_the_servers_vectors_verify(body: bytes, secret: str, signature: str) -> None:
    webhooks.verify_signature(body, signature, secret)
    webhooks.verify_signature(body, signature.upper().replace("SHA256=", "sha256="), secret)  # hex in any case


def test_one_body_signed_with_two_secrets_verifies_only_with_its_own() -> None:
    body, _, signature_a = VECTORS[2]
    with pytest.raises(voipbin.WebhookSignatureError, match="mismatch"):
        webhooks.verify_signature(body, signature_a, "secret-b")


def test_construct_event_verifies_then_parses() -> None:
    event = webhooks.construct_event(BODY, SIGNATURE, SECRET)
    assert (event.type, event.resource, event.raw) == ("call_updated", "call", BODY.decode())
    # "test" is no UUID: ids are kept as the server sent them, so the typed Call still parses.
    assert isinstance(event.data, Call) and event.data.id == "test"


@pytest.mark.parametrize(
    ("body", "header", "secret", "message"),
    [
        (BODY.replace(b"test", b"tesT"), SIGNATURE, SECRET, "mismatch"),  # tampered body
        (BODY + b"\n", SIGNATURE, SECRET, "mismatch"),  # one byte added
        (BODY, SIGNATURE, "wrong-secret", "mismatch"),
        (BODY, None, SECRET, "no X-VoIPBIN-Signature"),
        (BODY, "", SECRET, "no X-VoIPBIN-Signature"),
        (BODY, SIGNATURE.replace("sha256=", "sha1="), SECRET, "algorithm given: 'sha1'"),
        (BODY, SIGNATURE.removeprefix("sha256="), SECRET, "algorithm given: 'none'"),
        (BODY, SIGNATURE[:-2] + "zz", SECRET, "64 hex digits"),
        (BODY, SIGNATURE[:-2], SECRET, "64 hex digits"),
        (BODY, SIGNATURE[:-1] + ("0" if SIGNATURE[-1] != "0" else "1"), SECRET, "mismatch"),
    ],
)
def test_a_forged_or_broken_delivery_is_refused(body: bytes, header: str | None, secret: str, message: str) -> None:
    with pytest.raises(voipbin.WebhookSignatureError, match=message) as raised:
        webhooks.construct_event(body, header, secret)
    assert isinstance(raised.value, voipbin.VoipbinError)
    assert secret not in str(raised.value)
    # The digest the body would need is never told: it would let anyone forge this body.
    expected = webhooks_digest(body, secret)
    assert expected not in str(raised.value)


def webhooks_digest(body: bytes, secret: str) -> str:
    import hashlib
    import hmac

    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def test_the_compare_is_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    import hmac

    seen: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        seen.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    webhooks.verify_signature(BODY, SIGNATURE, SECRET)
    assert len(seen) == 1


def test_text_payload_and_empty_secret_are_programming_errors() -> None:
    with pytest.raises(TypeError, match="raw request body"):
        webhooks.verify_signature(BODY.decode(), SIGNATURE, SECRET)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="secret is empty"):
        webhooks.verify_signature(BODY, SIGNATURE, "")


def test_parse_event_reads_without_a_secret() -> None:
    event = webhooks.parse_event(QUEUECALL)
    assert (event.type, event.resource) == ("queuecall_created", "queuecall")
    assert type(event.data).__name__ == "Queuecall"
    assert str(event.data.id) == "b972b61c-59d2-4217-8fbb-a32304be5c3b"
    broken = webhooks.parse_event(b"not json")
    assert (broken.type, broken.resource, broken.data, broken.raw) == (None, None, None, "not json")
