"""The quick start replays the committed cassettes offline; re-recording gives the same bytes."""

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


def test_quickstart_replays_offline_and_says_so() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VOIPBIN_")}
    env["HTTPS_PROXY"] = env["HTTP_PROXY"] = "http://127.0.0.1:9"  # any real network use would fail
    done = _run("examples/quickstart.py", env=env)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "replaying recorded cassettes, offline" in lines[0]
    assert "  created b972b61c-59d2-4217-8fbb-a32304be5c3b" in lines
    assert "  deleted b972b61c-59d2-4217-8fbb-a32304be5c3b: deleted=True" in lines
    assert "  updated dial info: try_interval=60000 ms" in lines


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
