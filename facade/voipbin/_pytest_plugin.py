"""The pytest plugin of the ``voipbin`` package (a ``pytest11`` entry point).

It loads in every pytest run of an environment where voipbin is installed, so it imports
nothing heavy until a fixture is used:

* ``voipbin_emulator``: a started ``voipbin.testing.Emulator`` (manual clock: the test moves
  time with ``advance`` / ``run_until``), closed after the test;
* ``voipbin_async_emulator``: the same with the ``auto`` clock, for async tests that await
  events while the emulator's calls go on by themselves (``await emu.aadvance(...)`` still works);
* ``voipbin_cassette``: records (``--voipbin-record``) or replays the test's VoIPBIN traffic
  with vcrpy, scrubbed of credentials, in ``cassettes/<test name>.yaml`` beside the test
  file; requests match by method, path, query and body, never host or port, so a recording
  made against one emulator port replays on another.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

MATCH_ON = ["method", "path", "query", "body"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.getgroup("voipbin").addoption(
        "--voipbin-record", action="store_true", default=False,
        help="voipbin_cassette: record the VoIPBIN traffic into the cassettes (replay otherwise)",
    )  # fmt: skip


@pytest.fixture
def voipbin_emulator() -> Iterator[Any]:
    from .testing import Emulator

    with Emulator() as emulator:
        yield emulator


@pytest.fixture
def voipbin_async_emulator() -> Iterator[Any]:
    from .testing import Emulator

    with Emulator(clock="auto") as emulator:
        yield emulator


@pytest.fixture
def voipbin_cassette(request: pytest.FixtureRequest) -> Iterator[Any]:
    from .testing import voipbin_vcr

    record = bool(request.config.getoption("--voipbin-record"))
    folder = Path(str(request.node.path)).parent / "cassettes"
    name = request.node.name.replace("/", "_") + ".yaml"
    with voipbin_vcr(folder, record=record).use_cassette(name, match_on=MATCH_ON) as cassette:
        yield cassette
