#!/usr/bin/env python3
"""What the event stream costs over a raw websockets client, and how fast it reconnects.

    .venv/bin/python scripts/bench_events.py [--frames 20000] [--rounds 5]   # prints JSON

A server sends ``frames`` wrapped call events after the client's subscribe: first the
websockets library's own server in a thread of this process (how issue 25 measured,
and what its goals are stated against: the server's work is in every figure), then a
bare server in a process of its own that writes prebuilt frames as fast as the client
reads them (``bare_``: the client's own cost a frame, where the typed model the SDK
builds weighs most, the figure to profile). Per frame: ``vb.events.subscribe`` (sync and async) against the
websockets library's own client of the same kind plus ``json.loads``, side by side in
each round; the ratio is of medians. The reconnect figure is the time from the server dropping a connection
that was up (past EVENTS_REFUSAL_WINDOW) to the subscribe arriving on the next one.
scripts/bench.py runs this too.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import hashlib
import json
import multiprocessing
import queue
import statistics
import struct
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

CUSTOMER = "b972b61c-59d2-4217-8fbb-a32304be5c3b"
TOPIC = f"customer_id:{CUSTOMER}:call"
_ADDRESS = {"type": "tel", "target": "+15551234567", "target_name": "", "name": "", "detail": ""}
CALL: dict[str, Any] = {
    "id": "a1b2c3d4-e5f6-7890-abcd-ef1234567890", "customer_id": CUSTOMER, "owner_type": "", "owner_id": "",
    "flow_id": "3b4c5d6e-0000-4000-8000-000000000001", "activeflow_id": "3b4c5d6e-0000-4000-8000-000000000002",
    "type": "flow", "master_call_id": "", "chained_call_ids": [], "recording_id": "", "recording_ids": [],
    "groupcall_id": "", "source": _ADDRESS, "destination": {**_ADDRESS, "target": "+15557654321"},
    "status": "hangup", "action": {"id": "00000000-0000-0000-0000-000000000001", "type": "talk"},
    "direction": "outgoing", "mute_direction": "", "hangup_by": "remote", "hangup_reason": "normal",
    "tm_progressing": "2026-01-15T09:30:01.123456Z", "tm_ringing": "2026-01-15T09:30:00.623456Z",
    "tm_hangup": "2026-01-15T09:31:00.123456Z", "tm_create": "2026-01-15T09:30:00.123456Z",
    "tm_update": "2026-01-15T09:31:00.123456Z", "tm_delete": None,
}  # fmt: skip
WRAPPED = json.dumps({"type": "call_hangup", "data": CALL}).encode()
_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


def _text_frame(payload: bytes) -> bytes:
    """A server-to-client text frame (unmasked)."""
    if len(payload) < 126:
        return struct.pack("!BB", 0x81, len(payload)) + payload
    return struct.pack("!BBH", 0x81, 126, len(payload)) + payload


def serve(port_out: Any, frames: int, hold: float) -> None:
    """Per connection: the handshake, then, on the first client frame, ``frames`` events;
    with ``hold`` > 0, the connection is instead kept for ``hold`` seconds and dropped (the
    reconnect measure), the time of each drop and of each subscribe written to the queue."""
    burst = _text_frame(WRAPPED) * frames

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        request = await reader.readuntil(b"\r\n\r\n")
        key = next(line.split(b":", 1)[1].strip() for line in request.split(b"\r\n")
                   if line.lower().startswith(b"sec-websocket-key:"))  # fmt: skip
        accept = base64.b64encode(hashlib.sha1(key + _GUID).digest())
        writer.write(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                     b"Sec-WebSocket-Accept: " + accept + b"\r\n\r\n")  # fmt: skip
        head = await reader.readexactly(2)  # the subscribe frame (masked, under 126 bytes): the client listens
        await reader.readexactly(4 + (head[1] & 0x7F))
        if hold > 0:
            port_out.put(("subscribed", time.time()))
            await asyncio.sleep(hold)
            port_out.put(("dropped", time.time()))
            writer.transport.abort()
            return
        writer.write(burst)
        await writer.drain()
        await reader.read(1)  # the client's close frame: cut at once, so that closing costs no wait
        writer.transport.abort()

    async def main() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        port_out.put(server.sockets[0].getsockname()[1])
        await server.serve_forever()

    asyncio.run(main())


def serve_library(port_out: Any, frames: int) -> None:
    """The websockets library's own server: per connection, the
    subscribe, then ``frames`` events sent one by one, then the closing handshake."""
    from websockets.asyncio.server import ServerConnection, serve

    text = WRAPPED.decode()

    async def handle(conn: ServerConnection) -> None:
        await conn.recv()
        for _ in range(frames):
            await conn.send(text)
        await conn.wait_closed()

    async def main() -> None:
        async with serve(handle, "127.0.0.1", 0, ping_interval=None) as server:
            port_out.put(server.sockets[0].getsockname()[1])
            await server.serve_forever()

    asyncio.run(main())


def _server(frames: int, hold: float = 0.0) -> tuple[multiprocessing.Process, Any, int]:
    """The bare server, in a process of its own."""
    queue: Any = multiprocessing.Queue()
    process = multiprocessing.Process(target=serve, args=(queue, frames, hold), daemon=True)
    process.start()
    return process, queue, queue.get(timeout=10)


def _library_server(frames: int) -> int:
    """The websockets server, in a thread of this process (daemon: it ends with the bench)."""
    ports: queue.Queue[int] = queue.Queue()
    threading.Thread(target=serve_library, args=(ports, frames), daemon=True).start()
    return ports.get(timeout=10)


def raw_sync(port: int, frames: int) -> float:
    from websockets.sync.client import connect

    with connect(f"ws://127.0.0.1:{port}/v1.0/ws", max_queue=16) as ws:
        ws.send(json.dumps({"type": "subscribe", "topics": [TOPIC]}))
        json.loads(ws.recv())
        started = time.perf_counter()
        for _ in range(frames - 1):
            json.loads(ws.recv())
        return time.perf_counter() - started


def facade_sync(port: int, frames: int) -> float:
    from voipbin import Voipbin

    with Voipbin(token="t", base_url=f"http://127.0.0.1:{port}/v1.0") as vb, vb.events.subscribe([TOPIC]) as stream:
        next(stream)
        started = time.perf_counter()
        for count, _ in enumerate(stream, 2):
            if count == frames:
                return time.perf_counter() - started
    raise AssertionError("the stream ended early")


async def raw_async(port: int, frames: int) -> float:
    from websockets.asyncio.client import connect

    async with connect(f"ws://127.0.0.1:{port}/v1.0/ws", max_queue=16) as ws:
        await ws.send(json.dumps({"type": "subscribe", "topics": [TOPIC]}))
        json.loads(await ws.recv())
        started = time.perf_counter()
        for _ in range(frames - 1):
            json.loads(await ws.recv())
        return time.perf_counter() - started


async def facade_async(port: int, frames: int) -> float:
    from voipbin import AsyncVoipbin

    avb = AsyncVoipbin(token="t", base_url=f"http://127.0.0.1:{port}/v1.0")
    async with avb, avb.events.subscribe([TOPIC]) as stream:
        await anext(stream)
        started, count = time.perf_counter(), 1
        async for _ in stream:
            count += 1
            if count == frames:
                return time.perf_counter() - started
    raise AssertionError("the stream ended early")


def per_frame(frames: int, rounds: int, port: int) -> dict[str, float]:
    """Microseconds a frame, from the first frame to the last (the handshake left out), medians
    over ``rounds``, each kind timed once in every round."""
    kinds: dict[str, Callable[[], float]] = {
        "raw_sync": lambda: raw_sync(port, frames),
        "facade_sync": lambda: facade_sync(port, frames),
        "raw_async": lambda: asyncio.run(raw_async(port, frames)),
        "facade_async": lambda: asyncio.run(facade_async(port, frames)),
    }
    times: dict[str, list[float]] = {name: [] for name in kinds}
    for _ in range(rounds + 1):  # the first round warms up imports and caches
        for name, work in kinds.items():
            times[name].append(work())
    result = {f"{name}_us": statistics.median(t[1:]) / (frames - 1) * 1e6 for name, t in times.items()}
    result["sync_vs_raw"] = result["facade_sync_us"] / result["raw_sync_us"]
    result["async_vs_raw"] = result["facade_async_us"] / result["raw_async_us"]
    return result


def reconnect(drops: int) -> dict[str, float]:
    """Seconds from each drop to the next subscribe: the connection is held past the
    refusal window (so the drop is not taken as a refused topic) and then cut."""
    from voipbin import Voipbin

    hold = 2.5  # > EVENTS_REFUSAL_WINDOW
    process, queue, port = _server(0, hold)
    vb = Voipbin(token="t", base_url=f"http://127.0.0.1:{port}/v1.0")
    stream = vb.events.subscribe([TOPIC])
    threading.Thread(target=lambda: next(stream, None), daemon=True).start()  # never receives: only reconnects
    gaps: list[float] = []
    dropped: float | None = None
    try:
        while len(gaps) < drops:
            kind, when = queue.get(timeout=30)
            if kind == "dropped":
                dropped = when
            elif dropped is not None:
                gaps.append(when - dropped)
    finally:
        stream.close()
        vb.close()
        process.terminate()
    return {"reconnect_median_s": statistics.median(gaps), "reconnect_max_s": max(gaps)}


def run(frames: int = 20000, rounds: int = 5, drops: int = 5) -> dict[str, float]:
    """Against the websockets server (the figures of the goals), then against the bare one
    (``bare_``: what the client alone costs a frame), then the reconnect."""
    process, _, port = _server(frames)
    try:
        bare = {f"bare_{name}": value for name, value in per_frame(frames, rounds, port).items()}
    finally:
        process.terminate()
    return {**per_frame(frames, rounds, _library_server(frames)), **bare, **reconnect(drops)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--frames", type=int, default=20000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--drops", type=int, default=5)
    args = parser.parse_args()
    print(json.dumps(run(args.frames, args.rounds, args.drops), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
