"""Events out of the emulator: WebSocket frames through the SDK's own event stream (topics
as the server checks them), and webhook deliveries signed and retried as the server does."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import voipbin
from voipbin import Address
from voipbin.testing import Emulator

from tests.loopback import Loopback, Reply

CALLEE = "+15557654321"


@pytest.fixture
def receiver() -> Iterator[Loopback]:
    server = Loopback()
    yield server
    server.close()


def test_webhooks_are_signed_with_the_customers_secret(receiver: Loopback) -> None:
    receiver.handler = lambda received: Reply(200)
    with Emulator(webhook_uri=receiver.root + "/hook") as emu, emu.client() as vb:
        emu.phone(CALLEE).answers(after=1).hangs_up(after=2)
        created = vb.calls.create(source=Address.tel("+15551230000"), destinations=[Address.tel(CALLEE)],
                                  actions=[{"type": "sleep", "option": {"duration": 10000}}])  # fmt: skip
        emu.run_until(created.calls[0].id)
        hangup = [r for r in receiver.requests if r.json()["type"] == "call_hangup"]
        assert len(hangup) == 1 and hangup[0].path.startswith("/hook")
        event = voipbin.webhooks.construct_event(hangup[0].body, hangup[0].headers["x-voipbin-signature"],
                                                 emu.webhook_secret)  # fmt: skip
        assert event.type == "call_hangup" and hangup[0].json()["data"]["hangup_by"] == "remote"
        assert [d.type for d in emu.deliveries][:2] == ["call_created", "activeflow_created"]
        assert all(d.ok and d.attempt == 1 for d in emu.deliveries)


def test_a_failed_delivery_is_tried_three_times_one_virtual_second_apart(receiver: Loopback) -> None:
    receiver.handler = lambda received: Reply(503)
    with Emulator(webhook_uri=receiver.root) as emu:
        emu.add("/numbers", number="+15551112222")
        emu.phone("+15559990000").calls("+15551112222")  # call_created, then the flow ends it
        emu.advance(0)
        first = [d for d in emu.deliveries if d.type == "call_created"]
        assert [(d.attempt, d.status_code) for d in first] == [(1, 503)]
        emu.advance(1)
        emu.advance(1)
        first = [d for d in emu.deliveries if d.type == "call_created"]
        assert [(d.attempt, d.status_code) for d in first] == [(1, 503), (2, 503), (3, 503)]  # then given up
        emu.advance(5)
        assert len([d for d in emu.deliveries if d.type == "call_created"]) == 3


def test_the_sdks_event_stream_receives_the_calls_events() -> None:
    seen: list[str] = []

    def consume(stream: voipbin.EventStream) -> None:  # the sync stream connects when iterated
        for event in stream:
            seen.append(event.type)
            if event.type == "call_hangup":
                return

    with Emulator() as emu, emu.client() as vb:
        topic = voipbin.topic(customer_id=emu.customer_id, resource="call")
        with vb.events.subscribe([topic]) as stream:
            consumer = threading.Thread(target=consume, args=(stream,))
            consumer.start()
            emu.wait_subscribed(topic)
            created = vb.calls.create(source=Address.tel("+15551230000"), destinations=[Address.tel(CALLEE)],
                                      actions=[{"type": "hangup"}])  # fmt: skip
            emu.run_until(created.calls[0].id)
            consumer.join(timeout=30)
        assert seen[0] == "call_created" and seen[-1] == "call_hangup" and "call_progressing" in seen
        assert not any(kind.startswith("activeflow") for kind in seen)  # not on the call topic


def test_a_topic_of_another_customer_is_refused() -> None:
    with Emulator() as emu, emu.client() as vb:
        other = voipbin.topic(customer_id="5e0c8a5c-0000-4000-8000-000000000001", resource="call")
        with pytest.raises(voipbin.EventStreamError), vb.events.subscribe([other]) as stream:
            next(iter(stream))


def test_sign_makes_the_header_a_delivery_carries() -> None:
    # bin-webhook-manager/pkg/webhookhandler/message_test.go:21-32's first vector.
    body = b'{"type":"call_updated","data":{"id":"test"}}'
    header = voipbin.webhooks.sign(body, "test-secret")
    assert header.startswith("sha256=") and len(header) == 7 + 64
    voipbin.webhooks.verify_signature(body, header, "test-secret")
    with pytest.raises(voipbin.WebhookSignatureError):
        voipbin.webhooks.verify_signature(body + b" ", header, "test-secret")
