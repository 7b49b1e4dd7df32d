"""The event stream's logic, without I/O: what to do next, given what happened.

``EventCore.run`` is a generator, like the retry plan of ``_retry.attempt_plan``: it
yields what to do next (Connect, SendFrame, Receive, Drop, Wait, Emit) and is sent back
the outcome. The subscription set, frame parsing, the reconnect plan, the silence
rule and the refused-topic rule live here once; the sync and async streams
(``_stream``) only do the socket I/O.

What the server does: it pings every 10 s (docs/server-behaviour.md#event-stream-ping),
answers a refused topic by closing the connection with no error frame
(docs/server-behaviour.md#refused-topic-closes-the-connection), and forgets every
subscription when the connection ends (docs/server-behaviour.md#subscriptions-are-per-connection). So the
stream re-sends all of its topics on each new connection, takes 30 s without any
frame as a dead connection, and raises EventStreamError when the server closes
right after a subscribe twice in a row instead of reconnecting for ever.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass

from ._constants import EVENTS_REFUSAL_WINDOW, EVENTS_SILENCE_LIMIT
from ._events import Event, implied_resource, read_event
from ._exceptions import EventStreamError
from ._logging import logger
from ._retry import Wait, backoff
from ._topics import check_topic, resource_of

# Handshake answers that reconnecting cannot fix: a refused credential, a wrong URL.
_FATAL_STATUSES = range(400, 500)
_RETRY_STATUSES = frozenset({408, 429})


@dataclass(frozen=True, slots=True)
class Connect:
    """Open a new connection."""


@dataclass(frozen=True, slots=True)
class SendFrame:
    """Send this text frame on the open connection."""

    text: str


@dataclass(frozen=True, slots=True)
class Receive:
    """Wait this long at most for the next frame."""

    timeout: float


@dataclass(frozen=True, slots=True)
class Drop:
    """Abandon the connection without a closing handshake: the peer is not answering."""


@dataclass(frozen=True, slots=True)
class Emit:
    event: Event


@dataclass(frozen=True, slots=True)
class Quiet:
    """No message arrived in time; ``heard`` is when the last frame of any kind did."""

    heard: float


@dataclass(frozen=True, slots=True)
class Lost:
    """The connection could not be opened, or it ended. ``status`` is the handshake's
    HTTP status when the server answered one instead of upgrading; ``fatal``: reconnecting
    cannot fix it (a certificate that does not verify, a redirect elsewhere); ``too_large``:
    the SDK itself closed it, for a frame over its size limit."""

    reason: str
    status: int | None = None
    fatal: bool = False
    too_large: bool = False


StreamStep = Connect | SendFrame | Receive | Drop | Wait | Emit
StreamOutcome = str | bytes | Quiet | Lost | None
StreamPlan = Generator[StreamStep, StreamOutcome, None]


def frame(kind: str, topics: Iterable[str]) -> str:
    """A client frame: {"type": "subscribe"|"unsubscribe", "topics": [...]}, the shape the server
    reads (docs/server-behaviour.md#event-topics)."""
    return json.dumps({"type": kind, "topics": list(topics)})


class EventCore:
    """The logic of a stream, without I/O. ``clock`` and ``rand`` are injectable for tests."""

    def __init__(
        self, topics: Iterable[str], *, silence_limit: float = EVENTS_SILENCE_LIMIT,
        clock: Callable[[], float] = time.monotonic, rand: Callable[[], float] = random.random,
    ) -> None:  # fmt: skip
        if silence_limit <= 0:
            raise ValueError("silence_limit must be more than 0 seconds")
        self.topics: dict[str, None] = {}  # a set that keeps the order topics were given in
        self._implied: str | None = None  # what the topics imply of an unwrapped frame: see _changed
        self.silence_limit = silence_limit
        self._clock, self._rand = clock, rand
        self._last_subscribe: tuple[tuple[str, ...], float] | None = None
        self.subscribe(topics)

    def subscribe(self, topics: Iterable[str]) -> str | None:
        """Add topics; the frame to send now, or None when none is new. Checked first: the
        server answers a bad topic by closing the connection, not with a message."""
        new = [t for t in _checked(topics) if t not in self.topics]
        self.topics.update(dict.fromkeys(new))
        self._changed()
        return self._subscribe_frame(new) if new else None

    def unsubscribe(self, topics: Iterable[str]) -> str | None:
        """Drop topics; the frame to send now, or None when none of them was subscribed."""
        gone = [t for t in _checked(topics) if t in self.topics]
        for t in gone:
            del self.topics[t]
        self._changed()
        return frame("unsubscribe", gone) if gone else None

    def _changed(self) -> None:
        """Work out the resource the topics imply once per change, not once per frame."""
        self._implied = implied_resource(map(resource_of, self.topics))

    def _subscribe_frame(self, topics: Iterable[str]) -> str:
        sent = tuple(topics)
        self._last_subscribe = (sent, self._clock())
        return frame("subscribe", sent)

    def run(self) -> StreamPlan:
        """Connect, subscribe, receive; on a lost connection, back off and do it again."""
        attempt: int = 0
        refused: tuple[str, ...] | None = None
        while True:
            outcome = yield Connect()
            if isinstance(outcome, Lost):
                if outcome.fatal:
                    raise EventStreamError(f"the event stream cannot connect: {outcome.reason}")
                if outcome.status in _FATAL_STATUSES and outcome.status not in _RETRY_STATUSES:
                    raise EventStreamError(
                        f"the server refused the event stream: HTTP {outcome.status} ({outcome.reason}); "
                        "check the credential (an agent token, access key or direct token) and base_url"
                    )
                attempt = yield from self._wait(attempt, outcome)
                continue
            self._last_subscribe, opened = None, self._clock()
            if self.topics:
                outcome = yield SendFrame(self._subscribe_frame(self.topics))
            wait = self.silence_limit
            while not isinstance(outcome, Lost):
                outcome = yield Receive(wait)
                wait = self.silence_limit
                if isinstance(outcome, Quiet):
                    wait -= self._clock() - outcome.heard  # a ping came meanwhile: wait out the rest
                    if wait <= 0:
                        yield Drop()
                        outcome = Lost(f"nothing heard for {self.silence_limit:g} s")
                elif isinstance(outcome, str | bytes):
                    yield Emit(read_event(outcome, self._implied))
            if self._clock() - opened > EVENTS_REFUSAL_WINDOW:  # it was up: start the backoff over
                attempt, refused = 0, None
            else:
                refused = self._refused(refused, outcome)
            attempt = yield from self._wait(attempt, outcome)

    def _refused(self, before: tuple[str, ...] | None, lost: Lost) -> tuple[str, ...] | None:
        """The topics of a subscribe the connection ended right after, if it did. Twice in a
        row: the server will not take them (or sends a frame too large for the SDK right
        after), so the stream stops, saying which."""
        if self._last_subscribe is None or self._clock() - self._last_subscribe[1] > EVENTS_REFUSAL_WINDOW:
            return None
        topics = self._last_subscribe[0]
        if before is not None and lost.too_large:
            raise EventStreamError(
                f"{lost.reason}, right after each subscribe to {', '.join(topics)}, twice in a row: the server "
                "did not refuse the topics, it sent frames larger than the SDK takes",
                topics=list(topics),
            )
        if before is not None:
            named = [t for t in topics if t in before] or list(topics)
            raise EventStreamError(
                f"the server closed the connection right after each subscribe to {', '.join(named)}: "
                "it refuses these topics (wrong scope id, or a permission the credential lacks)",
                topics=named,
            )
        return topics

    def _wait(self, attempt: int, lost: Lost) -> Generator[StreamStep, StreamOutcome, int]:
        delay = backoff(attempt, self._rand)
        logger.info("events: connection lost (%s); reconnecting in %.2f s", lost.reason, delay)
        yield Wait(delay)
        return attempt + 1


def _checked(topics: Iterable[str]) -> list[str]:
    if isinstance(topics, str):  # a lone topic would be read as its characters
        raise ValueError("topics is a list of topics: subscribe([topic]), not subscribe(topic)")
    return [check_topic(t) for t in topics]
