"""The quick start runs offline against the emulator; re-recording the cassettes gives the same bytes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, check=False, cwd=ROOT, env=env)


def test_quickstart_runs_against_the_emulator_offline_and_says_so() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VOIPBIN_")}
    env["HTTPS_PROXY"] = env["HTTP_PROXY"] = "http://127.0.0.1:9"  # any real network use would fail
    env["NO_PROXY"] = "127.0.0.1"  # only the emulator on loopback is reachable
    done = _run("examples/quickstart.py", env=env)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "running against the offline emulator" in lines[0]
    assert "  got dccfd81b-5f11-4c49-8e3f-70730ef1a4d3: deleted=False at None" in lines
    assert any(line.startswith("  deleted ") and line.endswith(": deleted=True") for line in lines)
    assert "  updated dial info: try_interval=60000 ms" in lines
    events = [line.split(":")[0].split()[-1] for line in lines if line.startswith("  event ")]
    assert events[0] == "call_created" and events[-1] == "call_hangup" and "call_progressing" in events
    assert lines[-1].endswith("ended: local normal")


@pytest.mark.xdist_group("prism")  # records from the contract test's Prism mock (tests/conftest.py)
def test_recording_twice_gives_the_committed_bytes(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    prism = ["--prism", request.getfixturevalue("prism_url")] if shutil.which("node") else []
    done = _run("scripts/record_cassettes.py", str(tmp_path), *prism)
    assert done.returncode == 0, done.stderr
    recorded = sorted(p.name for p in tmp_path.glob("*.yaml"))
    committed = sorted(p.name for p in (ROOT / "cassettes").glob("*.yaml"))
    if shutil.which("node") is None:  # the recorder skips the Prism cassette without Node
        committed.remove("prism_examples.yaml")
    assert recorded == committed
    for name in recorded:
        assert (tmp_path / name).read_bytes() == (ROOT / "cassettes" / name).read_bytes()
