"""The emulator's virtual clock: what happens next in a call's life is a timer on it, so a
test moves time forward (``Emulator.advance``) instead of waiting for it.

Timestamps are stamped from this clock in the server's format; each stamp is unique and
increasing (ties broken by a microsecond), because the server pages lists by ``tm_create``
(docs/server-behaviour.md#pagination) and two rows created at one virtual instant would
otherwise fall between two pages.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

MICROSECOND = timedelta(microseconds=1)


def go_time(moment: datetime) -> str:
    """A UTC time as Go's encoding/json writes a time.Time: RFC 3339, trailing zeros of the
    fraction dropped, ``Z`` (docs/server-behaviour.md#timestamp-formats)."""
    text = moment.strftime("%Y-%m-%dT%H:%M:%S.%f").rstrip("0").rstrip(".")
    return text + "Z"


def token_time(moment: datetime) -> str:
    """A page token: the layout ``2006-01-02T15:04:05.000000Z`` (docs/server-behaviour.md#pagination)."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(order=True)
class Timer:
    """One scheduled step; ``cancel`` drops it (a hangup cancels the rest of a call's plan)."""

    due: float
    seq: int
    action: Callable[[], None] = field(compare=False)
    cancelled: bool = field(default=False, compare=False)

    def cancel(self) -> None:
        self.cancelled = True


class Clock:
    """Seconds since the emulator started, on a virtual time line starting at the real time."""

    def __init__(self) -> None:
        self.start = datetime.now(UTC).replace(tzinfo=None)
        self.elapsed = 0.0
        self._timers: list[Timer] = []
        self._seq = itertools.count()
        self._last = self.start - MICROSECOND

    def now(self) -> datetime:
        return self.start + timedelta(seconds=self.elapsed)

    def stamp(self) -> datetime:
        """The current time, made unique: later than any stamp given before."""
        self._last = max(self.now(), self._last + MICROSECOND)
        return self._last

    def after(self, seconds: float, action: Callable[[], None]) -> Timer:
        timer = Timer(self.elapsed + max(seconds, 0.0), next(self._seq), action)
        heapq.heappush(self._timers, timer)
        return timer

    def next_due(self) -> float | None:
        while self._timers and self._timers[0].cancelled:
            heapq.heappop(self._timers)
        return self._timers[0].due if self._timers else None

    def pop_due(self, until: float) -> Timer | None:
        """The next timer due by ``until``, the clock moved to its time; None when none is due."""
        due = self.next_due()
        if due is None or due > until:
            return None
        timer = heapq.heappop(self._timers)
        self.elapsed = max(self.elapsed, timer.due)
        return timer
