from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from tests.loopback import Loopback

# scripts/ (regenerate, normalise, spec_snapshots) importable by every test module.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

# CI machines are small and shared: time limits there would make property tests flaky.
settings.register_profile("voipbin", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("voipbin")


@pytest.fixture
def server() -> Iterator[Loopback]:
    loopback = Loopback()
    yield loopback
    loopback.close()


@pytest.fixture(autouse=True)
def _no_credentials_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests start from a clean environment: no credential or base URL leaks in."""
    for name in ("VOIPBIN_TOKEN", "VOIPBIN_ACCESSKEY", "VOIPBIN_API_KEY", "VOIPBIN_BASE_URL", "VOIPBIN_LOG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def everything_logged(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """voipbin, httpx and httpcore at DEBUG, captured."""
    caplog.set_level(logging.DEBUG)
    loggers = [logging.getLogger(name) for name in ("voipbin", "httpx", "httpcore")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
    yield caplog
    for logger, level in zip(loggers, levels, strict=True):
        logger.setLevel(level)
