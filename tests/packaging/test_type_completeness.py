"""The installed wheel as pyright's check of a typed library sees it (``pyright --verifytypes``,
what IDEs build on): every public symbol's type known, every public function and class
documented. Measured from outside: on the wheel installed in its own venv, not on the tree."""

from __future__ import annotations

import importlib
import json
import keyword
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

# The pyright of requirements-dev.txt: a wrapper that installs the npm pyright of its version
# on first use (Node is on every machine the tests run on).
PYRIGHT = Path(sys.executable).parent / "pyright"
pytestmark = [pytest.mark.xdist_group("wheel"), pytest.mark.timeout(600)]  # the wheel of conftest.py


@pytest.fixture(scope="module")
def report(installed: Path, work: Path) -> dict[str, Any]:
    """pyright --verifytypes on the installed package. pyright finds the environment through the
    ``python`` on PATH (with --verifytypes it does not take --pythonpath): the venv's comes first."""
    env = {**os.environ, "PATH": f"{installed.parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    done = subprocess.run(
        [PYRIGHT, "--verifytypes", "voipbin", "--ignoreexternal", "--outputjson"],
        cwd=work, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    try:
        found: dict[str, Any] = json.loads(done.stdout)
    except ValueError:
        pytest.fail(f"pyright gave no report (exit {done.returncode}): {done.stderr[-2000:]}")
    return found


def _flagged(report: dict[str, Any], words: str) -> list[str]:
    symbols = report["typeCompleteness"]["symbols"]
    return [s["name"] for s in symbols if any(words in d["message"] for d in s.get("diagnostics", []))]


def test_every_public_symbol_has_a_known_type(report: dict[str, Any]) -> None:
    completeness = report["typeCompleteness"]
    assert report["generalDiagnostics"] == []  # e.g. "No py.typed file found"
    assert completeness["exportedSymbolCounts"]["withKnownType"] > 200  # the package was found
    ambiguous = [s["name"] for s in completeness["symbols"] if s["isExported"] and not s["isTypeKnown"]]
    assert completeness["completenessScore"] == 1.0, ambiguous[:40] or completeness["exportedSymbolCounts"]


def _keyword_keys_only(name: str) -> bool:
    """A TypedDict made by the functional syntax because its keys are Python keywords ("async"):
    Python has no other way to write it, and pyright reads no docstring for that syntax."""
    module, _, attribute = name.rpartition(".")
    try:
        found = getattr(importlib.import_module(module), attribute, None)
    except ImportError:  # a method's name: module.Class.method
        return False
    keys = getattr(found, "__annotations__", {})
    return bool(keys) and all(keyword.iskeyword(key) for key in keys)


def test_every_public_function_and_class_has_a_docstring(report: dict[str, Any]) -> None:
    completeness = report["typeCompleteness"]
    missing = [name for name in _flagged(report, "No docstring found") if not _keyword_keys_only(name)]
    assert missing == []
    functions, classes = completeness["missingFunctionDocStringCount"], completeness["missingClassDocStringCount"]
    assert functions == 0 and classes == len(_flagged(report, "No docstring found")), (functions, classes)
