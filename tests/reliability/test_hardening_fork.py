"""os.fork() hardened (issue 23, case 16): a child forgets the connections it inherited.

A client warms its pool, the process forks (gunicorn --preload, Celery's prefork pool),
and parent and child send requests at once: each answer must be the sender's own (the
loopback server echoes each request's path). Before, the two processes read each other's
answers on the shared connection, silently. For the event stream, the child must get its
events on a connection of its own, and the parent's must outlive the child's close().
Rows go to docs/reliability.md, section "hardening"."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import voipbin
from voipbin import AsyncVoipbin, Voipbin
from websockets.asyncio.server import ServerConnection

from tests.events.servers import TOPIC, Seen, WsServer
from tests.loopback import Loopback, Received, Reply
from tests.reliability.conftest import Recorder

pytestmark = pytest.mark.skipif(
    not hasattr(os, "fork"), reason="os.fork() is POSIX only: without fork no child can inherit a pool"
)

TOKEN = "fork-token"
MODES = ("sync", "async")
REQUESTS = 150  # each side; enough to overlap while both run
BUDGET = 8.0  # seconds each side may spend on them (the old code's stolen answers each cost a timeout)
WAIT_FOR_CHILD = 30.0  # then it is taken as hung, and killed


class Child:
    """``work()`` run in a process forked now; its JSON result comes back through a pipe.
    The child never returns into pytest: it ends with os._exit."""

    def __init__(self, work: Callable[[], Any]) -> None:
        self._read, write = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:
            try:
                os.close(self._read)
                result = work()
            except BaseException as exc:  # reported to the parent, which fails the test
                result = {"crashed": repr(exc)}
            with contextlib.suppress(BaseException):
                os.write(write, json.dumps(result).encode())
            os._exit(0)
        os.close(write)
        self._done = False

    def alive(self) -> bool:
        if not self._done:
            self._done = os.waitpid(self.pid, os.WNOHANG)[0] != 0
        return not self._done

    def result(self) -> Any:
        """What the child answered, once it has exited; {"hung": True} if it had to be killed."""
        deadline = time.monotonic() + WAIT_FOR_CHILD
        while self.alive() and time.monotonic() < deadline:
            time.sleep(0.02)
        if self.alive():
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
            os.close(self._read)
            return {"hung": True}
        with os.fdopen(self._read, "rb") as pipe:
            data = pipe.read()
        return json.loads(data) if data else {"crashed": "without a word"}


def _echo(received: Received) -> Reply:
    return Reply(200, json.dumps({"echo": received.path}).encode(), {"Content-Type": "application/json"})


def _tally(side: str, answers: Iterator[tuple[int, Any]]) -> dict[str, int]:
    """Answers that were not to this side's request, and errors (an answer taken by the other side)."""
    counts = {"wrong": 0, "errors": 0, "sent": 0}
    for index, answer in answers:
        counts["sent"] += 1
        if isinstance(answer, voipbin.VoipbinError):
            counts["errors"] += 1
        elif answer.get("echo") != f"/v1.0/echo/{side}/{index}":
            counts["wrong"] += 1
    return counts


def _sync_burst(vb: Voipbin, side: str) -> dict[str, int]:
    def answers() -> Iterator[tuple[int, Any]]:
        ends = time.monotonic() + BUDGET
        for index in range(REQUESTS):
            if time.monotonic() > ends:
                return
            try:
                yield index, vb.get(f"/echo/{side}/{index}", cast_to=dict)
            except voipbin.VoipbinError as exc:
                yield index, exc

    return _tally(side, answers())


async def _async_burst(avb: AsyncVoipbin, side: str) -> dict[str, int]:
    results: list[tuple[int, Any]] = []
    ends = time.monotonic() + BUDGET
    for index in range(REQUESTS):
        if time.monotonic() > ends:
            break
        try:
            results.append((index, await avb.get(f"/echo/{side}/{index}", cast_to=dict)))
        except voipbin.VoipbinError as exc:
            results.append((index, exc))
    return _tally(side, iter(results))


def _child_started(server: Loopback) -> None:
    """Until the child's first request arrived (5 s at most): an asyncio child takes the
    connection it inherited while that is quiet (a busy one, httpcore may find readable
    and replace), then both sides send at once."""
    ends = time.monotonic() + 5.0
    while not any("/echo/child/" in request.path for request in server.requests) and time.monotonic() < ends:
        time.sleep(0.005)


CLEAN = {"wrong": 0, "errors": 0, "sent": REQUESTS}


@pytest.mark.parametrize("mode", MODES)
def test_a_forked_child_sends_on_connections_of_its_own(mode: str, server: Loopback, report: Recorder) -> None:
    server.handler = _echo
    options: dict[str, Any] = {"token": TOKEN, "base_url": server.base_url, "timeout": 1.0, "max_retries": 0}
    if mode == "sync":
        vb = Voipbin(**options)
        vb.get("/echo/warm/0", cast_to=dict)  # the pool holds a connection now

        def in_child() -> dict[str, int]:
            with vb:  # closing in the child must leave the parent's connection open
                return _sync_burst(vb, "child")

        child = Child(in_child)
        with vb:
            parent = _sync_burst(vb, "parent")
            theirs = child.result()
            after = vb.get("/echo/after/0", cast_to=dict)
    else:
        runner = asyncio.Runner()
        avb = AsyncVoipbin(**options)
        runner.run(avb.get("/echo/warm/0", cast_to=dict))

        async def child_burst() -> dict[str, int]:
            async with avb:  # a new event loop: the parent's connections were its loop's
                return await _async_burst(avb, "child")

        child = Child(lambda: asyncio.run(child_burst()))
        _child_started(server)
        with runner:
            parent = runner.run(_async_burst(avb, "parent"))
            theirs = child.result()
            after = runner.run(avb.get("/echo/after/0", cast_to=dict))
            runner.run(avb.close())
    assert theirs == CLEAN, f"the child: {theirs}"
    assert parent == CLEAN, f"the parent: {parent}"
    assert after == {"echo": "/v1.0/echo/after/0"}
    assert sum("/echo/child/" in request.path for request in server.requests) == REQUESTS
    report.add("hardening", [f"pool warmed, os.fork(), {REQUESTS} requests from each process at once", mode,
                             "every answer the sender's own; the parent's pool still works after the child closes"],
               )  # fmt: skip


async def _ticks(conn: ServerConnection, seen: Seen) -> None:
    """After the subscribe, an event every 20 ms naming the connection it came on. The
    first connection is closed after one: the parent's stream has waited to reconnect
    before the fork (an asyncio stream's wake-up event is bound to the parent's loop then)."""
    await seen.frame(conn)
    if seen.index == 0:
        await conn.send(json.dumps({"type": "tick", "data": {"connection": 0, "count": 0}}))
        return
    with contextlib.suppress(Exception):  # until the connection goes
        for count in range(100_000):
            await conn.send(json.dumps({"type": "tick", "data": {"connection": seen.index, "count": count}}))
            await asyncio.sleep(0.02)


EVENTS = 5


@pytest.mark.parametrize("mode", MODES)
def test_a_forked_child_streams_on_a_connection_of_its_own(mode: str, servers: list[Any], report: Recorder) -> None:
    server = WsServer(_ticks)
    servers.append(server)
    options: dict[str, Any] = {"token": TOKEN, "base_url": server.base_url}
    if mode == "sync":
        vb = Voipbin(**options)
        stream = vb.events.subscribe([TOPIC], silence_limit=5.0)
        before = [next(stream).data["connection"] for _ in range(2)]
        heard = set()

        def in_child() -> list[int]:
            with vb:  # closes the stream: the child's connection only
                return sorted({next(stream).data["connection"] for _ in range(EVENTS)})

        child = Child(in_child)
        while child.alive():
            heard.add(next(stream).data["connection"])
        theirs = child.result()
        heard |= {next(stream).data["connection"] for _ in range(EVENTS)}  # still its connection
        vb.close()
    else:
        runner = asyncio.Runner()
        avb = AsyncVoipbin(**options)
        astream = avb.events.subscribe([TOPIC], silence_limit=5.0)
        before = [runner.run(anext(astream)).data["connection"] for _ in range(2)]
        heard = set()

        async def child_events() -> list[int]:
            async with avb:
                return sorted({(await anext(astream)).data["connection"] for _ in range(EVENTS)})

        child = Child(lambda: asyncio.run(child_events()))
        with runner:
            while child.alive():
                heard.add(runner.run(anext(astream)).data["connection"])
            theirs = child.result()
            heard |= {runner.run(anext(astream)).data["connection"] for _ in range(EVENTS)}
            runner.run(avb.close())
    assert before == [0, 1]
    assert theirs == [2], f"the child heard on connections {theirs}"
    assert heard == {1}, f"after the fork, the parent heard on connections {sorted(heard)}"
    report.add("hardening", ["event stream open, os.fork(), child reads and closes", mode,
                             "the child on a new connection; the parent's untouched"])  # fmt: skip
