"""Event.type and Event.data as a type checker sees them: the server's event types, and the
models the events can carry (MODELS), not Any."""

from __future__ import annotations

import ast
import inspect
import json
import re
import typing
from pathlib import Path

import voipbin
import voipbin_api.models
from voipbin import _events
from voipbin._events import MODELS, Event, read_event

SERVER = Path(__file__).resolve().parent / "server_event_types.json"


def test_the_event_types_are_those_the_server_declares() -> None:
    declared = json.loads(SERVER.read_text())["types"]
    assert sorted(typing.get_args(voipbin.EventType)) == sorted(declared)
    assert set(declared) == voipbin.EVENT_TYPES
    places = [place for found in declared.values() for place in found]
    assert places and all(re.fullmatch(r"bin-[a-z]+-manager/models/\w+/event\.go:\d+", place) for place in places)


def _members(node: ast.expr) -> list[str]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _members(node.left) + _members(node.right)
    return [ast.unparse(node)]


def _event_data() -> list[str]:
    """The members of EventData, read from the source: it is defined for type checkers only
    (the models load on first use, not with voipbin)."""
    for node in ast.walk(ast.parse(inspect.getsource(_events))):
        if isinstance(node, ast.AnnAssign) and ast.unparse(node.target) == "EventData":
            assert node.value is not None
            return _members(node.value)
    raise AssertionError("no EventData in voipbin/_events.py")


def test_event_data_is_one_of_the_models_of_the_table_a_dict_or_none() -> None:
    assert Event.__annotations__["data"] == "EventData"
    assert sorted(_event_data()) == sorted([*MODELS.values(), "dict[str, Any]", "None"])
    assert all(hasattr(voipbin_api.models, name) for name in MODELS.values())


def test_event_type_is_open_to_types_the_server_adds_later() -> None:
    assert Event.__annotations__["type"] == "EventType | str | None"
    event = read_event('{"type": "call_teleported", "data": {"id": "x"}}')
    assert event.type == "call_teleported" and event.type not in voipbin.EVENT_TYPES
