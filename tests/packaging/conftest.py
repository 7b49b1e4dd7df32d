"""The wheel as users get it, built and installed once for the tests of this folder that need
it (test_wheel, test_type_completeness: both in the xdist group "wheel", so one worker builds
it, once per session)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("voipbin-*.whl")
    return built


@pytest.fixture(scope="session")
def work(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the venv and the application go: a folder of pytest's cache, the same from run to
    run, so that mypy's cache beside them stays valid (mypy checks each module's hash against
    it). The venv and the application are made afresh every time."""
    cache = getattr(request.config, "cache", None)
    return cache.mkdir("wheel-check") if cache is not None else tmp_path_factory.mktemp("wheel-check")


@pytest.fixture(scope="session")
def installed(wheel: Path, work: Path) -> Path:
    """A fresh venv holding the wheel and its runtime dependencies, nothing of the tree (not
    even pip: the tests' pip installs into it)."""
    env = work / "venv"
    shutil.rmtree(env, ignore_errors=True)
    venv.create(env, with_pip=False)
    python = env / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-compile",
         "--disable-pip-version-check", wheel],
        check=True,
    )  # fmt: skip
    return python
