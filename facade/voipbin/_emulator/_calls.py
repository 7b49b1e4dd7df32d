"""Calls that live: created by POST /calls (or a scripted phone calling in), ringing,
answered, running their flow and hung up, each step an event, on the virtual clock.

Statuses, hangup reasons and event types are the call manager's
(bin-call-manager/models/call/call.go:86-169, event.go). A status change publishes
``call_<status>`` (pkg/callhandler/db.go:288-303); the hangup publishes ``call_hangup``
(db.go:452); a new action ``call_updated`` (db.go:250). The originator hanging up a call not
yet answered passes through ``canceling`` and ends with reason ``cancel``; the flow's
``hangup`` or its end passes through ``terminating`` (hangup_by local); the callee hanging
up ends it at once (hangup_by remote). A destination of type agent or extension rings a
group: the server makes a groupcall for it (pkg/callhandler/outgoing_call.go:84-92).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from ._clock import Clock, Timer, go_time
from ._flow import Action, Runner, normalise
from ._phones import BUSY_DELAY, DIAL_TIMEOUT, DIGIT_GAP, RING_DELAY, Phone
from ._store import Row, Store

GROUP_TYPES = frozenset({"agent", "extension"})
ORDER = {"dialing": 0, "ringing": 1, "progressing": 2, "terminating": 3, "canceling": 3, "hangup": 4}


class World(Protocol):
    """What calls need of the emulator's state (_world.World), named here to keep imports one-way."""

    NIL: str
    clock: Clock
    store: Store
    calls: Calls

    def publish(self, row: Row, event_type: str) -> None: ...
    def schema(self, name: str) -> dict[str, Any] | None: ...
    def phone(self, number: str) -> Phone: ...
    def flow_actions(self, customer_id: str, body: dict[str, Any]) -> list[Any]: ...


class Leg:
    """One call: its stored row, the phone at the far end, and its flow (the Runner's host)."""

    def __init__(self, world: World, row: Row, phone: Phone, activeflow: Row | None) -> None:
        self.world = world
        self.row = row
        self.phone = phone
        self.activeflow = activeflow
        self.runner: Runner | None = None
        self.timers: list[Timer] = []
        self.groupcall: Row | None = None
        self.on_end: list[Callable[[], None]] = []
        self.digits_left = list(phone.digits)

    @property
    def status(self) -> str:
        return str(self.row.data["status"])

    def alive(self) -> bool:
        return self.status != "hangup"

    def later(self, seconds: float, action: Callable[[], None]) -> None:
        def guarded() -> None:
            if self.alive():
                action()

        self.timers.append(self.world.clock.after(seconds, guarded))

    def set_status(self, status: str) -> None:
        data = self.row.data
        data["status"] = status
        stamp = go_time(self.world.clock.stamp())
        if status in ("ringing", "progressing"):
            data[f"tm_{status}"] = stamp
        if "tm_update" in data:
            data["tm_update"] = stamp
        self.world.publish(self.row, f"call_{status}")

    # The Runner's host interface.
    def executing(self, action: Action) -> None:
        self.row.data["action"] = action
        self.world.publish(self.row, "call_updated")
        if self.activeflow is not None:
            self.activeflow.data["current_action"] = action
            executed = self.activeflow.data.setdefault("executed_actions", [])
            if isinstance(executed, list):
                executed.append(action)
            self.world.publish(self.activeflow, "activeflow_updated")

    def wait(self, seconds: float, then: Callable[[], None]) -> None:
        self.later(seconds, then)

    def answer(self) -> None:
        if self.status in ("dialing", "ringing"):
            self.set_status("progressing")
            if self.row.data["direction"] == "outgoing":  # a caller's hangs_up counts from its call
                self._schedule_callee_hangup()

    def listen(self, seconds: float, length: int, key: str, heard: Callable[[str], None]) -> None:
        """Collect the digits the phone presses, one per DIGIT_GAP, until done."""
        pressed = self.digits_left.pop(0) if self.digits_left else ""
        received: list[str] = []
        finished = False

        def finish() -> None:
            nonlocal finished
            if not finished:
                finished = True
                heard("".join(received))

        def press(digit: str) -> None:
            if finished:
                return
            if key and digit == key:
                return finish()
            received.append(digit)
            if length and len(received) >= length:
                finish()

        for n, digit in enumerate(pressed, start=1):
            if n * DIGIT_GAP <= seconds or not seconds:
                self.later(n * DIGIT_GAP, lambda digit=digit: press(digit))  # type: ignore[misc]
        self.later(seconds, finish)

    def connect(self, source: dict[str, Any], destinations: list[dict[str, Any]], then: Callable[[], None]) -> None:
        legs = [self.world.calls.dial(self.row.data["customer_id"], source, dest, [], {}) for dest in destinations]
        waiting = [leg for leg in legs if leg.alive()]
        if not waiting:
            return then()
        self.row.data["chained_call_ids"] = [leg.row.data["id"] for leg in legs]
        for leg in waiting:
            leg.row.data["master_call_id"] = self.row.data["id"]

            def ended(leg: Leg = leg) -> None:
                waiting.remove(leg)
                if not waiting and self.alive():
                    then()

            leg.on_end.append(ended)

    def flow_ended(self) -> None:
        self.hangup_local("normal")

    def hangup_local(self, reason: str = "normal") -> None:
        """Our side ends the call: cancel before the answer, terminate after it."""
        if not self.alive():
            return
        if self.status in ("dialing", "ringing"):
            self.set_status("canceling")
            self.end("cancel", "local")
        else:
            self.set_status("terminating")
            self.end(reason if reason in ("normal", "timeout", "amd") else "normal", "local")

    def end(self, reason: str, by: str) -> None:
        for timer in self.timers:
            timer.cancel()
        data = self.row.data
        data.update(status="hangup", hangup_reason=reason, hangup_by=by, tm_hangup=go_time(self.world.clock.stamp()))
        self.world.publish(self.row, "call_hangup")
        if self.activeflow is not None:
            self.activeflow.data["status"] = "ended"
            self.world.publish(self.activeflow, "activeflow_updated")
        if self.groupcall is not None:
            self.world.calls.groupcall_hangup(self.groupcall)
        for callback in self.on_end:
            callback()

    def _schedule_callee_hangup(self) -> None:
        if self.phone.hangup_after is not None:
            self.later(self.phone.hangup_after, lambda: self.end("normal", "remote"))

    def start_flow(self, actions: list[Action], variables: dict[str, str]) -> None:
        self.runner = Runner(self, actions, variables)
        self.runner.start()


class Calls:
    """Places calls and plays their far ends' scripts."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.legs: dict[str, Leg] = {}

    def _new(self, customer_id: str, direction: str, source: Any, destination: Any, flow_id: str) -> Leg:
        world = self.world
        activeflow = world.store.create("/activeflows", world.schema("Activeflow"), {
            "flow_id": flow_id, "status": "running", "reference_type": "call",
        }, customer_id)  # fmt: skip
        row = world.store.create("/calls", world.schema("Call"), {
            "type": "flow", "status": "dialing" if direction == "outgoing" else "ringing", "direction": direction,
            "source": source, "destination": destination, "flow_id": flow_id,
            "activeflow_id": activeflow.data["id"],
        }, customer_id)  # fmt: skip
        activeflow.data["reference_id"] = row.data["id"]
        number = str(destination.get("target", "")) if direction == "outgoing" else str(source.get("target", ""))
        leg = Leg(world, row, world.phone(number), activeflow)
        self.legs[row.data["id"]] = leg
        world.publish(row, "call_created")
        world.publish(activeflow, "activeflow_created")
        return leg

    def dial(self, customer_id: str, source: Any, destination: Any, actions: list[Action], variables: Any) -> Leg:
        """An outgoing call: ringing, then what the callee's script says; the flow runs on answer."""
        leg = self._new(customer_id, "outgoing", source, destination, self.world.NIL)
        phone = leg.phone

        def answered() -> None:
            leg.answer()
            leg.start_flow(actions, dict(variables))

        if phone.outcome == "busy":
            leg.later(BUSY_DELAY, lambda: leg.end("busy", "remote"))
            return leg
        leg.later(RING_DELAY, lambda: leg.set_status("ringing"))
        if phone.outcome == "no_answer":
            leg.later(DIAL_TIMEOUT, lambda: leg.end("noanswer", "remote"))
        else:
            leg.later(max(phone.answer_after, RING_DELAY), answered)
        return leg

    def create(self, customer_id: str, body: dict[str, Any]) -> tuple[list[Any], list[Any]]:
        """POST /calls: one call per destination, a groupcall for a group destination."""
        actions = self.world.flow_actions(customer_id, body)
        variables = body.get("variables") if isinstance(body.get("variables"), dict) else {}
        source = body.get("source") if isinstance(body.get("source"), dict) else {}
        calls, groupcalls = [], []
        for destination in body.get("destinations") or []:
            destination = destination if isinstance(destination, dict) else {}
            leg = self.dial(customer_id, source, destination, normalise(actions), variables or {})
            if destination.get("type") in GROUP_TYPES:
                leg.groupcall = self._groupcall(customer_id, source, destination, leg)
                groupcalls.append(leg.groupcall.data)
            else:
                calls.append(leg.row.data)
        return calls, groupcalls

    def _groupcall(self, customer_id: str, source: Any, destination: Any, leg: Leg) -> Row:
        row = self.world.store.create("/groupcalls", self.world.schema("Groupcall"), {
            "status": "progressing", "source": source, "destinations": [destination], "ring_method": "ringall",
            "call_ids": [leg.row.data["id"]], "call_count": 1,
        }, customer_id)  # fmt: skip
        leg.row.data["groupcall_id"] = row.data["id"]
        self.world.publish(row, "groupcall_created")
        return row

    def groupcall_hangup(self, row: Row) -> None:
        row.data["status"] = "hangup"
        self.world.publish(row, "groupcall_hangup")

    def incoming(self, phone: Phone, number_row: Row) -> Leg:
        number = number_row.data
        source = {"type": "tel", "target": phone.number}
        destination = {"type": "tel", "target": number.get("number", "")}
        flow_id = str(number.get("call_flow_id") or self.world.NIL)
        leg = self._new(number_row.owner, "incoming", source, destination, flow_id)
        leg.start_flow(normalise(self.world.flow_actions(number_row.owner, {"flow_id": flow_id})), {})
        if phone.hangup_after is not None and leg.alive():
            leg.later(phone.hangup_after, lambda: leg.end("normal", "remote"))
        return leg

    def hangup(self, call_id: str) -> None:
        """POST /calls/{id}/hangup: our side ends it."""
        leg = self.legs.get(call_id)
        if leg is not None:
            leg.hangup_local()
