#!/usr/bin/env python3
"""Start-up time of the command line: ``python -m voipbin --help`` and an operation's ``--help``.

    .venv/bin/python scripts/bench_cli.py [--rounds N]

Each round is a fresh interpreter (as a user's shell starts one); the median is printed
against the goal (0.3 s). Byte-code is compiled by a first, untimed run.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

GOAL = 0.3
COMMANDS = (["--help"], ["service_agents", "contacts", "addresses", "delete", "--help"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=15)
    rounds = parser.parse_args().rounds
    for args in COMMANDS:
        command = [sys.executable, "-m", "voipbin", *args]
        subprocess.run(command, capture_output=True, check=True)
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            subprocess.run(command, capture_output=True, check=True)
            times.append(time.perf_counter() - start)
        median = statistics.median(times)
        verdict = "ok" if median < GOAL else "missed"
        print(f"voipbin {' '.join(args)}: median {median:.3f} s, min {min(times):.3f} s ({verdict}: goal < {GOAL} s)")
    base = [sys.executable, "-c", "pass"]
    start = time.perf_counter()
    for _ in range(rounds):
        subprocess.run(base, check=True)
    print(f"bare interpreter start: {(time.perf_counter() - start) / rounds:.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
