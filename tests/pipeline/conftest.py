from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import spec_snapshots

ROOT = Path(__file__).resolve().parents[2]
OLD_SPEC, NEW_SPEC = (spec_snapshots.snapshot(date) for date in spec_snapshots.DATES)


def regenerate(*args: str | Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(ROOT / "scripts" / "regenerate.py"), *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)


@pytest.fixture(scope="session")
def new_spec() -> dict[str, Any]:
    spec: dict[str, Any] = json.loads(spec_snapshots.require(spec_snapshots.DATES[-1]).read_text())
    return spec


@pytest.fixture(scope="session")
def old_spec() -> dict[str, Any]:
    spec: dict[str, Any] = json.loads(spec_snapshots.require(spec_snapshots.DATES[0]).read_text())
    return spec


@pytest.fixture(scope="session")
def overrides() -> dict[str, Any]:
    import yaml

    data: dict[str, Any] = yaml.safe_load((ROOT / "scripts" / "spec_overrides.yaml").read_text())
    return data
