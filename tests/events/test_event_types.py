"""Event.type and Event.data as a type checker sees them: the server's event types, and the
models the events can carry (MODELS), not Any."""

from __future__ import annotations

import json
import re
import typing
from pathlib import Path
from typing import Any

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


def _annotation(field: str) -> Any:
    """Event's annotation of ``field`` as a type checker reads it (the models are imported for
    type checking only, and load on first use; EventData is an alias in a string)."""
    models = {name: getattr(voipbin_api.models, name) for name in MODELS.values()}  # loaded lazily
    namespace = {**vars(_events), **models}
    value = eval(Event.__annotations__[field], namespace)
    return eval(value, namespace) if isinstance(value, str) else value


def test_event_data_is_one_of_the_models_of_the_table_a_dict_or_none() -> None:
    members = set(typing.get_args(_annotation("data")))
    models = {getattr(voipbin_api.models, name) for name in MODELS.values()}
    assert members == models | {dict[str, Any], type(None)}


def test_event_type_is_open_to_types_the_server_adds_later() -> None:
    assert typing.get_args(_annotation("type")) == (voipbin.EventType, str, type(None))
    event = read_event('{"type": "call_teleported", "data": {"id": "x"}}')
    assert event.type == "call_teleported" and event.type not in voipbin.EVENT_TYPES
