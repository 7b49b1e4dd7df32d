"""Topics are checked before they reach the server, which would only close the connection."""

from __future__ import annotations

import subprocess
import sys
import uuid

import pytest
import voipbin

from tests.events.servers import CUSTOMER


def test_topic_builds_the_servers_format() -> None:
    assert voipbin.topic(customer_id=CUSTOMER, resource="call") == f"customer_id:{CUSTOMER}:call"
    assert voipbin.topic(agent_id=uuid.UUID(CUSTOMER)) == f"agent_id:{CUSTOMER}"
    one = voipbin.topic(customer_id=CUSTOMER, resource="queuecall", resource_id=uuid.UUID(CUSTOMER))
    assert one == f"customer_id:{CUSTOMER}:queuecall:{CUSTOMER}"
    assert voipbin.topic(customer_id=CUSTOMER, resource="webchat_session") == f"customer_id:{CUSTOMER}:webchat_session"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"resource": "call"}, "exactly one scope"),
        ({"customer_id": CUSTOMER, "agent_id": CUSTOMER}, "exactly one scope"),
        ({"customer_id": "not-a-uuid", "resource": "call"}, "must be a UUID"),
        ({"customer_id": "00000000-0000-0000-0000-000000000000"}, "not the nil one"),
        ({"customer_id": CUSTOMER, "resource": "Call"}, "lowercase word"),
        ({"customer_id": CUSTOMER, "resource": "call:x"}, "must not hold ':'"),
        ({"customer_id": CUSTOMER, "resource_id": CUSTOMER}, "needs a resource"),
        ({"customer_id": CUSTOMER, "resource": "call", "resource_id": "a b"}, "at most a resource id"),
    ],
)
def test_topic_refuses_what_the_server_would(arguments: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        voipbin.topic(**arguments)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "bad",
    [f"user_id:{CUSTOMER}:call", "customer_id", f"customer_id:{CUSTOMER}:call:x:y:z", f"customer_id:{CUSTOMER}:*"],
)
def test_subscribe_checks_every_topic_before_connecting(bad: str) -> None:
    vb = voipbin.Voipbin(token="t", base_url="http://127.0.0.1:9/v1.0")
    with pytest.raises(ValueError, match="topic"):
        vb.events.subscribe([bad])
    stream = vb.events.subscribe([])
    with pytest.raises(ValueError, match="topic"):
        stream.subscribe([bad])
    with pytest.raises(ValueError, match=r"subscribe\(\[topic\]\)"):
        stream.subscribe(f"customer_id:{CUSTOMER}:call")
    assert stream.topics == ()


def test_the_events_url_derives_from_base_url() -> None:
    assert voipbin.Voipbin(token="t").events.subscribe().url == "wss://api.voipbin.net/v1.0/ws"
    local = voipbin.Voipbin(token="t", base_url="http://127.0.0.1:4010/v1.0/")
    assert local.events.subscribe(service_agent=True).url == "ws://127.0.0.1:4010/v1.0/service_agents/ws"


def test_import_voipbin_does_not_load_websockets() -> None:
    code = "import sys, voipbin; voipbin.Voipbin(token='t').events.subscribe(); print('websockets' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"
