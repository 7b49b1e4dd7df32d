"""The event stream against real WebSocket servers on 127.0.0.1, sync and async."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import os
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
import voipbin
from websockets.asyncio.server import ServerConnection

from tests.events.servers import (
    CALL_ID,
    CUSTOMER,
    TOPIC,
    UNWRAPPED,
    WRAPPED,
    Handler,
    Seen,
    SilentServer,
    WsServer,
    wait_until,
)

TOKEN = "tok.en-123"
QUEUE_TOPIC = f"customer_id:{CUSTOMER}:queuecall"


@pytest.fixture
def servers() -> Iterator[list[Any]]:
    started: list[Any] = []
    yield started
    for server in started:
        server.close()


def ws(servers: list[Any], handler: Handler, **options: Any) -> WsServer:
    server = WsServer(handler, **options)
    servers.append(server)
    return server


async def forever(conn: ServerConnection) -> None:
    await conn.wait_closed()


async def shapes(conn: ServerConnection, seen: Seen) -> None:
    await seen.frame(conn)
    for text in (WRAPPED, UNWRAPPED, '{"type": "new_kind", "data": 3}', "[1, 2]", "not json", '{"foo": 1}'):
        await conn.send(text)
    await forever(conn)


def test_both_shapes_and_unknown_frames_come_through(servers: list[Any]) -> None:
    server = ws(servers, shapes)
    with voipbin.Voipbin(token=TOKEN, base_url=server.base_url) as vb, vb.events.subscribe([TOPIC]) as stream:
        events = [next(stream) for _ in range(6)]
    assert server.seen[0].frames == [{"type": "subscribe", "topics": [TOPIC]}]
    wrapped, unwrapped, new_kind, array, broken, foo = events
    assert (wrapped.type, wrapped.resource, type(wrapped.data).__name__) == ("call_hangup", "call", "Call")
    assert str(wrapped.data.id) == CALL_ID and wrapped.raw == WRAPPED
    # The call's own "type" is "flow": not an event type, since no data object stands beside it.
    assert (unwrapped.type, unwrapped.resource, type(unwrapped.data).__name__) == (None, "call", "Call")
    assert unwrapped.data.type.value == "flow"
    # "data" is not an object: unwrapped shape, kept whole as a dict.
    assert (new_kind.type, new_kind.resource, new_kind.data) == (None, None, {"type": "new_kind", "data": 3})
    assert (array.data, array.raw) == (None, "[1, 2]")
    assert (broken.type, broken.data, broken.raw) == (None, None, "not json")
    assert (foo.resource, foo.data) == (None, {"foo": 1})


def test_unwrapped_frames_stay_dicts_when_the_topics_name_several_resources(servers: list[Any]) -> None:
    server = ws(servers, shapes)
    with (
        voipbin.Voipbin(token=TOKEN, base_url=server.base_url) as vb,
        vb.events.subscribe([TOPIC, QUEUE_TOPIC]) as stream,
    ):
        next(stream)
        unwrapped = next(stream)
    assert (unwrapped.resource, unwrapped.data) == (None, json.loads(UNWRAPPED))


@pytest.mark.parametrize(
    ("credential", "header", "value"),
    [
        ({"token": TOKEN}, "authorization", f"Bearer {TOKEN}"),
        ({"accesskey": TOKEN}, "cookie", f"accesskey={TOKEN}"),
        ({"accesskey": TOKEN, "accesskey_in": "query"}, "cookie", f"accesskey={TOKEN}"),
    ],
)
def test_the_credential_goes_in_a_header_never_the_url_nor_the_logs(
    servers: list[Any], everything_logged: pytest.LogCaptureFixture,
    credential: dict[str, str], header: str, value: str,
) -> None:  # fmt: skip
    everything_logged.set_level(logging.DEBUG, logger="websockets")
    server = ws(servers, shapes)
    service_agent = "query" in credential.values()  # the other URL, once
    with (
        voipbin.Voipbin(base_url=server.base_url, **credential) as vb,  # type: ignore[arg-type]
        vb.events.subscribe([TOPIC], service_agent=service_agent) as stream,
    ):
        next(stream)
    seen = server.seen[0]
    assert seen.headers[header] == value
    assert seen.path == ("/v1.0/service_agents/ws" if service_agent else "/v1.0/ws")
    assert TOKEN not in seen.path
    assert TOKEN not in repr(stream)
    sdk = [r for r in everything_logged.records if r.name != "websockets.server"]  # the test server's own log
    assert any("Authorization" in r.getMessage() or "Cookie" in r.getMessage() for r in sdk)
    assert not [r for r in sdk if TOKEN in r.getMessage()]


async def drop_after_one_event(conn: ServerConnection, seen: Seen) -> None:
    await seen.frame(conn)
    if seen.index == 0:
        await conn.send(WRAPPED)
        await seen.frame(conn)  # the stream.subscribe() sent mid-stream
        await asyncio.sleep(2.5)  # up long enough not to look like a refused subscribe
        await conn.close()
    else:
        await conn.send(UNWRAPPED)
        await forever(conn)


def test_a_dropped_connection_is_replaced_and_every_topic_sent_again(servers: list[Any]) -> None:
    server = ws(servers, drop_after_one_event)
    with voipbin.Voipbin(token=TOKEN, base_url=server.base_url) as vb, vb.events.subscribe([TOPIC]) as stream:
        first = next(stream)
        stream.subscribe([QUEUE_TOPIC])
        started = time.monotonic()
        second = next(stream)
        waited = time.monotonic() - started
    assert (first.type, second.type) == ("call_hangup", None)
    assert [s.frames for s in server.seen] == [
        [{"type": "subscribe", "topics": [TOPIC]}, {"type": "subscribe", "topics": [QUEUE_TOPIC]}],
        [{"type": "subscribe", "topics": [TOPIC, QUEUE_TOPIC]}],
    ]
    assert waited < 2.5 + 1.0  # the 2.5 s the server stayed up, then at most 0.5 s of backoff


async def refuse(conn: ServerConnection, seen: Seen) -> None:
    await seen.frame(conn)
    await conn.close()


def test_a_topic_refused_twice_in_a_row_raises_naming_it(servers: list[Any]) -> None:
    server = ws(servers, refuse)
    with (
        voipbin.Voipbin(token=TOKEN, base_url=server.base_url) as vb,
        vb.events.subscribe([TOPIC]) as stream,
        pytest.raises(voipbin.EventStreamError, match=TOPIC) as raised,
    ):
        next(stream)
    assert raised.value.topics == (TOPIC,)
    assert len(server.seen) == 2
    assert list(stream) == []  # the stream is closed: iterating again ends at once


@pytest.mark.parametrize("status", [401, 403, 404])
def test_a_refused_handshake_raises_at_once_without_the_credential(servers: list[Any], status: int) -> None:
    server = ws(servers, shapes, refuse=status)
    with (
        voipbin.Voipbin(token=TOKEN, base_url=server.base_url) as vb,
        vb.events.subscribe([TOPIC]) as stream,
        pytest.raises(voipbin.EventStreamError, match=f"HTTP {status}") as raised,
    ):
        next(stream)
    assert len(server.seen) == 1  # not retried
    assert TOKEN not in str(raised.value)


def test_silence_is_a_dead_connection_replaced(servers: list[Any]) -> None:
    server = SilentServer(then=[WRAPPED])
    servers.append(server)
    with (
        voipbin.Voipbin(token=TOKEN, base_url=server.base_url) as vb,
        vb.events.subscribe([TOPIC], silence_limit=0.5) as stream,
    ):
        started = time.monotonic()
        event = next(stream)
        waited = time.monotonic() - started
    assert event.type == "call_hangup"
    assert server.connections == 2
    assert 0.5 <= waited < 0.5 + 1.5  # the limit, then at most 0.5 s backoff and a handshake


async def ping_then_event(conn: ServerConnection, seen: Seen) -> None:
    await seen.frame(conn)
    await asyncio.sleep(1.5)
    await conn.send(WRAPPED)
    await forever(conn)


def test_pings_keep_a_quiet_connection(servers: list[Any]) -> None:
    # The server pings every 0.1 s and would close on a missing pong (websockets' ping_timeout).
    server = ws(servers, ping_then_event, ping_interval=0.1)
    with (
        voipbin.Voipbin(token=TOKEN, base_url=server.base_url) as vb,
        vb.events.subscribe([TOPIC], silence_limit=0.6) as stream,
    ):
        assert next(stream).type == "call_hangup"
    assert len(server.seen) == 1


async def stream_forever(conn: ServerConnection, seen: Seen) -> None:
    await seen.frame(conn)
    while True:
        await conn.send(WRAPPED)
        await asyncio.sleep(0.01)


def test_close_from_another_thread_ends_the_iteration(servers: list[Any]) -> None:
    server = ws(servers, stream_forever)
    got: list[voipbin.Event] = []
    with voipbin.Voipbin(token=TOKEN, base_url=server.base_url) as vb:
        stream = vb.events.subscribe([TOPIC])
        reader = threading.Thread(target=lambda: got.extend(stream))
        reader.start()
        wait_until(lambda: len(got) >= 3)
        stream.close()
        reader.join(3)
    assert not reader.is_alive()
    assert got and all(e.type == "call_hangup" for e in got)
    assert next(iter(stream), None) is None


def test_a_slow_consumer_does_not_make_the_buffer_grow(servers: list[Any]) -> None:
    sent: list[int] = []
    pad = base64.b64encode(os.urandom(45_000)).decode()  # 60 kB that compression cannot shrink
    big = json.dumps({"type": "call_updated", "data": {"id": CALL_ID, "pad": pad}})

    async def flood(conn: ServerConnection, seen: Seen) -> None:
        await seen.frame(conn)
        for n in range(2000):
            await conn.send(big)
            sent.append(n)
        await forever(conn)

    server = ws(servers, flood)
    with voipbin.Voipbin(token=TOKEN, base_url=server.base_url) as vb, vb.events.subscribe([TOPIC]) as stream:
        next(stream)
        time.sleep(1.0)  # a consumer busy elsewhere
        stalled_at = len(sent)
        received = 1 + sum(1 for _, _ in zip(range(199), stream, strict=False))
    # 2000 frames of 60 kB (120 MB) were offered; the server could hand over only what the
    # SDK's 16-frame queue and the kernel's socket buffers hold before TCP pushed back.
    assert stalled_at < 600, stalled_at
    assert received == 200


async def test_async_shapes_reconnect_and_close(servers: list[Any]) -> None:
    server = ws(servers, drop_after_one_event)
    async with (
        voipbin.AsyncVoipbin(accesskey=TOKEN, base_url=server.base_url) as avb,
        avb.events.subscribe([TOPIC]) as stream,
    ):
        first = await anext(stream)
        await stream.subscribe([QUEUE_TOPIC])
        second = await anext(stream)
        assert stream.topics == (TOPIC, QUEUE_TOPIC)
        await stream.close()
        assert [e async for e in stream] == []
    assert (first.type, type(first.data).__name__, second.type) == ("call_hangup", "Call", None)
    assert [s.frames[0] for s in server.seen] == [
        {"type": "subscribe", "topics": [TOPIC]},
        {"type": "subscribe", "topics": [TOPIC, QUEUE_TOPIC]},
    ]
    assert server.seen[0].headers["cookie"] == f"accesskey={TOKEN}" and server.seen[0].path == "/v1.0/ws"


async def test_async_refused_topic_raises(servers: list[Any]) -> None:
    server = ws(servers, refuse)
    async with (
        voipbin.AsyncVoipbin(token=TOKEN, base_url=server.base_url) as avb,
        avb.events.subscribe([TOPIC]) as stream,
    ):
        with pytest.raises(voipbin.EventStreamError) as raised:
            await anext(stream)
    assert raised.value.topics == (TOPIC,)


async def test_async_silence_and_close_from_another_task(servers: list[Any]) -> None:
    server = SilentServer(then=[WRAPPED, WRAPPED])
    servers.append(server)
    async with voipbin.AsyncVoipbin(token=TOKEN, base_url=server.base_url) as avb:
        stream = avb.events.subscribe([TOPIC], silence_limit=0.5)
        got: list[voipbin.Event] = []

        async def read() -> None:
            async for event in stream:
                got.append(event)

        reader = asyncio.create_task(read())
        while len(got) < 2:
            await asyncio.sleep(0.01)
        await stream.close()
        await asyncio.wait_for(reader, 3)
    assert server.connections == 2 and [e.type for e in got] == ["call_hangup", "call_hangup"]


def test_unsubscribe_sends_a_frame_once_connected(servers: list[Any]) -> None:
    async def two_frames(conn: ServerConnection, seen: Seen) -> None:
        await seen.frame(conn)
        await conn.send(WRAPPED)
        await seen.frame(conn)
        await conn.send(WRAPPED)
        await forever(conn)

    server = ws(servers, two_frames)
    with (
        voipbin.Voipbin(token=TOKEN, base_url=server.base_url) as vb,
        vb.events.subscribe([TOPIC, QUEUE_TOPIC]) as stream,
    ):
        stream.unsubscribe([QUEUE_TOPIC])  # not connected yet: only the set changes
        stream.subscribe([QUEUE_TOPIC])
        next(stream)
        stream.unsubscribe([QUEUE_TOPIC])
        next(stream)
        assert stream.topics == (TOPIC,)
    assert server.seen[0].frames == [
        {"type": "subscribe", "topics": [TOPIC, QUEUE_TOPIC]},
        {"type": "unsubscribe", "topics": [QUEUE_TOPIC]},
    ]
