"""The reliability suite's report: rows checked against docs/reliability.md, or the
document rewritten from this run: VOIPBIN_RELIABILITY_DOC=fresh (scripts/dev.py reliability,
the whole suite) writes only this run's rows; =1 replaces the rows this run produced."""

from __future__ import annotations

import os
from typing import Any

import pytest

from tests.core.conftest import api, sleeps  # noqa: F401 (the api fixture, for test_hostile)
from tests.events.test_stream import servers  # noqa: F401 (WebSocket servers closed after a test)
from tests.reliability.report import REGENERATE, SECTIONS, Report, documented

_REPORT = Report()
_REGENERATING = os.environ.get("VOIPBIN_RELIABILITY_DOC") in ("1", "fresh")
# test_document checks the committed document as a whole: while it is being rewritten
# it is not collected (scripts/dev.py reliability runs it afterwards, on the new one).
collect_ignore = ["test_document.py"] if _REGENERATING else []


class Recorder:
    """``report.add(section, checked, measured)`` for the tests: records the row and
    checks its checked columns against the committed document."""

    def __init__(self, regenerating: bool) -> None:
        self.regenerating = regenerating
        self.committed = {} if regenerating else documented()

    def add(self, section: str, checked: list[object], measured: dict[str, object] | None = None) -> None:
        _REPORT.add(section, checked, measured)
        if self.regenerating:
            return
        spec = SECTIONS[section]
        row = [str(cell) for cell in checked]
        committed = self.committed.get(section, {}).get(tuple(row[: spec.key]))
        assert committed is not None, f"docs/reliability.md has no row for {row[: spec.key]}: run {REGENERATE}"
        assert committed[: len(row)] == row, f"docs/reliability.md is out of date ({committed}): run {REGENERATE}"


@pytest.fixture(scope="session")
def report() -> Recorder:
    return Recorder(_REGENERATING)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Write the document; under pytest-xdist a worker hands its rows to the controller
    (pytest_testnodedown), which writes them all."""
    if not _REGENERATING:
        return
    worker_output = getattr(session.config, "workeroutput", None)
    if worker_output is not None:
        worker_output["reliability_rows"] = [
            [section, list(key), cells] for section, rows in _REPORT.rows.items() for key, cells in rows.items()
        ]
    elif exitstatus == 0 and _REPORT.rows:
        _REPORT.write(fresh=os.environ["VOIPBIN_RELIABILITY_DOC"] == "fresh")


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    """pytest-xdist, on the controller: merge a worker's rows (a row's measured columns may
    come from tests run on different workers: the sync and the async elapsed times)."""
    for section, key, cells in node.workeroutput.get("reliability_rows", []):
        row = _REPORT.rows.setdefault(section, {}).setdefault(tuple(key), cells)
        row[:] = [new or old for old, new in zip(row, cells, strict=True)]
