"""``voipbin.testing.Emulator``: the VoIPBIN server, offline, for testing an app.

    with Emulator() as emu:
        vb = emu.client()
        emu.phone("+15557654321").answers(after=2).presses("1").hangs_up(after=10)
        created = vb.calls.create(source=..., destinations=[...], actions=[...])
        emu.run_until(created.calls[0].id, "hangup")

Time is virtual: nothing in a call's life happens until the test moves the clock
(``advance``, ``run_until``), and then it happens at once. ``clock="realtime"`` (with
``speed``) moves it with the wall clock, as ``voipbin emulate`` does for apps in other
languages; ``clock="auto"`` jumps to the next thing due as soon as the emulator is idle.
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING, Any, Literal, Self

from ._access import PERMISSIONS
from ._api import Api, Request
from ._calls import ORDER
from ._events import Delivery
from ._faults import Faults
from ._http import Server
from ._phones import Phone
from ._store import zero
from ._world import World

if TYPE_CHECKING:
    from .._client import AsyncVoipbin, Voipbin

ClockMode = Literal["manual", "auto", "realtime"]
TICK = 0.05  # real seconds between the clock's steps in realtime mode
RUN_LIMIT = 3600.0  # run_until gives up after an hour of virtual time


class Emulator:
    """A VoIPBIN server on loopback (HTTP and WebSocket), its calls on a virtual clock."""

    def __init__(self, *, port: int = 0, clock: ClockMode = "manual", speed: float = 1.0,
                 webhook_uri: str = "", host: str = "127.0.0.1") -> None:  # fmt: skip
        if clock not in ("manual", "auto", "realtime"):
            raise ValueError(f"clock is 'manual', 'auto' or 'realtime' (got {clock!r})")
        self._world = World(webhook_uri)
        self._faults = Faults()
        self._api = Api(self._world, self._faults)
        self._server = Server(self._world, self._api, port, host)
        self._mode, self._speed = clock, speed
        self._port = 0
        self._ticker: threading.Thread | None = None
        self._stop = threading.Event()

    # Life cycle.
    def start(self) -> Self:
        """Serve on loopback (and run the clock, in auto and realtime modes); idempotent."""
        if not self._port:
            self._port = self._server.start()
            if self._mode != "manual":
                self._ticker = threading.Thread(target=self._tick, name="voipbin-emulator-clock", daemon=True)
                self._ticker.start()
        return self

    def close(self) -> None:
        """Stop serving and close the event streams and the clock."""
        self._stop.set()
        if self._ticker is not None:
            self._ticker.join(timeout=10)
        self._server.stop()
        self._world.events.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self.start()

    async def __aexit__(self, *exc: object) -> None:
        self.close()

    # Where and who.
    @property
    def base_url(self) -> str:
        if not self._port:
            raise RuntimeError("the emulator is not started: use it as a context manager, or call start()")
        return f"http://{self._server.host}:{self._port}/v1.0"

    @property
    def customer_id(self) -> str:
        return self._world.customer_id

    @property
    def token(self) -> str:
        """The default credential (a Bearer token): the customer's admin and the project's super-admin."""
        return self._world.token

    @property
    def webhook_secret(self) -> str:
        """The key the customer's webhook deliveries are signed with (``GET /customer`` shows it too)."""
        return str(self._world.customer(self.customer_id).extra["webhook_secret"])  # type: ignore[union-attr]

    def credential(self, *, permission: str | list[str] | None = None, customer_id: str | None = None) -> str:
        """A new token: ``permission`` names bits of ``voipbin`` agents (project_super_admin,
        customer_admin, customer_manager, customer_agent); ``customer_id`` another customer."""
        names = [permission] if isinstance(permission, str) else permission or ["project_super_admin", "customer_admin"]
        unknown = [name for name in names if name not in PERMISSIONS]
        if unknown:
            raise ValueError(f"unknown permission {unknown[0]!r}: one of {', '.join(PERMISSIONS)}")
        with self._world.lock:
            if customer_id is not None and self._world.customer(customer_id) is None:
                self._world.add_customer(customer_id)
            bits = sum(PERMISSIONS[name] for name in set(names))
            return self._world.credentials.issue(customer_id or self.customer_id, bits)

    def client(self, *, permission: str | list[str] | None = None, customer_id: str | None = None,
               **options: Any) -> Voipbin:  # fmt: skip
        """A ``voipbin.Voipbin`` bound to the emulator (the default credential unless narrowed)."""
        from .._client import Voipbin

        token = self.token if permission is None and customer_id is None else self.credential(
            permission=permission, customer_id=customer_id)  # fmt: skip
        return Voipbin(token=token, base_url=self.base_url, **options)

    def async_client(self, *, permission: str | list[str] | None = None, customer_id: str | None = None,
                     **options: Any) -> AsyncVoipbin:  # fmt: skip
        """An AsyncVoipbin bound to this emulator, as client() makes a Voipbin."""
        from .._client import AsyncVoipbin

        token = self.token if permission is None and customer_id is None else self.credential(
            permission=permission, customer_id=customer_id)  # fmt: skip
        return AsyncVoipbin(token=token, base_url=self.base_url, **options)

    # Scripts and faults.
    def phone(self, number: str) -> Phone:
        """The scripted phone at ``number``: how it answers a call, what it presses, when it hangs up."""
        with self._world.lock:
            return self._world.phone(number)

    def fail_next(self, operation: str, status: int | None = None, *, reason: str | None = None,
                  retry_after: int | None = None, delay: float = 0.0, times: int = 1) -> None:  # fmt: skip
        """The next ``times`` requests of ``operation`` fail with ``status`` (the server's
        envelope), or answer after ``delay`` real seconds (with ``status`` None, normally)."""
        with self._world.lock:
            self._faults.add(operation, status, reason, retry_after, delay, times)

    def add(self, collection: str, **fields: Any) -> dict[str, Any]:
        """Store a resource directly, as if created earlier (``emu.add("/numbers", number="+1555...",
        call_flow_id=...)``): its schema's zero values, then ``fields``; the row, as GET answers it."""
        from .._generated.emulator_table import OPERATIONS

        # The resource's own schema: what GET answers, else a list's items; a create may answer
        # another (POST /calls answers CallsCreated).
        keys = (f"GET {collection}/{{id}}", f"GET {collection}", f"POST {collection}")
        schema = next(
            (OPERATIONS[key]["schema"] for key in keys if key in OPERATIONS and OPERATIONS[key]["schema"]), None
        )
        with self._world.lock:
            data = {**zero(self._world.schema(schema or "")), **fields}
            if "customer_id" in data and "customer_id" not in fields:
                data["customer_id"] = self.customer_id
            return self._world.store.insert(collection, data, self.customer_id).data

    # The clock.
    def advance(self, seconds: float) -> None:
        """Move the virtual clock ``seconds`` ahead, running everything due on the way; returns
        once the events and webhook deliveries of that time have been handed out."""
        if seconds < 0:
            raise ValueError("time only moves forward")
        world = self._world
        with world.lock:
            until = world.clock.elapsed + seconds
        while True:
            with world.lock:
                timer = world.clock.pop_due(until)
                if timer is None:
                    world.clock.elapsed = max(world.clock.elapsed, until)
                    break
                timer.action()
            if world.events.has_pending() and len(world.events.published) % 64 == 0:
                world.events.flush()
        world.events.flush()

    def run_until(self, call_id: str, status: str = "hangup", *, limit: float = RUN_LIMIT) -> dict[str, Any]:
        """Advance until the call reaches ``status`` (or a later one); the call, as GET answers it.
        TimeoutError after ``limit`` virtual seconds."""
        if status not in ORDER:
            raise ValueError(f"status is one of {', '.join(ORDER)} (got {status!r})")
        world = self._world
        with world.lock:
            deadline = world.clock.elapsed + limit
            leg = world.calls.legs.get(str(call_id))
            if leg is None:
                raise KeyError(f"no call {call_id} in this emulator")
        while True:
            with world.lock:
                reached = ORDER[leg.status] >= ORDER[status]
                due = world.clock.next_due()
            if reached:
                world.events.flush()
                return dict(leg.row.data)
            if due is None or due > deadline:
                world.events.flush()
                raise TimeoutError(f"call {call_id} is {leg.status!r}, not {status!r}, and nothing more is due")
            self.advance(max(due - world.clock.elapsed, 0.0))

    async def aadvance(self, seconds: float) -> None:
        """``advance`` for async tests: runs in a thread, so a receiver on the test's loop answers."""
        import asyncio

        await asyncio.to_thread(self.advance, seconds)

    async def arun_until(self, call_id: str, status: str = "hangup", *, limit: float = RUN_LIMIT) -> dict[str, Any]:
        """``run_until`` for async tests, in a thread like ``aadvance``."""
        import asyncio

        return await asyncio.to_thread(self.run_until, call_id, status, limit=limit)

    def _tick(self) -> None:
        last = time.monotonic()
        while not self._stop.wait(TICK if self._mode == "realtime" else 0.01):
            now = time.monotonic()
            if self._mode == "realtime":
                self.advance((now - last) * self._speed)
            else:
                with self._world.lock:
                    due = self._world.clock.next_due()
                    step = None if due is None else max(due - self._world.clock.elapsed, 0.0)
                if step is not None:
                    self.advance(step)
                elif self._world.events.has_pending():
                    self._world.events.flush()
            last = now

    def wait_subscribed(self, topic: str = "", timeout: float = 10.0) -> None:
        """Block until a WebSocket connection holds a topic starting with ``topic``: the server
        acknowledges no subscription, so a test waits here before making the events it awaits."""
        deadline = time.monotonic() + timeout
        while True:
            with self._world.lock:
                held = [t for s in self._world.events.subscribers for t in s.topics if t.startswith(topic)]
            if held:
                return
            if time.monotonic() > deadline:
                raise TimeoutError(f"no WebSocket subscription to {topic or 'any topic'} within {timeout} s")
            time.sleep(0.005)

    # Inspection.
    @property
    def elapsed(self) -> float:
        """Seconds on the virtual clock since the emulator started."""
        return self._world.clock.elapsed

    @property
    def requests(self) -> list[Request]:
        with self._world.lock:
            return list(self._api.requests)

    @property
    def deliveries(self) -> list[Delivery]:
        with self._world.lock:
            return list(self._world.events.deliveries)

    @property
    def events(self) -> list[tuple[str, dict[str, Any]]]:
        """Every event published, in order, as (type, data)."""
        with self._world.lock:
            return list(self._world.events.published)

    @property
    def calls(self) -> list[dict[str, Any]]:
        """Every call placed or received, oldest first, as GET /calls/{id} answers it."""
        with self._world.lock:
            return [dict(leg.row.data) for leg in self._world.calls.legs.values()]

    def __repr__(self) -> str:
        where = self.base_url if self._port else "not started"
        return f"Emulator({where}, customer_id={self.customer_id!r}, clock={self._mode!r})"
