"""``voipbin emulate``: the emulator as a stand-alone server, for apps in other languages or
containers. Nothing drives its clock there, so it runs in real time (``--speed N``: N times
faster); it prints its base URL and a credential, and serves until interrupted."""

from __future__ import annotations

import argparse
import contextlib
import threading

from ._emulator import Emulator


def emulate(args: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="voipbin emulate", description=__doc__)
    parser.add_argument("--port", type=int, default=8080, help="port on the host (0: any free port; default 8080)")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--speed", type=float, default=1.0, help="virtual seconds per real second (default 1)")
    parser.add_argument("--webhook-uri", default="", help="deliver the customer's events to this URI, signed")
    options = parser.parse_args(args)
    if options.speed <= 0:
        parser.error("--speed must be above 0")
    emulator = Emulator(port=options.port, host=options.host, clock="realtime", speed=options.speed,
                        webhook_uri=options.webhook_uri)  # fmt: skip
    with emulator:
        print(f"voipbin emulator: {emulator.base_url} (WebSocket {emulator.base_url.replace('http', 'ws', 1)}/ws)")
        print(f"  customer_id:    {emulator.customer_id}")
        print(f"  token:          {emulator.token}    (Authorization: Bearer <token>)")
        print(f"  webhook secret: {emulator.webhook_secret}")
        print(f"  clock: real time x{options.speed:g}; Ctrl-C stops", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
    return 0
