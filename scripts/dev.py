#!/usr/bin/env python3
"""Set up the project on a fresh machine and run its main job or its tests.

    python3 scripts/dev.py main   # the quick start: the seeds' tutorials (offline unless credentials are set)
    python3 scripts/dev.py test   # lint, type-check, pytest in parallel (--check of the generated code among them)
    python3 scripts/dev.py bench  # on demand: what the facade costs over raw httpx
    python3 scripts/dev.py reliability  # on demand: rerun tests/reliability, rewrite docs/reliability.md

Set-up is idempotent: a virtual environment in .venv with the project installed
editable. `main` installs only what the quick start needs (the package and vcrpy,
its `testing` extra); the other jobs add the development tools of
requirements-dev.txt. Each is reinstalled only when pyproject.toml or that file
changes. Needs only Python 3.11+ (and Node, for the Prism mock).

The tests use the hypothesis profile named by VOIPBIN_HYPOTHESIS (default "ci";
"thorough" runs every property test with many more examples: see tests/conftest.py).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import threading
import time
import venv
from pathlib import Path

import spec_snapshots

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
PYTHON = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
PIP = (PYTHON, "-m", "pip", "install", "--disable-pip-version-check", "--progress-bar", "on")
PYPROJECT = ROOT / "pyproject.toml"
DEV_REQUIREMENTS = ROOT / "requirements-dev.txt"
CORES = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
WORKERS = CORES + 1  # for pytest: see tests()


def setup(dev: bool) -> None:
    """Create .venv and install the project (and, with ``dev``, its tools), unless up to date.
    A development set-up serves the quick start too."""
    stamps = {VENV / ".voipbin-dev": _digest(PYPROJECT, DEV_REQUIREMENTS)}
    if not dev:
        stamps[VENV / ".voipbin-runtime"] = _digest(PYPROJECT)
    if any(stamp.exists() and stamp.read_text() == wanted for stamp, wanted in stamps.items()):
        return
    if not PYTHON.exists():
        step("setup: creating .venv")
        venv.create(VENV, with_pip=True)
    if dev:
        step(f"setup: installing the project and the development tools of {DEV_REQUIREMENTS.name}")
        run(*PIP, "-e", ".[testing]", "-r", DEV_REQUIREMENTS)
    else:
        step("setup: installing the project and its testing extra (vcrpy)")
        run(*PIP, "-e", ".[testing]")
    stamp, wanted = list(stamps.items())[-1]
    stamp.write_text(wanted)


def _digest(*paths: Path) -> str:
    return hashlib.sha256(b"".join(path.read_bytes() for path in paths)).hexdigest()


def step(message: str) -> None:
    print(message, flush=True)


def run(*command: object) -> None:
    done = subprocess.run([str(part) for part in command], cwd=ROOT, check=False)
    if done.returncode != 0:
        sys.exit(done.returncode)


def require_spec() -> Path:
    try:
        return spec_snapshots.require()
    except FileNotFoundError as missing:
        sys.exit(str(missing))


def main_job() -> None:
    run(PYTHON, "examples/quickstart.py")


def tests() -> None:
    require_spec()
    phases = [
        ("ruff check", ("-m", "ruff", "check", "facade", "scripts", "tests")),
        ("ruff format", ("-m", "ruff", "format", "--check", "facade", "scripts", "tests")),
        # One worker more than cores: much of the suite waits (on timeouts it provokes, on Prism, on
        # subprocesses), and a waiting worker leaves its core to the others. Tests that share an
        # expensive fixture are grouped on one worker (xdist_group); the longest start first
        # (tests/scheduling.py), in the order given, not xdist's by group size.
        # `regenerate --check` is one of the tests (tests/pipeline/test_regenerate.py).
        ("pytest", ("-m", "pytest", "-q", "-n", WORKERS, "--dist", "loadgroup", "--no-loadscope-reorder")),
    ]
    # Bytecode caches (gitignored) are written even where PYTHONDONTWRITEBYTECODE is set: without
    # them every worker and every subprocess a test starts (the command line's, the pipeline's)
    # compiles the sources again, and pytest rewrites the asserts of every test module again.
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    # mypy runs beside pytest, its output held until pytest is done: from a fresh clone (no
    # mypy cache) it takes some 20 s of CPU, which the suite's waits (timeouts it provokes,
    # Prism, subprocesses) leave room for; run in turn, it added its whole time to the wait.
    step("== mypy --strict (beside pytest)")
    mypy_started = time.monotonic()
    mypy = subprocess.Popen([str(PYTHON), "-m", "mypy"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)  # fmt: skip
    mypy_done: list[tuple[str, float]] = []  # its output and when it ended, from a thread
    waiter = threading.Thread(target=lambda: mypy_done.append((mypy.communicate()[0], time.monotonic())))
    waiter.start()
    timings: list[tuple[str, float]] = []
    code = 0
    for name, arguments in phases:
        step(f"== {name}")
        started = time.monotonic()
        code = subprocess.run([str(PYTHON), *map(str, arguments)], cwd=ROOT, env=env, check=False).returncode
        timings.append((name, time.monotonic() - started))
        step(f"== {name}: {'ok' if code == 0 else f'FAILED (exit {code})'} in {timings[-1][1]:.1f} s")
        if code != 0:
            break
    if code != 0:
        mypy.kill()
    waiter.join()
    if code == 0:
        mypy_output, mypy_ended = mypy_done[0]
        print(mypy_output, end="", flush=True)
        timings.append(("mypy --strict", mypy_ended - mypy_started))
        code = mypy.returncode
        step(f"== mypy --strict: {'ok' if code == 0 else f'FAILED (exit {code})'} in {timings[-1][1]:.1f} s")
    step("phases: " + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in timings))
    if code != 0:
        sys.exit(code)


def bench() -> None:
    """The benchmarks; orjson for the parse comparison goes into a folder of its own, so the
    project's environment (and its tests) keep the standard library's decoder."""
    require_spec()
    extras = VENV / "bench-extras"
    if not (extras / "orjson").exists():
        run(PYTHON, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--target", extras, "orjson")
    run(PYTHON, "scripts/bench.py", "--extras", extras)


def reliability() -> None:
    """Rerun tests/reliability writing docs/reliability.md, then check the new document."""
    os.environ["VOIPBIN_RELIABILITY_DOC"] = "fresh"
    run(PYTHON, "-m", "pytest", "-q", "tests/reliability")
    del os.environ["VOIPBIN_RELIABILITY_DOC"]
    run(PYTHON, "-m", "pytest", "-q", "tests/reliability/test_document.py")


def cli() -> None:
    jobs = {"main": main_job, "test": tests, "bench": bench, "reliability": reliability}
    if len(sys.argv) != 2 or sys.argv[1] not in jobs:
        sys.exit(f"usage: python3 scripts/dev.py {{{'|'.join(jobs)}}}")
    if sys.version_info < (3, 11):  # noqa: UP036 (this bootstrap may be started by an older python3)
        sys.exit("voipbin needs Python 3.11 or newer")
    setup(dev=sys.argv[1] != "main")
    jobs[sys.argv[1]]()


if __name__ == "__main__":
    cli()
