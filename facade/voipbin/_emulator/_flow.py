"""A flow's actions run on a call, in order, on the virtual clock (the flow manager's job).

Actions are the wire dicts ``{"id", "type", "option", "next_id"}``, as a flow or POST /calls
carries them (bin-flow-manager/models/action/action.go, option.go). What each takes:

* ``answer``: answers an incoming call that is still ringing; no time.
* ``talk``: ``TALK_CHARS_PER_SECOND`` characters of ``text`` a second, at least 1 s (none with
  ``async``); ``play``: ``PLAY_SECONDS`` per stream URL; ``sleep``: its ``duration`` (ms).
* ``digits_receive``: listens ``duration`` ms for the callee's digits; ends early at ``length``
  digits or the ``key``; the digits go to the variable ``voipbin.call.digits``
  (bin-call-manager/pkg/callhandler/main.go:203).
* ``branch``: jumps to ``target_ids[value of variable]``, else ``default_target_id``; the
  variable defaults to ``voipbin.call.digits`` (bin-flow-manager/models/action/common.go:51).
* ``goto``: jumps to ``target_id`` up to ``loop_count`` times, then goes on.
* ``connect``: calls its ``destinations`` and waits until those calls end.
* ``hangup``: ends the call (hangup_by local); the flow's end does too.
* Any other type takes no time and does nothing (the emulator does not model it).

A missing action id is filled with a new UUID, as the server fills it (action.go); an id a
goto or branch names but no action has makes the flow go on to the next action.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable
from typing import Any

NIL = "00000000-0000-0000-0000-000000000000"
TALK_CHARS_PER_SECOND = 15
PLAY_SECONDS = 5.0
DIGITS_VARIABLE = "voipbin.call.digits"

Action = dict[str, Any]


def normalise(actions: list[Any]) -> list[Action]:
    """The actions as the flow manager stores them: each with an id and an option object."""
    result = []
    for raw in actions:
        action = dict(raw) if isinstance(raw, dict) else {}
        if not action.get("id") or action["id"] == NIL:
            action["id"] = str(uuid.uuid4())
        action.setdefault("next_id", NIL)
        action["option"] = action.get("option") if isinstance(action.get("option"), dict) else {}
        action.setdefault("type", "")
        result.append(action)
    return result


def talk_seconds(text: str) -> float:
    return max(1.0, math.ceil(len(text) * 10 / TALK_CHARS_PER_SECOND) / 10)


class Runner:
    """One flow running on one call. ``host`` is the call: it waits, listens and hangs up."""

    def __init__(self, host: Any, actions: list[Action], variables: dict[str, str]) -> None:
        self.host = host
        self.actions = actions
        self.variables = variables
        self.index = 0
        self.loops: dict[str, int] = {}
        self.done = False

    def start(self) -> None:
        self.index = 0
        self.step()

    def _jump(self, target: object) -> None:
        found = next((i for i, action in enumerate(self.actions) if action["id"] == target), None)
        self.index = found if found is not None else self.index + 1

    def step(self) -> None:
        """Run actions until one takes time (it resumes ``step`` later) or the flow ends."""
        while not self.done and self.host.alive():
            if self.index >= len(self.actions):
                self.done = True
                self.host.flow_ended()
                return
            action = self.actions[self.index]
            self.host.executing(action)
            wait = self._execute(action)
            if wait is None:
                continue
            if wait == "waiting":
                return  # the host calls resume()
            self.index += 1
            self.host.wait(float(wait), self.step)
            return

    def resume(self) -> None:
        self.index += 1
        self.step()

    def _execute(self, action: Action) -> float | str | None:
        """None: go on at once (the index already moved); seconds: go on after them; "waiting"."""
        kind, option = action["type"], action["option"]
        handler: Callable[[Action, dict[str, Any]], float | str | None] | None = getattr(self, f"_do_{kind}", None)
        if handler is not None:
            return handler(action, option)
        self.index += 1
        return None

    def _do_answer(self, action: Action, option: dict[str, Any]) -> None:
        self.host.answer()
        self.index += 1

    def _do_talk(self, action: Action, option: dict[str, Any]) -> float:
        return 0.0 if option.get("async") else talk_seconds(str(option.get("text", "")))

    def _do_play(self, action: Action, option: dict[str, Any]) -> float:
        return PLAY_SECONDS * max(1, len(option.get("stream_urls") or []))

    def _do_sleep(self, action: Action, option: dict[str, Any]) -> float:
        return float(option.get("duration") or 0) / 1000

    def _do_digits_receive(self, action: Action, option: dict[str, Any]) -> str:
        def heard(digits: str) -> None:
            self.variables[DIGITS_VARIABLE] = digits
            self.resume()

        self.host.listen(float(option.get("duration") or 0) / 1000, int(option.get("length") or 0),
                         str(option.get("key") or ""), heard)  # fmt: skip
        return "waiting"

    def _do_branch(self, action: Action, option: dict[str, Any]) -> None:
        value = self.variables.get(str(option.get("variable") or DIGITS_VARIABLE), "")
        targets = option.get("target_ids") or {}
        self._jump(targets.get(value, option.get("default_target_id")))

    def _do_goto(self, action: Action, option: dict[str, Any]) -> None:
        done = self.loops.get(action["id"], 0)
        if done < int(option.get("loop_count") or 0):
            self.loops[action["id"]] = done + 1
            self._jump(option.get("target_id"))
        else:
            self.index += 1

    def _do_connect(self, action: Action, option: dict[str, Any]) -> str:
        self.host.connect(option.get("source") or {}, option.get("destinations") or [], self.resume)
        return "waiting"

    def _do_hangup(self, action: Action, option: dict[str, Any]) -> None:
        self.done = True
        self.host.hangup_local(str(option.get("reason") or "normal"))
