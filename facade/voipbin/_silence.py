"""The asyncio stream's silence rule with one timer, instead of one a frame.

The core waits at most ``timeout`` for each frame (``Receive``). ``asyncio.timeout`` around
each recv() armed and cancelled a timer for every frame: some 14 % of what the stream cost
a frame in scripts/bench_events.py's profile. Here a receive only moves a deadline forward
(a float); the one timer, when it fires before the deadline of the receive then waiting,
re-arms itself for it, so while frames flow it fires about once per silence limit. Fired
past the deadline, it cancels the waiting task, as ``asyncio.timeout`` does, and receive()
turns that cancellation, and only that one, into TimeoutError.
"""

from __future__ import annotations

import asyncio
from typing import Any

# A timer may run this early (the loop's clock resolution); asyncio.timeout expires then too.
_EARLY = 0.001


class SilenceTimer:
    """One per asyncio stream; a stream has one connection at a time. No reference to the
    stream, so that a pending timer does not keep a stream dropped unclosed alive."""

    __slots__ = ("_armed", "_cancelling", "_deadline", "_expired", "_handle", "_loop", "_task")

    def __init__(self) -> None:
        self._handle: asyncio.TimerHandle | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._armed = self._deadline = 0.0
        self._task: asyncio.Task[Any] | None = None
        self._cancelling = 0
        self._expired = False

    async def receive(self, connection: Any, timeout: float) -> str | bytes:
        """``await connection.recv()``; TimeoutError when nothing came within ``timeout`` s."""
        loop = asyncio.get_running_loop()
        task = asyncio.current_task()
        assert task is not None  # a coroutine the loop runs is always in a task
        deadline = self._deadline = loop.time() + timeout
        if self._handle is None or deadline < self._armed or loop is not self._loop:
            self._arm(loop)
        self._task, self._cancelling, self._expired = task, task.cancelling(), False
        try:
            message: str | bytes = await connection.recv()
            return message
        except asyncio.CancelledError:
            if self._expired and task.uncancel() <= self._cancelling:
                raise TimeoutError from None
            raise
        finally:
            self._task = None

    def _arm(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._handle is not None:
            self._handle.cancel()
        self._loop, self._armed = loop, self._deadline
        self._handle = loop.call_at(self._deadline, self._fire)

    def _fire(self) -> None:
        self._handle = None
        task, loop = self._task, self._loop
        if task is None or loop is None:  # no receive waiting: the next one arms the timer
            return
        if self._deadline - loop.time() > _EARLY:  # frames came meanwhile: wait for the latest deadline
            self._arm(loop)
            return
        self._expired = True
        task.cancel()

    def stop(self) -> None:
        """The stream is closed: no timer left in the loop."""
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
