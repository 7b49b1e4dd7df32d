#!/usr/bin/env python3
"""What the emulator costs (voipbin.testing.Emulator), against its goals:

* start (construct, bind, serve) under 200 ms, the package already imported;
* the seeds' route and outplan tutorials, through the SDK, under 1 s;
* 1,000 calls through their whole life (POST /calls, ring, answer, talk, hang up, every
  event published) on the virtual clock under 5 s.

    python3 scripts/bench_emulator.py        # prints the figures as JSON; scripts/bench.py runs it too
"""

from __future__ import annotations

import contextlib
import io
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "examples"))

import quickstart  # noqa: E402
from voipbin import Address  # noqa: E402
from voipbin.testing import Emulator  # noqa: E402

CALLS = 1000
PER_REQUEST = 100  # destinations per POST /calls


def bench_start(rounds: int = 20) -> float:
    times = []
    for _ in range(rounds):
        began = time.perf_counter()
        emulator = Emulator().start()
        times.append(time.perf_counter() - began)
        emulator.close()
    return statistics.median(times)


def bench_cold_start() -> float:
    """A fresh interpreter: importing voipbin.testing and starting the first emulator."""
    probe = ("import time; began = time.perf_counter(); from voipbin.testing import Emulator; "
             "Emulator().start(); print(time.perf_counter() - began)")  # fmt: skip
    runs = [float(subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout)
            for _ in range(5)]  # fmt: skip
    return statistics.median(runs)


def bench_tutorials() -> float:
    began = time.perf_counter()
    with Emulator() as emu, emu.client() as vb, contextlib.redirect_stdout(io.StringIO()):
        emu.add("/routes", id=quickstart.TUTORIAL_ROUTE, customer_id=quickstart.SYSTEM_CUSTOMER,
                provider_id=quickstart.PROVIDER, priority=1, target="+82")  # fmt: skip
        quickstart.route_tutorial(vb)
        quickstart.outplan_tutorial(vb)
    return time.perf_counter() - began


def bench_calls() -> dict[str, float]:
    with Emulator() as emu, emu.client() as vb:
        began = time.perf_counter()
        for batch in range(CALLS // PER_REQUEST):
            numbers = [Address.tel(f"+1555{batch:03d}{n:04d}") for n in range(PER_REQUEST)]
            vb.calls.create(source=Address.tel("+15559876543"), destinations=numbers,
                            actions=[{"type": "talk", "option": {"text": "Hello"}}, {"type": "hangup"}])  # fmt: skip
        placed = time.perf_counter()
        emu.advance(60)
        done = time.perf_counter()
        assert sum(call["status"] == "hangup" for call in emu.calls) == CALLS
        return {"total_s": done - began, "placing_s": placed - began, "living_s": done - placed,
                "events": len(emu.events)}  # fmt: skip


def run() -> dict[str, Any]:
    return {"start_s": bench_start(), "cold_start_with_imports_s": bench_cold_start(),
             "tutorials_s": bench_tutorials(), "calls_1000": bench_calls(),
            "goals": {"start_s": 0.2, "tutorials_s": 1.0, "calls_1000_total_s": 5.0}}  # fmt: skip


if __name__ == "__main__":
    print(json.dumps(run(), indent=1))
