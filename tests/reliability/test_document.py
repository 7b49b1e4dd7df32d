"""docs/reliability.md holds exactly the rows the suite produces, once each, under the
titles and intros the suite writes: no invented, stale or duplicated row survives."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability import test_concurrency, test_fuzz, test_hostile, test_secrets
from tests.reliability.faults import FAULTS, METHODS
from tests.reliability.report import DOC, REGENERATE, Report, documented, prose

FUZZ_TARGETS = (test_fuzz.TIMESTAMPS, test_fuzz.ADDRESSES, test_fuzz.ERROR_BODY, test_fuzz.MUTATED)
EXPECTED = {
    "faults": {(fault.name, method) for fault in FAULTS for method in METHODS},
    "concurrency": {(scenario,) for scenario in test_concurrency.SCENARIOS},
    "fuzz": {(target.name,) for target in FUZZ_TARGETS},
    "hostile": set(test_hostile.ROWS),
    "secrets": set(test_secrets.ROWS),
}


def test_the_document_has_a_row_for_each_case_and_no_other() -> None:
    rows = {section: set(found) for section, found in documented().items()}
    for section, expected in EXPECTED.items():
        assert rows.get(section, set()) == expected, f"{section}: rows differ from the suite's cases: run {REGENERATE}"


def test_titles_intros_and_columns_are_the_suites() -> None:
    assert prose(DOC.read_text()) == prose(Report().render()), f"run {REGENERATE}"


def test_a_key_written_twice_is_refused(tmp_path: Path) -> None:
    lines = DOC.read_text().splitlines()
    row = next(i for i, line in enumerate(lines) if line.startswith("| connection refused | GET |"))
    doubled = tmp_path / "reliability.md"
    doubled.write_text(
        "\n".join([*lines[: row + 1], lines[row].replace("APIConnectionError", "result"), *lines[row + 1 :]])
    )
    with pytest.raises(ValueError, match="two rows"):
        documented(doubled)
