"""Hypothesis over every response model, with answers built from the spec's own schemas (as
the pipeline repairs them): dropping any fields or adding unknown ones still parses and
round-trips; retyping one present scalar raises ResponseParseError naming that field."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import normalise
import pytest
import regenerate
import spec_snapshots
import voipbin
import voipbin.types
from hypothesis import given
from hypothesis import strategies as st
from voipbin import Voipbin, parse_timestamp
from voipbin._parsers import model_parser
from voipbin_api.runtime import Model

from tests.models.test_recorded import normalised

Step = str | int
MAX_DEPTH = 6
# A value of each JSON type, and the field kinds it is wrong for.
RETYPED: list[tuple[Any, set[str]]] = [
    (12345, {"str", "timestamp", "bool"}),
    ("text", {"int", "number", "bool"}),
    (True, {"str", "timestamp", "int", "number"}),
    ([1], {"str", "timestamp", "int", "number", "bool", "object"}),
    ({"a": 1}, {"str", "timestamp", "int", "number", "bool"}),
    (1.5, {"str", "timestamp", "int", "bool"}),
]


@dataclass
class Built:
    document: Any
    leaves: list[tuple[tuple[Step, ...], str]] = field(default_factory=list)  # typed scalars and objects
    objects: list[tuple[Step, ...]] = field(default_factory=list)  # where unknown fields may go


def build(spec: dict[str, Any], schema: dict[str, Any], built: Built, at: tuple[Step, ...] = ()) -> Any:
    """A full answer for ``schema``, noting the path and kind of every value the model checks."""
    while "$ref" in schema or ("allOf" in schema and len(schema["allOf"]) == 1 and "properties" not in schema):
        schema = schema["allOf"][0] if "allOf" in schema else spec["components"]["schemas"][schema["$ref"][21:]]
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            merged.update(build(spec, part, built, at) or {})
        return merged
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties", {}) if len(at) < MAX_DEPTH else {}
        built.objects.append(at)
        if at and properties:
            built.leaves.append((at, "object"))
        return {name: build(spec, prop, built, (*at, name)) for name, prop in properties.items()}
    if kind == "array":
        item = schema.get("items", {})
        value = build(spec, item, Built(None), ()) if len(at) < MAX_DEPTH else None
        checked = value is None or isinstance(value, dict | str)  # int/bool arrays are checked as arrays only
        if value is None:
            return []
        return [build(spec, item, built if checked else Built(None), (*at, 0))]
    if "enum" in schema:
        first = schema["enum"][0]
        built.leaves.append((at, "int" if isinstance(first, int) else "str"))
        return first
    if kind == "string":
        timestamp = schema.get("format") == "date-time"
        built.leaves.append((at, "timestamp" if timestamp else "str"))
        return "2026-01-15T09:30:00.123456Z" if timestamp else "550e8400-e29b-41d4-a716-446655440000"
    if kind in ("integer", "number", "boolean"):
        built.leaves.append((at, {"integer": "int", "number": "number", "boolean": "bool"}[kind]))
        return {"integer": 7, "number": 1.5, "boolean": True}[kind]
    return None


def described(model: str, path: tuple[Step, ...]) -> str:
    return model + "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in path)


def at_path(document: Any, path: tuple[Step, ...]) -> Any:
    for step in path:
        document = document[step]
    return document


def response_models() -> list[type[Model]]:
    found = [getattr(voipbin.types, name) for name in voipbin.types.__all__]
    return sorted({cls for cls in found if isinstance(cls, type) and issubclass(cls, Model)}, key=lambda c: c.__name__)


def build_answers() -> dict[str, Built]:
    raw = json.loads(spec_snapshots.require().read_text())
    spec, _ = normalise.normalise(raw, regenerate._load_overrides())
    built = {}
    for cls in response_models():
        schema = spec["components"]["schemas"].get(cls.__name__)
        if schema is not None:
            built[cls.__name__] = answer = Built(None)
            answer.document = build(spec, schema, answer)
    return built


MODELS = {cls.__name__: cls for cls in response_models()}
ANSWERS = build_answers()
LEAVES = [(name, path, kind) for name, answer in ANSWERS.items() for path, kind in answer.leaves]
PARSE = Voipbin(token="models-fuzz-token", base_url="http://127.0.0.1:9/v1.0")._parse


def parse(cls: type[Model], document: Any) -> Model:
    """Through the facade's own path: the operation's parser, then the client's error mapping."""
    return PARSE(httpx.Response(200, content=json.dumps(document).encode()), model_parser(cls))


def test_every_full_answer_parses_and_round_trips() -> None:
    """Without this, the tests below could pass on answers that never parse."""
    assert len(ANSWERS) >= 80 and len(LEAVES) > 1000, (len(ANSWERS), len(LEAVES))
    for name, answer in ANSWERS.items():
        parsed = parse(MODELS[name], answer.document)
        assert normalised(parsed.to_dict()) == normalised(answer.document), name


def paths_of(document: Any, prefix: tuple[Step, ...] = ()) -> Iterator[tuple[Step, ...]]:
    if isinstance(document, dict):
        for key, value in document.items():
            yield (*prefix, key)
            yield from paths_of(value, (*prefix, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            yield from paths_of(value, (*prefix, index))


@given(name=st.sampled_from(sorted(ANSWERS)), picks=st.lists(st.integers(min_value=0), max_size=6), data=st.data())
def test_dropping_fields_and_adding_unknown_ones_still_parses(name: str, picks: list[int], data: st.DataObject) -> None:
    answer = ANSWERS[name]
    document = copy.deepcopy(answer.document)
    for pick in picks:
        keys = [path for path in paths_of(document) if isinstance(path[-1], str)]
        if keys:
            path = keys[pick % len(keys)]
            del at_path(document, path[:-1])[path[-1]]
    objects = [path for path in answer.objects if _exists(document, path)]
    for path in data.draw(st.lists(st.sampled_from(objects), max_size=3)) if objects else []:
        at_path(document, path)["field_newer_than_the_sdk"] = data.draw(st.one_of(st.integers(), st.text(max_size=5)))
    parsed = parse(MODELS[name], document)
    assert normalised(parsed.to_dict()) == normalised(document)
    if "field_newer_than_the_sdk" in document:
        assert parsed["field_newer_than_the_sdk"] == document["field_newer_than_the_sdk"]


def _exists(document: Any, path: tuple[Step, ...]) -> bool:
    try:
        return isinstance(at_path(document, path), dict)
    except (KeyError, IndexError, TypeError):
        return False


@given(leaf=st.sampled_from(LEAVES), data=st.data())
def test_retyping_a_present_scalar_names_that_field(
    leaf: tuple[str, tuple[Step, ...], str], data: st.DataObject
) -> None:
    name, path, kind = leaf
    wrong = data.draw(st.sampled_from([value for value, wrong_for in RETYPED if kind in wrong_for]))
    document = copy.deepcopy(ANSWERS[name].document)
    at_path(document, path[:-1])[path[-1]] = wrong
    with pytest.raises(voipbin.ResponseParseError) as raised:
        parse(MODELS[name], document)
    assert f"{described(name, path)}: expected " in str(raised.value), (kind, str(raised.value))


def test_timestamps_read_as_instants() -> None:
    assert parse_timestamp("2026-01-15T09:30:00.123456Z") == normalised({"tm_x": "2026-01-15 09:30:00.123456"})["tm_x"]
