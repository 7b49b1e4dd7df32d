"""examples/events.py and examples/webhook_receiver.py run offline and do what they say."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def run(name: str) -> str:
    done = subprocess.run([sys.executable, str(EXAMPLES / name)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.timeout(90)
def test_events_example_prints_both_shapes() -> None:
    out = run("events.py")
    assert "call_hangup resource=call status=hangup" in out
    assert "(unwrapped) resource=call status=hangup" in out


@pytest.mark.timeout(90)
def test_webhook_receiver_takes_once_ignores_the_repeat_and_refuses_the_tampered() -> None:
    out = run("webhook_receiver.py")
    assert "signed:    200 took call_hangup" in out
    assert "again:     200 duplicate" in out
    assert "tampered:  400 refused: webhook signature mismatch" in out
