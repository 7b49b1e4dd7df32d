#!/usr/bin/env python3
"""Set up the project on a fresh machine and run its main job or its tests.

    python3 scripts/dev.py main   # the quick start: the seeds' tutorials (offline unless credentials are set)
    python3 scripts/dev.py test   # lint, type-check, --check the generated code, pytest
    python3 scripts/dev.py bench  # on demand: what the facade costs over raw httpx
    python3 scripts/dev.py reliability  # on demand: rerun tests/reliability, rewrite docs/reliability.md

Set-up is idempotent: a virtual environment in .venv with the project installed
editable with its dev extras, reinstalled only when pyproject.toml changes. Needs
only Python 3.11+ (and Node, later, for the Prism mock).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
PYTHON = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
STAMP = VENV / ".voipbin-installed"
SPEC_DIR = Path(os.environ.get("VOIPBIN_SPEC_DIR", ROOT.parent / "shared" / "spec"))
SPEC = SPEC_DIR / "voipbin-openapi-2026-08-05.json"


def setup() -> None:
    """Create .venv and install the project into it, unless already up to date."""
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    if not PYTHON.exists():
        print("setup: creating .venv", flush=True)
        venv.create(VENV, with_pip=True)
    print("setup: installing the project and its dev tools", flush=True)
    run(PYTHON, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", ".[dev]")
    STAMP.write_text(wanted)


def run(*command: object) -> None:
    done = subprocess.run([str(part) for part in command], cwd=ROOT, check=False)
    if done.returncode != 0:
        sys.exit(done.returncode)


def require_spec() -> None:
    if not SPEC.is_file():
        sys.exit(f"spec snapshot not found: {SPEC}\nset VOIPBIN_SPEC_DIR to the folder that holds {SPEC.name}")


def main_job() -> None:
    run(PYTHON, "examples/quickstart.py")


def tests() -> None:
    require_spec()
    run(PYTHON, "-m", "ruff", "check", "facade", "scripts", "tests")
    run(PYTHON, "-m", "ruff", "format", "--check", "facade", "scripts", "tests")
    run(PYTHON, "-m", "mypy")
    run(PYTHON, "scripts/regenerate.py", "--spec", SPEC, "--check")
    run(PYTHON, "-m", "pytest", "-q")


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
    setup()
    jobs[sys.argv[1]]()


if __name__ == "__main__":
    cli()
