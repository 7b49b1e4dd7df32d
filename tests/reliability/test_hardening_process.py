"""Logging hardened (issue 23, case 17): redaction does not grow with the number of live
clients, and still blanks the sending client's echoed credential. Rows go to
docs/reliability.md, section "hardening"."""

from __future__ import annotations

import logging
import time
from typing import Any

import pytest
from voipbin import AsyncVoipbin, Voipbin

from tests.core.conftest import CANARY_TOKEN, Api
from tests.loopback import Loopback
from tests.reliability.conftest import Recorder

LIVE = 1000


def _counting(cls: type[Any], reads: list[int]) -> type[Any]:
    class Counting(cls):  # type: ignore[misc, valid-type]
        @property
        def _secrets(self) -> tuple[str, ...]:
            reads[0] += 1
            return super()._secrets  # type: ignore[no-any-return]

    return Counting


def test_log_redaction_does_not_scale_with_live_clients(
    api: Api, server: Loopback, caplog: pytest.LogCaptureFixture, report: Recorder
) -> None:
    reads = [0]
    kind = _counting(Voipbin if api.mode == "sync" else AsyncVoipbin, reads)
    others = [kind(token=f"other-token-{i}", base_url=server.base_url) for i in range(LIVE)]
    client = api.adopt(kind(token=CANARY_TOKEN, base_url=server.base_url))
    server.reply(200, {"id": "r1"}, headers={"X-Echo": CANARY_TOKEN}, times=2)
    reads[0] = 0
    with caplog.at_level(logging.DEBUG):
        started = time.perf_counter()
        api.call(client)
        elapsed = time.perf_counter() - started
    records = len(caplog.records)
    assert records > 5, "httpx and httpcore logged nothing"
    assert reads[0] <= 2, f"{reads[0]} credential reads for one call with {LIVE} clients alive"
    assert CANARY_TOKEN not in caplog.text and "x-echo" in caplog.text.lower()
    for other in others:
        api.close(other)
    report.add("hardening", [f"INFO/DEBUG logging with {LIVE} live clients", api.mode,
                             "only the sending client's credential looked at; echoed one still blanked"],
               {"Measured (last run)": f"{records} records in {elapsed * 1000:.0f} ms"})  # fmt: skip
