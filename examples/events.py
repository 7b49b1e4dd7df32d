#!/usr/bin/env python3
"""Print a customer's call events as they happen.

With VOIPBIN_TOKEN (or VOIPBIN_ACCESSKEY) and VOIPBIN_CUSTOMER_ID set, this listens to
the live API until Ctrl-C. Without, it starts a local WebSocket server that plays two
events, one in each shape the server sends, and stops after them.
"""

from __future__ import annotations

import asyncio
import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import voipbin

OFFLINE_CUSTOMER = "b972b61c-59d2-4217-8fbb-a32304be5c3b"
CALL = {"id": "a1b2c3d4-e5f6-7890-abcd-ef1234567890", "customer_id": OFFLINE_CUSTOMER, "status": "hangup"}


@contextmanager
def local_server() -> Iterator[str]:
    """A WebSocket server on 127.0.0.1 answering a subscribe with two events; its base_url."""
    from websockets.asyncio.server import ServerConnection, serve

    async def play(conn: ServerConnection) -> None:
        print(f"  (server) got {await conn.recv()!r}")
        await conn.send(json.dumps({"type": "call_hangup", "data": CALL}))  # wrapped
        await conn.send(json.dumps(CALL))  # unwrapped: the resource alone
        await conn.wait_closed()

    ready, stop = threading.Event(), threading.Event()
    port: list[int] = []

    async def main() -> None:
        async with serve(play, "127.0.0.1", 0) as server:
            port.append(server.sockets[0].getsockname()[1])
            ready.set()
            while not stop.is_set():
                await asyncio.sleep(0.05)

    thread = threading.Thread(target=asyncio.run, args=(main(),), daemon=True)
    thread.start()
    ready.wait(5)
    try:
        yield f"http://127.0.0.1:{port[0]}/v1.0"
    finally:
        stop.set()
        thread.join(5)


def listen(vb: voipbin.Voipbin, customer_id: str, limit: int | None) -> None:
    topic = voipbin.topic(customer_id=customer_id, resource="call")
    with vb.events.subscribe([topic]) as stream:
        for count, event in enumerate(stream, 1):
            status = getattr(event.data, "status", None)
            print(f"  {event.type or '(unwrapped)'} resource={event.resource} status={status}")
            if limit is not None and count >= limit:
                break


def main() -> None:
    customer_id = os.environ.get("VOIPBIN_CUSTOMER_ID")
    live = customer_id and (os.environ.get("VOIPBIN_TOKEN") or os.environ.get("VOIPBIN_ACCESSKEY"))
    if live and customer_id:
        print("events: listening to the live API (Ctrl-C to stop)")
        with voipbin.Voipbin() as vb:
            listen(vb, customer_id, None)
        return
    print("events: offline, against a local WebSocket server (set VOIPBIN_TOKEN and VOIPBIN_CUSTOMER_ID for live)")
    with local_server() as base_url, voipbin.Voipbin(token="offline-token", base_url=base_url) as vb:
        listen(vb, OFFLINE_CUSTOMER, 2)


if __name__ == "__main__":
    main()
