"""Longest tests first under pytest-xdist, by the durations of the last run.

xdist hands each worker the next test (or xdist_group) in collection order. Started last, a
10-second test keeps one worker busy while the others sit idle; started first, the short ones
fill in around it. Each run records every test's duration in pytest's cache
(``voipbin/durations``); the next orders the collection by them, longest first, a group by
the sum of its tests. A group not timed yet goes first (groups exist because their fixtures
are costly). Only the order changes, never which tests run; without the cache
(``-p no:cacheprovider``) the order is the files'.

A fresh clone has no cache yet: its first run takes the order from ``durations.json`` beside
this file, the tests of 0.3 s or more of a past run (rewrite it from a run's cache with
``python3 tests/scheduling.py``). Stale, it costs some order, never a test.
"""

from __future__ import annotations

import json
import math
import os
import sys
from collections import defaultdict
from pathlib import Path

import pytest

CACHE_KEY = "voipbin/durations"
SEED = Path(__file__).resolve().parent / "durations.json"
SEED_FROM = 0.3  # seconds: shorter tests keep the files' order, which costs nothing worth saying
_timed: dict[str, float] = defaultdict(float)


def _split(nodeid: str) -> tuple[str, str | None]:
    """(test id, xdist group): under --dist loadgroup xdist appends "@<group>" to the id of a
    grouped test (before this plugin's hook, which runs last)."""
    if nodeid.rfind("@") > nodeid.rfind("]"):
        test, group = nodeid.rsplit("@", 1)
        return test, group
    return nodeid, None


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    cache = getattr(config, "cache", None)
    if cache is None or "PYTEST_XDIST_WORKER" not in os.environ:
        return
    last: dict[str, float] = cache.get(CACHE_KEY, {}) or json.loads(SEED.read_text())
    groups: dict[str, float] = defaultdict(float)
    for item in items:
        test, group = _split(item.nodeid)
        if group is not None:
            groups[group] += last.get(test, math.inf)

    def expected(item: pytest.Item) -> float:
        test, group = _split(item.nodeid)
        return groups[group] if group is not None else last.get(test, 0.0)

    items.sort(key=expected, reverse=True)  # stable: equal estimates keep the files' order


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    _timed[_split(report.nodeid)[0]] += report.duration


def pytest_sessionfinish(session: pytest.Session) -> None:
    """On the controller (or a run without xdist): merge this run's durations into the cache."""
    cache = getattr(session.config, "cache", None)
    if cache is None or hasattr(session.config, "workerinput") or not _timed:
        return
    durations: dict[str, float] = cache.get(CACHE_KEY, {})
    durations.update({nodeid: round(seconds, 2) for nodeid, seconds in _timed.items()})
    root = session.config.rootpath  # tests of files since deleted are forgotten
    cache.set(CACHE_KEY, {nodeid: s for nodeid, s in durations.items() if (root / nodeid.split("::")[0]).exists()})


def write_seed(cache_file: Path) -> None:
    """durations.json from a run's cache (``.pytest_cache/v/voipbin/durations``)."""
    durations: dict[str, float] = json.loads(cache_file.read_text())
    seed = {nodeid: seconds for nodeid, seconds in durations.items() if seconds >= SEED_FROM}
    SEED.write_text(json.dumps(seed, indent=0, sort_keys=True) + "\n")


if __name__ == "__main__":
    write_seed(Path(sys.argv[1]) if len(sys.argv) > 1 else SEED.parents[1] / ".pytest_cache/v/voipbin/durations")
