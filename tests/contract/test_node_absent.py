"""Without Node the contract test cannot run: the summary says so in one line, and where
VOIPBIN_REQUIRE_PRISM is set (CI) that is a failure, not a skip."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = "tests/contract/test_prism_contract.py"


def without_node(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """The contract test in a pytest whose PATH holds no node (an empty folder)."""
    clean = {k: v for k, v in os.environ.items() if k not in ("VOIPBIN_REQUIRE_PRISM", "PYTEST_XDIST_WORKER")}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist", CONTRACT]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False,
                          env={**clean, "PATH": str(tmp_path), **env}, timeout=120)  # fmt: skip


def test_skipped_with_one_clear_line(tmp_path: Path) -> None:
    done = without_node(tmp_path)
    assert done.returncode == 5, done.stdout + done.stderr  # pytest's "no tests ran": the module was skipped
    lines = [line for line in done.stdout.splitlines() if "Node.js (node) is not installed" in line]
    assert len(lines) == 1 and lines[0].startswith("SKIPPED [1]"), done.stdout
    assert "1 skipped" in done.stdout


def test_a_failure_where_prism_is_required(tmp_path: Path) -> None:
    done = without_node(tmp_path, VOIPBIN_REQUIRE_PRISM="1")
    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stdout.count("and VOIPBIN_REQUIRE_PRISM is set") >= 2  # both tests, in the summary too
    assert "2 errors" in done.stdout and " skipped" not in done.stdout  # the fixture fails both
