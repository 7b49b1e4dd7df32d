"""The asyncio stream's one silence timer (voipbin._silence): the same outcomes as an
asyncio.timeout around each recv(), without a timer a frame."""

from __future__ import annotations

import asyncio

import pytest
from voipbin._silence import SilenceTimer


class Frames:
    """A connection whose recv() answers after ``gap`` seconds, or never (``gap`` None)."""

    def __init__(self, gap: float | None) -> None:
        self.gap = gap

    async def recv(self) -> str:
        if self.gap is None:
            await asyncio.Event().wait()
        await asyncio.sleep(self.gap or 0)
        return "frame"


async def test_frames_within_the_limit_keep_coming_past_it() -> None:
    timer, frames = SilenceTimer(), Frames(0.02)
    started = asyncio.get_running_loop().time()
    while asyncio.get_running_loop().time() - started < 0.3:  # ten times the limit in all
        assert await timer.receive(frames, 0.1) == "frame"
    timer.stop()


async def test_silence_past_the_limit_is_a_timeout() -> None:
    timer = SilenceTimer()
    await timer.receive(Frames(0), 0.1)  # a timer armed for an earlier deadline
    loop = asyncio.get_running_loop()
    started = loop.time()
    with pytest.raises(TimeoutError):
        await timer.receive(Frames(None), 0.1)
    assert 0.09 <= loop.time() - started < 1
    assert await timer.receive(Frames(0), 0.1) == "frame"  # and the stream reads on
    timer.stop()


async def test_a_cancel_from_outside_stays_a_cancel() -> None:
    timer = SilenceTimer()
    waiting = asyncio.create_task(timer.receive(Frames(None), 5))
    await asyncio.sleep(0.01)
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    timer.stop()


async def test_a_shorter_limit_than_the_armed_timer_is_kept() -> None:
    timer = SilenceTimer()
    await timer.receive(Frames(0), 30)
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(timer.receive(Frames(None), 0.05), 2)
    timer.stop()
