"""mypy --strict on sample application code: right usage passes, wrong usage is caught."""

from __future__ import annotations

from pathlib import Path

import pytest
from mypy import api

SAMPLES = Path(__file__).resolve().parents[1] / "typing_samples"


@pytest.fixture(scope="module")
def errors_by_file(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[int]]:
    """One mypy run over both samples (it has to read the whole SDK once)."""
    cache = tmp_path_factory.mktemp("mypy-cache")
    stdout, stderr, _ = api.run(["--strict", "--follow-imports=silent", "--cache-dir", str(cache), str(SAMPLES)])
    found: dict[str, set[int]] = {"usage_ok.py": set(), "usage_wrong.py": set()}
    for line in (stdout + stderr).splitlines():
        if ": error:" in line:
            path, number = line.split(":")[:2]
            found.setdefault(Path(path).name, set()).add(int(number))
    return found


def test_typed_usage_passes_mypy_strict(errors_by_file: dict[str, set[int]]) -> None:
    assert errors_by_file["usage_ok.py"] == set()


def test_each_wrong_call_is_a_type_error(errors_by_file: dict[str, set[int]]) -> None:
    sample = (SAMPLES / "usage_wrong.py").read_text().splitlines()
    expected = {number for number, line in enumerate(sample, 1) if "# E:" in line}
    assert errors_by_file["usage_wrong.py"] == expected
