from __future__ import annotations

import logging
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from tests.contract.prism import NODE_MISSING, prism_mock
from tests.loopback import Loopback

pytest_plugins = ("tests.scheduling",)  # longest tests first under xdist

# scripts/ (regenerate, normalise, spec_snapshots) importable by every test module.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

# Property tests take their example counts from a profile, chosen by VOIPBIN_HYPOTHESIS:
#   ci (the default: scripts/dev.py test, .ci/run)   100 examples per property
#   thorough (VOIPBIN_HYPOTHESIS=thorough pytest)    1,000 per property, for a change to a parser or a helper
# Tests that need fewer scale from settings.default.max_examples. No time limit per example in
# either: CI machines are small and shared, and a deadline would make property tests flaky.
_QUIET = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}
settings.register_profile("ci", max_examples=100, **_QUIET)
settings.register_profile("thorough", max_examples=1000, **_QUIET)
settings.load_profile(os.environ.get("VOIPBIN_HYPOTHESIS", "ci"))


@pytest.fixture(scope="session")
def prism_url() -> Iterator[str]:
    """A Prism mock of the newest snapshot, started once per worker (the tests using it share
    the xdist_group "prism"). Node absent: tests/contract/test_prism_contract.py explains."""
    import spec_snapshots  # from scripts/, put on the path above

    if shutil.which("node") is None:  # only where VOIPBIN_REQUIRE_PRISM is set
        pytest.fail(f"{NODE_MISSING}, and VOIPBIN_REQUIRE_PRISM is set")
    with prism_mock(spec_snapshots.require()) as url:
        yield url


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
