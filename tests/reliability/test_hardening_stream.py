"""The event stream hardened (issue 23, cases 5 to 11): redirects, deep JSON, echoed
credentials, the caller's TLS, frames over the limit, close() during a handshake, streams
left unclosed. Real websockets servers (or a raw socket where a server must misbehave) on
127.0.0.1, both clients. Rows go to docs/reliability.md, section "hardening"."""

from __future__ import annotations

import asyncio
import gc
import logging
import ssl
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import voipbin
from voipbin import AsyncVoipbin, Voipbin
from voipbin.webhooks import parse_event
from websockets.asyncio.server import ServerConnection

from tests.events.servers import TOPIC, WRAPPED, RawServer, Seen, WsServer, wait_until
from tests.reliability.conftest import Recorder

TOKEN = "canary-STREAM-TOKEN-3c9e"
MODES = ("sync", "async")
DEEP = "[" * 200_000


def _first(mode: str, base_url: str, **options: Any) -> voipbin.Event:
    """The first event of a stream on ``TOPIC``, or what it raised."""
    if mode == "sync":
        with Voipbin(token=TOKEN, base_url=base_url, **options) as vb, vb.events.subscribe([TOPIC]) as stream:
            return next(stream)

    async def first() -> voipbin.Event:
        async with AsyncVoipbin(token=TOKEN, base_url=base_url, **options) as avb, avb.events.subscribe([TOPIC]) as s:
            return await anext(s)

    return asyncio.run(first())


def _sends(*frames: str) -> Callable[[ServerConnection, Seen], Any]:
    async def handler(conn: ServerConnection, seen: Seen) -> None:
        await seen.frame(conn)
        for text in frames:
            await conn.send(text)
        await conn.wait_closed()

    return handler


@pytest.mark.parametrize("mode", MODES)
def test_a_cross_origin_handshake_redirect_is_not_followed(mode: str, servers: list[Any], report: Recorder) -> None:
    elsewhere = WsServer(_sends(WRAPPED))
    redirect = RawServer(f"HTTP/1.1 302 Found\r\nLocation: ws://localhost:{elsewhere.port}/ws\r\n"
                         "Content-Length: 0\r\n\r\n".encode())  # fmt: skip
    servers += [elsewhere, redirect]
    started = time.monotonic()
    with pytest.raises(voipbin.EventStreamError, match="redirected") as raised:
        _first(mode, redirect.base_url)
    assert elsewhere.seen == [] and redirect.requests == 1 and time.monotonic() - started < 10
    assert TOKEN not in str(raised.value)
    report.add("hardening", ["handshake 302 to another origin", mode, "EventStreamError; not followed, not retried"])


@pytest.mark.parametrize("mode", MODES)
def test_deeply_nested_json_comes_through_as_an_event(mode: str, servers: list[Any], report: Recorder) -> None:
    server = WsServer(_sends(DEEP, WRAPPED))
    servers.append(server)
    event = _first(mode, server.base_url)
    assert (event.data, event.raw) == (None, DEEP)
    delivered = parse_event(DEEP.encode())
    assert (delivered.data, delivered.raw) == (None, DEEP)
    report.add("hardening", ["frame and webhook body of 200,000 '['", mode, "Event with data None and raw"])


@pytest.mark.parametrize("mode", MODES)
def test_a_credential_echoed_in_the_handshake_is_redacted(
    mode: str, servers: list[Any], caplog: pytest.LogCaptureFixture, report: Recorder
) -> None:
    server = RawServer(f"HTTP/1.1 401 bad token {TOKEN}\r\nX-Echo: {TOKEN}\r\nContent-Length: 0\r\n\r\n".encode())
    servers.append(server)
    with caplog.at_level(logging.DEBUG), pytest.raises(voipbin.EventStreamError, match="HTTP 401") as raised:
        _first(mode, server.base_url)
    assert "X-Echo" in caplog.text, "websockets' DEBUG log of the answer's headers was not captured"
    assert TOKEN not in str(raised.value) and TOKEN not in caplog.text
    report.add("hardening", ["credential echoed in the handshake's reason phrase and a header", mode,
                             "redacted in the error and every log"])  # fmt: skip


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return cert, key


@pytest.mark.parametrize("mode", MODES)
def test_the_stream_trusts_what_the_client_trusts(
    mode: str, servers: list[Any], certificate: tuple[Path, Path], report: Recorder
) -> None:
    cert, key = certificate
    served = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    served.load_cert_chain(cert, key)
    server = WsServer(_sends(WRAPPED), tls=served)
    servers.append(server)
    trusting = ssl.create_default_context(cafile=str(cert))
    kind = httpx.Client if mode == "sync" else httpx.AsyncClient
    assert _first(mode, server.base_url, http_client=kind(verify=trusting)).type == "call_hangup"
    started = time.monotonic()
    with pytest.raises(voipbin.EventStreamError, match="certificate did not verify"):
        _first(mode, server.base_url)  # the SDK's certifi bundle does not know the test CA
    assert time.monotonic() - started < 10, "a certificate failure was retried"
    report.add("hardening", ["wss with a CA only the caller's http_client trusts; then without it", mode,
                             "connects through the client's TLS context; EventStreamError at once"])  # fmt: skip


@pytest.mark.parametrize("mode", MODES)
def test_a_frame_over_the_limit_is_reported_as_such(mode: str, servers: list[Any], report: Recorder) -> None:
    server = WsServer(_sends("x" * (2 << 20)))
    servers.append(server)
    with pytest.raises(voipbin.EventStreamError) as raised:
        _first(mode, server.base_url)
    assert "larger than the 1048576 bytes allowed" in str(raised.value) and "refuses" not in str(raised.value)
    report.add("hardening", ["a 2 MiB frame right after each subscribe, twice", mode,
                             "EventStreamError: frames larger than the SDK takes (1009), not a refusal"])  # fmt: skip


@pytest.mark.parametrize("mode", MODES)
def test_close_during_a_hung_handshake_ends_at_once(mode: str, servers: list[Any], report: Recorder) -> None:
    server = RawServer(None)
    servers.append(server)
    took: list[float] = []
    if mode == "sync":
        with Voipbin(token=TOKEN, base_url=server.base_url) as vb:
            stream = vb.events.subscribe([TOPIC])
            reader = threading.Thread(target=lambda: list(stream))
            reader.start()
            assert server.asked.wait(10)
            started = time.monotonic()
            stream.close()
            reader.join(8)
            took.append(time.monotonic() - started)
            assert not reader.is_alive()
    else:

        async def run() -> None:
            async with AsyncVoipbin(token=TOKEN, base_url=server.base_url) as avb:
                stream = avb.events.subscribe([TOPIC])
                reader = asyncio.ensure_future(anext(stream, None))
                while not server.asked.is_set():
                    await asyncio.sleep(0.01)
                started = time.monotonic()
                await stream.close()
                assert await asyncio.wait_for(reader, 8) is None
                took.append(time.monotonic() - started)

        asyncio.run(run())
    assert took[0] < 2.0, f"close() took {took[0]:.1f} s (the open timeout is 10 s)"
    report.add("hardening", ["close() while the handshake hangs", mode, "the iteration ends at once"],
               {"Measured (last run)": f"{took[0] * 1000:.0f} ms"})  # fmt: skip


@pytest.mark.parametrize("mode", MODES)
def test_streams_left_open_are_closed(mode: str, servers: list[Any], report: Recorder) -> None:
    """A stream dropped without close() lets go of its socket and thread; vb.close() closes the client's streams."""
    ended: list[int] = []

    async def handler(conn: ServerConnection, seen: Seen) -> None:
        await seen.frame(conn)
        await conn.send(WRAPPED)
        await conn.wait_closed()
        ended.append(seen.index)

    server = WsServer(handler)
    servers.append(server)
    threads = threading.active_count()
    if mode == "sync":
        vb = Voipbin(token=TOKEN, base_url=server.base_url)
        dropped = vb.events.subscribe([TOPIC])
        next(dropped)
        del dropped
        gc.collect()
        wait_until(lambda: ended == [0], 10)
        kept = vb.events.subscribe([TOPIC])
        next(kept)
        vb.close()
        wait_until(lambda: ended == [0, 1], 10)
        assert next(kept, None) is None
        wait_until(lambda: threading.active_count() <= threads, 10)
    else:

        async def run() -> None:
            avb = AsyncVoipbin(token=TOKEN, base_url=server.base_url)
            dropped = avb.events.subscribe([TOPIC])
            await anext(dropped)
            del dropped
            gc.collect()
            for _ in range(1000):
                if ended == [0]:
                    break
                await asyncio.sleep(0.01)
            kept = avb.events.subscribe([TOPIC])
            await anext(kept)
            await avb.close()
            assert await anext(kept, None) is None

        asyncio.run(run())
        wait_until(lambda: ended == [0, 1], 10)
    report.add("hardening", ["a stream dropped without close(); vb.close() with a stream open", mode,
                             "socket and thread released; the client's streams closed"])  # fmt: skip
