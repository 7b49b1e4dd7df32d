from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
SPEC_DIR = Path(os.environ.get("VOIPBIN_SPEC_DIR", ROOT.parent / "shared" / "spec"))
OLD_SPEC = SPEC_DIR / "voipbin-openapi-2026-06-10.json"
NEW_SPEC = SPEC_DIR / "voipbin-openapi-2026-08-05.json"


def regenerate(*args: str | Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(ROOT / "scripts" / "regenerate.py"), *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)


@pytest.fixture(scope="session")
def new_spec() -> dict[str, Any]:
    assert NEW_SPEC.is_file(), f"spec snapshot missing: set VOIPBIN_SPEC_DIR (looked in {SPEC_DIR})"
    spec: dict[str, Any] = json.loads(NEW_SPEC.read_text())
    return spec


@pytest.fixture(scope="session")
def old_spec() -> dict[str, Any]:
    assert OLD_SPEC.is_file(), f"spec snapshot missing: set VOIPBIN_SPEC_DIR (looked in {SPEC_DIR})"
    spec: dict[str, Any] = json.loads(OLD_SPEC.read_text())
    return spec


@pytest.fixture(scope="session")
def overrides() -> dict[str, Any]:
    import yaml

    data: dict[str, Any] = yaml.safe_load((ROOT / "scripts" / "spec_overrides.yaml").read_text())
    return data
