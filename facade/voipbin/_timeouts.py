"""How long one attempt may take, worked out from durations.

Every attempt of a call is bounded twice: by its own timeout and by what is left of
the call's deadline. httpx bounds each phase (connect, write, pool, read) on its own;
the SDK also caps each phase at the time the attempt has left, so that no phase can
outlast the attempt. Kept apart from the retry plan and the body reader: both cap.
"""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from ._options import Timeout


def attempt_seconds(timeout: Timeout) -> float | None:
    """How long one attempt may take end to end: a number bounds it whole; an httpx.Timeout,
    by its longest phase (each phase is also bounded as httpx does); None: no bound."""
    if timeout is None or isinstance(timeout, int | float):
        return timeout
    phases = [value for value in httpx.Timeout(timeout).as_dict().values() if value is not None]
    return max(phases) if phases else None


def capped(timeouts: Mapping[str, float | None], left: float) -> dict[str, float | None]:
    """Each phase's timeout, no longer than the ``left`` seconds (at least a millisecond)."""
    left = max(left, 0.001)
    return {phase: left if value is None else min(value, left) for phase, value in timeouts.items()}


def earliest(*times: float | None) -> float | None:
    return min((t for t in times if t is not None), default=None)
